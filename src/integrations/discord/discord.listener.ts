import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ChannelType, Client, Events, MessageFlags, Routes, type ButtonInteraction, type ChatInputCommandInteraction, type Message } from 'discord.js';
import { AppConfig } from '../../config/app-config';
import { commandSpec } from '../../modules/commands/command-catalog';
import { parseCommand } from '../../modules/commands/command-parser';
import { CommandsService } from '../../modules/commands/commands.service';
import type { CommandReply } from '../../modules/commands/command-reply';
import { DigestDeliveryService, type DigestDelivery } from '../../modules/commands/digest-delivery.service';
import { decisionText, refusalText, shortId } from '../../modules/commands/handlers/proposal.replies';
import { taskFinishedReply } from '../../modules/commands/handlers/task.commands';
import { discordComponents, renderDiscord, type DiscordActionRow } from '../../modules/commands/render/discord.renderer';
import { PermanentJobError } from '../../queue/job-names';
import { InboundEventsService } from '../../modules/conversations/inbound-events.service';
import { ReplyTargetsService } from '../../modules/conversations/reply-targets.service';
import type { Task } from '../../modules/tasks/entities/task.entity';
import { TaskCompletionHooks } from '../../modules/tasks/task-completion.hooks';
import { taskView } from '../../modules/tasks/task.view';
import { createDiscordClient, STEWARD_COMMAND } from './discord.client';
import { decidedComponents, fromButton, parseProposalButton, withDecisionLine } from './discord.components';
import { attachedDiscordFile } from './discord.files';
import { fromInteraction, fromMessage } from './discord.mapper';

/**
 * The Discord adapter: mentions and DMs go to the command core (free text → AI CEO), the same
 * commands as the `/steward` guild command with a deferred reply; replies split at 2,000 chars.
 */
@Injectable()
export class DiscordBot implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Discord');
  private readonly inFlight = new Set<Promise<unknown>>();
  private client?: Client;
  private readyPromise?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly commands: CommandsService,
    private readonly inbound: InboundEventsService,
    private readonly replyTargets: ReplyTargetsService,
    private readonly hooks: TaskCompletionHooks,
    private readonly digests: DigestDeliveryService,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.discordEnabled) return;
    this.hooks.register('discord', (task) => this.onTaskFinished(task));
    this.digests.register('discord', (delivery) => this.deliverDigest(delivery));
    const client = createDiscordClient(this.config.discordRestUrl);
    this.client = client;
    this.readyPromise = new Promise((resolve) =>
      client.once(Events.ClientReady, (ready) => {
        // guilds known at READY do not emit GuildCreate; later joins do
        for (const guild of ready.guilds.cache.values()) this.track(this.registerCommands(guild.id));
        resolve();
      }),
    );
    client.on(Events.GuildCreate, (guild) => this.track(this.registerCommands(guild.id)));
    client.on(Events.MessageCreate, (message) => this.track(this.onMessage(message)));
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand() && interaction.commandName === 'steward') this.track(this.onSlashCommand(interaction));
      else if (interaction.isButton() && parseProposalButton(interaction.customId)) this.track(this.onProposalButton(interaction));
    });
    client.on(Events.Error, (error) => this.logger.warn({ msg: 'Discord client error', error: error.message }));
    client.rest.setToken(this.config.discordBotToken!);
    // only the serving process holds the gateway connection; workers just post results over REST
    if (!this.config.servesHttp) return;
    // the gateway connects in the background; a Discord outage must not stop the API from starting
    client.login(this.config.discordBotToken).catch((error: Error) => this.logger.error({ msg: 'Discord login failed', error: error.message }));
  }

  async onModuleDestroy() {
    await this.idle();
    await this.client?.destroy();
  }

  /** Resolves once the gateway said READY (tests). */
  ready(): Promise<void> {
    return this.readyPromise ?? Promise.resolve();
  }

  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private track(work: Promise<unknown>) {
    const tracked = work.catch((error: Error) => this.logger.error({ msg: 'Discord work failed', error: error.message, stack: error.stack }));
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }

  private async registerCommands(guildId: string) {
    const applicationId = this.config.discordApplicationId ?? this.client?.application?.id;
    if (!applicationId || !this.client) return;
    await this.client.rest.put(Routes.applicationGuildCommands(applicationId, guildId), { body: [STEWARD_COMMAND] });
  }

  private async onMessage(message: Message) {
    const botId = this.client?.user?.id;
    if (!botId || message.author.bot) return;
    const direct = message.channel.type === ChannelType.DM || !message.guildId;
    if (!direct && !message.mentions.users.has(botId)) return;
    const inbound = fromMessage(message, botId, attachedDiscordFile([...message.attachments.values()], this.config.discordRestUrl));
    if (!(await this.inbound.claim('discord', inbound.idempotencyKey))) return;
    const reply = await this.commands.handleInbound(inbound);
    const [first, ...rest] = renderDiscord(reply);
    await message.reply({ content: first, components: components(reply), allowedMentions: { parse: [] } });
    for (const part of rest) await this.client!.rest.post(Routes.channelMessages(message.channelId), { body: { content: part, allowed_mentions: { parse: [] } } });
  }

  private async onSlashCommand(interaction: ChatInputCommandInteraction) {
    const file = interaction.options.getAttachment('file');
    const inbound = fromInteraction(interaction, attachedDiscordFile(file ? [file] : [], this.config.discordRestUrl));
    if (!(await this.inbound.claim('discord', inbound.idempotencyKey))) return;
    const ephemeral = expectedVisibility(inbound.text) === 'ephemeral';
    // Discord wants an answer within 3 seconds: defer at once, then work
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await this.commands.handleInbound(inbound);
    const [first, ...rest] = renderDiscord(reply);
    await interaction.editReply({ content: first, components: components(reply), allowedMentions: { parse: [] } });
    for (const part of rest) await interaction.followUp({ content: part, allowedMentions: { parse: [] }, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }

  /**
   * A click on `proposal:approve:<id>` runs `approve <id>` as the clicking member (same role
   * rule as typing it). The update is deferred at once; the message then shows the decision,
   * and a refusal goes to the clicker only.
   */
  private async onProposalButton(interaction: ButtonInteraction) {
    const button = parseProposalButton(interaction.customId)!;
    const inbound = fromButton(interaction, button.decision, button.proposalId);
    if (!(await this.inbound.claim('discord', inbound.idempotencyKey))) return;
    await interaction.deferUpdate();
    const reply = await this.commands.handleInbound(inbound);
    if (!reply.ok) {
      await interaction.followUp({ content: renderDiscord({ ...reply, title: refusalText(reply), blocks: [] })[0], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    const status = (reply.data?.proposal as { status?: string } | undefined)?.status;
    const rows = interaction.message.components.map((row) => row.toJSON()) as unknown as DiscordActionRow[];
    await interaction.editReply({
      content: withDecisionLine(interaction.message.content, decisionText(reply, `<@${interaction.user.id}>`)),
      components: decidedComponents(rows, button.proposalId, `${status === 'approved' ? 'Approved' : 'Declined'} · ${shortId(button.proposalId)}`, status === 'approved') as never,
      allowedMentions: { parse: [] },
    });
  }

  /** The digest into the policy's channel; a channel we can see in another server is refused. */
  private async deliverDigest(delivery: DigestDelivery) {
    if (!this.client) throw new PermanentJobError('Discord is not configured on this server (DISCORD_BOT_TOKEN)');
    const known = this.client.channels.cache.get(delivery.target);
    if (known && 'guildId' in known && known.guildId !== delivery.workspaceId) throw new PermanentJobError(`Discord channel ${delivery.target} is not in the linked server`);
    const parts = renderDiscord(delivery.reply);
    for (const [index, part] of parts.entries()) {
      const body = { content: part, allowed_mentions: { parse: [] }, ...(index === parts.length - 1 ? { components: discordComponents(delivery.reply) } : {}) };
      await this.client.rest.post(Routes.channelMessages(delivery.target), { body }).catch((error: { status?: number; message?: string }) => {
        // unknown channel, missing access: Discord will say the same on a retry
        if (error.status && error.status >= 400 && error.status < 500 && error.status !== 429) throw new PermanentJobError(`Discord refused the digest: ${error.message}`);
        throw error;
      });
    }
  }

  private async onTaskFinished(task: Task) {
    const target = await this.replyTargets.pending(task.organizationId, task.id);
    if (!target || !this.client) return;
    for (const part of renderDiscord(taskFinishedReply(taskView(task)))) {
      await this.client.rest.post(Routes.channelMessages(target.target.channel), { body: { content: part, allowed_mentions: { parse: [] } } });
    }
    await this.replyTargets.markNotified(target.id);
  }
}

/** Buttons for the reply's actions (none for most replies). */
function components(reply: CommandReply) {
  return discordComponents(reply) as never[];
}

/** Known before the work is done, because the deferral decides whether the answer is private. */
export function expectedVisibility(text: string): 'ephemeral' | 'in_channel' {
  const parsed = parseCommand(text);
  if (parsed.kind === 'ask') return 'in_channel';
  if (parsed.kind === 'unknown') return 'ephemeral';
  if (parsed.name === 'budget' && parsed.args[0]?.toLowerCase() === 'set') return 'in_channel';
  return commandSpec(parsed.name)?.visibility ?? 'ephemeral';
}

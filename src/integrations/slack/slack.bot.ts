import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { App, LogLevel, type Authorize } from '@slack/bolt';
import { AppConfig } from '../../config/app-config';
import { CommandsService } from '../../modules/commands/commands.service';
import { taskFinishedReply } from '../../modules/commands/handlers/task.commands';
import { renderSlack } from '../../modules/commands/render/slack.renderer';
import { ChatIdentityService } from '../../modules/conversations/chat-identity.service';
import { InboundEventsService } from '../../modules/conversations/inbound-events.service';
import { ReplyTargetsService } from '../../modules/conversations/reply-targets.service';
import type { Task } from '../../modules/tasks/entities/task.entity';
import { TaskCompletionHooks } from '../../modules/tasks/task-completion.hooks';
import { taskView } from '../../modules/tasks/task.view';
import { SlackResponder, slackWebClient, type WebClient } from './slack.client';
import { fromMessageEvent, fromSlashCommand, MessageEventPayload, SlashCommandPayload } from './slack.mapper';
import { NestSlackReceiver } from './slack.receiver';
import { WorkQueue } from './work-queue';

const INSTALLATION_CACHE_MS = 60_000;

/**
 * The Slack adapter: a Bolt app whose listeners ack first, claim the event's idempotency key,
 * hand the InboundMessage to the command core and post the rendered reply.
 */
@Injectable()
export class SlackBot implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Slack');
  private readonly responder = new SlackResponder();
  private readonly work = new WorkQueue(2);
  private readonly installations = new Map<string, { value: { botToken: string; botUserId: string | null } | null; at: number }>();
  private app?: App;
  receiver?: NestSlackReceiver;

  constructor(
    private readonly config: AppConfig,
    private readonly commands: CommandsService,
    private readonly identities: ChatIdentityService,
    private readonly inbound: InboundEventsService,
    private readonly replyTargets: ReplyTargetsService,
    private readonly hooks: TaskCompletionHooks,
  ) {}

  get enabled(): boolean {
    return this.config.slackEnabled;
  }

  async onApplicationBootstrap() {
    if (!this.enabled) return;
    this.hooks.register('slack', (task) => this.onTaskFinished(task));
    if (!this.config.servesHttp && !this.config.slackAppToken) return;
    const logger = boltLogger(this.logger);
    const common = { authorize: this.authorize, logger, logLevel: LogLevel.WARN, clientOptions: { slackApiUrl: this.config.slackApiUrl } };
    if (this.config.slackAppToken) {
      this.app = new App({ ...common, socketMode: true, appToken: this.config.slackAppToken });
    } else {
      this.receiver = new NestSlackReceiver(this.config.slackSigningSecret!, logger);
      this.app = new App({ ...common, receiver: this.receiver });
    }
    this.listen(this.app);
    await this.app.start();
  }

  async onModuleDestroy() {
    await this.work.idle();
    await this.app?.stop().catch(() => undefined);
  }

  /** Waits for replies still being worked on (tests and benchmarks). */
  idle(): Promise<void> {
    return this.work.idle();
  }

  /** Forget a workspace's cached token (after an OAuth install). */
  forgetInstallation(teamId: string) {
    this.installations.delete(teamId);
  }

  /**
   * Runs before ack(), so it must not wait behind the database under load: installations are
   * cached for a minute (and dropped when a workspace installs again).
   */
  private async installation(teamId: string) {
    const cached = this.installations.get(teamId);
    if (cached && Date.now() - cached.at < INSTALLATION_CACHE_MS) return cached.value;
    const value = await this.identities.installation('slack', teamId);
    this.installations.set(teamId, { value, at: Date.now() });
    return value;
  }

  /** Multi-workspace: the installation's decrypted token; single workspace: SLACK_BOT_TOKEN. */
  private readonly authorize: Authorize<boolean> = async (source) => {
    const installed = source.teamId ? await this.installation(source.teamId) : null;
    if (installed) return { botToken: installed.botToken, botUserId: installed.botUserId ?? undefined, teamId: source.teamId };
    if (this.config.slackBotToken) return { botToken: this.config.slackBotToken, teamId: source.teamId };
    throw new Error(`Steward is not installed in Slack workspace ${source.teamId ?? '(unknown)'}`);
  };

  private listen(app: App) {
    app.command('/steward', async ({ command, ack, client }) => {
      await ack();
      this.track(() => this.onSlashCommand(command as SlashCommandPayload, client));
    });
    app.event('app_mention', async ({ event, body, client, context }) => {
      this.track(() => this.onMessage(body.team_id, body.event_id, event as MessageEventPayload, context.botUserId, client));
    });
    app.message(async ({ message, body, client, context }) => {
      const event = message as MessageEventPayload;
      if (event.channel_type !== 'im' || event.subtype || event.bot_id) return;
      this.track(() => this.onMessage((body as { team_id: string }).team_id, (body as { event_id: string }).event_id, event, context.botUserId, client));
    });
    app.error(async (error) => {
      this.logger.warn({ msg: 'Slack listener error', error: error.message });
    });
  }

  private track(work: () => Promise<unknown>) {
    this.work.push(() => work().catch((error: Error) => this.logger.error({ msg: 'Slack work failed', error: error.message, stack: error.stack })));
  }

  private async onSlashCommand(command: SlashCommandPayload, client: WebClient) {
    const message = fromSlashCommand(command, () => verifiedEmail(client, command.user_id));
    if (!(await this.inbound.claim('slack', message.idempotencyKey))) return;
    const reply = await this.commands.handleInbound(message);
    await this.responder.send({ responseUrl: command.response_url, channel: command.channel_id, user: command.user_id }, renderSlack(reply), async () => client);
  }

  private async onMessage(teamId: string, eventId: string, event: MessageEventPayload, botUserId: string | undefined, client: WebClient) {
    if (!event.user) return;
    const message = fromMessageEvent(teamId, eventId, event, botUserId, () => verifiedEmail(client, event.user!));
    // an Events API retry (X-Slack-Retry-Num) carries the same event id: the work ran already
    if (!(await this.inbound.claim('slack', message.idempotencyKey))) return;
    const reply = await this.commands.handleInbound(message);
    // personal data stays ephemeral in a shared channel; a DM is private already
    const privateChat = event.channel_type === 'im';
    const rendered = renderSlack(privateChat ? { ...reply, visibility: 'in_channel' } : reply);
    await this.responder.send({ channel: event.channel, user: privateChat ? undefined : event.user, threadTs: message.replyTarget!.threadTs }, rendered, async () => client);
  }

  /** Posts a chat-started task's result where it was asked for; idempotent through notifiedAt. */
  private async onTaskFinished(task: Task) {
    const target = await this.replyTargets.pending(task.organizationId, task.id);
    if (!target) return;
    const token = (await this.installation(target.target.team))?.botToken ?? this.config.slackBotToken;
    if (!token) return;
    const rendered = renderSlack(taskFinishedReply(taskView(task)));
    await slackWebClient(token, this.config.slackApiUrl).chat.postMessage({ channel: target.target.channel, thread_ts: target.target.threadTs, text: rendered.text, blocks: rendered.blocks as never });
    await this.replyTargets.markNotified(target.id);
  }
}

/** Slack's profile e-mail counts only when Slack says it is confirmed. */
async function verifiedEmail(client: WebClient, userId: string): Promise<string | null> {
  const info = await client.users.info({ user: userId });
  const user = info.user as { is_email_confirmed?: boolean; profile?: { email?: string } } | undefined;
  return user?.is_email_confirmed && user.profile?.email ? user.profile.email : null;
}

function boltLogger(logger: Logger) {
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...messages: unknown[]) => logger.warn(messages.map(String).join(' ')),
    error: (...messages: unknown[]) => logger.error(messages.map(String).join(' ')),
    setLevel: (next: LogLevel) => void (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}

import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { App, LogLevel, type Authorize } from '@slack/bolt';
import { AppConfig } from '../../config/app-config';
import { CommandsService } from '../../modules/commands/commands.service';
import { DigestDeliveryService, type DigestDelivery } from '../../modules/commands/digest-delivery.service';
import { decisionOf, decisionText, refusalText } from '../../modules/commands/handlers/proposal.replies';
import { taskFinishedReply } from '../../modules/commands/handlers/task.commands';
import { renderSlack } from '../../modules/commands/render/slack.renderer';
import { PermanentJobError } from '../../queue/job-names';
import { ChatIdentityService } from '../../modules/conversations/chat-identity.service';
import { InboundEventsService } from '../../modules/conversations/inbound-events.service';
import { ReplyTargetsService } from '../../modules/conversations/reply-targets.service';
import type { Task } from '../../modules/tasks/entities/task.entity';
import { TaskCompletionHooks } from '../../modules/tasks/task-completion.hooks';
import { taskView } from '../../modules/tasks/task.view';
import { decidedBlocks, fromBlockAction, type BlockActionsPayload, type ButtonAction } from './slack.actions';
import { postWithRetryAfter, SlackResponder, slackWebClient, type WebClient } from './slack.client';
import { attachedSlackFile } from './slack.files';
import { fromMessageEvent, fromSlashCommand, MessageEventPayload, SlashCommandPayload } from './slack.mapper';
import { NestSlackReceiver } from './slack.receiver';
import { SocketModeConnection, socketModeReceiver } from './slack.socket-mode';
import { WorkQueue } from './work-queue';

const INSTALLATION_CACHE_MS = 60_000;
/** Work waits until a burst of requests has been acknowledged (arrivals < 10 ms apart), at most 300 ms; four run at once. */
const WORK_QUEUE = { concurrency: 4, quietMs: 10, maxHoldMs: 300 };

/**
 * The Slack adapter: a Bolt app on the Nest HTTP server (NestSlackReceiver acknowledges as soon
 * as the signature checks out) or in Socket Mode (the listeners acknowledge each envelope before
 * any work). The work — claim the event's idempotency key, hand the InboundMessage to the command
 * core, post the rendered reply — runs afterwards in a WorkQueue that lets acknowledgements go first.
 */
@Injectable()
export class SlackBot implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Slack');
  private readonly responder = new SlackResponder();
  private readonly work = new WorkQueue(WORK_QUEUE);
  private readonly installations = new Map<string, { value: { botToken: string; botUserId: string | null } | null; at: number }>();
  private app?: App;
  private socketMode?: SocketModeConnection;
  receiver?: NestSlackReceiver;

  constructor(
    private readonly config: AppConfig,
    private readonly commands: CommandsService,
    private readonly identities: ChatIdentityService,
    private readonly inbound: InboundEventsService,
    private readonly replyTargets: ReplyTargetsService,
    private readonly hooks: TaskCompletionHooks,
    private readonly digests: DigestDeliveryService,
  ) {}

  get enabled(): boolean {
    return this.config.slackEnabled;
  }

  async onApplicationBootstrap() {
    // a digest needs only a bot token, so workers without the signing secret can post it too
    this.digests.register('slack', (delivery) => this.deliverDigest(delivery));
    if (!this.enabled) return;
    this.hooks.register('slack', (task) => this.onTaskFinished(task));
    if (!this.config.servesHttp && !this.config.slackAppToken) return;
    const logger = boltLogger(this.logger);
    // convoStore: false — Bolt's conversation store is a middleware Steward never reads
    const common = { authorize: this.authorize, logger, logLevel: LogLevel.WARN, convoStore: false as const, clientOptions: { slackApiUrl: this.config.slackApiUrl } };
    if (this.config.slackAppToken) {
      const receiver = socketModeReceiver(this.config.slackAppToken, this.config.slackApiUrl, logger, () => this.work.noteArrival());
      this.app = new App({ ...common, receiver });
      this.listen(this.app);
      this.socketMode = new SocketModeConnection(this.app, (error, retryInMs) =>
        this.logger.error({ msg: 'Slack Socket Mode could not connect', error: error.message, retryInMs }),
      );
      this.socketMode.open();
      return;
    }
    this.receiver = new NestSlackReceiver(this.config.slackSigningSecret!, logger, (run) => {
      this.work.noteArrival();
      this.work.push(run);
    });
    this.app = new App({ ...common, receiver: this.receiver });
    this.listen(this.app);
    await this.app.start();
  }

  async onModuleDestroy() {
    await this.work.idle();
    if (this.socketMode) await this.socketMode.close();
    else await this.app?.stop().catch(() => undefined);
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
   * Bolt asks for every event. Over HTTP that is after the ack; in Socket Mode it is before the
   * envelope ack, so it must not wait behind the database under load: installations are cached
   * for a minute (and dropped when a workspace installs again).
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
      // a DM with a file arrives as subtype file_share; other subtypes are edits, joins, bots…
      if (event.channel_type !== 'im' || (event.subtype && event.subtype !== 'file_share') || event.bot_id) return;
      this.track(() => this.onMessage((body as { team_id: string }).team_id, (body as { event_id: string }).event_id, event, context.botUserId, client));
    });
    // Approve / Decline buttons: ack within Slack's 3 seconds, decide after
    app.action({ type: 'block_actions', action_id: /^proposal_(approve|decline)$/ }, async ({ ack, body, action, client }) => {
      await ack();
      this.track(() => this.onProposalAction(body as unknown as BlockActionsPayload, action as unknown as ButtonAction, client));
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
    const file = attachedSlackFile(event.files, client.token, this.config.slackApiUrl);
    const message = fromMessageEvent(teamId, eventId, event, botUserId, () => verifiedEmail(client, event.user!), file);
    // an Events API retry (X-Slack-Retry-Num) carries the same event id: the work ran already
    if (!(await this.inbound.claim('slack', message.idempotencyKey))) return;
    const reply = await this.commands.handleInbound(message);
    // personal data stays ephemeral in a shared channel; a DM is private already
    const privateChat = event.channel_type === 'im';
    const rendered = renderSlack(privateChat ? { ...reply, visibility: 'in_channel' } : reply);
    await this.responder.send({ channel: event.channel, user: privateChat ? undefined : event.user, threadTs: message.replyTarget!.threadTs }, rendered, async () => client);
  }

  /**
   * A click runs `approve <id>` / `decline <id>` as the clicking member (same role rule as the
   * typed command), then replaces the buttons with the decision; a refusal goes to the clicker only.
   */
  private async onProposalAction(body: BlockActionsPayload, action: ButtonAction, client: WebClient) {
    const decision = decisionOf(action.action_id);
    if (!decision || !action.value) return;
    const message = fromBlockAction(body, action, decision, () => verifiedEmail(client, body.user.id));
    if (!(await this.inbound.claim('slack', message.idempotencyKey))) return;
    const reply = await this.commands.handleInbound(message);
    const channel = message.replyTarget!.channel;
    if (!reply.ok) {
      const refusal = renderSlack({ ...reply, title: refusalText(reply), blocks: [], visibility: 'ephemeral' });
      await this.responder.send({ responseUrl: body.response_url, channel, user: body.user.id }, refusal, async () => client);
      return;
    }
    const blocks = decidedBlocks(body.message?.blocks ?? [], action.block_id, decisionText(reply, `<@${body.user.id}>`));
    const text = body.message?.text ?? reply.title;
    const replaced = body.response_url ? await postWithRetryAfter(body.response_url, { replace_original: true, text, blocks }) : false;
    if (!replaced && body.container?.message_ts && !body.container.is_ephemeral) {
      await client.chat.update({ channel, ts: body.container.message_ts, text, blocks: blocks as never });
    }
  }

  /** The digest into the policy's channel, with the linked workspace's own token. */
  private async deliverDigest(delivery: DigestDelivery) {
    const token = (await this.identities.installation('slack', delivery.workspaceId!))?.botToken ?? this.config.slackBotToken;
    if (!token) throw new PermanentJobError(`no Slack bot token for workspace ${delivery.workspaceId}`);
    const rendered = renderSlack(delivery.reply);
    try {
      await slackWebClient(token, this.config.slackApiUrl).chat.postMessage({ channel: delivery.target, text: rendered.text, blocks: rendered.blocks as never });
    } catch (error) {
      // channel_not_found, not_in_channel, invalid_auth…: Slack said no, and will say it again
      if ((error as { code?: string }).code === 'slack_webapi_platform_error') throw new PermanentJobError(`Slack refused the digest: ${(error as Error).message}`);
      throw error;
    }
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

import type { Attachment, InboundMessage } from '../../modules/commands/command-context';
import type { SlackFile } from './slack.files';

export interface SlashCommandPayload {
  team_id: string;
  team_domain?: string;
  channel_id: string;
  user_id: string;
  text: string;
  trigger_id: string;
  response_url: string;
}

export interface MessageEventPayload {
  type: string;
  user?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  /** files shared with the message (subtype file_share in a DM; a mention can carry them too) */
  files?: SlackFile[];
}

/** `/steward <text>` → the core's InboundMessage; idempotent on team + trigger id. */
export function fromSlashCommand(command: SlashCommandPayload, verifiedEmail: () => Promise<string | null>): InboundMessage {
  return {
    provider: 'slack',
    workspaceId: command.team_id,
    workspaceName: command.team_domain ?? null,
    externalUserId: command.user_id,
    text: command.text ?? '',
    threadKey: `${command.team_id}:${command.channel_id}:${command.user_id}`,
    idempotencyKey: `${command.team_id}:${command.trigger_id}`,
    replyTarget: { team: command.team_id, channel: command.channel_id, user: command.user_id },
    verifiedEmail,
  };
}

/** An app_mention or a DM → InboundMessage answered in its thread; idempotent on team + event id. */
export function fromMessageEvent(
  teamId: string,
  eventId: string,
  event: MessageEventPayload,
  botUserId: string | undefined,
  verifiedEmail: () => Promise<string | null>,
  attachedFile?: () => Promise<Attachment>,
): InboundMessage {
  const threadTs = event.thread_ts ?? event.ts;
  const text = stripMention(event.text ?? '', botUserId);
  return {
    provider: 'slack',
    workspaceId: teamId,
    workspaceName: null,
    externalUserId: event.user ?? '',
    // free text in a mention or DM is a question for the AI CEO unless it is a command
    text,
    threadKey: `${teamId}:${event.channel}:${threadTs}`,
    idempotencyKey: `${teamId}:${eventId}`,
    replyTarget: { team: teamId, channel: event.channel, threadTs },
    verifiedEmail,
    ...(attachedFile ? { attachedFile } : {}),
  };
}

export function stripMention(text: string, botUserId?: string): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(mention, '').trim();
}

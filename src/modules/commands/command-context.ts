import type { Principal } from '../auth/principal';
import type { ChatProvider } from '../conversations/entities/chat-workspace.entity';

export type CommandChannel = 'slack' | 'discord' | 'email' | 'rest' | 'cli';

export interface Attachment {
  filename: string;
  contentBase64: string;
  mimeType?: string;
}

/** Who asks, where, and what came with the message. */
export interface CommandContext {
  channel: CommandChannel;
  organizationId: string;
  principal: Principal;
  /** conversation memory key for the AI CEO (a Slack thread, a Discord channel, a REST session) */
  threadKey?: string;
  attachment?: Attachment;
  /** where the adapter wants a task's result posted when it finishes */
  replyTarget?: Record<string, string>;
  /** the inbound event's key, so a repeated delivery cannot start a second task */
  idempotencyKey?: string;
}

/** A chat message as every adapter hands it to the core. */
export interface InboundMessage {
  provider: ChatProvider;
  /** Slack team id or Discord guild id; null in a direct message */
  workspaceId: string | null;
  workspaceName: string | null;
  externalUserId: string;
  text: string;
  threadKey: string;
  idempotencyKey: string;
  attachment?: Attachment;
  /** the file attached to the chat message, downloaded only when a member runs `run` with it */
  attachedFile?: () => Promise<Attachment>;
  replyTarget?: Record<string, string>;
  /** the sender's verified e-mail, asked only for accounts not matched yet */
  verifiedEmail?: () => Promise<string | null>;
}

import type { ErrorCode } from '../../common/domain-error';

/**
 * What a command answers, independent of the channel. Adapters render it (Slack Block Kit,
 * Discord markdown, e-mail text, JSON); the words are the same everywhere.
 */
export type ReplyBlock =
  | { kind: 'text'; text: string }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'list'; items: string[] }
  /** buttons in Slack and Discord; text channels print each action's command as a hint */
  | { kind: 'actions'; key: string; actions: ReplyAction[] };

/** A button. `id` routes the click (proposal_approve); `command` does the same when typed. */
export interface ReplyAction {
  id: string;
  label: string;
  style: 'primary' | 'danger' | 'default';
  /** what the action acts on, e.g. a proposal id */
  value: string;
  command: string;
}

export type ReplyVisibility = 'ephemeral' | 'in_channel';

export interface CommandReply {
  ok: boolean;
  /** the command that answered: 'balance', 'help', 'unknown', 'ask', ... */
  command: string;
  title: string;
  blocks: ReplyBlock[];
  /** personal data is ephemeral; results meant for everyone go to the channel */
  visibility: ReplyVisibility;
  /** what answering cost, in credits (decimal string), on every reply that shows money */
  cost: string | null;
  /** which mode answered (AI CEO and agent runs) */
  mode?: 'offline' | 'llm';
  error?: { code: ErrorCode | string; message: string };
  /** machine-readable result for JSON clients */
  data?: Record<string, unknown>;
}

export function costLine(reply: Pick<CommandReply, 'cost' | 'mode'>): string | null {
  if (reply.cost === null) return null;
  const mode = reply.mode ? ` · answered ${reply.mode === 'llm' ? 'by the model' : 'offline'}` : '';
  return `Cost: ${reply.cost} credits${mode}`;
}

/** How channels without buttons offer the same actions. */
export function actionHint(actions: ReplyAction[]): string {
  return `→ ${actions.map((action) => `\`${action.command}\``).join(' or ')}`;
}

export function errorReply(command: string, code: string, message: string, blocks: ReplyBlock[] = []): CommandReply {
  return { ok: false, command, title: message, blocks, visibility: 'ephemeral', cost: null, error: { code, message } };
}

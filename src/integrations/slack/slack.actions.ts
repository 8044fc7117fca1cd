import type { InboundMessage } from '../../modules/commands/command-context';
import type { ProposalDecision } from '../../modules/commands/handlers/proposal.replies';

/** The parts of a Slack `block_actions` payload Steward reads. */
export interface BlockActionsPayload {
  type: 'block_actions';
  team: { id: string; domain?: string } | null;
  user: { id: string; team_id?: string };
  trigger_id: string;
  response_url?: string;
  container?: { type: string; channel_id?: string; message_ts?: string; is_ephemeral?: boolean };
  channel?: { id: string };
  message?: { ts: string; text?: string; blocks?: Record<string, any>[] };
}

export interface ButtonAction {
  action_id: string;
  block_id: string;
  value?: string;
  action_ts: string;
}

/**
 * A click on Approve / Decline → the command it stands for, as an InboundMessage, so it goes
 * through the same identity mapping and role rule as a typed `approve <id>`. The trigger id
 * is unique per click, so it de-duplicates a redelivered payload.
 */
export function fromBlockAction(body: BlockActionsPayload, action: ButtonAction, decision: ProposalDecision, verifiedEmail: () => Promise<string | null>): InboundMessage {
  const teamId = body.team?.id ?? body.user.team_id ?? '';
  const channel = body.container?.channel_id ?? body.channel?.id ?? '';
  return {
    provider: 'slack',
    workspaceId: teamId,
    workspaceName: body.team?.domain ?? null,
    externalUserId: body.user.id,
    text: `${decision} ${action.value ?? ''}`.trim(),
    threadKey: `${teamId}:${channel}:${body.user.id}`,
    idempotencyKey: `${teamId}:action:${body.trigger_id}`,
    replyTarget: { team: teamId, channel, user: body.user.id },
    verifiedEmail,
  };
}

/** The message as it was, with the decided proposal's buttons replaced by the decision. */
export function decidedBlocks(blocks: Record<string, any>[], blockId: string, decision: string): Record<string, any>[] {
  return blocks.map((block) => (block.type === 'actions' && block.block_id === blockId ? { type: 'context', block_id: blockId, elements: [{ type: 'mrkdwn', text: decision }] } : block));
}

import type { proposalView } from '../../../agents/agentic-engine/proposals.service';
import type { Insight } from '../../../agents/agentic-engine/insights';
import type { CommandReply, ReplyAction, ReplyBlock } from '../command-reply';

type ProposalView = ReturnType<typeof proposalView>;

/** Button ids the chat adapters route on; the value is the proposal id. */
export const PROPOSAL_ACTIONS = { approve: 'proposal_approve', decline: 'proposal_decline' } as const;
export type ProposalDecision = keyof typeof PROPOSAL_ACTIONS;

export const shortId = (id: string) => id.slice(0, 8);

/** The decision a button id stands for, or null for buttons that are not ours. */
export function decisionOf(actionId: string): ProposalDecision | null {
  if (actionId === PROPOSAL_ACTIONS.approve) return 'approve';
  if (actionId === PROPOSAL_ACTIONS.decline) return 'decline';
  return null;
}

/** Approve / decline buttons for a pending proposal (a typed `approve <id>` where there are no buttons). */
export function proposalActions(p: Pick<ProposalView, 'id'>): ReplyBlock {
  const short = shortId(p.id);
  const actions: ReplyAction[] = [
    { id: PROPOSAL_ACTIONS.approve, label: `Approve ${short}`, style: 'primary', value: p.id, command: `approve ${short}` },
    { id: PROPOSAL_ACTIONS.decline, label: `Decline ${short}`, style: 'danger', value: p.id, command: `decline ${short}` },
  ];
  return { kind: 'actions', key: `proposal:${p.id}`, actions };
}

export function proposalLine(p: ProposalView, withStatus = false): string {
  return `${shortId(p.id)} · ${withStatus ? `[${p.status}] ` : ''}${p.action} — ${p.reason} (est. ${p.estimatedCost} credits)`;
}

/** One line per proposal, each pending one followed by its buttons. */
export function proposalBlocks(proposals: ProposalView[], withStatus = false): ReplyBlock[] {
  return proposals.flatMap((p) => [{ kind: 'text', text: proposalLine(p, withStatus) } as ReplyBlock, ...(p.status === 'pending' ? [proposalActions(p)] : [])]);
}

export interface DigestContent {
  runId: string;
  insights: Insight[];
  proposals: ProposalView[];
  autoApproved: number;
}

/** The agentic engine's digest as a reply model, so every channel renders it its own way. */
export function digestReply(digest: DigestContent): CommandReply {
  const { insights, proposals, autoApproved } = digest;
  const pending = proposals.filter((p) => p.status === 'pending').length;
  const blocks: ReplyBlock[] = [];
  if (insights.length) blocks.push({ kind: 'list', items: insights.map((i) => `${i.reason} (confidence ${Math.round(i.confidence * 100)}%)`) });
  if (proposals.length) {
    blocks.push({ kind: 'text', text: `Proposals (${proposals.length}${autoApproved ? `, ${autoApproved} approved by policy` : ''}):` });
    blocks.push(...proposalBlocks(proposals, true));
  }
  return {
    ok: true,
    command: 'digest',
    title: `Steward digest: ${insights.length} insight${insights.length === 1 ? '' : 's'}${pending ? `, ${pending} proposal${pending === 1 ? '' : 's'} waiting for you` : ''}`,
    blocks,
    visibility: 'in_channel',
    cost: null,
    data: { runId: digest.runId, proposals: proposals.map((p) => p.id) },
  };
}

/** What a button click answers the clicker when it did not decide anything: said kindly. */
export function refusalText(reply: CommandReply): string {
  if (reply.error?.code === 'forbidden') return `Sorry, only admins can approve or decline proposals. ${reply.error.message}`;
  return reply.error?.message ?? reply.title;
}

/** The line that replaces a decided proposal's buttons. */
export function decisionText(reply: CommandReply, who: string): string {
  const proposal = reply.data?.proposal as ProposalView | undefined;
  if (!proposal) return reply.title;
  const verb = proposal.status === 'approved' ? '✅ Approved' : '✖️ Declined';
  const task = proposal.taskId ? ` Task ${shortId(proposal.taskId)} started.` : '';
  return `${verb} by ${who} · ${shortId(proposal.id)} ${proposal.action}.${task}`;
}

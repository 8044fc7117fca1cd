import type { CommandReply } from '../command-reply';
import { digestReply, proposalActions } from '../handlers/proposal.replies';
import { discordComponents, renderDiscord } from './discord.renderer';
import { renderSlack } from './slack.renderer';
import { renderText } from './text.renderer';

const id = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
const proposal = (n: number, status = 'pending') =>
  ({ id: id(n), action: 'lead_followup', reason: `Lead ${n} went quiet.`, estimatedCost: '0.05', status }) as Parameters<typeof digestReply>[0]['proposals'][number];

describe('actions blocks', () => {
  const reply: CommandReply = { ok: true, command: 'proposals', title: 'One waiting', blocks: [{ kind: 'text', text: 'p1' }, proposalActions({ id: id(1) })], visibility: 'in_channel', cost: null };

  it('are typed commands in text and e-mail', () => {
    expect(renderText(reply)).toBe('One waiting\np1\n→ `approve 00000001` or `decline 00000001`');
  });

  it('are Block Kit buttons in Slack, routed by action id with the proposal id as value', () => {
    expect(renderSlack(reply).blocks[2]).toEqual({
      type: 'actions',
      block_id: `proposal:${id(1)}`,
      elements: [
        { type: 'button', action_id: 'proposal_approve', text: { type: 'plain_text', text: 'Approve 00000001' }, value: id(1), style: 'primary' },
        { type: 'button', action_id: 'proposal_decline', text: { type: 'plain_text', text: 'Decline 00000001' }, value: id(1), style: 'danger' },
      ],
    });
  });

  it('are Discord components, at most five rows; the rest stay typed hints', () => {
    expect(renderDiscord(reply)).toEqual(['**One waiting**\np1']);
    expect(discordComponents(reply)).toEqual([
      { type: 1, components: [
        { type: 2, style: 3, label: 'Approve 00000001', custom_id: `proposal:approve:${id(1)}` },
        { type: 2, style: 4, label: 'Decline 00000001', custom_id: `proposal:decline:${id(1)}` },
      ] },
    ]);
    const many = digestReply({ runId: 'r', insights: [], proposals: [1, 2, 3, 4, 5, 6, 7].map((n) => proposal(n)), autoApproved: 0 });
    expect(discordComponents(many)).toHaveLength(5);
    const text = renderDiscord(many).join('\n');
    expect(text).toContain('→ `approve 00000006` or `decline 00000006`');
    expect(text).not.toContain('approve 00000005`');
  });

  it('appear in a digest only for proposals still pending', () => {
    const digest = digestReply({ runId: 'r', insights: [{ type: 'stale_leads', confidence: 0.9, reason: '2 leads are quiet.' }], proposals: [proposal(1, 'approved'), proposal(2)], autoApproved: 1 });
    expect(digest.title).toBe('Steward digest: 1 insight, 1 proposal waiting for you');
    expect(renderText(digest)).toBe(
      [
        'Steward digest: 1 insight, 1 proposal waiting for you',
        '• 2 leads are quiet. (confidence 90%)',
        'Proposals (2, 1 approved by policy):',
        '00000001 · [approved] lead_followup — Lead 1 went quiet. (est. 0.05 credits)',
        '00000002 · [pending] lead_followup — Lead 2 went quiet. (est. 0.05 credits)',
        '→ `approve 00000002` or `decline 00000002`',
      ].join('\n'),
    );
  });
});

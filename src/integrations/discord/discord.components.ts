import type { ButtonInteraction } from 'discord.js';
import type { InboundMessage } from '../../modules/commands/command-context';
import type { ProposalDecision } from '../../modules/commands/handlers/proposal.replies';
import { DISCORD_MESSAGE_LIMIT, type DiscordActionRow } from '../../modules/commands/render/discord.renderer';

const PROPOSAL_BUTTON = /^proposal:(approve|decline):([0-9a-f-]{36})$/i;

/** `proposal:approve:<id>` → the decision and the proposal id; null for buttons that are not ours. */
export function parseProposalButton(customId: string): { decision: ProposalDecision; proposalId: string } | null {
  const match = PROPOSAL_BUTTON.exec(customId);
  return match ? { decision: match[1].toLowerCase() as ProposalDecision, proposalId: match[2].toLowerCase() } : null;
}

/** A button click → the typed command it stands for; the interaction id de-duplicates redeliveries. */
export function fromButton(interaction: ButtonInteraction, decision: ProposalDecision, proposalId: string): InboundMessage {
  return {
    provider: 'discord',
    workspaceId: interaction.guildId ?? null,
    workspaceName: interaction.guild?.name ?? null,
    externalUserId: interaction.user.id,
    text: `${decision} ${proposalId}`,
    threadKey: `${interaction.guildId ?? 'dm'}:${interaction.channelId}`,
    idempotencyKey: `interaction:${interaction.id}`,
    replyTarget: { channel: interaction.channelId },
  };
}

/** The message's rows with the decided proposal's buttons replaced by one disabled button naming the decision. */
export function decidedComponents(rows: DiscordActionRow[], proposalId: string, label: string, approved: boolean): DiscordActionRow[] {
  return rows.map((row) =>
    row.components.some((button) => button.custom_id && parseProposalButton(button.custom_id)?.proposalId === proposalId)
      ? { type: 1, components: [{ type: 2, style: approved ? 3 : 2, label: label.slice(0, 80), custom_id: `proposal:decided:${proposalId}`, disabled: true }] }
      : row,
  );
}

/** The message text with the decision appended, within Discord's 2,000 characters. */
export function withDecisionLine(content: string, line: string): string {
  const addition = `\n-# ${line}`;
  return content.length + addition.length <= DISCORD_MESSAGE_LIMIT ? `${content}${addition}` : content;
}

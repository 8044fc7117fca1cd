import { CommandReply, costLine, type ReplyAction } from '../command-reply';

export interface SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks: Record<string, unknown>[];
}

const SECTION_LIMIT = 3000;

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, SECTION_LIMIT) } });

/** Block Kit: the title in bold, fields two to a row, lists as bullets, the cost as context. */
export function renderSlack(reply: CommandReply): SlackMessage {
  const blocks: Record<string, unknown>[] = [section(`*${slackEscape(reply.title)}*`)];
  for (const block of reply.blocks) {
    if (block.kind === 'text') blocks.push(section(slackEscape(block.text)));
    if (block.kind === 'fields') {
      for (let i = 0; i < block.fields.length; i += 10) {
        const fields = block.fields.slice(i, i + 10).map((field) => ({ type: 'mrkdwn', text: `*${slackEscape(field.label)}:* ${slackEscape(field.value)}` }));
        blocks.push({ type: 'section', fields });
      }
    }
    if (block.kind === 'list' && block.items.length) blocks.push(section(block.items.map((item) => `• ${slackEscape(item)}`).join('\n')));
    if (block.kind === 'actions') blocks.push(slackActions(block.key, block.actions));
  }
  const cost = costLine(reply);
  if (cost) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(cost) }] });
  return { response_type: reply.visibility, text: reply.title.slice(0, SECTION_LIMIT), blocks: blocks.slice(0, 50) };
}

/** An actions block: one button per action; Bolt routes clicks by action_id, the value names the object. */
export function slackActions(key: string, actions: ReplyAction[]): Record<string, unknown> {
  return {
    type: 'actions',
    block_id: key.slice(0, 255),
    elements: actions.slice(0, 25).map((action) => ({
      type: 'button',
      action_id: action.id,
      text: { type: 'plain_text', text: action.label.slice(0, 75) },
      value: action.value.slice(0, 2000),
      ...(action.style === 'default' ? {} : { style: action.style }),
    })),
  };
}

import { actionHint, CommandReply, costLine } from '../command-reply';

/** Plain text: the CLI's output and an e-mail reply's body. Every other renderer says the same words. */
export function renderText(reply: CommandReply): string {
  const lines: string[] = [reply.title];
  for (const block of reply.blocks) {
    if (block.kind === 'text') lines.push(block.text);
    if (block.kind === 'fields') lines.push(...block.fields.map((field) => `${field.label}: ${field.value}`));
    if (block.kind === 'list') lines.push(...block.items.map((item) => `• ${item}`));
    if (block.kind === 'actions') lines.push(actionHint(block.actions));
  }
  const cost = costLine(reply);
  if (cost) lines.push(cost);
  return lines.join('\n');
}

/** An e-mail answer to a command sent in a subject line. */
export function renderEmail(reply: CommandReply): { subject: string; text: string } {
  return { subject: `Steward: ${reply.title}`.slice(0, 200), text: `${renderText(reply)}\n` };
}

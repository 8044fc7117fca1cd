import { CommandReply, costLine } from '../command-reply';

export const DISCORD_MESSAGE_LIMIT = 2000;

/** Escapes Discord markdown so names and task text cannot format the reply. */
export function discordEscape(text: string): string {
  return text.replace(/([\\*_`~|])/g, '\\$1').replace(/^>/gm, '\\>');
}

/** Discord markdown, split into messages of at most 2,000 characters at line breaks. */
export function renderDiscord(reply: CommandReply): string[] {
  const lines: string[] = [`**${discordEscape(reply.title)}**`];
  for (const block of reply.blocks) {
    if (block.kind === 'text') lines.push(discordEscape(block.text));
    if (block.kind === 'fields') lines.push(...block.fields.map((field) => `**${discordEscape(field.label)}:** ${discordEscape(field.value)}`));
    if (block.kind === 'list') lines.push(...block.items.map((item) => `• ${discordEscape(item)}`));
  }
  const cost = costLine(reply);
  if (cost) lines.push(`-# ${cost}`);
  return splitMessage(lines.join('\n'), DISCORD_MESSAGE_LIMIT);
}

/** Splits at the last line break (else space) before the limit; never loses or reorders text. */
export function splitMessage(text: string, limit = DISCORD_MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf('\n', limit);
    if (cut <= 0) cut = rest.lastIndexOf(' ', limit);
    if (cut <= 0) cut = limit;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.length || parts.length === 0) parts.push(rest);
  return parts;
}

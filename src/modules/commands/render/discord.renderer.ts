import { actionHint, CommandReply, costLine, type ReplyAction } from '../command-reply';

export const DISCORD_MESSAGE_LIMIT = 2000;
/** A message holds at most 5 action rows of at most 5 buttons. */
export const DISCORD_MAX_ROWS = 5;
const DISCORD_MAX_BUTTONS = 5;

/** Escapes Discord markdown so names and task text cannot format the reply. */
export function discordEscape(text: string): string {
  return text.replace(/([\\*_`~|])/g, '\\$1').replace(/^>/gm, '\\>');
}

/** Discord markdown, split into messages of at most 2,000 characters at line breaks. */
export function renderDiscord(reply: CommandReply): string[] {
  const lines: string[] = [`**${discordEscape(reply.title)}**`];
  let rows = 0;
  for (const block of reply.blocks) {
    // the first rows become buttons (discordComponents); actions past Discord's limit stay typed hints
    if (block.kind === 'actions' && (rows += 1) > DISCORD_MAX_ROWS) lines.push(actionHint(block.actions));
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

/** Discord button styles (API values): Success is the green Slack calls "primary". */
const BUTTON_STYLE = { primary: 3, danger: 4, default: 2 } as const;

/** `proposal_approve` + id → `proposal:approve:<id>`, the custom_id a click carries back. */
export function discordCustomId(action: Pick<ReplyAction, 'id' | 'value'>): string {
  return `${action.id.replace('_', ':')}:${action.value}`.slice(0, 100);
}

/** The reply's actions blocks as message components (action rows of buttons), within Discord's limits. */
export function discordComponents(reply: CommandReply): DiscordActionRow[] {
  return reply.blocks
    .filter((block): block is Extract<typeof block, { kind: 'actions' }> => block.kind === 'actions')
    .slice(0, DISCORD_MAX_ROWS)
    .map((block) => ({
      type: 1,
      components: block.actions.slice(0, DISCORD_MAX_BUTTONS).map((action) => ({ type: 2, style: BUTTON_STYLE[action.style], label: action.label.slice(0, 80), custom_id: discordCustomId(action) })),
    }));
}

export interface DiscordButton {
  type: 2;
  style: number;
  label?: string;
  custom_id?: string;
  disabled?: boolean;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

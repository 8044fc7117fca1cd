import { formatCredits } from '../../common/money';

/** One result the reply explains: a finished task, or a refusal/limit/command answer. */
export interface ReplyItem {
  kind: 'invoice' | 'sort' | 'command' | 'limit';
  filename?: string | null;
  status: 'succeeded' | 'failed' | 'refused' | 'answered';
  output?: unknown;
  mode?: string | null;
  cost?: bigint | null;
  breakdown?: Record<string, unknown> | null;
  error?: { code: string; message: string } | null;
  /** commands and limits: the text to send */
  message?: string;
}

export interface ReplyInput {
  to: string;
  from: string;
  subject: string;
  inReplyTo: string | null;
  references: string[];
  messageId: string;
  items: ReplyItem[];
  balance: { available: bigint; balance: bigint } | null;
}

export interface ComposedReply {
  to: string;
  from: string;
  subject: string;
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  text: string;
  html: string;
}

const REFUSALS: Record<string, string> = {
  insufficient_credits: 'Your organization does not have enough credits for this. Top up and forward the mail again.',
  budget_exceeded: 'This would exceed a budget your organization set. Raise the budget or wait for the next period, then forward the mail again.',
  plan_limit_reached: "Your plan's monthly limit for tasks is used up. Upgrade the plan or wait for the next month.",
};

const INVOICE_FIELDS: [string, string][] = [
  ['invoiceNumber', 'Invoice number'],
  ['issueDate', 'Issue date'],
  ['dueDate', 'Due date'],
  ['seller', 'Seller'],
  ['buyer', 'Buyer'],
  ['currency', 'Currency'],
  ['subtotal', 'Subtotal'],
  ['taxTotal', 'Tax'],
  ['total', 'Total'],
  ['amountDue', 'Amount due'],
];

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function fieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') {
    const party = value as { name?: string | null; vatId?: string | null };
    return [party.name, party.vatId ? `VAT ${party.vatId}` : null].filter(Boolean).join(', ') || '—';
  }
  return String(value);
}

function invoiceRows(output: unknown): [string, string][] {
  const invoice = (output ?? {}) as Record<string, unknown>;
  const rows: [string, string][] = INVOICE_FIELDS.map(([key, label]) => [label, fieldValue(invoice[key])]);
  const lines = Array.isArray(invoice.lineItems) ? invoice.lineItems.length : 0;
  rows.push(['Line items', String(lines)]);
  return rows;
}

function readable(output: unknown): boolean {
  const invoice = (output ?? {}) as Record<string, unknown>;
  return ['invoiceNumber', 'total', 'amountDue', 'issueDate'].some((key) => invoice[key] !== null && invoice[key] !== undefined);
}

function costLines(item: ReplyItem): string[] {
  if (item.cost === null || item.cost === undefined) return [];
  const b = item.breakdown ?? {};
  const parts = [`base ${formatCredits(BigInt(String(b.base ?? item.cost)))}`];
  const tokens = BigInt(String(b.inputTokenCost ?? '0')) + BigInt(String(b.outputTokenCost ?? '0'));
  if (tokens > 0n) parts.push(`tokens ${formatCredits(tokens)} (${b.inputTokens ?? 0} in / ${b.outputTokens ?? 0} out)`);
  if (BigInt(String(b.discount ?? '0')) > 0n) parts.push(`discount −${formatCredits(BigInt(String(b.discount)))}`);
  return [`Cost: ${formatCredits(item.cost)} credits (${parts.join(', ')})`];
}

interface Section {
  title: string;
  lines: string[];
  table?: [string, string][];
}

function section(item: ReplyItem, index: number, count: number): Section {
  const label = item.filename ? `“${item.filename}”` : count > 1 ? `#${index + 1}` : '';
  if (item.kind === 'command' || item.kind === 'limit') return { title: item.kind === 'limit' ? 'Not processed' : 'Command', lines: [item.message ?? ''] };
  if (item.status === 'refused') {
    const why = REFUSALS[item.error?.code ?? ''] ?? item.error?.message ?? 'The request was refused.';
    return { title: `Not processed ${label}`.trim(), lines: [why, item.error?.message && REFUSALS[item.error.code] ? `(${item.error.message})` : ''].filter(Boolean) };
  }
  if (item.status === 'failed') {
    const unreadable = /unreadable|invalid_input|unprocessable|empty_input/.test(item.error?.code ?? '');
    const lead = unreadable ? `The file ${label || ''} could not be read.`.replace('  ', ' ') : `Processing ${label} failed.`.replace('  ', ' ');
    return { title: `Failed ${label}`.trim(), lines: [lead, item.error?.message ?? '', 'Nothing was charged.'].filter(Boolean) };
  }
  if (item.kind === 'invoice') {
    const output = item.output as { warnings?: string[] } | undefined;
    const warnings = (output?.warnings ?? []).slice(0, 5);
    const lines = readable(item.output)
      ? [`Extracted ${item.mode === 'llm' ? 'with the model' : 'offline'}:`]
      : [`The file ${label} could not be read well enough to find invoice fields.`.replace('  ', ' ')];
    return { title: `Invoice ${label}`.trim(), lines: [...lines, ...warnings.map((w) => `Note: ${w}`), ...costLines(item)], table: invoiceRows(item.output) };
  }
  const sorted = (item.output ?? {}) as { category?: string; confidence?: number };
  const confidence = typeof sorted.confidence === 'number' ? ` (confidence ${Math.round(sorted.confidence * 100)}%)` : '';
  return { title: 'Sorted', lines: [`Category: ${sorted.category ?? 'other'}${confidence}`, ...costLines(item)] };
}

/** The one reply to a mail: threaded, plain text and HTML, fields table, cost and balance. */
export function composeReply(input: ReplyInput): ComposedReply {
  const sections = input.items.map((item, i) => section(item, i, input.items.length));
  const total = input.items.reduce((sum, item) => sum + (item.cost ?? 0n), 0n);
  const footer: string[] = [];
  if (input.items.some((item) => item.cost !== undefined && item.cost !== null)) footer.push(`Total cost: ${formatCredits(total)} credits`);
  if (input.balance) footer.push(`Balance: ${formatCredits(input.balance.available)} credits available`);

  const text = [
    ...sections.flatMap((s) => [
      `== ${s.title} ==`,
      ...s.lines,
      ...(s.table ? s.table.map(([k, v]) => `${k.padEnd(16)} ${v}`) : []),
      '',
    ]),
    ...footer,
    '',
    '— Steward',
  ].join('\n');

  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    ...sections.map(
      (s) =>
        `<h3>${escapeHtml(s.title)}</h3>${s.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` +
        (s.table
          ? `<table border="1" cellpadding="4" cellspacing="0">${s.table.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`
          : ''),
    ),
    footer.length ? `<p>${footer.map(escapeHtml).join('<br>')}</p>` : '',
    '<p>— Steward</p></body></html>',
  ].join('');

  const subject = /^re:/i.test(input.subject.trim()) ? input.subject.trim() : `Re: ${input.subject.trim() || '(no subject)'}`;
  const references = [...input.references, ...(input.inReplyTo ? [input.inReplyTo] : [])].filter((v, i, all) => all.indexOf(v) === i);
  return {
    to: input.to,
    from: input.from,
    subject,
    messageId: input.messageId,
    ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
    ...(references.length ? { references } : {}),
    text,
    html,
  };
}

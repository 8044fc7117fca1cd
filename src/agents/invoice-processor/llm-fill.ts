/**
 * LLM step: asks the model (structured output, zod-validated) only for the fields the
 * offline methods left null or uncertain, normalises its answers with the same parsers,
 * and keeps them only if the arithmetic checks still hold.
 */
import { z } from 'zod';
import type { LlmClient, TokenUsage } from '../llm/llm.types';
import { normaliseDecimal, parseAmount } from './amounts';
import { applyArithmeticConfidence, checkArithmetic } from './arithmetic';
import { isoDate } from './dates';
import type { ExtractedInvoice, InvoiceParty, ScoredField } from './types';

const UNCERTAIN_BELOW = 0.6;
const LLM_CONFIDENCE = 0.7;
const MAX_PROMPT_CHARS = 16000;

const partySchema = z.object({
  name: z.string().nullable(),
  vatId: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
});

export const llmInvoiceSchema = z.object({
  invoiceNumber: z.string().nullable(),
  issueDate: z.string().nullable().describe('YYYY-MM-DD'),
  dueDate: z.string().nullable().describe('YYYY-MM-DD'),
  currency: z.string().nullable().describe('ISO 4217 code'),
  seller: partySchema.nullable(),
  buyer: partySchema.nullable(),
  subtotal: z.string().nullable().describe('net total before tax, decimal with a dot'),
  taxTotal: z.string().nullable(),
  total: z.string().nullable().describe('grand total including tax'),
  amountDue: z.string().nullable(),
  lineItems: z
    .array(z.object({ description: z.string().nullable(), quantity: z.string().nullable(), unitPrice: z.string().nullable(), amount: z.string().nullable() }))
    .nullable(),
});
export type LlmInvoice = z.infer<typeof llmInvoiceSchema>;

const SYSTEM =
  'You read invoices. Return the requested fields exactly as printed in the document. ' +
  'Use null for anything the document does not state; never guess or compute values. ' +
  'Dates as YYYY-MM-DD, amounts as plain decimals with a dot (1234.56), currency as an ISO 4217 code.';

export function uncertainFields(inv: ExtractedInvoice): ScoredField[] {
  return (Object.keys(inv.confidence) as ScoredField[]).filter((f) => (inv.confidence[f] ?? 0) < UNCERTAIN_BELOW);
}

const amount = (v: string | null | undefined): string | null => (v ? (normaliseDecimal(v) ?? parseAmount(v)) : null);
const date = (v: string | null | undefined): string | null => {
  const m = v ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim()) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
};
const str = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);
const party = (p: LlmInvoice['seller']): InvoiceParty | null =>
  p && (p.name || p.vatId) ? { name: str(p.name), vatId: str(p.vatId)?.replace(/\s/g, '') ?? null, address: str(p.address), email: str(p.email) } : null;

function normalised(value: LlmInvoice, field: ScoredField): unknown {
  switch (field) {
    case 'invoiceNumber':
      return str(value.invoiceNumber);
    case 'issueDate':
    case 'dueDate':
      return date(value[field]);
    case 'currency':
      return value.currency && /^[A-Z]{3}$/.test(value.currency.trim()) ? value.currency.trim() : null;
    case 'seller':
    case 'buyer':
      return party(value[field]);
    case 'subtotal':
    case 'taxTotal':
    case 'total':
    case 'amountDue':
      return amount(value[field]);
    case 'lineItems':
      return value.lineItems?.length
        ? value.lineItems.map((li) => ({ description: str(li.description), quantity: amount(li.quantity), unitPrice: amount(li.unitPrice), amount: amount(li.amount) }))
        : null;
  }
}

export interface LlmFillResult {
  usage: TokenUsage;
  called: boolean;
}

export async function fillWithLlm(inv: ExtractedInvoice, documentText: string, llm: LlmClient): Promise<LlmFillResult> {
  const wanted = uncertainFields(inv);
  if (!wanted.length || !documentText.trim()) return { usage: { inputTokens: 0, outputTokens: 0 }, called: false };
  const known = Object.fromEntries(Object.keys(inv.confidence).filter((f) => !wanted.includes(f as ScoredField)).map((f) => [f, inv[f as ScoredField]]));
  const user =
    `Fields needed: ${wanted.join(', ')}.\nAlready known (do not change): ${JSON.stringify(known)}\n\n` +
    `Invoice document:\n"""\n${documentText.slice(0, MAX_PROMPT_CHARS)}\n"""`;
  const { value, usage } = await llm.structured(llmInvoiceSchema, SYSTEM, user);
  const before = structuredClone(inv);
  const supplied: ScoredField[] = [];
  const target = inv as unknown as Record<string, unknown>;
  for (const field of wanted) {
    const v = normalised(value, field);
    if (v === null || JSON.stringify(v) === JSON.stringify(inv[field])) continue;
    target[field] = v;
    inv.confidence[field] = LLM_CONFIDENCE;
    supplied.push(field);
  }
  const report = checkArithmetic(inv);
  const revert = (fields: ScoredField[], why: string): void => {
    for (const f of fields.filter((x) => supplied.includes(x))) {
      target[f] = (before as unknown as Record<string, unknown>)[f];
      inv.confidence[f] = before.confidence[f];
      supplied.splice(supplied.indexOf(f), 1);
      inv.warnings.push(`LLM value for ${f} rejected: ${why}`);
    }
  };
  if (report.subtotalPlusTaxMatchesTotal === false) revert(['subtotal', 'taxTotal', 'total'], 'subtotal + tax ≠ total');
  if (report.itemsMatchSubtotal === false) revert(['lineItems'], 'line items do not sum to the subtotal');
  const final = checkArithmetic(inv);
  applyArithmeticConfidence(inv, final);
  inv.warnings = [...new Set([...inv.warnings.filter((w) => !before.warnings.includes(w) || !/sum to|≠/.test(w)), ...final.warnings])];
  if (supplied.length) inv.source = 'llm';
  return { usage, called: true };
}

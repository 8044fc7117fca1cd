import type { LlmClient, TokenUsage } from '../llm/llm.types';

/** Shapes of /work/shared/contracts/invoice.schema.json. */
export interface InvoiceParty {
  name: string | null;
  vatId: string | null;
  address: string | null;
  email: string | null;
}

export interface InvoiceLineItem {
  description: string | null;
  quantity: string | null;
  unitPrice: string | null;
  amount: string | null;
}

export type InvoiceSource = 'e-invoice-xml' | 'text' | 'ocr' | 'llm';

export interface ExtractedInvoice {
  file?: string;
  invoiceNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  subtotal: string | null;
  taxTotal: string | null;
  total: string | null;
  amountDue: string | null;
  lineItems: InvoiceLineItem[];
  source: InvoiceSource;
  confidence: Record<string, number>;
  warnings: string[];
}

/** Top-level fields that carry a confidence score. */
export const SCORED_FIELDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'seller',
  'buyer',
  'subtotal',
  'taxTotal',
  'total',
  'amountDue',
  'lineItems',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface InvoiceInput {
  buffer?: Buffer;
  text?: string;
  filename?: string;
  mimeType?: string;
}

export interface ExtractOptions {
  llm?: LlmClient | null;
  /** wall-clock cap for the sandboxed offline extraction (default 30 s) */
  timeoutMs?: number;
  /** V8 old-generation cap of the extraction worker (default 512 MB) */
  maxMemoryMb?: number;
}

export interface ExtractResult {
  invoice: ExtractedInvoice;
  mode: 'offline' | 'llm';
  usage: TokenUsage;
}

/** What the sandboxed worker returns: the invoice plus the text it read (for the LLM step). */
export interface OfflineResult {
  invoice: ExtractedInvoice;
  text: string;
}

export function emptyParty(): InvoiceParty {
  return { name: null, vatId: null, address: null, email: null };
}

export function emptyInvoice(source: InvoiceSource = 'text'): ExtractedInvoice {
  return {
    invoiceNumber: null,
    issueDate: null,
    dueDate: null,
    currency: null,
    seller: emptyParty(),
    buyer: emptyParty(),
    subtotal: null,
    taxTotal: null,
    total: null,
    amountDue: null,
    lineItems: [],
    source,
    confidence: Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])),
    warnings: [],
  };
}

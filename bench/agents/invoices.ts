/**
 * Invoice processor benchmark: throughput on text PDFs (warm worker pool) and per-field
 * accuracy over the fixture corpus. Prints numbers, asserts nothing.
 *   npx ts-node --transpile-only bench/agents/invoices.ts
 */
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractInvoice, shutdownInvoiceSandbox, type ExtractedInvoice } from '../../src/agents/invoice-processor';

const DIR = join(__dirname, '../../test/fixtures/invoices');
const FIELDS = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'subtotal', 'taxTotal', 'total', 'amountDue', 'seller.name', 'seller.vatId', 'buyer.name', 'lineItems'] as const;

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): string => {
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return String(Number(v));
    if (Array.isArray(v)) return JSON.stringify(v.map((li: Record<string, unknown>) => Object.fromEntries(Object.entries(li).map(([k, x]) => [k, norm(x)]))));
    return typeof v === 'string' ? v.trim().toLowerCase() : JSON.stringify(v ?? null);
  };
  return norm(a) === norm(b);
}

async function throughput(): Promise<void> {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pdf') && !/^(facturx|ubl|scanned)/.test(f));
  const buffers = files.map((f) => readFileSync(join(DIR, f)));
  const pool = Math.max(1, Math.min(availableParallelism(), 4));
  await Promise.all(buffers.map((buffer) => extractInvoice({ buffer }))); // warm the pool
  await Promise.all(buffers.map((buffer) => extractInvoice({ buffer })));
  const total = 280;
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: pool * 2 }, async () => {
      while (next < total) {
        const buffer = buffers[next++ % buffers.length];
        await extractInvoice({ buffer });
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = total / seconds;
  console.log(`text PDFs: ${total} invoices in ${seconds.toFixed(2)} s with ${pool} worker(s) → ${rate.toFixed(1)} invoices/s, ${(rate / pool).toFixed(1)} invoices/s per core`);
}

async function accuracy(): Promise<void> {
  const files = readdirSync(DIR).filter((f) => !f.endsWith('.json'));
  const hits: Record<string, [number, number]> = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]]));
  const bySource: Record<string, number> = {};
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(DIR, `${file}.expected.json`), 'utf8')) as Record<string, unknown>;
    const { invoice } = await extractInvoice({ buffer: readFileSync(join(DIR, file)), filename: file });
    bySource[invoice.source] = (bySource[invoice.source] ?? 0) + 1;
    const misses: string[] = [];
    for (const field of FIELDS) {
      const ok = same(get(invoice as ExtractedInvoice, field), get(expected, field));
      hits[field][0] += ok ? 1 : 0;
      hits[field][1] += 1;
      if (!ok) misses.push(field);
    }
    console.log(`  ${file.padEnd(22)} ${invoice.source.padEnd(14)} ${misses.length ? `missed: ${misses.join(', ')}` : 'all fields correct'}`);
  }
  console.log(`\nper-field accuracy over ${files.length} fixtures (sources: ${JSON.stringify(bySource)})`);
  for (const field of FIELDS) {
    const [ok, n] = hits[field];
    console.log(`  ${field.padEnd(14)} ${((100 * ok) / n).toFixed(1).padStart(5)} %  (${ok}/${n})`);
  }
}

(async () => {
  await throughput();
  await accuracy();
  await shutdownInvoiceSandbox();
})().catch((err) => {
  console.error(err);
  process.exit(1);
});

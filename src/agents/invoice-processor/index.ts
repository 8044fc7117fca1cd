/**
 * Invoice Processor agent — public API.
 *
 * Errors: `extractInvoice` never throws for bad *content* (corrupt, encrypted, hostile or
 * empty files give null fields plus `warnings`). It throws `PermanentAgentError`
 * ('invalid_input') only when the call carries no content at all (no buffer and no text),
 * which is a caller bug that no retry can fix.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type AgentInput, type AgentRunContext, type AgentRunResult, PermanentAgentError } from '../agent.types';
import { NO_USAGE } from '../llm/llm.types';
import { fillWithLlm } from './llm-fill';
import { invoiceSandboxWorkers, runSandboxed, shutdownInvoiceSandbox } from './sandbox';
import { emptyInvoice, type ExtractedInvoice, type ExtractOptions, type ExtractResult, type InvoiceInput } from './types';

export type { ExtractedInvoice, ExtractOptions, ExtractResult, InvoiceInput, InvoiceLineItem, InvoiceParty } from './types';
export { invoiceSandboxWorkers, shutdownInvoiceSandbox };

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MEMORY_MB = 512;

export async function extractInvoice(input: InvoiceInput, options: ExtractOptions = {}): Promise<ExtractResult> {
  if (!input.buffer?.length && !input.text?.trim()) {
    throw new PermanentAgentError('invalid_input', 'invoice input needs a file (buffer) or text');
  }
  const offline = await runSandboxed(
    { buffer: input.buffer ? new Uint8Array(input.buffer) : undefined, text: input.text, filename: input.filename, mimeType: input.mimeType },
    { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MEMORY_MB },
  );
  const invoice = offline.invoice;
  if (!options.llm || invoice.source === 'e-invoice-xml') return { invoice, mode: 'offline', usage: { ...NO_USAGE } };
  try {
    const { usage, called } = await fillWithLlm(invoice, offline.text, options.llm);
    return { invoice, mode: called ? 'llm' : 'offline', usage };
  } catch (err) {
    invoice.warnings.push(`LLM step failed, offline result kept: ${err instanceof Error ? err.message : String(err)}`);
    return { invoice, mode: 'offline', usage: { ...NO_USAGE } };
  }
}

/** Adapter for the task executor. */
export async function runInvoiceAgent(input: AgentInput, ctx: AgentRunContext): Promise<AgentRunResult<ExtractedInvoice>> {
  if (ctx.signal?.aborted) throw new Error('invoice extraction aborted');
  const buffer = input.contentBase64 ? Buffer.from(input.contentBase64, 'base64') : undefined;
  const result = await extractInvoice({ buffer, text: buffer ? undefined : input.text, filename: input.filename, mimeType: input.mimeType }, { llm: ctx.llm });
  return { output: result.invoice, mode: result.mode, usage: result.usage };
}

/**
 * `steward extract-invoice FILE…`: one JSON line per file. Returns the exit code:
 * 0 when every file was read (even if nothing was extracted), 2 if any file was missing or unreadable.
 */
export async function extractInvoiceFiles(paths: string[], out: NodeJS.WritableStream): Promise<number> {
  let code = 0;
  for (const path of paths) {
    let buffer: Buffer;
    try {
      buffer = await readFile(path);
    } catch (err) {
      code = 2;
      process.stderr.write(`extract-invoice: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      continue;
    }
    let invoice: ExtractedInvoice;
    try {
      invoice = (await extractInvoice({ buffer, filename: basename(path) })).invoice;
    } catch (err) {
      invoice = emptyInvoice('text');
      invoice.warnings.push(err instanceof Error ? err.message : String(err));
    }
    out.write(`${JSON.stringify({ file: path, ...invoice })}\n`);
  }
  return code;
}

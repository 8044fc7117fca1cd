/** LLM fill-in (with a small fake of our own LlmClient interface), the task adapter and the CLI helper. */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ZodType } from 'zod';
import { PermanentAgentError } from '../../src/agents/agent.types';
import { extractInvoice, extractInvoiceFiles, runInvoiceAgent, shutdownInvoiceSandbox } from '../../src/agents/invoice-processor';
import type { LlmClient, TokenUsage } from '../../src/agents/llm/llm.types';
import { INVOICE_FIXTURES, expectedFor, fixture } from './invoice-support';

afterAll(() => shutdownInvoiceSandbox());

class FakeLlm implements LlmClient {
  readonly model = 'fake-model';
  readonly prompts: string[] = [];
  constructor(private readonly answer: Record<string, unknown> | Error) {}

  async structured<T>(schema: ZodType<T>, _system: string, user: string): Promise<{ value: T; usage: TokenUsage }> {
    this.prompts.push(user);
    if (this.answer instanceof Error) throw this.answer;
    return { value: schema.parse(this.answer), usage: { inputTokens: 321, outputTokens: 45 } };
  }
  async complete(): Promise<{ text: string; usage: TokenUsage }> {
    throw new Error('not used');
  }
  chatModel(): never {
    throw new Error('not used');
  }
}

const NOTHING = {
  invoiceNumber: null, issueDate: null, dueDate: null, currency: null, seller: null, buyer: null,
  subtotal: null, taxTotal: null, total: null, amountDue: null, lineItems: null,
};

const TEXT = `Invoice No: Q-77
Invoice date: 2025-05-02
Payment within 30 days of 2 June 2025 please.
Subtotal   100.00 EUR
VAT 19%    19.00 EUR
Total      119.00 EUR`;

describe('LLM step', () => {
  it('is skipped in offline mode', async () => {
    const r = await extractInvoice({ text: TEXT }, { llm: null });
    expect(r.mode).toBe('offline');
    expect(r.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(r.invoice.source).toBe('text');
  });

  it('fills only the uncertain fields and reports token usage', async () => {
    const llm = new FakeLlm({ ...NOTHING, dueDate: '2025-06-02', total: '999.00', buyer: { name: 'Globex Ltd', vatId: null, address: null, email: null } });
    const r = await extractInvoice({ text: TEXT }, { llm });
    expect(r.mode).toBe('llm');
    expect(r.usage).toEqual({ inputTokens: 321, outputTokens: 45 });
    expect(r.invoice.source).toBe('llm');
    expect(r.invoice.dueDate).toBe('2025-06-02');
    expect(r.invoice.buyer.name).toBe('Globex Ltd');
    expect(r.invoice.total).toBe('119.00'); // confident offline value, not asked for
    expect(llm.prompts[0]).toMatch(/Fields needed: .*dueDate/);
    expect(llm.prompts[0]).not.toMatch(/Fields needed: [^\n]*\btotal\b/);
    expect(r.invoice.confidence.dueDate).toBeGreaterThan(0);
  });

  it('rejects LLM amounts that break the arithmetic', async () => {
    const llm = new FakeLlm({ ...NOTHING, subtotal: '50.00' });
    const r = await extractInvoice({ text: 'Invoice No: Z-1\nVAT   19.00 EUR\nTotal   119.00 EUR' }, { llm });
    expect(r.invoice.subtotal).toBeNull();
    expect(r.invoice.warnings.join(' ')).toMatch(/LLM value for subtotal rejected/);
    expect(r.invoice.source).toBe('text');
    expect(r.mode).toBe('llm');
  });

  it('normalises LLM answers with the offline parsers and drops invalid ones', async () => {
    const llm = new FakeLlm({ ...NOTHING, dueDate: '31/12/2025', currency: 'euro', amountDue: '1.234,50' });
    const r = await extractInvoice({ text: TEXT }, { llm });
    expect(r.invoice.dueDate).toBeNull();
    expect(r.invoice.amountDue).toBe('1234.50');
  });

  it('keeps the offline result when the model fails', async () => {
    const r = await extractInvoice({ text: TEXT }, { llm: new FakeLlm(new Error('rate limited')) });
    expect(r.mode).toBe('offline');
    expect(r.invoice.total).toBe('119.00');
    expect(r.invoice.warnings.join(' ')).toMatch(/LLM step failed.*rate limited/);
  });

  it('is not consulted for e-invoice XML', async () => {
    const llm = new FakeLlm({ ...NOTHING });
    const r = await extractInvoice({ buffer: fixture('facturx-cii.pdf') }, { llm });
    expect(llm.prompts).toHaveLength(0);
    expect(r.invoice.source).toBe('e-invoice-xml');
  });
});

describe('runInvoiceAgent', () => {
  it('decodes base64 content', async () => {
    const r = await runInvoiceAgent({ contentBase64: fixture('de-din.pdf').toString('base64'), filename: 'de-din.pdf' }, { organizationId: 'org-1', llm: null });
    expect(r.mode).toBe('offline');
    expect(r.output.invoiceNumber).toBe(expectedFor('de-din.pdf').invoiceNumber);
  });

  it('accepts text input and rejects empty input permanently', async () => {
    const r = await runInvoiceAgent({ text: TEXT }, { organizationId: 'org-1', llm: null });
    expect(r.output.invoiceNumber).toBe('Q-77');
    await expect(runInvoiceAgent({}, { organizationId: 'org-1', llm: null })).rejects.toBeInstanceOf(PermanentAgentError);
  });
});

describe('extractInvoiceFiles (CLI)', () => {
  it('writes one JSON line per file and exits 0', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    const files = ['en-classic.pdf', 'ubl-invoice.xml'].map((f) => join(INVOICE_FIXTURES, f));
    expect(await extractInvoiceFiles(files, out)).toBe(0);
    const lines = written.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0].total).toBe(expectedFor('en-classic.pdf').total);
    expect(lines[1].source).toBe('e-invoice-xml');
  });

  it('returns 2 for a missing file but still processes the others', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await extractInvoiceFiles([join(INVOICE_FIXTURES, 'nope.pdf'), join(INVOICE_FIXTURES, 'email-en.txt')], out);
    stderr.mockRestore();
    expect(code).toBe(2);
    expect(written.trim().split('\n')).toHaveLength(1);
  });

  it('exits 0 for a readable file that yields nothing', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    expect(await extractInvoiceFiles([join(INVOICE_FIXTURES, 'scan-en.png.expected.json')], out)).toBe(0);
    const line = JSON.parse(written) as { total: unknown; warnings: unknown[] };
    expect(line).toHaveProperty('invoiceNumber');
  });
});

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs `steward …` from source exactly as the built bin would run it. */
function steward(...args: string[]) {
  const env = { ...process.env };
  delete env.OPENAI_API_KEY;
  delete env.OPENAI_BASE_URL;
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('steward command line', () => {
  it('classify-email prints one JSON line per file with a contract category', () => {
    const a = 'test/fixtures/emails/invoice/en-hosting.eml';
    const b = 'test/fixtures/emails/meeting_request/' + require('node:fs').readdirSync(path.join(ROOT, 'test/fixtures/emails/meeting_request'))[0];
    const run = steward('classify-email', a, b);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(2);
    expect(run.lines[0]).toMatchObject({ file: a, category: 'invoice', confidence: expect.any(Number), method: expect.any(String) });
    expect(run.lines[1].category).toBe('meeting_request');
  });

  it('exits 2 for a missing file and still answers for the others', () => {
    const run = steward('classify-email', 'test/fixtures/emails/invoice/en-hosting.eml', 'no/such/file.eml');
    expect(run.code).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.stderr).toMatch(/no\/such\/file\.eml/);
  });

  it('extract-invoice prints the invoice schema per file, exit 0 even when a file yields nothing', () => {
    const run = steward('extract-invoice', 'test/fixtures/invoices/email-en.txt', 'package.json');
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(2);
    for (const line of run.lines) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['file', 'invoiceNumber', 'issueDate', 'dueDate', 'currency', 'seller', 'buyer', 'subtotal', 'taxTotal', 'total', 'lineItems', 'source', 'confidence', 'warnings']));
    }
    expect(run.lines[0].total).not.toBeNull();
    expect(steward('extract-invoice', 'missing.pdf').code).toBe(2);
  });

  it('explains usage and exits 2 on an unknown command', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli.ts', 'frobnicate'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate"/);
    expect(run.stderr).toMatch(/extract-invoice FILE/);
  });
});

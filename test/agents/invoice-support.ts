import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const INVOICE_FIXTURES = join(__dirname, '../fixtures/invoices');

export function fixtureFiles(): string[] {
  return readdirSync(INVOICE_FIXTURES).filter((f) => !f.endsWith('.json')).sort();
}

export function expectedFor(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(INVOICE_FIXTURES, `${file}.expected.json`), 'utf8')) as Record<string, unknown>;
}

export function fixture(file: string): Buffer {
  return readFileSync(join(INVOICE_FIXTURES, file));
}

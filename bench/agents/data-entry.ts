/**
 * Data Entry benchmark: per-field accuracy of the offline agent over a labelled set of inputs it
 * was not written against (test/fixtures/data-entry-unseen: spreadsheet exports, pasted tables,
 * free-text notes, e-mail signatures and organizations' own JSON Schemas, by an author who never
 * saw the agent), and inputs per second. Prints numbers, asserts nothing.
 *   npx ts-node --transpile-only bench/agents/data-entry.ts [dir] [--errors]
 *
 * Each produced record is paired with the expected record it shares most values with (in order);
 * recall = expected values found / expected values, precision = values found / values produced
 * (extra records and extra fields count against it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { runDataEntryAgent } from '../../src/agents/data-entry';

type Value = string | number | boolean;
type Row = Record<string, Value>;

interface Case {
  id: string;
  kind: string;
  target: string | Record<string, unknown>;
  targetName: string;
  language: string;
  expected: Row[];
  input: { text?: string; contentBase64?: string; filename: string };
}

const DIR = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(__dirname, '../../test/fixtures/data-entry-unseen');
const ERRORS = process.argv.includes('--errors');

/** Text a person could have pasted: valid UTF-8 (a UTF-16 or code-page file can only arrive as an upload). */
function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const KIND_BY_EXTENSION: Record<string, string> = { '.csv': 'spreadsheet export', '.tsv': 'spreadsheet export', '.md': 'pasted table', '.txt': 'text', '.eml': 'e-mail' };

function loadCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'case.json')))
    .sort()
    .map((id) => {
      const spec = JSON.parse(readFileSync(join(dir, id, 'case.json'), 'utf8'));
      const file = readdirSync(join(dir, id)).find((f) => f.startsWith('input.'))!;
      const bytes = readFileSync(join(dir, id, file));
      const custom = typeof spec.target !== 'string';
      return {
        id,
        kind: custom ? 'custom schema' : (KIND_BY_EXTENSION[extname(file)] ?? 'text'),
        target: spec.target,
        targetName: custom ? 'custom' : spec.target,
        language: spec.language ?? '?',
        expected: spec.expected ?? [],
        // an e-mail, a spreadsheet export or a file saved in another encoding than UTF-8 (Excel's UTF-16 "Unicode Text")
        // goes in as the uploaded file (its bytes, in whatever encoding), notes and pasted tables as text
        input: /\.(eml|csv|tsv)$/.test(file) || !isUtf8(bytes) ? { contentBase64: bytes.toString('base64'), filename: file } : { text: bytes.toString('utf8'), filename: file },
      };
    });
}

/** Values as a reader compares them: case, spacing and punctuation of text aside; addresses by letters and digits. */
function same(field: string, got: Value | undefined, want: Value): boolean {
  if (got === undefined) return false;
  if (typeof want === 'number' || typeof want === 'boolean') return got === want || (typeof got === 'string' && Number(got) === want);
  const text = (v: Value) => String(v).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.,;]+$/, '').trim();
  if (/address|adresse|anschrift/i.test(field)) return text(got).replace(/[^\p{L}\p{N}]/gu, '') === text(want).replace(/[^\p{L}\p{N}]/gu, '');
  return text(got) === text(want);
}

const overlap = (got: Row, want: Row) => Object.entries(want).filter(([k, v]) => same(k, got[k], v)).length;

/** Expected records paired in order with the unpaired produced record sharing most values. */
function pair(produced: Row[], expected: Row[]) {
  const free = new Set(produced.map((_, i) => i));
  return expected.map((want) => {
    let best = -1;
    let bestScore = 0;
    for (const i of free) {
      const score = overlap(produced[i], want);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best >= 0) free.delete(best);
    return { want, got: best >= 0 ? produced[best] : undefined };
  });
}

interface Tally {
  expected: number;
  found: number;
  produced: number;
  records: number;
  exact: number;
  cases: number;
}
const tally = (): Tally => ({ expected: 0, found: 0, produced: 0, records: 0, exact: 0, cases: 0 });
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

(async () => {
  const cases = loadCases(DIR);
  if (!cases.length) throw new Error(`no cases in ${DIR}`);
  const all = tally();
  const groups = new Map<string, Tally>();
  const byField = new Map<string, [number, number]>();
  let producedRecords = 0;
  const started = process.hrtime.bigint();
  for (const c of cases) {
    const result = await runDataEntryAgent({ ...c.input, target: c.target } as never, { organizationId: 'bench', taskId: c.id, llm: null } as never).catch((error: Error) => ({ output: { records: [] as Row[], rejected: [], error: error.message } }));
    const produced = (result.output as { records: Row[] }).records;
    producedRecords += produced.length;
    const pairs = pair(produced, c.expected);
    const t = tally();
    t.cases = 1;
    t.records = c.expected.length;
    t.produced = produced.reduce((n, r) => n + Object.keys(r).length, 0);
    const misses: string[] = [];
    pairs.forEach(({ want, got }, i) => {
      let exact = Boolean(got) && Object.keys(got!).length === Object.keys(want).length;
      for (const [field, value] of Object.entries(want)) {
        const ok = same(field, got?.[field], value);
        const key = `${c.targetName}.${field}`;
        const counts = byField.get(key) ?? [0, 0];
        byField.set(key, [counts[0] + (ok ? 1 : 0), counts[1] + 1]);
        t.expected += 1;
        t.found += ok ? 1 : 0;
        if (!ok) {
          exact = false;
          misses.push(`#${i + 1} ${field}: got ${JSON.stringify(got?.[field])}, expected ${JSON.stringify(value)}`);
        }
      }
      for (const field of Object.keys(got ?? {}).filter((f) => !(f in want))) misses.push(`#${i + 1} ${field}: got ${JSON.stringify(got![field])}, expected nothing`);
      t.exact += exact ? 1 : 0;
    });
    if (produced.length > c.expected.length) misses.push(`${produced.length - c.expected.length} record(s) more than expected`);
    for (const key of ['all', `${c.kind}`, `target ${c.targetName}`, `language ${c.language}`]) {
      const g = key === 'all' ? all : (groups.get(key) ?? groups.set(key, tally()).get(key)!);
      for (const k of Object.keys(t) as (keyof Tally)[]) g[k] += t[k];
    }
    console.log(`  ${c.id.padEnd(34)} ${c.kind.padEnd(18)} records ${String(produced.length).padStart(2)}/${String(c.expected.length).padEnd(2)} values ${t.found}/${t.expected}`);
    if (ERRORS) for (const miss of misses) console.log(`      ${miss}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const line = (label: string, g: Tally) =>
    console.log(`  ${label.padEnd(26)} ${String(g.cases).padStart(3)} cases  recall ${pct(g.found, g.expected).padStart(7)}  precision ${pct(g.found, g.produced).padStart(7)}  records exactly right ${g.exact}/${g.records}`);
  console.log(`\ndata entry over ${cases.length} cases in ${DIR.split('/').pop()} (offline):`);
  line('all', all);
  for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) line(key, g);
  console.log('\nper field (recall):');
  for (const [key, [ok, n]] of [...byField].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${key.padEnd(30)} ${pct(ok, n).padStart(7)}  (${ok}/${n})`);
  console.log(`\n${cases.length} inputs (${producedRecords} records) in ${seconds.toFixed(2)} s → ${(cases.length / seconds).toFixed(0)} inputs/s`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * E-mail sorter benchmark on labelled mail never used for training (<dir>/<category>/*.eml):
 * test/fixtures/emails by default, or another set such as test/fixtures/emails-holdout (written
 * by another author, never used for tuning either). Prints numbers only.
 *
 *   npx ts-node --transpile-only bench/agents/emails.ts [dir] [--errors]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_CATEGORIES } from '../../src/agents/email-sorter/categories';
import { classifyEmail } from '../../src/agents/email-sorter/email-sorter';

const ROOT = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(__dirname, '../../test/fixtures/emails');

/** The held-out set says in a header why each message has its label: the classifier must not see that. */
function withoutLabelNote(raw: Buffer): Buffer {
  return Buffer.from(raw.toString('latin1').replace(/^X-Holdout-Label-Note:.*\r?\n([ \t].*\r?\n)*/im, ''), 'latin1');
}

async function main(): Promise<void> {
  const samples = EMAIL_CATEGORIES.flatMap((category) => {
    let files: string[] = [];
    try {
      files = readdirSync(join(ROOT, category)).filter((f) => f.endsWith('.eml'));
    } catch {
      files = [];
    }
    return files.map((f) => ({ category, file: `${category}/${f}`, raw: withoutLabelNote(readFileSync(join(ROOT, category, f))) }));
  });
  await classifyEmail(samples[0].raw); // load the model outside the timing

  const rounds = 5;
  const started = process.hrtime.bigint();
  const predictions: { truth: string; predicted: string; method: string; confidence: number; file: string }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const s of samples) {
      const result = await classifyEmail(s.raw);
      if (r === 0) predictions.push({ truth: s.category, predicted: result.category, method: result.method, confidence: result.confidence, file: s.file });
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  console.log('category            precision  recall  support');
  for (const c of EMAIL_CATEGORIES) {
    const tp = predictions.filter((p) => p.truth === c && p.predicted === c).length;
    const predicted = predictions.filter((p) => p.predicted === c).length;
    const support = predictions.filter((p) => p.truth === c).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    console.log(`${c.padEnd(20)}${precision.toFixed(2).padStart(9)}${recall.toFixed(2).padStart(8)}${String(support).padStart(9)}`);
  }
  const correct = predictions.filter((p) => p.truth === p.predicted);
  console.log(`accuracy ${(correct.length / predictions.length).toFixed(3)} (${correct.length}/${predictions.length})`);
  const meanConfidence = (xs: typeof predictions) => (xs.length ? xs.reduce((a, p) => a + p.confidence, 0) / xs.length : 0);
  console.log(`mean confidence: correct ${meanConfidence(correct).toFixed(2)}, wrong ${meanConfidence(predictions.filter((p) => p.truth !== p.predicted)).toFixed(2)}`);
  console.log(`throughput ${((samples.length * rounds) / seconds).toFixed(0)} emails/s`);
  if (process.argv.includes('--errors')) {
    for (const p of predictions.filter((x) => x.truth !== x.predicted)) console.log(`miss ${p.file} → ${p.predicted} (${p.method}, ${p.confidence})`);
  }
}

void main();

/**
 * Builds the labelled training corpus for the e-mail sorter from the hand-written phrase
 * banks (phrases/*.ts) and whole hand-written mails (handwritten.ts, written/*.ts). Deterministic.
 *
 *   npx ts-node --transpile-only scripts/corpus/build-corpus.ts   # writes data/corpus.jsonl
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_CATEGORIES, type EmailCategory } from '../../src/agents/email-sorter/categories';
import { HANDWRITTEN } from './handwritten';
import { de } from './phrases/de';
import { en } from './phrases/en';
import { es } from './phrases/es';
import { fr } from './phrases/fr';
import { it } from './phrases/it';
import { nl } from './phrases/nl';
import { pt } from './phrases/pt';
import { sv } from './phrases/sv';
import type { PhraseBank } from './phrases/types';
import { createRng, type Rng } from './rng';
import { fillSlots } from './slots';
import { WRITTEN } from './written';

export interface CorpusDocument {
  category: EmailCategory;
  language: string;
  subject: string;
  body: string;
  source: 'template' | 'handwritten' | 'written';
}

export const BANKS: PhraseBank[] = [en, de, fr, es, nl, it, pt, sv];

/** The templated mails and the short hand-written ones (handwritten.ts); train.ts adds the written mails, weighted by cross-validation. */
export function buildCorpus(perCategoryAndLanguage = 150, seed = 20240601): CorpusDocument[] {
  const rng = createRng(seed);
  const docs: CorpusDocument[] = [];
  for (const bank of BANKS) {
    for (const category of EMAIL_CATEGORIES) {
      for (let i = 0; i < perCategoryAndLanguage; i++) docs.push(composeMail(bank, category, rng));
    }
  }
  for (const mail of HANDWRITTEN) {
    for (let copy = 0; copy < 3; copy++) docs.push({ ...mail, source: 'handwritten' });
  }
  return docs;
}

function composeMail(bank: PhraseBank, category: EmailCategory, rng: Rng): CorpusDocument {
  const { subjects, lines } = bank.categories[category];
  const fill = (s: string) => fillSlots(s, bank.language, rng);
  const body: string[] = [];
  const greeting = rng.pick(bank.greetings);
  if (greeting && !['newsletter', 'notification'].includes(category)) body.push(fill(greeting));
  const picked = rng.sample(lines, 1 + rng.int(4)).map(fill);
  body.push(...picked);
  if (rng.chance(0.35)) body.splice(1 + rng.int(body.length), 0, fill(rng.pick(bank.neutral)));
  // A stray sentence from another category: real mail mixes topics, the label is the intent.
  if (rng.chance(0.08)) {
    const other = rng.pick(EMAIL_CATEGORIES.filter((c) => c !== category));
    body.push(fill(rng.pick(bank.categories[other].lines)));
  }
  const closing = rng.pick(bank.closings);
  if (closing) body.push(fill(closing), fill('{name}'));
  return {
    category,
    language: bank.language,
    subject: rng.chance(0.93) ? fill(rng.pick(subjects)) : '',
    body: body.join(rng.chance(0.5) ? '\n' : '\n\n'),
    source: 'template',
  };
}

if (require.main === module) {
  // the written mails once each (train.ts decides how much they weigh)
  const docs: CorpusDocument[] = [...buildCorpus(), ...WRITTEN.map((mail) => ({ ...mail, source: 'written' as const }))];
  const dir = join(__dirname, 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'corpus.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  console.log(`wrote ${docs.length} documents to ${join(dir, 'corpus.jsonl')}`);
}

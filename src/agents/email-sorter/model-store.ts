import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NaiveBayesModel } from './naive-bayes';

export const MODEL_FILE = 'email-model.json';

/**
 * Where the shipped model lives: beside this file in the source tree; after `tsc` the
 * compiled code sits under dist/, so we also look back into the source tree (JSON is
 * read, not imported, to keep a large object literal out of the type checker).
 */
const CANDIDATES = [
  join(__dirname, 'model', MODEL_FILE),
  resolve(__dirname, '../../../../src/agents/email-sorter/model', MODEL_FILE),
  resolve(process.cwd(), 'src/agents/email-sorter/model', MODEL_FILE),
];

let cached: NaiveBayesModel | null = null;

/** The shipped model (built by scripts/corpus/train.ts), loaded once. */
export function emailModel(): NaiveBayesModel {
  if (cached) return cached;
  const path = CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new Error(`E-mail model ${MODEL_FILE} not found (looked in ${CANDIDATES.join(', ')})`);
  cached = JSON.parse(readFileSync(path, 'utf8')) as NaiveBayesModel;
  return cached;
}

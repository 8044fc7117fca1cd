/**
 * Trains the e-mail sorter's naive Bayes model on the generated corpus and writes it to
 * src/agents/email-sorter/model/email-model.json (committed; loaded at run time).
 *
 * The written mails (written/*.ts, whole mails by several authors) are what the choices are
 * measured on, in 5-fold cross-validation: each fifth of them is held out of training in
 * turn. The folds choose how many times a written mail enters the corpus and fit the softmax
 * scale (lowest log loss, for calibrated confidence); templated mails are far more regular
 * than real mail and would flatter both. The model is then trained on everything.
 *
 *   npx ts-node --transpile-only scripts/corpus/train.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_CATEGORIES } from '../../src/agents/email-sorter/categories';
import { MODEL_FILE } from '../../src/agents/email-sorter/model-store';
import { scoreNaiveBayes, softmax, trainNaiveBayes, type LabelledDocument, type NaiveBayesModel } from '../../src/agents/email-sorter/naive-bayes';
import { features } from '../../src/agents/email-sorter/tokenize';
import { buildCorpus, type CorpusDocument } from './build-corpus';
import { createRng } from './rng';
import { WRITTEN } from './written';

const TRAIN_OPTIONS = { alpha: 0.5, minDocumentFrequency: 2 };
const FOLDS = 5;
const COPIES = [0, 1, 2, 3, 5, 8];
const SCALES = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8];

const labelled = (d: Pick<CorpusDocument, 'category' | 'subject' | 'body'>): LabelledDocument => ({ label: d.category, features: features(`${d.subject}\n${d.body}`) });
const times = <T>(items: T[], copies: number) => Array.from({ length: copies }, () => items).flat();

function main(): void {
  const base = buildCorpus().map(labelled);
  const written = WRITTEN.map(labelled);
  // folds by a seeded shuffle, so that each fold holds every author and language
  const order = createRng(7).sample(written.map((_, i) => i), written.length);
  const folds = Array.from({ length: FOLDS }, (_, f) => order.filter((_, k) => k % FOLDS === f).map((i) => written[i]));
  const heldOutModels = (copies: number) =>
    folds.map((fold, f) => ({ model: trainNaiveBayes(EMAIL_CATEGORIES, [...base, ...times(folds.filter((_, g) => g !== f).flat(), copies)], TRAIN_OPTIONS), fold }));

  let best = { copies: 0, scale: 1, accuracy: -1, logLoss: Infinity };
  for (const copies of COPIES) {
    const runs = heldOutModels(copies);
    const { scale, accuracy, logLoss } = fitScale(runs);
    console.log(`written mails held out, each written mail ${copies}x in training: accuracy ${accuracy.toFixed(3)}, log loss ${logLoss.toFixed(3)} (scale ${scale})`);
    if (accuracy > best.accuracy || (accuracy === best.accuracy && logLoss < best.logLoss)) best = { copies, scale, accuracy, logLoss };
  }
  console.log(`chosen: ${best.copies}x, scale ${best.scale}; ${written.length} written mails, ${base.length} other documents`);

  const model = trainNaiveBayes(EMAIL_CATEGORIES, [...base, ...times(written, best.copies)], TRAIN_OPTIONS);
  model.scale = best.scale;
  model.meta.validationAccuracy = Number(best.accuracy.toFixed(4));
  const path = join(__dirname, '../../src/agents/email-sorter/model', MODEL_FILE);
  writeFileSync(path, JSON.stringify(model));
  console.log(`wrote ${path}: ${model.meta.documents} documents, ${model.meta.features} features`);
}

/** Picks the softmax scale with the lowest log loss over the held-out folds (confidence calibration). */
function fitScale(runs: { model: NaiveBayesModel; fold: LabelledDocument[] }[]) {
  let best = { scale: 1, accuracy: 0, logLoss: Infinity };
  const count = runs.reduce((n, run) => n + run.fold.length, 0);
  for (const scale of SCALES) {
    let correct = 0;
    let loss = 0;
    for (const { model, fold } of runs) {
      const m = { ...model, scale };
      for (const doc of fold) {
        const probs = softmax(scoreNaiveBayes(m, doc.features).logits);
        const truth = m.labels.indexOf(doc.label);
        if (probs.indexOf(Math.max(...probs)) === truth) correct++;
        loss -= Math.log(Math.max(probs[truth], 1e-9));
      }
    }
    const result = { scale, accuracy: correct / count, logLoss: loss / count };
    if (result.logLoss < best.logLoss) best = result;
  }
  return best;
}

main();

/**
 * Trains the e-mail sorter's naive Bayes model on the generated corpus and writes it to
 * src/agents/email-sorter/model/email-model.json (committed; loaded at run time).
 *
 *   npx ts-node --transpile-only scripts/corpus/train.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_CATEGORIES } from '../../src/agents/email-sorter/categories';
import { MODEL_FILE } from '../../src/agents/email-sorter/model-store';
import { scoreNaiveBayes, softmax, trainNaiveBayes, type LabelledDocument, type NaiveBayesModel } from '../../src/agents/email-sorter/naive-bayes';
import { features } from '../../src/agents/email-sorter/tokenize';
import { buildCorpus } from './build-corpus';
import { createRng } from './rng';

const TRAIN_OPTIONS = { alpha: 0.5, minDocumentFrequency: 3 };

function main(): void {
  const corpus = buildCorpus();
  const docs: LabelledDocument[] = corpus.map((d) => ({ label: d.category, features: features(`${d.subject}\n${d.body}`) }));
  const rng = createRng(7);
  const order = rng.sample(docs.map((_, i) => i), docs.length);
  const cut = Math.floor(order.length * 0.85);
  const train = order.slice(0, cut).map((i) => docs[i]);
  const validation = order.slice(cut).map((i) => docs[i]);

  const probe = trainNaiveBayes(EMAIL_CATEGORIES, train, TRAIN_OPTIONS);
  const { scale, accuracy, logLoss } = fitScale(probe, validation);
  console.log(`validation: accuracy ${accuracy.toFixed(3)}, log loss ${logLoss.toFixed(3)}, scale ${scale}`);

  const model = trainNaiveBayes(EMAIL_CATEGORIES, docs, TRAIN_OPTIONS);
  model.scale = scale;
  model.meta.validationAccuracy = Number(accuracy.toFixed(4));
  const path = join(__dirname, '../../src/agents/email-sorter/model', MODEL_FILE);
  writeFileSync(path, JSON.stringify(model));
  console.log(`wrote ${path}: ${model.meta.documents} documents, ${model.meta.features} features`);
}

/** Picks the softmax scale with the lowest validation log loss (confidence calibration). */
function fitScale(model: NaiveBayesModel, validation: LabelledDocument[]) {
  let best = { scale: 1, accuracy: 0, logLoss: Infinity };
  for (const scale of [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8]) {
    const m = { ...model, scale };
    let correct = 0;
    let loss = 0;
    for (const doc of validation) {
      const probs = softmax(scoreNaiveBayes(m, doc.features).logits);
      const truth = m.labels.indexOf(doc.label);
      if (probs.indexOf(Math.max(...probs)) === truth) correct++;
      loss -= Math.log(Math.max(probs[truth], 1e-9));
    }
    const result = { scale, accuracy: correct / validation.length, logLoss: loss / validation.length };
    if (result.logLoss < best.logLoss) best = result;
  }
  return best;
}

main();

/**
 * Binarised multinomial naive Bayes. Training lives here too so the corpus script and the
 * tests use the same arithmetic; the trained model is plain JSON.
 */
export interface NaiveBayesModel {
  version: 1;
  labels: string[];
  /** log P(label) */
  logPriors: number[];
  /** feature → log P(feature | label), one entry per label */
  logLikelihoods: Record<string, number[]>;
  /**
   * Scale applied to the mean per-feature log-likelihood before the softmax. Fitted on a
   * validation split so the reported confidence is roughly calibrated.
   */
  scale: number;
  meta: { documents: number; features: number; trainedAt: string; validationAccuracy?: number };
}

export interface LabelledDocument {
  label: string;
  features: string[];
}

export interface TrainOptions {
  alpha?: number;
  minDocumentFrequency?: number;
}

export function trainNaiveBayes(
  labels: readonly string[],
  docs: LabelledDocument[],
  options: TrainOptions = {},
): NaiveBayesModel {
  const alpha = options.alpha ?? 0.5;
  const minDf = options.minDocumentFrequency ?? 2;
  const documentFrequency = new Map<string, number>();
  // a document given several times (to weigh more) still counts once towards the vocabulary
  for (const doc of new Set(docs)) for (const f of doc.features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const vocabulary = [...documentFrequency].filter(([, df]) => df >= minDf).map(([f]) => f);
  const index = new Map(vocabulary.map((f, i) => [f, i]));

  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => new Float64Array(vocabulary.length));
  const totals = new Float64Array(labels.length);
  for (const doc of docs) {
    const li = labelIndex.get(doc.label);
    if (li === undefined) throw new Error(`Unknown label ${doc.label}`);
    for (const f of doc.features) {
      const fi = index.get(f);
      if (fi === undefined) continue;
      counts[li][fi]++;
      totals[li]++;
    }
  }

  const logLikelihoods: Record<string, number[]> = {};
  vocabulary.forEach((f, fi) => {
    logLikelihoods[f] = labels.map((_, li) =>
      round(Math.log((counts[li][fi] + alpha) / (totals[li] + alpha * vocabulary.length))),
    );
  });
  // Uniform priors: the corpus is balanced by construction and real class frequencies
  // differ per organization, so we do not let the corpus mix bias the answer.
  const logPriors = labels.map(() => round(Math.log(1 / labels.length)));
  return {
    version: 1,
    labels: [...labels],
    logPriors,
    logLikelihoods,
    scale: 1,
    meta: { documents: docs.length, features: vocabulary.length, trainedAt: new Date().toISOString() },
  };
}

export interface NaiveBayesScores {
  /** Unnormalised log scores per label (before the softmax). */
  logits: number[];
  /** Known features that contributed, with how strongly they favour the winner. */
  knownFeatures: number;
}

export function scoreNaiveBayes(model: NaiveBayesModel, features: string[]): NaiveBayesScores {
  const sums = model.labels.map(() => 0);
  let known = 0;
  for (const f of features) {
    const ll = model.logLikelihoods[f];
    if (!ll) continue;
    known++;
    for (let i = 0; i < sums.length; i++) sums[i] += ll[i];
  }
  if (known === 0) return { logits: [...model.logPriors], knownFeatures: 0 };
  // Centre per feature so the scale does not depend on vocabulary size, then normalise by
  // sqrt(#features): long mails get sharper but not absurdly certain posteriors.
  const mean = sums.reduce((a, b) => a + b, 0) / sums.length;
  const norm = Math.sqrt(known);
  return {
    logits: sums.map((s, i) => model.logPriors[i] + (model.scale * (s - mean)) / norm),
    knownFeatures: known,
  };
}

export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** Features of one document ranked by how much they favour `label` over the runner-up. */
export function topFeatures(model: NaiveBayesModel, features: string[], label: number, versus: number, n = 5): string[] {
  return features
    .filter((f) => model.logLikelihoods[f])
    .map((f) => ({ f, w: model.logLikelihoods[f][label] - model.logLikelihoods[f][versus] }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w)
    .slice(0, n)
    .map((x) => x.f);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

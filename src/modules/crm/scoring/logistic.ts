import type { ScoreReason } from '../entities/lead.entity';
import { describe, FEATURE_NAMES, featureVector, LeadFacts, reason, sigmoid } from './features';
import { round, type Score } from './heuristic';

export interface LogisticParameters {
  features: string[];
  weights: number[];
  bias: number;
  means: number[];
  scales: number[];
}

export interface Example {
  facts: LeadFacts;
  won: boolean;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent on standardised features.
 * Small data (tens to thousands of closed leads) makes this fast and deterministic.
 */
export function trainLogistic(examples: Example[], options: { iterations?: number; learningRate?: number; l2?: number } = {}): LogisticParameters {
  const iterations = options.iterations ?? 400;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 0.01;
  const rows = examples.map((e) => featureVector(e.facts));
  const labels = examples.map((e) => (e.won ? 1 : 0));
  const k = FEATURE_NAMES.length;
  const means = new Array<number>(k).fill(0);
  const scales = new Array<number>(k).fill(1);
  for (let j = 0; j < k; j += 1) {
    const column = rows.map((r) => r[j]);
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    const sd = Math.sqrt(column.reduce((a, b) => a + (b - mean) ** 2, 0) / column.length);
    means[j] = mean;
    scales[j] = sd > 1e-9 ? sd : 1;
  }
  const z = rows.map((r) => r.map((v, j) => (v - means[j]) / scales[j]));
  const weights = new Array<number>(k).fill(0);
  const positives = labels.reduce((a: number, b) => a + b, 0);
  // start at the base rate so few iterations already give calibrated scores
  let bias = Math.log((positives + 0.5) / (labels.length - positives + 0.5));
  const n = z.length;
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Array<number>(k).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i += 1) {
      let logit = bias;
      for (let j = 0; j < k; j += 1) logit += weights[j] * z[i][j];
      const error = sigmoid(logit) - labels[i];
      gradBias += error;
      for (let j = 0; j < k; j += 1) grad[j] += error * z[i][j];
    }
    bias -= (lr * gradBias) / n;
    for (let j = 0; j < k; j += 1) weights[j] -= lr * (grad[j] / n + l2 * weights[j]);
  }
  return { features: [...FEATURE_NAMES], weights, bias, means, scales };
}

/** Score with a trained model; the reasons are the largest contributions (weight × standardised value). */
export function modelScore(parameters: LogisticParameters, facts: LeadFacts): Score {
  const x = featureVector(facts);
  let logit = parameters.bias;
  const contributions: { feature: string; effect: number }[] = [];
  parameters.features.forEach((feature, j) => {
    const effect = parameters.weights[j] * ((x[j] - parameters.means[j]) / parameters.scales[j]);
    logit += effect;
    contributions.push({ feature, effect });
  });
  const reasons: ScoreReason[] = contributions
    .filter((c) => Math.abs(c.effect) >= 0.05)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, 5)
    .map((c) => reason(c.feature, c.effect, describe(c.feature, facts, c.effect)));
  return { score: round(sigmoid(logit)), reasons, method: 'model' };
}

/** Area under the ROC curve (probability a random won lead outranks a random lost one; ties count half). */
export function auc(scores: number[], labels: boolean[]): number {
  const pairs = scores.map((s, i) => ({ s, y: labels[i] })).sort((a, b) => a.s - b.s);
  const positives = pairs.filter((p) => p.y).length;
  const negatives = pairs.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  let rankSum = 0;
  let i = 0;
  while (i < pairs.length) {
    let j = i;
    while (j + 1 < pairs.length && pairs[j + 1].s === pairs[i].s) j += 1;
    const averageRank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t += 1) if (pairs[t].y) rankSum += averageRank;
    i = j + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** k-fold cross-validated AUC of the trained model (out-of-fold scores), deterministic fold assignment. */
export function crossValidatedAuc(examples: Example[], folds = 5): number {
  const scores = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < folds; f += 1) {
    const train = examples.filter((_, i) => i % folds !== f);
    if (!train.some((e) => e.won) || !train.some((e) => !e.won)) return 0.5;
    const parameters = trainLogistic(train);
    examples.forEach((e, i) => {
      if (i % folds === f) scores[i] = modelScore(parameters, e.facts).score;
    });
  }
  return auc(scores, examples.map((e) => e.won));
}

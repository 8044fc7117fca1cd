import { heuristicScore } from './heuristic';
import { auc, crossValidatedAuc, modelScore, trainLogistic } from './logistic';
import { syntheticHistory } from './synthetic-history';

describe('lead scoring', () => {
  it('computes AUC with ties counted half', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75);
    expect(auc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(auc([0.9, 0.1], [true, false])).toBe(1);
  });

  it('explains every heuristic step and stays within 0..1', () => {
    const hot = heuristicScore({ priority: 'high', source: 'Referral', hasCompany: true, hasEmail: true, hasPhone: true, activityCount: 5, daysSinceActivity: 2, value: 5000 });
    const cold = heuristicScore({ priority: 'low', source: 'cold list', hasCompany: false, hasEmail: false, hasPhone: false, activityCount: 0, daysSinceActivity: 200, value: null });
    expect(hot.score).toBeGreaterThan(0.8);
    expect(cold.score).toBeLessThan(0.15);
    expect(hot.reasons.map((r) => r.factor)).toEqual(expect.arrayContaining(['priority', 'source', 'activity', 'recency']));
    expect(cold.reasons.find((r) => r.factor === 'recency')!.text).toContain('200 days');
  });

  it('trains a model that beats the heuristic on a history with a known signal', () => {
    const train = syntheticHistory(600, 11);
    const holdout = syntheticHistory(2000, 12);
    const parameters = trainLogistic(train);
    const labels = holdout.map((e) => e.won);
    const modelAuc = auc(holdout.map((e) => modelScore(parameters, e.facts).score), labels);
    const heuristicAuc = auc(holdout.map((e) => heuristicScore(e.facts).score), labels);
    expect(modelAuc).toBeGreaterThan(0.7);
    expect(modelAuc - heuristicAuc).toBeGreaterThan(0.05);
    // the learned weights point the way the generator says
    const weight = (name: string) => parameters.weights[parameters.features.indexOf(name)];
    expect(weight('source_event')).toBeGreaterThan(0);
    expect(weight('recency')).toBeLessThan(0);
    expect(crossValidatedAuc(train)).toBeGreaterThan(heuristicAuc);
  });

  it('names the largest contributions as reasons', () => {
    const parameters = trainLogistic(syntheticHistory(400, 3));
    const scored = modelScore(parameters, { priority: 'medium', source: 'Trade fair', hasCompany: true, hasEmail: true, hasPhone: false, activityCount: 6, daysSinceActivity: 1, value: 12000 });
    expect(scored.method).toBe('model');
    expect(scored.reasons.length).toBeGreaterThan(0);
    expect(scored.reasons.length).toBeLessThanOrEqual(5);
    expect(scored.reasons.some((r) => r.factor === 'source_event' && r.effect > 0)).toBe(true);
  });
});

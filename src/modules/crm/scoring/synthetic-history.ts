import type { LeadPriority } from '../entities/lead.entity';
import type { Example } from './logistic';

/** mulberry32: a small seeded PRNG so the synthetic history is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = ['Referral', 'Website', 'Trade fair', 'Cold list', 'Other'];
const PRIORITIES: LeadPriority[] = ['low', 'medium', 'high'];

/**
 * A closed-lead history with a known signal that the fixed heuristic only half captures:
 * here events convert best and referrals only a little, priority barely matters (sales
 * reps mark everything high), value helps, silence hurts a lot. A model trained on this
 * history should rank leads better than the heuristic; the AUC gap measures by how much.
 */
export function syntheticHistory(count: number, seed = 7): Example[] {
  const random = seededRandom(seed);
  const examples: Example[] = [];
  for (let i = 0; i < count; i += 1) {
    const source = SOURCES[Math.floor(random() * SOURCES.length)];
    const priority = PRIORITIES[Math.floor(random() * 3)];
    const hasCompany = random() < 0.7;
    const hasEmail = random() < 0.85;
    const hasPhone = random() < 0.5;
    const activityCount = Math.floor(random() * 8);
    const daysSinceActivity = Math.floor(random() * 120);
    const value = random() < 0.6 ? Math.round(500 + random() * 20000) : null;
    const logit =
      -0.6 +
      (source === 'Trade fair' ? 1.6 : source === 'Referral' ? 0.3 : source === 'Cold list' ? -1.0 : 0) +
      (priority === 'high' ? 0.1 : priority === 'low' ? -0.1 : 0) +
      0.5 * Math.log1p(activityCount) -
      0.025 * daysSinceActivity +
      (value ? 0.6 * Math.log1p(value / 1000) - 0.6 : 0);
    const won = random() < 1 / (1 + Math.exp(-logit));
    examples.push({ facts: { priority, source, hasCompany, hasEmail, hasPhone, activityCount, daysSinceActivity, value }, won });
  }
  return examples;
}

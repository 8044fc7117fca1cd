import { costBreakdown, discountOf, grossCost, PriceRow, tierBps } from './cost';

const price: PriceRow = {
  operation: 'invoice-processor',
  label: 'Invoice Processor',
  kind: 'agent',
  perTask: 500_000n,
  perThousandInputTokens: 10_000n,
  perThousandOutputTokens: 30_000n,
  estimateInputTokens: 4000,
  estimateOutputTokens: 1000,
  active: true,
};
const tiers = [
  { minTasks: 50, discountBps: 500 },
  { minTasks: 200, discountBps: 1000 },
  { minTasks: 1000, discountBps: 2000 },
];

describe('cost', () => {
  it('prices tasks and tokens exactly in micro-credits', () => {
    const gross = grossCost(price, { quantity: 2, inputTokens: 1234, outputTokens: 567 });
    expect(gross.base).toBe(1_000_000n);
    expect(gross.inputTokenCost).toBe(12_340n);
    expect(gross.outputTokenCost).toBe(17_010n);
    expect(gross.gross).toBe(1_029_350n);
  });

  it('rounds token costs half up', () => {
    expect(grossCost(price, { inputTokens: 1 }).inputTokenCost).toBe(10n);
    expect(grossCost({ ...price, perThousandInputTokens: 1n }, { inputTokens: 500 }).inputTokenCost).toBe(1n);
    expect(grossCost({ ...price, perThousandInputTokens: 1n }, { inputTokens: 499 }).inputTokenCost).toBe(0n);
  });

  it('picks the highest tier reached by the tasks of the day', () => {
    expect(tierBps(tiers, 49)).toBe(0);
    expect(tierBps(tiers, 50)).toBe(500);
    expect(tierBps(tiers, 199)).toBe(500);
    expect(tierBps(tiers, 200)).toBe(1000);
    expect(tierBps(tiers, 5000)).toBe(2000);
  });

  it('applies the discount to the whole charge and keeps total = gross - discount', () => {
    const b = costBreakdown(price, { quantity: 1, inputTokens: 1000, outputTokens: 1000 }, 500);
    expect(b.discountPercent).toBe(5);
    expect(b.discount).toBe(27_000n);
    expect(b.total).toBe(513_000n);
    expect(b.base + b.inputTokenCost + b.outputTokenCost - b.discount).toBe(b.total);
    expect(discountOf(10n, 500)).toBe(1n); // 0.5 rounds up
    expect(discountOf(9n, 500)).toBe(0n);
  });
});

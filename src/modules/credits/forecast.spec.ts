import { dailyCost, forecast } from './forecast';

const tiers = [
  { minTasks: 50, discountBps: 500 },
  { minTasks: 200, discountBps: 1000 },
  { minTasks: 1000, discountBps: 2000 },
];

describe('forecast', () => {
  it('charges tasks below the first tier in full', () => {
    expect(dailyCost(100, 49, tiers)).toEqual({ gross: 4900, discount: 0, total: 4900 });
  });

  it('discounts each task by the tier its number reached', () => {
    // tasks 1-49 full, 50-199 at 5%, 200-250 at 10%
    const day = dailyCost(100, 250, tiers);
    expect(day.gross).toBe(25_000);
    expect(day.discount).toBeCloseTo(150 * 5 + 51 * 10, 6);
    expect(day.total).toBeCloseTo(25_000 - 1260, 6);
  });

  it('makes a what-if multiplier cheaper per task once volume crosses a tier', () => {
    const usage = [{ operation: 'email-sorter', tasks: 300, gross: 30_000 }];
    const base = forecast(usage, 30, 1, tiers); // 10 tasks/day: no discount
    const tenX = forecast(usage, 30, 10, tiers); // 100 tasks/day: 51 discounted
    expect(base.daily.total).toBeCloseTo(1000, 6);
    expect(tenX.daily.total).toBeLessThan(base.daily.total * 10);
    expect(tenX.daily.total).toBeCloseTo(10_000 - 51 * 5, 6);
    expect(tenX.byOperation[0].daily).toBeCloseTo(tenX.daily.total, 6);
  });

  it('forecasts nothing without usage', () => {
    expect(forecast([], 30, 2, tiers).daily.total).toBe(0);
  });
});

import { DataSource } from 'typeorm';
import { BudgetsService } from '../../src/modules/credits/budgets.service';
import { CreditsService } from '../../src/modules/credits/credits.service';
import { HoldsService } from '../../src/modules/credits/holds.service';
import { LedgerVerifyService } from '../../src/modules/credits/ledger-verify.service';
import { LedgerRepository, StatementRunner } from '../../src/modules/credits/ledger.repository';
import { PlanLimitsService } from '../../src/modules/credits/plan-limits.service';
import { DATABASE_KINDS } from '../support/databases';
import { startTestApp, TestApp } from '../support/test-app';
import { insertOrganization } from './helpers';

const breakdown = (total: bigint) => ({ operation: 'report', quantity: 1, base: total, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n, discountPercent: 0, discount: 0n, total });

/** Counts database round trips: hot statements, plain queries, transactions and query runners. */
function countRoundTrips(t: TestApp) {
  const ledger = t.get<LedgerRepository>(LedgerRepository);
  const db = t.get<DataSource>(DataSource);
  const counts = { hot: 0, query: 0, transaction: 0, runner: 0 };
  const hot = ledger.hot;
  const writable = ledger as unknown as { hot: StatementRunner };
  writable.hot = (name, sql, params) => {
    counts.hot += 1;
    return hot(name, sql, params);
  };
  const wrap = <K extends 'query' | 'transaction' | 'createQueryRunner'>(key: K, count: keyof typeof counts) => {
    const original = db[key] as unknown as (...a: unknown[]) => unknown;
    return jest.spyOn(db, key as never).mockImplementation(((...args: unknown[]) => {
      counts[count] += 1;
      return original.apply(db, args);
    }) as never);
  };
  const spies = [wrap('query', 'query'), wrap('transaction', 'transaction'), wrap('createQueryRunner', 'runner')];
  return {
    take() {
      const taken = { ...counts };
      Object.assign(counts, { hot: 0, query: 0, transaction: 0, runner: 0 });
      return taken;
    },
    restore() {
      writable.hot = hot;
      spies.forEach((spy) => spy.mockRestore());
    },
  };
}

describe.each(DATABASE_KINDS)('the hold path in one statement each on %s', (database) => {
  // embedded, the hot runner is the data source's query (one session, no pool)
  const embedded = database === 'pglite' ? 1 : 0;
  const ONE = { hot: 1, query: embedded, transaction: 0, runner: embedded };
  let t: TestApp;
  let credits: CreditsService;
  let org: string;

  beforeAll(async () => {
    t = await startTestApp({ database, env: { LOW_BALANCE_THRESHOLD: '0' } });
    credits = t.get(CreditsService);
    org = await insertOrganization(t, 'Round trips', 'pro');
    await credits.grant({ organizationId: org, amount: 1_000_000n, idempotencyKey: 'seed' });
    await credits.purchase({ organizationId: org, amount: 2_000_000n, idempotencyKey: 'seed' });
  });
  afterAll(() => t.close());

  it('places, captures, releases, consumes and checks budgets in one round trip each, replays included', async () => {
    const budgets = t.get<BudgetsService>(BudgetsService);
    const limits = t.get<PlanLimitsService>(PlanLimitsService);
    await budgets.create(org, { name: 'ops', amountLimit: 100_000_000n, department: 'ops', hardStop: true });
    const counter = countRoundTrips(t);
    try {
      await budgets.assertAllows(org, { department: 'ops' }, 300_000n);
      expect(counter.take()).toEqual(ONE);
      const hold = await credits.placeHold({ organizationId: org, amount: 300_000n, idempotencyKey: 'rt-1', reference: { type: 'task', id: 'rt-1' }, department: 'ops' });
      expect(counter.take()).toEqual(ONE);
      expect((await credits.placeHold({ organizationId: org, amount: 300_000n, idempotencyKey: 'rt-1', reference: { type: 'task', id: 'rt-1' } })).holdId).toBe(hold.holdId);
      expect(counter.take()).toEqual(ONE);
      await limits.consume(org, 'tasks', 'rt-1');
      expect(counter.take()).toEqual(ONE);
      await limits.consume(org, 'tasks', 'rt-1');
      expect(counter.take()).toEqual(ONE);
      const captured = await credits.captureHold({ organizationId: org, holdId: hold.holdId, amount: 120_000n, breakdown: breakdown(120_000n), idempotencyKey: 'rt-1' });
      expect(counter.take()).toEqual(ONE);
      expect(await credits.captureHold({ organizationId: org, holdId: hold.holdId, amount: 120_000n, breakdown: breakdown(120_000n), idempotencyKey: 'rt-1' })).toEqual(captured);
      expect(counter.take()).toEqual(ONE);
      await credits.releaseHold({ organizationId: org, holdId: hold.holdId, idempotencyKey: 'rt-1' });
      expect(counter.take()).toEqual(ONE);
      const other = await credits.placeHold({ organizationId: org, amount: 50_000n, idempotencyKey: 'rt-2', reference: { type: 'task', id: 'rt-2' } });
      counter.take();
      await credits.releaseHold({ organizationId: org, holdId: other.holdId, idempotencyKey: 'rt-2' });
      expect(counter.take()).toEqual(ONE);
    } finally {
      counter.restore();
    }
    // what the single statements wrote: entries in sequence, hold settled, task counted, budget spent
    const entries = await t.db.query(
      `SELECT type, amount::text, granted_amount::text, purchased_amount::text, held_amount::text, balance_after::text, held_after::text, idempotency_key, department, quantity, operation
         FROM credit_ledger_entries WHERE organization_id = $1 AND hold_id IS NOT NULL ORDER BY sequence`,
      [org],
    );
    expect(entries).toEqual([
      { type: 'hold', amount: '0', granted_amount: '0', purchased_amount: '0', held_amount: '300000', balance_after: '3000000', held_after: '300000', idempotency_key: 'hold:rt-1', department: 'ops', quantity: 0, operation: null },
      { type: 'capture', amount: '-120000', granted_amount: '-120000', purchased_amount: '0', held_amount: '-300000', balance_after: '2880000', held_after: '0', idempotency_key: 'capture:rt-1', department: 'ops', quantity: 1, operation: 'report' },
      { type: 'hold', amount: '0', granted_amount: '0', purchased_amount: '0', held_amount: '50000', balance_after: '2880000', held_after: '50000', idempotency_key: 'hold:rt-2', department: null, quantity: 0, operation: null },
      { type: 'release', amount: '0', granted_amount: '0', purchased_amount: '0', held_amount: '-50000', balance_after: '2880000', held_after: '0', idempotency_key: 'release:rt-2', department: null, quantity: 0, operation: null },
    ]);
    const [hold] = await t.db.query(`SELECT status, captured_amount::text, capture_entry_id IS NOT NULL AS linked FROM credit_holds WHERE idempotency_key = 'rt-1'`);
    expect(hold).toEqual({ status: 'captured', captured_amount: '120000', linked: true });
    const [account] = await t.db.query(`SELECT day_tasks FROM credit_accounts WHERE organization_id = $1`, [org]);
    expect(account.day_tasks).toBe(1);
    expect((await budgets.list(org)).items[0].spent).toBe('0.12');
    expect(await t.get<PlanLimitsService>(PlanLimitsService).usage(org)).toMatchObject({ tasks: { used: 1 } });
    expect((await t.get<LedgerVerifyService>(LedgerVerifyService).verify(org)).discrepancies).toEqual([]);
  });

  it('refuses a hold over the available credits and a capture over the hold, changing nothing', async () => {
    const before = await credits.getBalance(org);
    await expect(credits.placeHold({ organizationId: org, amount: before.available + 1n, idempotencyKey: 'too-much', reference: { type: 'task', id: 'x' } })).rejects.toMatchObject({ code: 'insufficient_credits' });
    const hold = await credits.placeHold({ organizationId: org, amount: 10_000n, idempotencyKey: 'small', reference: { type: 'task', id: 'y' } });
    await expect(credits.captureHold({ organizationId: org, holdId: hold.holdId, amount: 10_001n, breakdown: breakdown(10_001n), idempotencyKey: 'small' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(credits.captureHold({ organizationId: org, holdId: '00000000-0000-0000-0000-000000000000', amount: 1n, breakdown: breakdown(1n), idempotencyKey: 'none' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(credits.releaseHold({ organizationId: org, holdId: 'not-a-uuid', idempotencyKey: 'none' })).rejects.toMatchObject({ code: 'not_found' });
    // a capture key already used for another hold is a conflict; capturing a captured hold under another key answers with its capture
    const first = await credits.captureHold({ organizationId: org, holdId: hold.holdId, amount: 10_000n, breakdown: breakdown(10_000n), idempotencyKey: 'small' });
    const second = await credits.placeHold({ organizationId: org, amount: 10_000n, idempotencyKey: 'small-2', reference: { type: 'task', id: 'z' } });
    await expect(credits.captureHold({ organizationId: org, holdId: second.holdId, amount: 1n, breakdown: breakdown(1n), idempotencyKey: 'small' })).rejects.toMatchObject({ code: 'idempotency_conflict' });
    expect(await credits.captureHold({ organizationId: org, holdId: hold.holdId, amount: 5n, breakdown: breakdown(5n), idempotencyKey: 'other' })).toEqual(first);
    await credits.releaseHold({ organizationId: org, holdId: second.holdId, idempotencyKey: 'small-2' });
    const after = await credits.getBalance(org);
    expect(after).toMatchObject({ held: 0n, balance: before.balance - 10_000n });
    expect((await t.get<LedgerVerifyService>(LedgerVerifyService).verify(org)).discrepancies).toEqual([]);
  });
});

describe('the hold path under concurrency on PostgreSQL', () => {
  let t: TestApp;
  let credits: CreditsService;
  let holds: HoldsService;

  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres', env: { DATABASE_POOL_SIZE: '24' } });
    credits = t.get(CreditsService);
    holds = t.get(HoldsService);
  });
  afterAll(() => t.close());

  const verify = async (org: string) => expect((await t.get<LedgerVerifyService>(LedgerVerifyService).verify(org)).discrepancies).toEqual([]);

  it('places one hold for a key however many requests race for it, and captures it once', async () => {
    const org = await insertOrganization(t, 'Race keys', 'pro');
    await credits.purchase({ organizationId: org, amount: 5_000_000n, idempotencyKey: 'seed' });
    for (let round = 0; round < 5; round += 1) {
      const placed = await Promise.all(Array.from({ length: 16 }, () => holds.place({ organizationId: org, amount: 400_000n, idempotencyKey: `race-${round}`, reference: { type: 'task', id: `r${round}` } })));
      expect(new Set(placed.map((p) => p.holdId)).size).toBe(1);
      expect((await credits.getBalance(org)).held).toBe(400_000n);
      const holdId = placed[0].holdId;
      // the same key, and other keys, at once: one capture, every answer the same entry
      const captures = await Promise.all(
        Array.from({ length: 16 }, (_, i) => holds.capture({ organizationId: org, holdId, amount: 100_000n + BigInt(i), breakdown: breakdown(100_000n), idempotencyKey: i % 2 ? `cap-${round}` : `cap-${round}-${i}` })),
      );
      expect(new Set(captures.map((c) => c.transactionId)).size).toBe(1);
      expect((await credits.getBalance(org)).held).toBe(0n);
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org]);
    expect(n).toBe(5);
    await verify(org);
  });

  it('lets exactly one of a capture and a release of the same hold win', async () => {
    const org = await insertOrganization(t, 'Race settle', 'pro');
    await credits.purchase({ organizationId: org, amount: 5_000_000n, idempotencyKey: 'seed' });
    for (let i = 0; i < 20; i += 1) {
      const { holdId } = await holds.place({ organizationId: org, amount: 200_000n, idempotencyKey: `h${i}`, reference: { type: 'task', id: `${i}` } });
      const results = await Promise.allSettled([
        holds.capture({ organizationId: org, holdId, amount: 150_000n, breakdown: breakdown(150_000n), idempotencyKey: `c${i}` }),
        holds.release({ organizationId: org, holdId, idempotencyKey: `r${i}` }),
        holds.release({ organizationId: org, holdId, idempotencyKey: `r${i}` }),
      ]);
      const [{ status }] = await t.db.query(`SELECT status FROM credit_holds WHERE id = $1`, [holdId]);
      if (status === 'captured') expect(results[0].status).toBe('fulfilled');
      else {
        expect(status).toBe('released');
        expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'conflict' } });
      }
    }
    expect((await credits.getBalance(org)).held).toBe(0n);
    await verify(org);
  });

  it('never holds more than the available credits with many holders, captures and charges at once', async () => {
    const org = await insertOrganization(t, 'Race drain', 'pro');
    await credits.grant({ organizationId: org, amount: 3_000_000n, idempotencyKey: 'seed' });
    await credits.purchase({ organizationId: org, amount: 4_000_000n, idempotencyKey: 'seed' });
    let refused = 0;
    const worker = async (n: number) => {
      for (let i = 0; ; i += 1) {
        let holdId: string;
        try {
          ({ holdId } = await holds.place({ organizationId: org, amount: 250_000n, idempotencyKey: `w${n}-${i}`, reference: { type: 'task', id: `w${n}-${i}` } }));
        } catch (error) {
          expect(error).toMatchObject({ code: 'insufficient_credits' });
          refused += 1;
          return;
        }
        if (i % 5 === 4) await holds.release({ organizationId: org, holdId, idempotencyKey: `w${n}-${i}` });
        else await holds.capture({ organizationId: org, holdId, amount: BigInt(50_000 + ((n * 31 + i * 17) % 200_000)), breakdown: breakdown(1n), idempotencyKey: `w${n}-${i}` });
      }
    };
    const charger = async (n: number) => {
      for (let i = 0; ; i += 1) {
        try {
          await credits.charge({ organizationId: org, operation: 'prediction', usage: { quantity: 1 }, idempotencyKey: `c${n}-${i}` });
        } catch (error) {
          expect(error).toMatchObject({ code: 'insufficient_credits' });
          return;
        }
      }
    };
    await Promise.all([...Array.from({ length: 16 }, (_, n) => worker(n)), ...Array.from({ length: 4 }, (_, n) => charger(n))]);
    expect(refused).toBe(16);
    const balance = await credits.getBalance(org);
    expect(balance.held).toBe(0n);
    expect(balance.available).toBeGreaterThanOrEqual(0n);
    expect(balance.available).toBeLessThan(250_000n);
    const [{ negative }] = await t.db.query(`SELECT count(*)::int AS negative FROM credit_ledger_entries WHERE organization_id = $1 AND balance_after - held_after < 0`, [org]);
    expect(negative).toBe(0);
    await verify(org);
  });

  it('counts a plan-limit key once under concurrency and never past the limit', async () => {
    const org = await insertOrganization(t, 'Race limits', 'free'); // free: 5 posts a month
    const limits = t.get<PlanLimitsService>(PlanLimitsService);
    const attempts = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => limits.consume(org, 'posts', `post-${i % 8}`)));
    const refusedKeys = new Set(attempts.flatMap((a, i) => (a.status === 'rejected' ? [`post-${i % 8}`] : [])));
    for (const a of attempts) if (a.status === 'rejected') expect(a.reason).toMatchObject({ code: 'plan_limit_reached' });
    expect((await limits.usage(org)).posts).toEqual({ used: 5, limit: 5 });
    const claims = await t.db.query(`SELECT idempotency_key FROM plan_usage_claims WHERE organization_id = $1 AND kind = 'posts'`, [org]);
    expect(claims).toHaveLength(5);
    for (const { idempotency_key: key } of claims) expect(refusedKeys.has(key)).toBe(false);
  });
});

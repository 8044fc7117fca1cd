import { DomainError } from '../../src/common/domain-error';
import { CreditsJobs } from '../../src/modules/credits/credits.jobs';
import { CreditsService } from '../../src/modules/credits/credits.service';
import { GrantExpiryService } from '../../src/modules/credits/grant-expiry.service';
import { HoldsService } from '../../src/modules/credits/holds.service';
import { LedgerVerifyService } from '../../src/modules/credits/ledger-verify.service';
import { DATABASE_KINDS } from '../support/databases';
import { startTestApp, TestApp } from '../support/test-app';
import { insertOrganization } from './helpers';

const HOUR = 3_600_000;
const breakdown = (total: bigint) => ({ operation: 'invoice-processor', quantity: 1, base: total, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n, discountPercent: 0, discount: 0n, total });

describe.each(DATABASE_KINDS)('holds, sweeper and grant expiry on %s', (database) => {
  let t: TestApp;
  let credits: CreditsService;
  let holds: HoldsService;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    t = await startTestApp({ database });
    credits = t.get(CreditsService);
    holds = t.get(HoldsService);
    orgA = await insertOrganization(t, 'Holds A');
    orgB = await insertOrganization(t, 'Holds B');
    await credits.grant({ organizationId: orgA, amount: 2_000_000n, idempotencyKey: 'seed' });
    await credits.purchase({ organizationId: orgA, amount: 3_000_000n, idempotencyKey: 'seed' });
  });
  afterAll(() => t.close());

  it('captures the actual cost with one entry that also releases the rest of the hold, and replays a capture', async () => {
    const hold = await credits.placeHold({ organizationId: orgA, amount: 1_500_000n, idempotencyKey: 'task-1', reference: { type: 'task', id: 't1' }, department: 'ops' });
    expect(await credits.getBalance(orgA)).toMatchObject({ balance: 5_000_000n, held: 1_500_000n, available: 3_500_000n });
    expect((await credits.placeHold({ organizationId: orgA, amount: 1_500_000n, idempotencyKey: 'task-1', reference: { type: 'task', id: 't1' } })).holdId).toBe(hold.holdId);
    const captured = await credits.captureHold({ organizationId: orgA, holdId: hold.holdId, amount: 600_000n, breakdown: breakdown(600_000n), idempotencyKey: 'cap-1' });
    expect(captured).toMatchObject({ amount: 600_000n, balanceAfter: 4_400_000n });
    expect(await credits.getBalance(orgA)).toMatchObject({ granted: 1_400_000n, purchased: 3_000_000n, held: 0n, available: 4_400_000n });
    expect(await credits.captureHold({ organizationId: orgA, holdId: hold.holdId, amount: 600_000n, breakdown: breakdown(600_000n), idempotencyKey: 'cap-1' })).toEqual(captured);
    await credits.releaseHold({ organizationId: orgA, holdId: hold.holdId, idempotencyKey: 'rel-1' }); // no-op once captured
    expect((await credits.getBalance(orgA)).balance).toBe(4_400_000n);
    const entries = await t.db.query(`SELECT type, amount::text, held_amount::text, held_after::text FROM credit_ledger_entries WHERE hold_id = $1 ORDER BY sequence`, [hold.holdId]);
    // the capture takes 0.60 from the balance and gives back all 1.50 the hold reserved
    expect(entries).toEqual([
      { type: 'hold', amount: '0', held_amount: '1500000', held_after: '1500000' },
      { type: 'capture', amount: '-600000', held_amount: '-1500000', held_after: '0' },
    ]);
  });

  it('never captures more than the hold, and refuses holds beyond the available balance', async () => {
    const hold = await credits.placeHold({ organizationId: orgA, amount: 100_000n, idempotencyKey: 'task-2', reference: { type: 'task', id: 't2' } });
    await expect(credits.captureHold({ organizationId: orgA, holdId: hold.holdId, amount: 100_001n, breakdown: breakdown(100_001n), idempotencyKey: 'cap-2' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(credits.placeHold({ organizationId: orgA, amount: 10_000_000n, idempotencyKey: 'task-3', reference: { type: 'task', id: 't3' } })).rejects.toMatchObject({ code: 'insufficient_credits' });
    await credits.releaseHold({ organizationId: orgA, holdId: hold.holdId, idempotencyKey: 'rel-2' });
    await expect(credits.captureHold({ organizationId: orgA, holdId: hold.holdId, amount: 1n, breakdown: breakdown(1n), idempotencyKey: 'cap-2' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it("answers not found for another organization's hold", async () => {
    const hold = await credits.placeHold({ organizationId: orgA, amount: 100_000n, idempotencyKey: 'task-4', reference: { type: 'task', id: 't4' } });
    const error = await credits.captureHold({ organizationId: orgB, holdId: hold.holdId, amount: 1n, breakdown: breakdown(1n), idempotencyKey: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('not_found');
    await expect(credits.releaseHold({ organizationId: orgB, holdId: hold.holdId, idempotencyKey: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await credits.releaseHold({ organizationId: orgA, holdId: hold.holdId, idempotencyKey: 'rel-4' });
  });

  it('sweeps expired holds (the job handler) so a crashed worker strands nothing, and charges a late capture directly', async () => {
    const stale = await credits.placeHold({ organizationId: orgA, amount: 200_000n, idempotencyKey: 'task-5', reference: { type: 'task', id: 't5' }, ttlSeconds: 10 });
    await t.db.query(`UPDATE credit_holds SET expires_at = now() - interval '1 second' WHERE id = $1`, [stale.holdId]);
    const before = await credits.getBalance(orgA);
    await t.get<CreditsJobs>(CreditsJobs).sweepHolds({});
    const after = await credits.getBalance(orgA);
    expect(after.held).toBe(before.held - 200_000n);
    const [row] = await t.db.query(`SELECT status FROM credit_holds WHERE id = $1`, [stale.holdId]);
    expect(row.status).toBe('expired');
    const late = await credits.captureHold({ organizationId: orgA, holdId: stale.holdId, amount: 150_000n, breakdown: breakdown(150_000n), idempotencyKey: 'cap-5' });
    expect(late.balanceAfter).toBe(after.balance - 150_000n);
    expect((await credits.getBalance(orgA)).held).toBe(after.held);
  });

  it('expires unspent promotional credits, never those already spent or reserved', async () => {
    const org = await insertOrganization(t, 'Expiry');
    await credits.grant({ organizationId: org, amount: 1_000_000n, idempotencyKey: 'promo', expiresAt: new Date(Date.now() + HOUR) });
    await credits.grant({ organizationId: org, amount: 500_000n, idempotencyKey: 'forever' });
    await credits.purchase({ organizationId: org, amount: 700_000n, idempotencyKey: 'paid' });
    await credits.charge({ organizationId: org, operation: 'prediction', usage: { quantity: 2 }, idempotencyKey: 'spend' }); // 0.4 from granted
    await t.get<GrantExpiryService>(GrantExpiryService).expireDue(new Date(Date.now() + 2 * HOUR));
    // 1.5 granted - 0.4 spent = 1.1; the never-expiring 0.5 stays, 0.6 of the promo expires
    expect(await credits.getBalance(org)).toMatchObject({ granted: 500_000n, purchased: 700_000n, balance: 1_200_000n });
    await t.get<GrantExpiryService>(GrantExpiryService).expireDue(new Date(Date.now() + 2 * HOUR));
    expect((await credits.getBalance(org)).granted).toBe(500_000n);
    const verify = await t.get<LedgerVerifyService>(LedgerVerifyService).verify();
    expect(verify.discrepancies).toEqual([]);
  });
});

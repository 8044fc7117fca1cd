import fc from 'fast-check';
import { DomainError } from '../../src/common/domain-error';
import { CreditsService } from '../../src/modules/credits/credits.service';
import { GrantExpiryService } from '../../src/modules/credits/grant-expiry.service';
import { HoldsService } from '../../src/modules/credits/holds.service';
import { LedgerVerifyService } from '../../src/modules/credits/ledger-verify.service';
import { PricingService } from '../../src/modules/credits/pricing.service';
import { DATABASE_KINDS } from '../support/databases';
import { startTestApp, TestApp } from '../support/test-app';
import { insertOrganization } from './helpers';
import { LedgerModel } from './ledger-model';

const OPERATIONS = ['prediction', 'email-sorter', 'report'] as const;
const HOUR = 3_600_000;

type Command =
  | { kind: 'grant'; key: number; amount: number; expiring: boolean }
  | { kind: 'purchase'; key: number; amount: number }
  | { kind: 'charge'; key: number; operation: number; quantity: number }
  | { kind: 'hold'; key: number; amount: number }
  | { kind: 'capture'; hold: number; percent: number; replay: boolean; key: number | null }
  | { kind: 'release'; hold: number }
  | { kind: 'sweep' }
  | { kind: 'expire' };

// amounts in hundredths of a credit so sums stay readable; small key pools make replays likely
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('grant' as const), key: fc.nat(6), amount: fc.integer({ min: 1, max: 500 }), expiring: fc.boolean() }),
  fc.record({ kind: fc.constant('purchase' as const), key: fc.nat(6), amount: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant('charge' as const), key: fc.nat(12), operation: fc.nat(2), quantity: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('hold' as const), key: fc.nat(8), amount: fc.integer({ min: 1, max: 300 }) }),
  // a shared capture key (sometimes) exercises replays by key, conflicts across holds and captures under a second key;
  // up to 120% exercises the refusal of a capture over the hold
  fc.record({ kind: fc.constant('capture' as const), hold: fc.nat(8), percent: fc.integer({ min: 0, max: 120 }), replay: fc.boolean(), key: fc.option(fc.nat(3), { freq: 3 }) }),
  fc.record({ kind: fc.constant('release' as const), hold: fc.nat(8) }),
  fc.constant({ kind: 'sweep' as const }),
  fc.constant({ kind: 'expire' as const }),
);

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : `unexpected: ${String(error)}`);

describe.each(DATABASE_KINDS)('ledger property: the implementation on %s agrees with a simple model', (database) => {
  let t: TestApp;
  let credits: CreditsService;
  let holds: HoldsService;
  let expiry: GrantExpiryService;
  let verifier: LedgerVerifyService;
  let unit: Record<string, bigint>;

  beforeAll(async () => {
    t = await startTestApp({ database });
    credits = t.get(CreditsService);
    holds = t.get(HoldsService);
    expiry = t.get(GrantExpiryService);
    verifier = t.get(LedgerVerifyService);
    const pricing = t.get<PricingService>(PricingService);
    unit = Object.fromEntries(await Promise.all(OPERATIONS.map(async (op) => [op, (await pricing.price(op)).perTask] as const)));
  });
  afterAll(() => t.close());

  it('agrees on every balance, bucket, hold and replay', async () => {
    const tiers = await t.get<PricingService>(PricingService).tiers('free');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        run += 1;
        const organizationId = await insertOrganization(t, `prop ${run}`);
        const model = new LedgerModel(tiers);
        const holdIds = new Map<string, string>();
        const captureTx = new Map<string, string>();
        const chargeTx = new Map<string, string>();
        for (const c of commands) {
          switch (c.kind) {
            case 'grant': {
              const amount = BigInt(c.amount) * 10_000n;
              const key = `g${c.key}`;
              const firstUse = !model.grants.has(key);
              const entry = await credits.grant({ organizationId, amount, idempotencyKey: key, expiresAt: c.expiring ? new Date(Date.now() + HOUR) : null });
              // a replayed grant returns the first one, whatever the new amount
              if (firstUse) model.grant(key, amount, c.expiring);
              else expect(entry.type).toBe('grant');
              break;
            }
            case 'purchase': {
              const amount = BigInt(c.amount) * 10_000n;
              await credits.purchase({ organizationId, amount, idempotencyKey: `p${c.key}` });
              model.purchase(`p${c.key}`, amount);
              break;
            }
            case 'charge': {
              const operation = OPERATIONS[c.operation];
              const key = `c${c.key}`;
              const expected = model.charge(key, operation, c.quantity, unit[operation]);
              try {
                const result = await credits.charge({ organizationId, operation, usage: { quantity: c.quantity }, idempotencyKey: key });
                expect(expected.result).toBe(result.replayed ? 'replay' : 'ok');
                expect(-result.entry.amount).toBe(expected.total);
                if (result.replayed) expect(result.entry.id).toBe(chargeTx.get(key));
                chargeTx.set(key, result.entry.id);
              } catch (error) {
                expect(codeOf(error)).toBe(expected.result === 'conflict' ? 'idempotency_conflict' : 'insufficient_credits');
                expect(['conflict', 'insufficient']).toContain(expected.result);
              }
              break;
            }
            case 'hold': {
              const amount = BigInt(c.amount) * 10_000n;
              const key = `h${c.key}`;
              const expected = model.placeHold(key, amount);
              try {
                const hold = await holds.place({ organizationId, amount, idempotencyKey: key, reference: { type: 'task', id: key } });
                expect(expected).not.toBe('insufficient');
                if (expected === 'replay') expect(hold.holdId).toBe(holdIds.get(key));
                holdIds.set(key, hold.holdId);
              } catch (error) {
                expect(codeOf(error)).toBe('insufficient_credits');
                expect(expected).toBe('insufficient');
              }
              break;
            }
            case 'capture': {
              const key = `h${c.hold}`;
              const holdId = holdIds.get(key);
              if (!holdId) break;
              const hold = model.holds.get(key)!;
              const amount = (hold.amount * BigInt(c.percent)) / 100n;
              const captureKey = c.key === null ? `cap-${holdId}` : `shared-${c.key}`;
              const expected = model.capture(key, amount, 1, captureKey);
              const breakdown = { operation: 'report', quantity: 1, base: amount, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n, discountPercent: 0, discount: 0n, total: amount };
              try {
                const result = await holds.capture({ organizationId, holdId, amount, breakdown, idempotencyKey: captureKey });
                expect(['ok', 'replay']).toContain(expected);
                if (expected === 'replay') expect(result.transactionId).toBe(captureTx.get(key));
                else expect(result.amount).toBe(amount);
                captureTx.set(key, result.transactionId);
                if (c.replay) {
                  const again = await holds.capture({ organizationId, holdId, amount, breakdown, idempotencyKey: captureKey });
                  expect(again).toEqual(result);
                }
              } catch (error) {
                const codes = { released: 'conflict', conflict: 'idempotency_conflict', too_much: 'validation_failed', insufficient: 'insufficient_credits' } as Record<string, string>;
                expect(codeOf(error)).toBe(codes[expected] ?? `none (expected ${expected})`);
              }
              break;
            }
            case 'release': {
              const key = `h${c.hold}`;
              const holdId = holdIds.get(key);
              if (!holdId) break;
              await holds.release({ organizationId, holdId, idempotencyKey: `rel-${holdId}` });
              model.release(key);
              break;
            }
            case 'sweep':
              await holds.sweepExpired(new Date(Date.now() + 2 * HOUR));
              model.sweepHolds();
              break;
            case 'expire':
              await expiry.expireDue(new Date(Date.now() + 2 * HOUR));
              model.expireGrants();
              break;
          }
          const balance = await credits.getBalance(organizationId);
          expect({ granted: balance.granted, purchased: balance.purchased, held: balance.held }).toEqual({ granted: model.granted, purchased: model.purchased, held: model.held });
          expect(balance.available).toBeGreaterThanOrEqual(0n);
        }
        const verified = await verifier.verify(organizationId);
        expect(verified.discrepancies).toEqual([]);
      }),
      { numRuns: database === 'postgres' ? 40 : 15 },
    );
  });
});

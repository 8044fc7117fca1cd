import { Agent, request } from 'node:http';
import { CreditsService } from '../../src/modules/credits/credits.service';
import { HoldsService } from '../../src/modules/credits/holds.service';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { grantCredits } from './helpers';

const CLIENTS = 64;

/** A bare keep-alive HTTP client, so 64 clients are really 64 concurrent requests. */
function post(url: URL, agent: Agent, path: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: any }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('ledger under concurrency on PostgreSQL', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrganizationWithKey>>;

  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres', env: { DATABASE_POOL_SIZE: '32' } });
    org = await createOrganizationWithKey(t, 'Hot Shop');
  });
  afterAll(() => t.close());

  it(`never overspends with ${CLIENTS} clients charging one organization until its credits run out`, async () => {
    const granted = 40_000_000n; // 40 credits: 200 predictions at 0.2, minus volume discounts
    await grantCredits(t, org.organizationId, '15');
    await t.get<CreditsService>(CreditsService).purchase({ organizationId: org.organizationId, amount: 25_000_000n, idempotencyKey: 'seed' });
    const url = new URL(await t.url());
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const accepted = new Map<string, { transactionId: string; cost: bigint }>();
    const replays: { key: string; transactionId: string }[] = [];
    const statuses = new Map<number, number>();
    const holds = t.get<HoldsService>(HoldsService);
    let holdCaptured = 0n;

    const client = async (n: number) => {
      for (let i = 0; ; i += 1) {
        // every fourth request repeats the previous key: a client retrying after a timeout
        const replay = i % 4 === 3;
        const key = `c${n}-${replay ? i - 1 : i}`;
        const res = await post(url, agent, '/api/v1/usage', { ...bearer(org.key), 'Idempotency-Key': key }, { operation: 'prediction' });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 402) {
          expect(res.body.error.code).toBe('insufficient_credits');
          return;
        }
        expect(res.status).toBe(201);
        if (replay) replays.push({ key, transactionId: res.body.transactionId });
        else accepted.set(key, { transactionId: res.body.transactionId, cost: BigInt(Math.round(Number(res.body.cost) * 1e6)) });
      }
    };
    // a few workers placing and capturing holds at the same time
    const worker = async (n: number) => {
      for (let i = 0; ; i += 1) {
        let holdId: string;
        try {
          ({ holdId } = await holds.place({ organizationId: org.organizationId, amount: 300_000n, idempotencyKey: `w${n}-${i}`, reference: { type: 'task', id: `w${n}-${i}` } }));
        } catch {
          return;
        }
        const amount = BigInt(100_000 + ((n * 7 + i * 13) % 200_000));
        const breakdown = { operation: 'report', quantity: 1, base: amount, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n, discountPercent: 0, discount: 0n, total: amount };
        const result = await holds.capture({ organizationId: org.organizationId, holdId, amount, breakdown, idempotencyKey: `w${n}-${i}` });
        holdCaptured += result.amount;
      }
    };
    await Promise.all([...Array.from({ length: CLIENTS }, (_, n) => client(n)), ...Array.from({ length: 4 }, (_, n) => worker(n))]);
    // credits held by a worker when a client gave up may have come back: drain them sequentially
    await client(CLIENTS);
    agent.destroy();

    const balance = (await t.http().get('/api/v1/credits/balance').set(bearer(org.key)).expect(200)).body;
    const left = BigInt(Math.round(Number(balance.balance) * 1e6));
    expect(balance.held).toBe('0');
    expect(left).toBeGreaterThanOrEqual(0n);
    expect(left).toBeLessThan(200_000n); // less than one more charge
    const charged = [...accepted.values()].reduce((sum, a) => sum + a.cost, 0n);
    expect(charged + holdCaptured).toBe(granted - left);
    expect(accepted.size).toBeGreaterThan(100);
    expect(statuses.get(402)).toBe(CLIENTS + 1);
    expect(statuses.get(500)).toBeUndefined();

    // replays returned the first charge and were never charged again
    expect(replays.length).toBeGreaterThan(10);
    for (const replay of replays) expect(replay.transactionId).toBe(accepted.get(replay.key)?.transactionId);
    const [{ debits }] = await t.db.query(`SELECT count(*)::int AS debits FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'debit'`, [org.organizationId]);
    expect(debits).toBe(accepted.size);

    const verify = await t.http().get('/api/v1/ledger/verify').set(bearer(t.adminKey)).expect(200);
    expect(verify.body).toMatchObject({ ok: true, discrepancies: [] });
    const [{ negative }] = await t.db.query(`SELECT count(*)::int AS negative FROM credit_ledger_entries WHERE organization_id = $1 AND balance_after - held_after < 0`, [org.organizationId]);
    expect(negative).toBe(0);
  });

  it(`never lets ${CLIENTS} concurrent charges take a hard-stop budget over its limit`, async () => {
    const shop = await createOrganizationWithKey(t, 'Budgeted Shop');
    await grantCredits(t, shop.organizationId, '100');
    // 1 credit: exactly five predictions at 0.2
    await t.http().post('/api/v1/credits/budgets').set(bearer(shop.key)).send({ name: 'Cap', amountLimit: '1', hardStop: true }).expect(201);
    const url = new URL(await t.url());
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, (_, n) => post(url, agent, '/api/v1/usage', { ...bearer(shop.key), 'Idempotency-Key': `cap-${n}` }, { operation: 'prediction' })),
    );
    agent.destroy();
    const accepted = results.filter((r) => r.status === 201);
    expect(accepted).toHaveLength(5);
    expect(results.filter((r) => r.status === 402).every((r) => r.body.error.code === 'budget_exceeded')).toBe(true);
    expect(results.filter((r) => r.status === 402)).toHaveLength(CLIENTS - 5);
    const [budget] = await t.db.query(`SELECT spent::text FROM credit_budgets WHERE organization_id = $1`, [shop.organizationId]);
    expect(budget.spent).toBe('1000000');
  });
});

import { LedgerVerifyService } from '../../src/modules/credits/ledger-verify.service';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balance, grant } from './task-helpers';

/** Admission (budget → hold → plan limit → task row) is one statement; these are its refusals and races. */
describe('task admission on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    // API only: admitted tasks stay queued with their holds, nothing runs
    t = await startTestApp({ database: 'postgres', role: 'api', env: { DATABASE_POOL_SIZE: '24' } });
  });
  afterAll(() => t.close());

  const post = (key: string, body: Record<string, unknown>) => t.http().post('/api/v1/tasks').set(bearer(key)).send({ agent: 'email-sorter', input: { text: 'Subject: hi\r\n\r\nhello' }, ...body });

  it('never holds more than the available credits nor admits past the plan limit when many requests race', async () => {
    const org = await createOrganizationWithKey(t, 'Race Admit'); // free plan: 10 tasks a month
    await grant(t, org.organizationId, '1');
    const probe = await post(org.key, {}).expect(202);
    const [{ held_amount: per }] = await t.db.query(`SELECT held_amount::text FROM tasks WHERE id = $1`, [probe.body.id]);
    // credits for about 6 more holds, a plan allowance of 9 more tasks: 24 requests at once
    const available = BigInt(Math.round(Number((await balance(t, org.key)).available) * 1e6));
    const affordable = Number(available / BigInt(per));
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => post(org.key, { project: `p${i % 3}` })));
    const admitted = results.filter((r) => r.status === 202);
    const refused = results.filter((r) => r.status === 402);
    expect(admitted.length + refused.length).toBe(24);
    expect(admitted.length).toBe(Math.min(affordable, 9));
    for (const r of refused) expect(['insufficient_credits', 'plan_limit_reached']).toContain(r.body.error.code);

    const rows = await t.db.query(`SELECT status, hold_id, held_amount::text FROM tasks WHERE organization_id = $1`, [org.organizationId]);
    expect(rows.filter((r: { status: string }) => r.status === 'queued')).toHaveLength(admitted.length + 1);
    expect(rows.filter((r: { status: string }) => r.status === 'refused')).toHaveLength(refused.length);
    for (const r of rows) expect(r.hold_id === null).toBe(r.status === 'refused');
    const after = await balance(t, org.key);
    expect(BigInt(Math.round(Number(after.held) * 1e6))).toBe(BigInt(per) * BigInt(admitted.length + 1));
    expect(Number(after.available)).toBeGreaterThanOrEqual(0);
    const [{ used }] = await t.db.query(`SELECT used FROM plan_usage_counters WHERE organization_id = $1 AND kind = 'tasks'`, [org.organizationId]);
    expect(used).toBe(admitted.length + 1);
    const verify = await t.get<LedgerVerifyService>(LedgerVerifyService).verify(org.organizationId);
    expect(verify.discrepancies).toEqual([]);
  });

  it('refuses a task over a hard-stop budget with 402 budget_exceeded, records it refused, and holds nothing', async () => {
    const org = await createOrganizationWithKey(t, 'Budget Admit');
    await grant(t, org.organizationId, '10');
    await t.http().post('/api/v1/credits/budgets').set(bearer(org.key)).send({ name: 'tiny', amountLimit: '0.000001', project: 'rnd', hardStop: true }).expect(201);
    const res = await post(org.key, { project: 'rnd' }).expect(402);
    expect(res.body.error.code).toBe('budget_exceeded');
    const list = await t.http().get('/api/v1/tasks?status=refused').set(bearer(org.key)).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ status: 'refused', error: { code: 'budget_exceeded' }, held: null });
    expect(await balance(t, org.key)).toMatchObject({ balance: '10', held: '0' });
    // outside the budget's scope the same task is admitted
    await post(org.key, { project: 'web' }).expect(202);
  });

  it('answers a replayed Idempotency-Key with the first task, also when the replays race', async () => {
    const org = await createOrganizationWithKey(t, 'Replay Admit');
    await grant(t, org.organizationId, '10');
    const results = await Promise.all(Array.from({ length: 8 }, () => post(org.key, {}).set('Idempotency-Key', 'same-key')));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(202));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM credit_holds WHERE organization_id = $1`, [org.organizationId]);
    expect(n).toBe(1);
  });
});

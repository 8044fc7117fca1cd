import type { DomainError } from '../../src/common/domain-error';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { LedgerVerifyService } from '../../src/modules/credits/ledger-verify.service';
import { TasksService } from '../../src/modules/tasks/tasks.service';
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

  it('counts the holds of tasks still running against a hard-stop budget: racing admissions and charges never commit more than its limit', async () => {
    const org = await createOrganizationWithKey(t, 'Budget Holds');
    await t.db.query(`UPDATE organizations SET plan = 'enterprise' WHERE id = $1`, [org.organizationId]);
    await grant(t, org.organizationId, '100');
    const probe = await post(org.key, { project: 'web' }).expect(202);
    const [{ held_amount: held }] = await t.db.query(`SELECT held_amount::text FROM tasks WHERE id = $1`, [probe.body.id]);
    const per = BigInt(held);
    // room for exactly 5 holds in project rnd
    const limit = per * 5n + per / 2n;
    await t.http().post('/api/v1/credits/budgets').set(bearer(org.key)).send({ name: 'rnd', amountLimit: (Number(limit) / 1e6).toFixed(6), project: 'rnd', hardStop: true }).expect(201);

    // with a file each admission is its own statement, so they race on the account row (no in-process batching)
    const input = { contentBase64: Buffer.from('Subject: hi\r\n\r\nhello').toString('base64'), filename: 'hi.eml' };
    const tasks = t.get<TasksService>(TasksService);
    const results = await Promise.all(
      Array.from({ length: 16 }, () => tasks.create(org.organizationId, { agent: 'email-sorter', input, project: 'rnd' } as never, systemPrincipal(org.organizationId)).then(() => null, (error: DomainError) => error)),
    );
    expect(results.filter((r) => r === null)).toHaveLength(5);
    const refused = results.filter((r): r is DomainError => r !== null);
    expect(refused.map((r) => r.code)).toEqual(Array(11).fill('budget_exceeded'));
    expect(refused[0].message).toMatch(/is held for work in progress/);
    const [{ reserved }] = await t.db.query(`SELECT sum(amount)::text AS reserved FROM credit_holds WHERE organization_id = $1 AND status = 'open' AND project = 'rnd'`, [org.organizationId]);
    expect(BigInt(reserved)).toBe(per * 5n);

    // a direct charge in the budget's scope sees those holds too: it fits the limit, not the limit less the holds
    const quantity = Number((per / 2n) / 200_000n) + 1; // predictions of 0.2 credits
    expect(BigInt(quantity) * 200_000n).toBeLessThan(limit);
    const charge = await t.http().post('/api/v1/usage').set(bearer(org.key)).set('Idempotency-Key', 'rnd-usage-1').send({ operation: 'prediction', quantity, project: 'rnd' });
    expect(charge.status).toBe(402);
    expect(charge.body.error.code).toBe('budget_exceeded');
    // outside its scope nothing changes
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

import { PricingService } from '../../src/modules/credits/pricing.service';
import { BUDGET_ALERT, LOW_BALANCE } from '../../src/modules/credits/credit-alerts.service';
import { normaliseSignupEmail } from '../../src/modules/credits/signup-credits';
import { DATABASE_KINDS } from '../support/databases';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balanceOf, eventually, grantCredits, recordEvents } from './helpers';

describe.each(DATABASE_KINDS)('budgets, alerts, plan limits and signup credits on %s', (database) => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let b: Awaited<ReturnType<typeof createOrganizationWithKey>>;

  beforeAll(async () => {
    t = await startTestApp({ database, env: { LOW_BALANCE_THRESHOLD: '3' } });
    a = await createOrganizationWithKey(t, 'Budget Alpha');
    b = await createOrganizationWithKey(t, 'Budget Beta');
    await grantCredits(t, a.organizationId, '100');
  });
  afterAll(() => t.close());

  it('alerts at 50, 80 and 100 percent of a budget, each once per month', async () => {
    const recorder = recordEvents(t, BUDGET_ALERT);
    const created = await t.http().post('/api/v1/credits/budgets').set(bearer(a.key)).send({ name: 'Sales', amountLimit: '1', department: 'sales' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Sales', amountLimit: '1', spent: '0', hardStop: false, department: 'sales' });
    const charge = () => t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', department: 'sales' }).expect(201); // 0.2 each
    for (let i = 0; i < 7; i += 1) await charge(); // 0.2 … 1.4: crosses 50 (0.6), 80 (0.8), 100 (1.0)
    // another department does not count
    await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', department: 'ops' }).expect(201);
    const alerts = await eventually(
      () => t.db.query(`SELECT threshold FROM credit_alerts WHERE budget_id = $1 ORDER BY threshold`, [created.body.id]),
      (rows) => rows.length >= 3,
    );
    expect(alerts.map((r: { threshold: number }) => r.threshold)).toEqual([50, 80, 100]);
    await eventually(async () => recorder.events.length, (n) => n >= 3);
    recorder.stop();
    expect(recorder.events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ budgetId: created.body.id, threshold: 50, spent: '0.6', limit: '1' }),
      expect.objectContaining({ threshold: 80, spent: '0.8' }),
      expect.objectContaining({ threshold: 100, spent: '1' }),
    ]);
    const view = await t.http().get(`/api/v1/credits/budgets/${created.body.id}`).set(bearer(a.key)).expect(200);
    expect(view.body).toMatchObject({ spent: '1.4', remaining: '0', percentUsed: 140, thresholds: [50, 80, 100] });
  });

  it('refuses work over a hard-stop budget with 402 budget_exceeded before charging', async () => {
    const created = await t.http().post('/api/v1/credits/budgets').set(bearer(a.key)).send({ name: 'R&D', amountLimit: '0.5', project: 'rnd', hardStop: true }).expect(201);
    const before = await balanceOf(t, a.key);
    await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', project: 'rnd', quantity: 2 }).expect(201); // 0.4
    const refused = await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', project: 'rnd' }).expect(402);
    expect(refused.body.error).toMatchObject({ code: 'budget_exceeded', details: { budgetId: created.body.id, spent: '0.4', limit: '0.5', cost: '0.2' } });
    expect(Number((await balanceOf(t, a.key)).balance)).toBeCloseTo(Number(before.balance) - 0.4, 6);
    // other projects are not limited by it; raising the limit lets the work through
    await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', project: 'web' }).expect(201);
    await t.http().patch(`/api/v1/credits/budgets/${created.body.id}`).set(bearer(a.key)).send({ amountLimit: '0.6' }).expect(200);
    await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', project: 'rnd' }).expect(201);
  });

  it("answers 404 for another organization's budgets and lists only its own", async () => {
    const list = await t.http().get('/api/v1/credits/budgets').set(bearer(a.key)).expect(200);
    const id = list.body.items[0].id;
    await t.http().get(`/api/v1/credits/budgets/${id}`).set(bearer(b.key)).expect(404);
    await t.http().patch(`/api/v1/credits/budgets/${id}`).set(bearer(b.key)).send({ amountLimit: '1000' }).expect(404);
    await t.http().delete(`/api/v1/credits/budgets/${id}`).set(bearer(b.key)).expect(404);
    expect((await t.http().get('/api/v1/credits/budgets').set(bearer(b.key)).expect(200)).body.items).toEqual([]);
    await t.http().delete(`/api/v1/credits/budgets/${id}`).set(bearer(a.key)).expect(200);
    await t.http().get(`/api/v1/credits/budgets/${id}`).set(bearer(a.key)).expect(404);
  });

  it('enforces the monthly plan limit with 402 plan_limit_reached, counting a replayed event once', async () => {
    // free plan: 5 posts a month
    const post = (key: string) => t.http().post('/api/v1/usage').set(bearer(a.key)).set('Idempotency-Key', key).send({ operation: 'social_media_post' });
    for (let i = 1; i <= 5; i += 1) await post(`post-${i}`).expect(201);
    await post('post-5').expect(201); // replay: no count, no charge
    const refused = await post('post-6').expect(402);
    expect(refused.body.error).toMatchObject({ code: 'plan_limit_reached', details: { kind: 'posts', limit: 5, plan: 'free' } });
    const posts = await t.db.query(`SELECT count(*)::int AS n FROM credit_ledger_entries WHERE organization_id = $1 AND operation = 'social_media_post'`, [a.organizationId]);
    expect(posts[0].n).toBe(5);
    const limits = await t.http().get('/api/v1/credits/limits').set(bearer(a.key)).expect(200);
    expect(limits.body.posts).toEqual({ used: 5, limit: 5 });
  });

  it('alerts once when the balance falls below the low-balance threshold, and again after a top-up', async () => {
    const recorder = recordEvents(t, LOW_BALANCE);
    await grantCredits(t, b.organizationId, '4');
    await t.http().post('/api/v1/usage').set(bearer(b.key)).send({ operation: 'report' }).expect(201); // 3 left: not below
    await t.http().post('/api/v1/usage').set(bearer(b.key)).send({ operation: 'prediction' }).expect(201); // 2.8
    await t.http().post('/api/v1/usage').set(bearer(b.key)).send({ operation: 'prediction' }).expect(201); // 2.6
    await eventually(async () => recorder.events.length, (n) => n >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(recorder.events.map((e) => e.payload)).toEqual([{ organizationId: b.organizationId, available: '2.8', threshold: '3' }]);
    await grantCredits(t, b.organizationId, '10');
    await t.http().post('/api/v1/usage').set(bearer(b.key)).send({ operation: 'model-training', quantity: 2 }).expect(201); // 12.6 - 10 = 2.6
    await eventually(async () => recorder.events.length, (n) => n >= 2);
    recorder.stop();
    expect(recorder.events).toHaveLength(2);
    const settings = await t.http().put('/api/v1/credits/settings').set(bearer(b.key)).send({ lowBalanceThreshold: '1', autoTopUpEnabled: true, autoTopUpThreshold: '2', autoTopUpPackage: 'credits-100', autoTopUpMonthlyCap: '300' }).expect(200);
    expect(settings.body).toEqual({ lowBalanceThreshold: '1', lowBalanceThresholdIsDefault: false, autoTopUp: { enabled: true, threshold: '2', package: 'credits-100', monthlyCap: '300' } });
  });

  it('gives free signup credits once per normalised e-mail address, even after the organization is gone', async () => {
    const create = (email: string) =>
      t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name: `Shop of ${email}`, ownerEmail: email }).expect(201).then((r) => r.body.id as string);
    const balance = (orgId: string) => t.http().get('/api/v1/credits/balance').set(bearer(t.adminKey)).set('X-Organization-Id', orgId).expect(200).then((r) => r.body.balance as string);
    const first = await create('Jane.Doe+shop@GoogleMail.com');
    expect(await eventually(() => balance(first), (v) => v === '10')).toBe('10');
    await t.db.query(`DELETE FROM memberships WHERE organization_id = $1`, [first]);
    await t.db.query(`DELETE FROM users WHERE email = $1`, ['jane.doe+shop@googlemail.com']);
    const second = await create('janedoe@gmail.com');
    const third = await create('someone.else@example.com');
    expect(await eventually(() => balance(third), (v) => v === '10')).toBe('10');
    expect(await balance(second)).toBe('0');
    const claims = await t.db.query(`SELECT email_hash FROM signup_credit_claims`);
    expect(claims).toHaveLength(2);
    expect(JSON.stringify(claims)).not.toContain('jane');
    expect(normaliseSignupEmail(' J.A.N.E.D.O.E+x@gmail.com ')).toBe('janedoe@gmail.com');
    expect(normaliseSignupEmail('Bob+tag@Example.com')).toBe('bob@example.com');
  });
});

describe('the plan behind volume discounts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ database: 'pglite' })));
  afterAll(() => t.close());

  it('applies a changed plan at once in the process that changed it', async () => {
    // give the enterprise plan its own tiers before anything has read the tier list
    await t.db.query(`DELETE FROM credit_discount_tiers WHERE plan = 'enterprise'`);
    await t.db.query(`INSERT INTO credit_discount_tiers (plan, min_tasks, discount_bps) VALUES ('enterprise', 1, 4200)`);
    const org = await createOrganizationWithKey(t, 'Plan Changer');
    const pricing = t.app.get(PricingService);
    expect(await pricing.tiersOf(org.organizationId)).not.toContainEqual({ minTasks: 1, discountBps: 4200 });
    await t.http().patch(`/api/v1/organizations/${org.organizationId}`).set(bearer(t.adminKey)).send({ plan: 'enterprise' }).expect(200);
    expect(await pricing.tiersOf(org.organizationId)).toEqual([{ minTasks: 1, discountBps: 4200 }]);
  });
});

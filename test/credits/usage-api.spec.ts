import { DATABASE_KINDS } from '../support/databases';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balanceOf, grantCredits } from './helpers';

describe.each(DATABASE_KINDS)('usage API and ledger endpoints on %s', (database) => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let b: Awaited<ReturnType<typeof createOrganizationWithKey>>;

  beforeAll(async () => {
    t = await startTestApp({ database });
    a = await createOrganizationWithKey(t, 'Usage Alpha');
    b = await createOrganizationWithKey(t, 'Usage Beta');
  });
  afterAll(() => t.close());

  it('charges a metered event with its breakdown and answers decimal strings', async () => {
    await grantCredits(t, a.organizationId, '2');
    const res = await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'report', inputTokens: 1500, outputTokens: 500, department: 'sales' }).expect(201);
    // report: 1 per task + 0.01 per 1k input + 0.03 per 1k output
    expect(res.body).toMatchObject({ cost: '1.03', balanceAfter: '0.97', breakdown: { base: '1', inputTokenCost: '0.015', outputTokenCost: '0.015', discount: '0', total: '1.03' } });
    expect(typeof res.body.transactionId).toBe('string');
    expect(await balanceOf(t, a.key)).toMatchObject({ balance: '0.97', held: '0', available: '0.97' });
  });

  it('answers 402 insufficient_credits and charges nothing when the balance cannot pay', async () => {
    const res = await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'report' }).expect(402);
    expect(res.body.error.code).toBe('insufficient_credits');
    expect(res.body.error.message).toMatch(/costs 1 .* 0\.97 are available/);
    expect((await balanceOf(t, a.key)).balance).toBe('0.97');
  });

  it('replays an Idempotency-Key with the first answer and no second charge', async () => {
    const first = await t.http().post('/api/v1/usage').set(bearer(a.key)).set('Idempotency-Key', 'evt-1').send({ operation: 'prediction' }).expect(201);
    const again = await t.http().post('/api/v1/usage').set(bearer(a.key)).set('Idempotency-Key', 'evt-1').send({ operation: 'prediction' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect((await balanceOf(t, a.key)).balance).toBe('0.77');
    const conflict = await t.http().post('/api/v1/usage').set(bearer(a.key)).set('Idempotency-Key', 'evt-1').send({ operation: 'prediction', quantity: 2 }).expect(409);
    expect(conflict.body.error.code).toBe('idempotency_conflict');
    // the same key in another organization is another event
    await grantCredits(t, b.organizationId, '1');
    await t.http().post('/api/v1/usage').set(bearer(b.key)).set('Idempotency-Key', 'evt-1').send({ operation: 'prediction' }).expect(201);
    expect((await balanceOf(t, b.key)).balance).toBe('0.8');
  });

  it('audits a metered event once, in the charge itself: a replay or a refused charge writes no audit row', async () => {
    const c = await createOrganizationWithKey(t, 'Usage Audited');
    await grantCredits(t, c.organizationId, '1');
    const first = await t.http().post('/api/v1/usage').set(bearer(c.key)).set('Idempotency-Key', 'evt-audit').set('X-Request-Id', 'req-usage-audit').send({ operation: 'prediction' }).expect(201);
    await t.http().post('/api/v1/usage').set(bearer(c.key)).set('Idempotency-Key', 'evt-audit').send({ operation: 'prediction' }).expect(201);
    await t.http().post('/api/v1/usage').set(bearer(c.key)).set('Idempotency-Key', 'evt-audit-too-dear').send({ operation: 'report', quantity: 50 }).expect(402);
    const rows = await t.db.query(`SELECT action, actor_type, actor_id, target_type, target_id, request_id, details FROM audit_logs WHERE organization_id = $1 AND action LIKE '%usage%'`, [c.organizationId]);
    expect(rows).toEqual([
      { action: 'usage.record', actor_type: 'api_key', actor_id: c.keyId, target_type: 'ledger_entry', target_id: first.body.transactionId, request_id: 'req-usage-audit', details: { amount: '-200000', operation: 'prediction' } },
    ]);
  });

  it('rejects unknown operations and bad quantities with 400', async () => {
    const unknown = await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'teleport' }).expect(400);
    expect(unknown.body.error.code).toBe('validation_failed');
    await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', quantity: 0 }).expect(400);
    await t.http().post('/api/v1/usage').set(bearer(a.key)).send({ operation: 'prediction', quantity: 1.5 }).expect(400);
  });

  it('lets only platform admins grant, records the grant in the audit log, and lists transactions with a cursor', async () => {
    const denied = await t.http().post('/api/v1/credits/grants').set(bearer(a.key)).send({ organizationId: a.organizationId, amount: '5', reason: 'self-service' }).expect(403);
    expect(denied.body.error.code).toBe('forbidden');
    const grant = await grantCredits(t, a.organizationId, '5.5');
    expect(grant).toMatchObject({ type: 'grant', amount: '5.5', balanceAfter: '6.27', bucket: 'granted', description: 'test grant' });
    const audit = await t.db.query(`SELECT action, target_id, details FROM audit_logs WHERE action = 'credits.grant' AND target_id = $1`, [grant.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ amount: '5.5', reason: 'test grant' });
    // written once, by the service inside the grant's transaction (not again by the interceptor)
    expect(await t.db.query(`SELECT id FROM audit_logs WHERE action LIKE 'POST /api/v1/credits/%'`)).toEqual([]);

    const page1 = await t.http().get('/api/v1/credits/transactions?limit=2').set(bearer(a.key)).expect(200);
    expect(page1.body.items.map((i: { type: string }) => i.type)).toEqual(['grant', 'debit']);
    expect(page1.body.items[0]).toEqual(expect.objectContaining({ id: grant.id, amount: '5.5', balanceAfter: '6.27', reference: null, department: null, project: null }));
    const page2 = await t.http().get(`/api/v1/credits/transactions?limit=2&cursor=${page1.body.nextCursor}`).set(bearer(a.key)).expect(200);
    expect(page2.body.items.map((i: { type: string }) => i.type)).toEqual(['debit', 'grant']);
    expect(page2.body.nextCursor).toBeNull();
    expect(page2.body.items.map((i: { sequence: number }) => i.sequence)).toEqual([2, 1]);
    const sales = await t.http().get('/api/v1/credits/transactions?department=sales&type=debit').set(bearer(a.key)).expect(200);
    expect(sales.body.items).toHaveLength(1);
    expect(sales.body.items[0].cost).toMatchObject({ operation: 'report', total: '1.03' });
    const other = await t.http().get('/api/v1/credits/transactions').set(bearer(b.key)).expect(200);
    expect(other.body.items.every((i: { id: string }) => i.id !== grant.id)).toBe(true);
  });

  it('applies signed adjustments and refuses one that would go below zero', async () => {
    const before = await balanceOf(t, a.key);
    const res = await t.http().post('/api/v1/credits/adjustments').set(bearer(t.adminKey)).send({ organizationId: a.organizationId, amount: '-0.27', reason: 'correction' }).expect(201);
    expect(res.body).toMatchObject({ type: 'adjustment', amount: '-0.27' });
    expect((await balanceOf(t, a.key)).balance).toBe((Number(before.balance) - 0.27).toFixed(2).replace(/\.?0+$/, ''));
    const tooMuch = await t.http().post('/api/v1/credits/adjustments').set(bearer(t.adminKey)).send({ organizationId: a.organizationId, amount: '-1000', reason: 'oops' }).expect(402);
    expect(tooMuch.body.error.code).toBe('insufficient_credits');
  });

  it('verifies every account from its entries, for platform admins only', async () => {
    await t.http().get('/api/v1/ledger/verify').set(bearer(a.key)).expect(403);
    const res = await t.http().get('/api/v1/ledger/verify').set(bearer(t.adminKey)).expect(200);
    expect(res.body).toMatchObject({ ok: true, discrepancies: [] });
    expect(res.body.accounts).toBeGreaterThanOrEqual(2);
    // a tampered account shows up
    await t.db.query(`UPDATE credit_accounts SET purchased = purchased + 1 WHERE organization_id = $1`, [b.organizationId]);
    const broken = await t.http().get('/api/v1/ledger/verify').set(bearer(t.adminKey)).expect(200);
    expect(broken.body.ok).toBe(false);
    expect(broken.body.discrepancies).toEqual([expect.objectContaining({ organizationId: b.organizationId, check: 'purchased = Σ purchased entries', expected: '0', actual: '0.000001' })]);
    await t.db.query(`UPDATE credit_accounts SET purchased = purchased - 1 WHERE organization_id = $1`, [b.organizationId]);
  });

  it('serves prices, usage summary and a forecast', async () => {
    const prices = await t.http().get('/api/v1/credits/prices').set(bearer(a.key)).expect(200);
    expect(prices.body.items.map((p: { operation: string }) => p.operation)).toEqual(expect.arrayContaining(['invoice-processor', 'email-sorter', 'data-entry', 'ai-ceo-chat', 'prediction', 'report', 'dataset-upload', 'model-training']));
    expect(prices.body.discountTiers).toEqual([
      { minTasksPerDay: 50, discountPercent: 5 },
      { minTasksPerDay: 200, discountPercent: 10 },
      { minTasksPerDay: 1000, discountPercent: 20 },
    ]);
    const byOperation = await t.http().get('/api/v1/credits/usage?groupBy=operation').set(bearer(a.key)).expect(200);
    expect(byOperation.body.items).toEqual([
      { key: 'prediction', tasks: 1, charges: 1, cost: '0.2' },
      { key: 'report', tasks: 1, charges: 1, cost: '1.03' },
    ]);
    expect(byOperation.body.total).toEqual({ tasks: 2, cost: '1.23' });
    const forecast = await t.http().get('/api/v1/credits/forecast?multiplier=2').set(bearer(a.key)).expect(200);
    // two charges over the one active day, doubled: 2 × 1.23
    expect(forecast.body).toMatchObject({ multiplier: 2, tasksPerDay: 4, daily: '2.46', monthly: '73.8', yearly: '897.9' });
    await t.http().get('/api/v1/credits/forecast?multiplier=-1').set(bearer(a.key)).expect(400);
  });

  it('lets platform admins edit a price, which the next charge uses', async () => {
    await t.http().patch('/api/v1/credits/prices/prediction').set(bearer(a.key)).send({ perTask: '0.3' }).expect(403);
    const edited = await t.http().patch('/api/v1/credits/prices/prediction').set(bearer(t.adminKey)).send({ perTask: '0.3' }).expect(200);
    expect(edited.body).toMatchObject({ operation: 'prediction', perTask: '0.3' });
    // 0.8 available: three at 0.3 no longer fit, three at 0.2 would
    const res = await t.http().post('/api/v1/usage').set(bearer(b.key)).send({ operation: 'prediction', quantity: 3 }).expect(402);
    expect(res.body.error.message).toMatch(/costs 0\.9 /);
    await t.http().patch('/api/v1/credits/prices/prediction').set(bearer(t.adminKey)).send({ perTask: '0.2' }).expect(200);
    await t.http().post('/api/v1/usage').set(bearer(b.key)).send({ operation: 'prediction', quantity: 3 }).expect(201);
    expect((await balanceOf(t, b.key)).balance).toBe('0.2');
  });
});

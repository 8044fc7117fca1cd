import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

describe('POST /api/v1/commands', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp({ database: 'pglite' });
    owner = await createOrganizationWithKey(t, 'Rest Roasters');
    const key = await t.http().post(`/api/v1/organizations/${owner.organizationId}/api-keys`).set(bearer(owner.key)).send({ name: 'member', role: 'member' }).expect(201);
    member = key.body.key;
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: owner.organizationId, amount: '25', reason: 'test' }).expect(201);
  });
  afterAll(() => t.close());

  it('answers balance with the numbers, ephemeral, with a cost line', async () => {
    const res = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'balance' }).expect(200);
    expect(res.body).toMatchObject({ ok: true, command: 'balance', visibility: 'ephemeral', cost: '0', data: { available: expect.any(String) } });
    expect(res.body.title).toBe(`${res.body.data.available} credits available`);
  });

  it('suggests the closest command for a typo', async () => {
    const res = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'balanse' }).expect(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'unknown_command' }, data: { suggestion: 'balance' } });
    expect(res.body.error.message).toContain('Did you mean `balance`?');
  });

  it('lets members read budgets but only admins set them', async () => {
    await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'budget' }).expect(200);
    const refused = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'budget set 100' }).expect(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden' });
    const set = await t.http().post('/api/v1/commands').set(bearer(owner.key)).send({ text: 'budget set 100' }).expect(200);
    expect(set.body.title).toBe('Monthly budget set to 100 credits');
    const list = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'budget' }).expect(200);
    expect(list.body.data.items).toEqual([expect.objectContaining({ name: 'Organization', amountLimit: '100' })]);
  });

  it('runs an agent and lists it under tasks', async () => {
    const run = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'run email-sorter Can we meet on Tuesday at 10 to discuss the offer?' }).expect(200);
    expect(run.body).toMatchObject({ ok: true, command: 'run', data: { taskId: expect.any(String) } });
    await t.queue.drained(30_000);
    const tasks = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'tasks recent' }).expect(200);
    expect(tasks.body.data.items[0]).toMatchObject({ id: run.body.data.taskId, agent: 'email-sorter' });
    const usage = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'usage today' }).expect(200);
    expect(usage.body.data.byOperation.map((line: { label: string }) => line.label)).toContain('email-sorter');
    const forecast = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'forecast' }).expect(200);
    expect(forecast.body.title).toMatch(/credits a day/);
  });

  it('answers free text offline through the AI CEO and says so', async () => {
    const res = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'what is our balance and should we hire?' }).expect(200);
    expect(res.body).toMatchObject({ command: 'ask', mode: 'offline', cost: '0' });
    expect(res.body.blocks[0].text).toMatch(/credits available/);
    const advice = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'should we open a second shop?' }).expect(200);
    expect(advice.body.blocks[0].text).toContain('Free-form advice needs a model configured');
  });

  it('reads the CRM offline too', async () => {
    await t.http().post('/api/v1/leads').set(bearer(member)).send({ name: 'Grace Hopper', company: 'Navy Cafe', email: 'grace@navy.test' }).expect(201);
    const res = await t.http().post('/api/v1/commands').set(bearer(member)).send({ text: 'who are our best leads?' }).expect(200);
    expect(res.body.blocks[0].text).toMatch(/^Best leads: Grace Hopper \(Navy Cafe\) new, score/);
  });

  it('refuses link outside chat', async () => {
    const res = await t.http().post('/api/v1/commands').set(bearer(owner.key)).send({ text: 'link ABCD-EFGH' }).expect(400);
    expect(res.body.error.message).toContain('link <code>');
  });
});

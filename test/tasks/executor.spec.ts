import { PermanentAgentError } from '../../src/agents/agent.types';
import { jobsTotal } from '../../src/common/metrics';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { TasksService } from '../../src/modules/tasks/tasks.service';
import { DATABASE_KINDS } from '../support/databases';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balance, grant, runners, waitForTask } from './task-helpers';

const RAW_MAIL = [
  'From: Dana Buyer <dana@prospect.example>',
  'To: sales@acme.example',
  'Subject: Pricing for 40 seats and a demo next week?',
  'Message-ID: <lead-1@prospect.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hello, we are evaluating your product for our team of 40. Could you send a quote and set up a demo?',
].join('\r\n');

/** Run-tasks jobs of this name handled to completion so far (this process's metrics). */
async function jobCount(name: string): Promise<number> {
  const { values } = await jobsTotal.get();
  return values.filter((value) => value.labels.name === name && value.labels.outcome === 'completed').reduce((sum, value) => sum + value.value, 0);
}

describe.each(DATABASE_KINDS)('task executor on %s', (database) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let attempts = 0;
  let aborted = 0;
  let running = 0;
  let mostAtOnce = 0;

  beforeAll(async () => {
    t = await startTestApp({ database });
    org = await createOrganizationWithKey(t, 'Executor Co');
    await t.http().patch(`/api/v1/organizations/${org.organizationId}`).set(bearer(t.adminKey)).send({ plan: 'enterprise' }).expect(200);
    await grant(t, org.organizationId, '100');
    const map = runners(t);
    map.set('test-permanent', { name: 'test-permanent', operation: 'email-sorter', timeoutMs: 5000, accepts: ['text'], run: async () => { throw new PermanentAgentError('unreadable', 'The file is encrypted and cannot be read.'); } });
    map.set('test-flaky', {
      name: 'test-flaky', operation: 'email-sorter', timeoutMs: 5000, accepts: ['text'],
      run: async () => {
        attempts += 1;
        if (attempts < 2) throw new Error('connection reset');
        return { output: { ok: true, attempts }, mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } };
      },
    });
    map.set('test-slow', { name: 'test-slow', operation: 'email-sorter', timeoutMs: 200, accepts: ['text'], run: () => new Promise(() => undefined) });
    map.set('test-wait', {
      name: 'test-wait', operation: 'email-sorter', timeoutMs: 5000, accepts: ['text'],
      run: (input, context) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve({ output: { waited: input.text }, mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } }), Number(input.text));
          context.signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            aborted += 1;
            reject(new Error('aborted'));
          });
        }),
    });
    map.set('test-count', {
      name: 'test-count', operation: 'email-sorter', timeoutMs: 5000, accepts: ['text'],
      run: async () => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 40));
        running -= 1;
        return { output: null, mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } };
      },
    });
    map.set('test-tokens', { name: 'test-tokens', operation: 'email-sorter', timeoutMs: 5000, accepts: ['text'], run: async () => ({ output: { ok: 1 }, mode: 'llm', usage: { inputTokens: 1200, outputTokens: 300 } }) });
  });
  afterAll(() => t.close());

  it('runs the email sorter end to end, records mode and usage, and charges exactly the cost', async () => {
    const before = await balance(t, org.key);
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'email-sorter', input: { text: RAW_MAIL }, department: 'sales' }).expect(202);
    expect(created.body).toMatchObject({ id: expect.any(String), status: 'queued' });
    const task = await waitForTask(t, org.key, created.body.id);
    expect(task).toMatchObject({ status: 'succeeded', agent: 'email-sorter', mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } });
    expect(task.output.category).toBe('sales_lead');
    expect(Number(task.cost)).toBeGreaterThan(0);
    const after = await balance(t, org.key);
    expect(Number(before.balance) - Number(after.balance)).toBeCloseTo(Number(task.cost), 6);
    expect(after.held).toBe(before.held);
  });

  it('bills tokens reported by the model on top of the task price', async () => {
    const plain = await waitForTask(t, org.key, (await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-permanent', input: { text: 'x' } }).expect(202)).body.id);
    expect(plain.cost).toBe('0');
    const task = await waitForTask(t, org.key, (await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-tokens', input: { text: 'x' } }).expect(202)).body.id);
    expect(task).toMatchObject({ status: 'succeeded', mode: 'llm', usage: { inputTokens: 1200, outputTokens: 300 } });
    expect(BigInt(task.costBreakdown.inputTokenCost) + BigInt(task.costBreakdown.outputTokenCost)).toBeGreaterThan(0n);
  });

  it('replays an Idempotency-Key without creating or charging a second task', async () => {
    const first = await t.http().post('/api/v1/tasks').set(bearer(org.key)).set('Idempotency-Key', 'idem-1').send({ agent: 'email-sorter', input: { text: RAW_MAIL } }).expect(202);
    await waitForTask(t, org.key, first.body.id);
    const mid = await balance(t, org.key);
    const again = await t.http().post('/api/v1/tasks').set(bearer(org.key)).set('Idempotency-Key', 'idem-1').send({ agent: 'email-sorter', input: { text: RAW_MAIL } }).expect(202);
    expect(again.body.id).toBe(first.body.id);
    expect(await balance(t, org.key)).toEqual(mid);
  });

  it('fails a permanent error at once, with a readable message, and charges nothing', async () => {
    const before = await balance(t, org.key);
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-permanent', input: { text: 'x' } }).expect(202);
    const task = await waitForTask(t, org.key, created.body.id);
    expect(task).toMatchObject({ status: 'failed', error: { code: 'unreadable', message: 'The file is encrypted and cannot be read.' }, attempts: 1, cost: '0' });
    expect(await balance(t, org.key)).toEqual(before);
  });

  it('retries a transient failure and succeeds once', async () => {
    attempts = 0;
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-flaky', input: { text: 'x' } }).expect(202);
    const task = await waitForTask(t, org.key, created.body.id, 20_000);
    expect(task.status).toBe('succeeded');
    expect(task.output).toEqual({ ok: true, attempts: 2 });
    expect(task.attempts).toBe(2);
  });

  it('runs tasks admitted together as one run-tasks job, and retries a transient failure among them alone', async () => {
    attempts = 0;
    const tasks = t.get<TasksService>(TasksService);
    const groupsBefore = await jobCount('run-tasks');
    const principal = systemPrincipal(org.organizationId);
    // created in the same turn of the event loop: one batched admission, one run-tasks job
    const created = await Promise.all([
      tasks.create(org.organizationId, { agent: 'test-flaky', input: { text: 'x' } } as never, principal),
      ...Array.from({ length: 4 }, () => tasks.create(org.organizationId, { agent: 'test-tokens', input: { text: 'y' } } as never, principal)),
    ]);
    const done = await Promise.all(created.map(({ id }) => waitForTask(t, org.key, id, 20_000)));
    expect(done.map((task) => task.status)).toEqual(Array(5).fill('succeeded'));
    // the flaky one made a second attempt of its own; the others ran once
    expect(done.map((task) => task.attempts)).toEqual([2, 1, 1, 1, 1]);
    expect(done[0].output).toEqual({ ok: true, attempts: 2 });
    expect(await jobCount('run-tasks')).toBe(groupsBefore + 1);
    const ledger = await t.http().get('/api/v1/credits/transactions?limit=100').set(bearer(org.key)).expect(200);
    for (const { id } of created) {
      const captures = ledger.body.items.filter((item: { type: string; reference: unknown }) => item.type === 'capture' && JSON.stringify(item.reference ?? '').includes(id));
      expect(captures).toHaveLength(1);
    }
  });

  it('runs no more agents at once than the worker concurrency, however many tasks a group holds', async () => {
    const tasks = t.get<TasksService>(TasksService);
    const principal = systemPrincipal(org.organizationId);
    const slots = t.config.workerConcurrency;
    // one turn of the event loop: one group of three times the slots
    const created = await Promise.all(Array.from({ length: slots * 3 }, () => tasks.create(org.organizationId, { agent: 'test-count', input: { text: 'x' } } as never, principal)));
    const done = await Promise.all(created.map(({ id }) => waitForTask(t, org.key, id, 20_000)));
    expect(done.every((task) => task.status === 'succeeded')).toBe(true);
    expect(mostAtOnce).toBe(slots);
  });

  it('enforces the time limit per agent and releases the hold in the end', async () => {
    const before = await balance(t, org.key);
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-slow', input: { text: 'x' } }).expect(202);
    const task = await waitForTask(t, org.key, created.body.id, 40_000);
    expect(task.status).toBe('failed');
    expect(task.error.code).toBe('timeout');
    expect(task.error.message).toMatch(/did not finish within/);
    expect(await balance(t, org.key)).toEqual(before);
  }, 60_000);

  it('runs a quick task straight from queued to succeeded, and marks a longer one running while it works', async () => {
    const quick = await waitForTask(t, org.key, (await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-wait', input: { text: '10' } }).expect(202)).body.id);
    expect(quick).toMatchObject({ status: 'succeeded', attempts: 1, output: { waited: '10' } });
    expect(new Date(quick.startedAt).getTime()).toBeLessThanOrEqual(new Date(quick.finishedAt).getTime());
    expect(new Date(quick.startedAt).getTime()).toBeGreaterThanOrEqual(new Date(quick.createdAt).getTime());

    const slow = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-wait', input: { text: '1500' } }).expect(202);
    let seen: Record<string, any> = {};
    for (const deadline = Date.now() + 1400; Date.now() < deadline && seen.status !== 'running'; await new Promise((r) => setTimeout(r, 25))) {
      seen = (await t.http().get(`/api/v1/tasks/${slow.body.id}`).set(bearer(org.key)).expect(200)).body;
    }
    expect(seen).toMatchObject({ status: 'running', attempts: 1, startedAt: expect.any(String) });
    expect(await waitForTask(t, org.key, slow.body.id)).toMatchObject({ status: 'succeeded', attempts: 1, startedAt: seen.startedAt });
  });

  it('cancels a task the worker has started but not yet claimed: the run stops and nothing is charged', async () => {
    const before = await balance(t, org.key);
    const abortedBefore = aborted;
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-wait', input: { text: '2000' } }).expect(202);
    await new Promise((r) => setTimeout(r, 100));
    const cancelled = await t.http().post(`/api/v1/tasks/${created.body.id}/cancel`).set(bearer(org.key)).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'failed', error: { code: 'cancelled' } });
    // the late claim finds the task settled and aborts the run
    for (const deadline = Date.now() + 3000; aborted === abortedBefore && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 25));
    expect(aborted).toBe(abortedBefore + 1);
    await t.queue.drained();
    expect(await waitForTask(t, org.key, created.body.id)).toMatchObject({ status: 'failed', error: { code: 'cancelled' }, cost: '0' });
    expect(await balance(t, org.key)).toEqual(before);
  });

  it('rejects bad input with a 400 naming the problem, before anything is held', async () => {
    const before = await balance(t, org.key);
    const unknown = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'tax-advisor', input: { text: 'x' } }).expect(400);
    expect(unknown.body.error.message).toMatch(/no agent called "tax-advisor"/);
    const empty = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'email-sorter', input: {} }).expect(400);
    expect(empty.body.error.message).toMatch(/text or contentBase64/);
    const badBase64 = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'invoice-processor', input: { contentBase64: '%%%not base64' } }).expect(400);
    expect(badBase64.body.error.details.fields).toHaveProperty(['input.contentBase64']);
    expect(await balance(t, org.key)).toEqual(before);
  });

  it('refuses work it cannot pay for with 402, records it as refused, and never runs it', async () => {
    const poor = await createOrganizationWithKey(t, 'Poor Co');
    const res = await t.http().post('/api/v1/tasks').set(bearer(poor.key)).send({ agent: 'email-sorter', input: { text: RAW_MAIL } }).expect(402);
    expect(res.body.error.code).toBe('insufficient_credits');
    const list = await t.http().get('/api/v1/tasks?status=refused').set(bearer(poor.key)).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ status: 'refused', error: { code: 'insufficient_credits' }, attempts: 0 });
    expect(await balance(t, poor.key)).toMatchObject({ balance: '0', held: '0' });
  });

  it('enforces the plan limit on monthly tasks with 402 plan_limit_reached', async () => {
    const small = await createOrganizationWithKey(t, 'Free Plan Co');
    await grant(t, small.organizationId, '100');
    // free plan: 10 tasks a month
    for (let i = 0; i < 10; i += 1) await t.http().post('/api/v1/tasks').set(bearer(small.key)).send({ agent: 'test-permanent', input: { text: `n${i}` } }).expect(202);
    const res = await t.http().post('/api/v1/tasks').set(bearer(small.key)).send({ agent: 'test-permanent', input: { text: 'one too many' } }).expect(402);
    expect(res.body.error.code).toBe('plan_limit_reached');
    await t.queue.drained();
    expect((await balance(t, small.key)).held).toBe('0');
  });

  it("lists with filters and cursor pagination, and hides other organizations' tasks", async () => {
    const other = await createOrganizationWithKey(t, 'Other Co');
    for (let i = 0; i < 3; i += 1) await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'email-sorter', input: { text: `Subject: note ${i}\r\n\r\nhello` } }).expect(202);
    await t.queue.drained();
    const page1 = await t.http().get('/api/v1/tasks?limit=2&agent=email-sorter').set(bearer(org.key)).expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items.every((item: { agent: string }) => item.agent === 'email-sorter')).toBe(true);
    const page2 = await t.http().get(`/api/v1/tasks?limit=2&agent=email-sorter&cursor=${page1.body.nextCursor}`).set(bearer(org.key));
    expect(page2.body.error).toBeUndefined();
    const seen = new Set([...page1.body.items, ...page2.body.items].map((item: { id: string }) => item.id));
    expect(seen.size).toBe(page1.body.items.length + page2.body.items.length);
    const bySales = await t.http().get('/api/v1/tasks?department=sales').set(bearer(org.key)).expect(200);
    expect(bySales.body.items).toHaveLength(1);
    await t.http().get(`/api/v1/tasks/${page1.body.items[0].id}`).set(bearer(other.key)).expect(404);
    expect((await t.http().get('/api/v1/tasks').set(bearer(other.key)).expect(200)).body.items).toEqual([]);
    await t.http().post(`/api/v1/tasks/${page1.body.items[0].id}/cancel`).set(bearer(other.key)).expect(404);
  });

  it('cannot cancel a finished task', async () => {
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-permanent', input: { text: 'x' } }).expect(202);
    await waitForTask(t, org.key, created.body.id);
    const res = await t.http().post(`/api/v1/tasks/${created.body.id}/cancel`).set(bearer(org.key)).expect(409);
    expect(res.body.error.message).toMatch(/failed and can no longer be cancelled/);
  });

  it('publishes the catalog with prices and discount tiers', async () => {
    const res = await t.http().get('/api/v1/agents').set(bearer(org.key)).expect(200);
    expect(res.body.agents.map((a: { name: string }) => a.name)).toEqual(['invoice-processor', 'email-sorter', 'data-entry']);
    expect(res.body.agents[0].price).not.toBeNull();
    expect(res.body.discountTiers).not.toBeNull();
  });
});

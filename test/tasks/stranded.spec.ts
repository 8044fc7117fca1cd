import { JobName } from '../../src/queue/job-names';
import { QueueService } from '../../src/queue/queue.service';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { TasksService } from '../../src/modules/tasks/tasks.service';
import { TasksJobs } from '../../src/modules/tasks/tasks.jobs';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balance, grant, waitForTask } from './task-helpers';

/** A task committed as queued whose enqueue never happened (the process died in between) is not lost. */
describe.each([
  ['in process', false],
  ['BullMQ', true],
])('the stranded-task sweeper (%s)', (_label, redis) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres', redis });
  });
  afterAll(() => t.close());

  /** The crash: the task row is committed, the enqueue never happens. */
  async function strandedTask(name: string) {
    const org = await createOrganizationWithKey(t, name);
    await grant(t, org.organizationId, '10');
    const queue = t.get<QueueService>(QueueService);
    const lost = jest.spyOn(queue, 'enqueue').mockRejectedValueOnce(new Error('process died before the enqueue'));
    await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'email-sorter', input: { text: `Subject: ${name}\r\n\r\nhello` } }).expect(500);
    lost.mockRestore();
    const [row] = await t.db.query(`SELECT id, status, hold_id FROM tasks WHERE organization_id = $1`, [org.organizationId]);
    return { org, queue, row: row as { id: string; status: string; hold_id: string } };
  }

  /**
   * Runs the task's job once (one attempt, to be quick) while the named statements fail as if the
   * database had gone away, and waits until the queue has failed it for good.
   */
  async function failJobDuring(queue: QueueService, taskId: string, failing: RegExp) {
    const pool = (t.db.driver as unknown as { master: { query: (config: unknown) => Promise<unknown> } }).master;
    const query = pool.query.bind(pool);
    const outage = jest.spyOn(pool, 'query').mockImplementation(((config: { name?: string }) =>
      failing.test(config?.name ?? '') ? Promise.reject(new Error('connection terminated unexpectedly')) : query(config)) as never);
    try {
      const failedBefore = (await queue.counts()).failed;
      await queue.enqueue(JobName.RunTask, { taskId }, { jobId: `task-${taskId}`, attempts: 1 });
      for (const deadline = Date.now() + 10_000; (await queue.counts()).failed === failedBefore && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
      expect((await queue.counts()).failed).toBe(failedBefore + 1);
    } finally {
      outage.mockRestore();
    }
  }

  /** A sweep that brings the job back with a fresh set of attempts; the task then runs and is charged once. */
  async function sweepRetriesAndSettlesOnce(org: { organizationId: string; key: string }, queue: QueueService, taskId: string) {
    const again = jest.spyOn(queue, 'enqueueAgain');
    expect(await t.get<TasksJobs>(TasksJobs).sweepStranded({})).toBe(1);
    expect(await again.mock.results[0].value).toBe('retried');
    again.mockRestore();
    const task = await waitForTask(t, org.key, taskId);
    expect(task.status).toBe('succeeded');
    const [{ captures }] = await t.db.query(`SELECT count(*)::int AS captures FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org.organizationId]);
    expect(captures).toBe(1);
    expect((await balance(t, org.key)).held).toBe('0');
    return task;
  }

  it('enqueues a stranded task again under its own job id, once, and it runs and is charged once', async () => {
    const { org, queue, row } = await strandedTask('Stranded Co');
    expect(row).toMatchObject({ status: 'queued', hold_id: expect.any(String) });

    const jobs = t.get<TasksJobs>(TasksJobs);
    // too recent: an enqueue may still be on its way
    expect(await jobs.sweepStranded({})).toBe(0);
    await t.db.query(`UPDATE tasks SET created_at = now() - interval '10 minutes' WHERE id = $1`, [row.id]);

    const enqueued = jest.spyOn(queue, 'enqueueAgain');
    // two sweeps at once (two worker processes): whoever finds it enqueues the same job id, so one run
    const [first, second] = await Promise.all([jobs.sweepStranded({}), jobs.sweepStranded({})]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect(new Set(enqueued.mock.calls.map((call) => call[2].jobId))).toEqual(new Set([`task-${row.id}`]));
    enqueued.mockRestore();

    const task = await waitForTask(t, org.key, row.id);
    expect(task).toMatchObject({ status: 'succeeded', attempts: 1 });
    // once it ran, a sweep finds nothing, and enqueueing its id again runs nothing
    expect(await jobs.sweepStranded({})).toBe(0);
    await t.db.query(`UPDATE tasks SET status = 'queued', created_at = now() - interval '10 minutes' WHERE id = $1`, [row.id]);
    expect(await jobs.sweepStranded({})).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [again] = await t.db.query(`SELECT status, attempts FROM tasks WHERE id = $1`, [row.id]);
    expect(again).toEqual({ status: 'queued', attempts: 1 });
    await t.db.query(`UPDATE tasks SET status = 'succeeded' WHERE id = $1`, [row.id]);
    const [{ captures }] = await t.db.query(`SELECT count(*)::int AS captures FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org.organizationId]);
    expect(captures).toBe(1);
    const after = await balance(t, org.key);
    expect(after.held).toBe('0');
    expect(Number(after.balance)).toBeCloseTo(10 - Number(task.cost), 6);
  });

  it('runs again a task whose job used up its attempts before the task was claimed (the database was unreachable)', async () => {
    const { org, queue, row } = await strandedTask('Outage Co');
    await failJobDuring(queue, row.id, /^tasks-claim/);
    const [still] = await t.db.query(`SELECT status FROM tasks WHERE id = $1`, [row.id]);
    expect(still.status).toBe('queued');

    await t.db.query(`UPDATE tasks SET created_at = now() - interval '10 minutes' WHERE id = $1`, [row.id]);
    await sweepRetriesAndSettlesOnce(org, queue, row.id);
  });

  it('runs again a task left running whose job failed for good after the claim (the database went away mid-task)', async () => {
    const { org, queue, row } = await strandedTask('Midway Co');
    // the claim works; then every statement that would settle the task fails
    await failJobDuring(queue, row.id, /^(tasks-complete|credits-hold)/);
    const [stuck] = await t.db.query(`SELECT status, attempts FROM tasks WHERE id = $1`, [row.id]);
    expect(stuck).toEqual({ status: 'running', attempts: 1 });

    // running for a while is no reason: an agent may still be at work
    expect(await t.get<TasksJobs>(TasksJobs).sweepStranded({})).toBe(0);
    await t.db.query(`UPDATE tasks SET updated_at = now() - interval '1 hour' WHERE id = $1`, [row.id]);
    const task = await sweepRetriesAndSettlesOnce(org, queue, row.id);
    expect(task.attempts).toBeGreaterThanOrEqual(2);
  });
});

/** Tasks admitted together wait in one run-tasks job; a backlog longer than the sweeper's patience must not run them twice. */
describe.each([
  ['in process', false],
  ['BullMQ', true],
])('the stranded-task sweeper and a waiting run-tasks job (%s)', (_label, redis) => {
  let t: TestApp;
  beforeAll(async () => {
    // API only: nothing runs the jobs, so the group's job keeps waiting, as in a long backlog
    t = await startTestApp({ database: 'postgres', redis, role: 'api' });
  });
  afterAll(() => t.close());

  it('finds the group job under each of its tasks, adds nothing while it waits, and adds each task again once the group is forgotten', async () => {
    const org = await createOrganizationWithKey(t, 'Backlog Co');
    await grant(t, org.organizationId, '10');
    const tasks = t.get<TasksService>(TasksService);
    const queue = t.get<QueueService>(QueueService);
    const principal = systemPrincipal(org.organizationId);
    // three tasks committed, their enqueues lost; then their runs enqueued in one turn: one run-tasks job
    const lost = jest.spyOn(queue, 'enqueue').mockRejectedValue(new Error('process died before the enqueue'));
    for (let i = 0; i < 3; i += 1) {
      await expect(tasks.create(org.organizationId, { agent: 'email-sorter', input: { text: `Subject: ${i}\r\n\r\nhello` } } as never, principal)).rejects.toThrow('process died');
    }
    lost.mockRestore();
    const ids: string[] = (await t.db.query(`SELECT id FROM tasks WHERE organization_id = $1 AND status = 'queued'`, [org.organizationId])).map((row: { id: string }) => row.id);
    expect(ids).toHaveLength(3);
    const before = (await queue.counts()).waiting;
    const enqueued = jest.spyOn(queue, 'enqueue');
    await Promise.all(ids.map((id) => tasks.enqueueRun(id)));
    expect(enqueued.mock.calls.map((call) => call[0])).toEqual([JobName.RunTasks]);
    enqueued.mockRestore();
    const waiting = (await queue.counts()).waiting;
    expect(waiting).toBe(before + 1);
    await t.db.query(`UPDATE tasks SET created_at = now() - interval '10 minutes' WHERE id = ANY($1)`, [ids]);

    const again = jest.spyOn(queue, 'enqueueAgain');
    expect(await t.get<TasksJobs>(TasksJobs).sweepStranded({})).toBe(3);
    expect(await Promise.all(again.mock.results.map((result) => result.value))).toEqual(['known', 'known', 'known']);
    expect((await queue.counts()).waiting).toBe(waiting);

    // a group done with (its tasks settled) stands for them no more: a task still queued then gets its own job
    await tasks.forgetRunGroup(ids);
    again.mockClear();
    expect(await t.get<TasksJobs>(TasksJobs).sweepStranded({})).toBe(3);
    expect(await Promise.all(again.mock.results.map((result) => result.value))).toEqual(['added', 'added', 'added']);
    expect((await queue.counts()).waiting).toBe(waiting + 3);
    again.mockRestore();
  });
});

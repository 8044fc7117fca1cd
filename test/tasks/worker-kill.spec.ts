import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { TasksService } from '../../src/modules/tasks/tasks.service';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balance, grant, runners, waitForTask } from './task-helpers';

const ROOT = path.resolve(__dirname, '..', '..');

function startWorker(env: Record<string, string>): { child: ChildProcess; waitFor(line: RegExp): Promise<string> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'test/support/worker-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, TS_NODE_PROJECT: 'tsconfig.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  const waiters: { line: RegExp; resolve: (s: string) => void }[] = [];
  child.stdout!.on('data', (chunk) => {
    buffer += String(chunk);
    for (const waiter of [...waiters]) {
      const match = buffer.split('\n').find((l) => waiter.line.test(l));
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  child.stderr!.on('data', (chunk) => process.stderr.write(chunk));
  return {
    child,
    waitFor: (line) =>
      new Promise((resolve) => {
        const match = buffer.split('\n').find((l) => line.test(l));
        if (match) resolve(match);
        else waiters.push({ line, resolve });
      }),
  };
}

/** At-least-once delivery, exactly-once effect: a worker killed mid-task (SIGKILL) on BullMQ + Redis. */
describe('a worker killed mid-task', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres', redis: true, role: 'api', env: { JOB_LOCK_MS: '1500' } });
    // the API validates the agent name; the worker processes run it
    runners(t).set('test-slow', { name: 'test-slow', operation: 'email-sorter', timeoutMs: 60_000, accepts: ['text'], run: () => Promise.reject(new Error('runs in the worker')) });
  });
  // each test starts with no worker: a job goes to the worker it names
  afterEach(async () => {
    const alive = workers.splice(0).filter((worker) => worker.exitCode === null && worker.signalCode === null);
    await Promise.all(alive.map((worker) => new Promise((resolve) => { worker.once('exit', resolve); worker.kill('SIGKILL'); })));
  });
  afterAll(() => t.close());

  it('leads to the task finishing once and being charged once', async () => {
    const org = await createOrganizationWithKey(t, 'Crash Co');
    await grant(t, org.organizationId, '20');
    const env = { ...t.env, TEST_SLOW_MS: '2500' };

    const first = startWorker(env);
    workers.push(first.child);
    await first.waitFor(/WORKER READY/);
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'test-slow', input: { text: 'crash-me' } }).expect(202);
    await first.waitFor(/STARTED crash-me/);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = startWorker(env);
    workers.push(second.child);
    await second.waitFor(/STARTED crash-me/);
    const task = await waitForTask(t, org.key, created.body.id, 60_000);
    expect(task.status).toBe('succeeded');
    expect(task.output.pid).toBe(second.child.pid);
    expect(task.attempts).toBe(2);

    const ledger = await t.http().get('/api/v1/credits/transactions?limit=100').set(bearer(org.key)).expect(200);
    const forTask = ledger.body.items.filter((item: { reference: unknown }) => JSON.stringify(item.reference ?? '').includes(created.body.id));
    const captures = forTask.filter((item: { type: string }) => item.type === 'capture');
    expect(captures).toHaveLength(1);
    const after = await balance(t, org.key);
    expect(Number(after.balance)).toBeCloseTo(20 - Number(task.cost), 6);
    expect(after.held).toBe('0');
    const verify = await t.http().get('/api/v1/ledger/verify').set(bearer(t.adminKey)).expect(200);
    expect(verify.body.ok).toBe(true);
  }, 120_000);

  it('leads each task of a run-tasks job (tasks admitted together) to finish once and be charged once', async () => {
    const org = await createOrganizationWithKey(t, 'Group Crash Co');
    await grant(t, org.organizationId, '20');
    const env = { ...t.env, TEST_SLOW_MS: '2500' };
    const first = startWorker(env);
    workers.push(first.child);
    await first.waitFor(/WORKER READY/);
    // created in the same turn of the event loop: one batched admission, one run-tasks job
    const texts = ['group-a', 'group-b', 'group-c'];
    const created = await Promise.all(
      texts.map((text) => t.get<TasksService>(TasksService).create(org.organizationId, { agent: 'test-slow', input: { text } } as never, systemPrincipal(org.organizationId))),
    );
    for (const text of texts) await first.waitFor(new RegExp(`STARTED ${text}`));
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const second = startWorker(env);
    workers.push(second.child);
    let charged = 0;
    for (const { id } of created) {
      const task = await waitForTask(t, org.key, id, 60_000);
      expect(task.status).toBe('succeeded');
      expect(task.output.pid).toBe(second.child.pid);
      expect(task.attempts).toBe(2);
      charged += Number(task.cost);
    }
    const ledger = await t.http().get('/api/v1/credits/transactions?limit=100').set(bearer(org.key)).expect(200);
    const captures = ledger.body.items.filter((item: { type: string }) => item.type === 'capture');
    expect(captures).toHaveLength(3);
    const after = await balance(t, org.key);
    expect(Number(after.balance)).toBeCloseTo(20 - charged, 6);
    expect(after.held).toBe('0');
    const verify = await t.http().get('/api/v1/ledger/verify').set(bearer(t.adminKey)).expect(200);
    expect(verify.body.ok).toBe(true);
  }, 120_000);
});

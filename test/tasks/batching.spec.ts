import { DomainError } from '../../src/common/domain-error';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { HoldsService } from '../../src/modules/credits/holds.service';
import { LedgerVerifyService } from '../../src/modules/credits/ledger-verify.service';
import { utcDay } from '../../src/modules/credits/credits.types';
import { TasksService } from '../../src/modules/tasks/tasks.service';
import { DATABASE_KINDS } from '../support/databases';
import { createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { balance, grant } from './task-helpers';

const micro = (credits: string) => BigInt(Math.round(Number(credits) * 1e6));

/** Settles an admitted task as its worker would (0.10 credits before the volume discount). */
async function settleAsWorker(t: TestApp, holds: HoldsService, organizationId: string, id: string) {
  const [{ hold_id: holdId }] = await t.db.query(`SELECT hold_id FROM tasks WHERE id = $1`, [id]);
  return holds.completeTask({
    organizationId,
    taskId: id,
    holdId,
    gross: 100_000n,
    parts: { operation: 'email-sorter', quantity: 1, base: 100_000n, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n },
    idempotencyKey: `capture-task-${id}`,
    output: { n: 1 },
    mode: 'offline',
    inputTokens: 0,
    outputTokens: 0,
    startedAt: new Date(),
  });
}

/**
 * Admissions and completions of one organization that wait together run as one statement
 * (ADMIT_TASKS, COMPLETE_TASKS); anything not plain goes row by row. Called on the services
 * directly so that the calls really wait together.
 */
describe.each(DATABASE_KINDS)('batched admission and completion on %s', (database) => {
  let t: TestApp;
  let tasks: TasksService;
  let holds: HoldsService;
  let warn: jest.SpyInstance;

  beforeAll(async () => {
    // API only: admitted tasks stay queued with their holds, nothing runs
    t = await startTestApp({ database, role: 'api', env: { DATABASE_POOL_SIZE: '24', LOW_BALANCE_THRESHOLD: '0' } });
    tasks = t.get(TasksService);
    holds = t.get(HoldsService);
    // a batched statement that fails for anything but the expected races would hide behind the row-by-row fallback
    warn = jest.spyOn((holds as unknown as { logger: { warn: () => void } }).logger, 'warn');
  });
  afterEach(() => expect(warn).not.toHaveBeenCalled());
  afterAll(() => t.close());

  async function enterpriseOrg(name: string) {
    const org = await createOrganizationWithKey(t, name);
    await t.db.query(`UPDATE organizations SET plan = 'enterprise' WHERE id = $1`, [org.organizationId]);
    return org;
  }

  const create = (organizationId: string, extra: Record<string, unknown> = {}) =>
    tasks.create(organizationId, { agent: 'email-sorter', input: { text: 'Subject: hi\r\n\r\nhello' }, ...extra } as never, systemPrincipal(organizationId)).then(
      (task) => ({ ok: true as const, id: task.id }),
      (error: unknown) => {
        if (error instanceof DomainError && error.status === 402) return { ok: false as const, code: error.code };
        throw error;
      },
    );

  async function verify(organizationId: string) {
    expect((await t.get<LedgerVerifyService>(LedgerVerifyService).verify(organizationId)).discrepancies).toEqual([]);
  }

  const completeHeld = (organizationId: string, id: string) => settleAsWorker(t, holds, organizationId, id);


  async function perTask(org: { organizationId: string; key: string }) {
    const probe = await create(org.organizationId);
    const [{ held_amount: per }] = await t.db.query(`SELECT held_amount::text FROM tasks WHERE id = $1`, [(probe as { id: string }).id]);
    return BigInt(per);
  }

  it('admits a batch that fits in one statement, and exactly the affordable ones of a batch that does not', async () => {
    const org = await enterpriseOrg('Batch Admit');
    await grant(t, org.organizationId, '1');
    const per = await perTask(org);
    const available = micro((await balance(t, org.key)).available);
    // top up to exactly 20 more holds
    const topUp = per * 20n - available;
    if (topUp > 0n) await grant(t, org.organizationId, (Number(topUp) / 1e6).toFixed(6));
    const affordable = Number(micro((await balance(t, org.key)).available) / per);
    expect(affordable).toBeGreaterThanOrEqual(20);

    const before = { ...holds.batches };
    const first = await Promise.all(Array.from({ length: 12 }, (_, i) => create(org.organizationId, { project: `p${i % 3}` })));
    expect(first.every((r) => r.ok)).toBe(true);
    expect(holds.batches.admitted).toBeGreaterThan(before.admitted);
    expect(holds.batches.fellBack).toBe(before.fellBack);
    // each task has its hold; the ledger has one hold entry per project of a batch (a task admitted alone: its own)
    const taskHolds = await t.db.query(`SELECT count(*)::int AS n, sum(amount)::text AS amount FROM credit_holds WHERE organization_id = $1 AND status = 'open' AND reference_id = ANY($2)`, [
      org.organizationId,
      first.map((r) => (r as { id: string }).id),
    ]);
    expect(taskHolds).toEqual([{ n: 12, amount: (per * 12n).toString() }]);
    const entries: { project: string; held: string; description: string | null; hold_id: string | null }[] = await t.db.query(
      `SELECT project, held_amount::text AS held, description, hold_id FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'hold' AND project IS NOT NULL ORDER BY sequence`,
      [org.organizationId],
    );
    const tasksOf = (entry: (typeof entries)[number]) => (entry.description === null ? 1 : Number(/^holds? for (\d+) tasks?$/.exec(entry.description)?.[1]));
    for (const entry of entries) expect(BigInt(entry.held)).toBe(per * BigInt(tasksOf(entry)));
    expect(entries.reduce((sum, entry) => sum + tasksOf(entry), 0)).toBe(12);
    expect(entries.some((entry) => entry.hold_id === null && tasksOf(entry) > 1)).toBe(true);
    expect(new Set(entries.map((entry) => entry.project))).toEqual(new Set(['p0', 'p1', 'p2']));

    const second = await Promise.all(Array.from({ length: 20 }, () => create(org.organizationId)));
    const admitted = second.filter((r) => r.ok);
    const refused = second.filter((r) => !r.ok);
    expect(admitted).toHaveLength(affordable - 12);
    for (const r of refused) expect(r).toEqual({ ok: false, code: 'insufficient_credits' });

    const rows = await t.db.query(`SELECT status, count(*)::int AS n FROM tasks WHERE organization_id = $1 GROUP BY status`, [org.organizationId]);
    const count = Object.fromEntries(rows.map((r: { status: string; n: number }) => [r.status, r.n]));
    expect(count).toEqual({ queued: affordable + 1, refused: refused.length });
    const after = await balance(t, org.key);
    expect(micro(after.held)).toBe(per * BigInt(affordable + 1));
    expect(micro(after.available)).toBeGreaterThanOrEqual(0n);
    expect(micro(after.available)).toBeLessThan(per);
    const [{ used }] = await t.db.query(`SELECT used FROM plan_usage_counters WHERE organization_id = $1 AND kind = 'tasks'`, [org.organizationId]);
    expect(used).toBe(affordable + 1);
    await verify(org.organizationId);
  });

  it('answers idempotency-key replays inside a batch with the first task, and refuses only the rows over a hard-stop budget', async () => {
    const org = await enterpriseOrg('Batch Replay');
    await grant(t, org.organizationId, '100');
    const replays = await Promise.all(Array.from({ length: 8 }, (_, i) => create(org.organizationId, i % 2 ? { idempotencyKey: 'same-key' } : {})));
    expect(replays.every((r) => r.ok)).toBe(true);
    const ids = replays.map((r) => (r as { id: string }).id);
    expect(new Set(ids.filter((_, i) => i % 2)).size).toBe(1);
    expect(new Set(ids).size).toBe(5);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM credit_holds WHERE organization_id = $1`, [org.organizationId]);
    expect(n).toBe(5);

    await t.db.query(`INSERT INTO credit_budgets (organization_id, name, amount_limit, project, hard_stop) VALUES ($1, 'tiny', 1, 'rnd', true)`, [org.organizationId]);
    const before = { ...holds.batches };
    const mixed = await Promise.all(Array.from({ length: 10 }, (_, i) => create(org.organizationId, { project: i % 2 ? 'rnd' : 'web' })));
    mixed.forEach((r, i) => expect(r).toEqual(i % 2 ? { ok: false, code: 'budget_exceeded' } : { ok: true, id: expect.any(String) }));
    expect(holds.batches.fellBack).toBeGreaterThan(before.fellBack);
    await verify(org.organizationId);
  });

  it('settles concurrent completions once each, with the volume tier of each row, capped at the hold', async () => {
    const org = await enterpriseOrg('Batch Complete');
    await grant(t, org.organizationId, '100');
    const created = await Promise.all(Array.from({ length: 24 }, (_, i) => create(org.organizationId, { department: i % 2 ? 'ops' : null })));
    const ids = created.map((r) => (r as { id: string }).id);
    const rows: { id: string; hold_id: string; held_amount: string }[] = await t.db.query(`SELECT id, hold_id, held_amount::text FROM tasks WHERE id = ANY($1)`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    await t.db.query(`INSERT INTO credit_budgets (organization_id, name, amount_limit, department) VALUES ($1, 'ops', 100000000, 'ops')`, [org.organizationId]);
    // 45 tasks today: the 5% tier starts at the 50th, inside the batch
    await t.db.query(`UPDATE credit_accounts SET day_tasks = 45, day_start = $2::date WHERE organization_id = $1`, [org.organizationId, utcDay()]);
    const start = await balance(t, org.key);

    const complete = (id: string, gross: bigint) =>
      holds.completeTask({
        organizationId: org.organizationId,
        taskId: id,
        holdId: byId.get(id)!.hold_id,
        gross,
        parts: { operation: 'email-sorter', quantity: 1, base: gross, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n },
        idempotencyKey: `capture-task-${id}`,
        output: { n: 1 },
        mode: 'offline',
        inputTokens: 0,
        outputTokens: 0,
        startedAt,
      });
    const before = { ...holds.batches };
    const startedAt = new Date(Date.now() - 1000);
    const first = await Promise.all(ids.slice(0, 20).map((id) => complete(id, 100_000n)));
    expect(first.every(Boolean)).toBe(true);
    // never claimed (still queued): the completion counts the attempt and starts the task when it ran
    expect(first.map((row) => [row!.attempts, new Date(row!.started_at).getTime()])).toEqual(first.map(() => [1, startedAt.getTime()]));
    expect(holds.batches.completed).toBeGreaterThan(before.completed);
    expect(holds.batches.fellBack).toBe(before.fellBack);
    // more than the hold: capped
    const capped = await Promise.all(ids.slice(20).map((id) => complete(id, 1_000_000n)));
    expect(capped.every(Boolean)).toBe(true);
    // a second delivery of each: nothing is charged twice
    expect(await Promise.all(ids.map((id) => complete(id, 100_000n)))).toEqual(Array(24).fill(null));

    const done: { id: string; status: string; cost: string; cost_breakdown: Record<string, unknown> }[] = await t.db.query(
      `SELECT id, status, cost::text, cost_breakdown FROM tasks WHERE id = ANY($1)`,
      [ids],
    );
    expect(done.every((r) => r.status === 'succeeded')).toBe(true);
    const costs = new Map(done.map((r) => [r.id, BigInt(r.cost)]));
    // tasks 46..49 of the day at full price, 50..65 at 5%
    const firstCosts = ids.slice(0, 20).map((id) => costs.get(id)!);
    expect(firstCosts.filter((c) => c === 100_000n)).toHaveLength(4);
    expect(firstCosts.filter((c) => c === 95_000n)).toHaveLength(16);
    for (const id of ids.slice(20)) {
      expect(costs.get(id)).toBe(BigInt(byId.get(id)!.held_amount));
      expect(done.find((r) => r.id === id)!.cost_breakdown).toMatchObject({ cappedAtHold: true });
    }
    const total = [...costs.values()].reduce((a, b) => a + b, 0n);
    const end = await balance(t, org.key);
    expect(micro(start.balance) - micro(end.balance)).toBe(total);
    expect(micro(end.held)).toBe(micro(start.held) - rows.reduce((a, r) => a + BigInt(r.held_amount), 0n));
    const [{ captures }] = await t.db.query(`SELECT count(*)::int AS captures FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org.organizationId]);
    expect(captures).toBe(24);
    const [{ day_tasks: dayTasks }] = await t.db.query(`SELECT day_tasks FROM credit_accounts WHERE organization_id = $1`, [org.organizationId]);
    expect(dayTasks).toBe(45 + 24);
    const [{ spent }] = await t.db.query(`SELECT spent::text FROM credit_budgets WHERE organization_id = $1 AND name = 'ops'`, [org.organizationId]);
    const opsTotal = ids.filter((_, i) => i % 2).reduce((a, id) => a + costs.get(id)!, 0n);
    expect(BigInt(spent)).toBe(opsTotal);
    const [{ sum }] = await t.db.query(`SELECT (sum(granted_amount) + sum(purchased_amount))::text AS sum FROM credit_ledger_entries WHERE organization_id = $1`, [org.organizationId]);
    expect(BigInt(sum)).toBe(micro(end.balance));
    await verify(org.organizationId);
  });

  it('runs admissions and completions that wait together in one transaction, and each batch alone when that fails', async () => {
    const org = await enterpriseOrg('Batch Cycle');
    await grant(t, org.organizationId, '100');
    const complete = (id: string) => completeHeld(org.organizationId, id);
    const queued = (await Promise.all(Array.from({ length: 16 }, () => create(org.organizationId)))).map((r) => (r as { id: string }).id);
    const start = await balance(t, org.key);
    const before = { ...holds.batches };
    // the first admission takes the lane; the admissions and completions behind it wait together
    const [first, ...rest] = await Promise.all([
      create(org.organizationId),
      ...queued.slice(0, 8).map((id) => complete(id)),
      ...Array.from({ length: 6 }, () => create(org.organizationId)),
    ]);
    expect(first.ok).toBe(true);
    expect(rest.slice(0, 8).every((row) => (row as { status?: string })?.status === 'succeeded')).toBe(true);
    expect(rest.slice(8).every((r) => (r as { ok?: boolean }).ok)).toBe(true);
    // one transaction for both kinds where there is a pg pool (the embedded database takes turns)
    if (database === 'postgres') expect(holds.batches.cycles).toBeGreaterThan(before.cycles);
    expect(holds.batches.fellBack).toBe(before.fellBack);

    // a key used twice fails the admission statement: the completions are settled all the same
    const again = await Promise.all([
      create(org.organizationId),
      ...queued.slice(8).map((id) => complete(id)),
      ...Array.from({ length: 4 }, () => create(org.organizationId, { idempotencyKey: 'cycle-key' })),
    ]);
    expect(again.slice(1, 9).every((row) => (row as { status?: string })?.status === 'succeeded')).toBe(true);
    expect(new Set(again.slice(9).map((r) => (r as { id: string }).id)).size).toBe(1);
    expect(await Promise.all(queued.map((id) => complete(id)))).toEqual(Array(16).fill(null));

    const end = await balance(t, org.key);
    const [{ spent }] = await t.db.query(`SELECT coalesce(sum(cost), 0)::text AS spent FROM tasks WHERE id = ANY($1)`, [queued]);
    expect(micro(start.balance) - micro(end.balance)).toBe(BigInt(spent));
    const [{ captures }] = await t.db.query(`SELECT count(*)::int AS captures FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org.organizationId]);
    expect(captures).toBe(16);
    await verify(org.organizationId);
  });

  // the embedded database has no pool and no cycles
  if (database === 'postgres') {
    it('runs a cycle whose connection was cut as batches alone, and the next cycle on a new connection', async () => {
      const org = await enterpriseOrg('Batch Cycle Cut');
      await grant(t, org.organizationId, '100');
      const queued = (await Promise.all(Array.from({ length: 12 }, () => create(org.organizationId)))).map((r) => (r as { id: string }).id);
      const cycle = (ids: string[]) => Promise.all([create(org.organizationId), ...ids.map((id) => completeHeld(org.organizationId, id)), create(org.organizationId), create(org.organizationId)]);
      await cycle(queued.slice(0, 4));
      // the lane's connection is cut while idle (a restarted server, a proxy timeout)
      const cut = await t.db.query(
        `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'EXECUTE steward_lane_%'`,
      );
      expect(cut).toEqual([{ cut: true }]);
      const before = { ...holds.batches };
      const afterCut = await cycle(queued.slice(4, 8));
      expect(afterCut.slice(1, 5).every((row) => (row as { status?: string })?.status === 'succeeded')).toBe(true);
      expect([afterCut[0], ...afterCut.slice(5)].every((r) => (r as { ok?: boolean }).ok)).toBe(true);
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ msg: 'task statement cycle failed; running its batches one by one' }));
      warn.mockClear();
      const next = await cycle(queued.slice(8));
      expect(next.slice(1, 5).every((row) => (row as { status?: string })?.status === 'succeeded')).toBe(true);
      expect(holds.batches.cycles).toBeGreaterThan(before.cycles);
      const [{ captures }] = await t.db.query(`SELECT count(*)::int AS captures FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org.organizationId]);
      expect(captures).toBe(12);
      await verify(org.organizationId);
    });
  }

  it('batches admissions and completions of several organizations together, each organization by its own rules', async () => {
    const rich = [await enterpriseOrg('Multi A'), await enterpriseOrg('Multi B')];
    for (const org of rich) await grant(t, org.organizationId, '100');
    const poor = await enterpriseOrg('Multi C');
    await grant(t, poor.organizationId, '0.2');
    const per = await perTask(poor);
    // exactly 3 more holds for the poor one
    const available = micro((await balance(t, poor.key)).available);
    await grant(t, poor.organizationId, (Number(per * 3n - available) / 1e6).toFixed(6));
    expect(micro((await balance(t, poor.key)).available)).toBe(per * 3n);

    const before = { ...holds.batches };
    const orgs = [...rich, poor];
    const results = await Promise.all(Array.from({ length: 18 }, (_, i) => create(orgs[i % 3].organizationId).then((r) => ({ ...r, org: orgs[i % 3] }))));
    expect(holds.batches.admitted).toBeGreaterThan(before.admitted);
    for (const org of rich) expect(results.filter((r) => r.org === org && r.ok)).toHaveLength(6);
    expect(results.filter((r) => r.org === poor && r.ok)).toHaveLength(3);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, code: 'insufficient_credits' });
    expect(micro((await balance(t, poor.key)).available)).toBe(0n);

    const admitted = results.filter((r) => r.ok) as { id: string; org: (typeof orgs)[number] }[];
    const rows: { id: string; hold_id: string; held_amount: string }[] = await t.db.query(`SELECT id, hold_id, held_amount::text FROM tasks WHERE id = ANY($1)`, [admitted.map((r) => r.id)]);
    const holdOf = new Map(rows.map((r) => [r.id, r.hold_id]));
    const starts = await Promise.all(orgs.map((org) => balance(t, org.key)));
    const settled = await Promise.all(
      admitted.map((r) =>
        holds.completeTask({
          organizationId: r.org.organizationId,
          taskId: r.id,
          holdId: holdOf.get(r.id)!,
          gross: 50_000n,
          parts: { operation: 'email-sorter', quantity: 1, base: 50_000n, inputTokens: 0, outputTokens: 0, inputTokenCost: 0n, outputTokenCost: 0n },
          idempotencyKey: `capture-task-${r.id}`,
          output: null,
          mode: 'offline',
          inputTokens: 0,
          outputTokens: 0,
          startedAt: new Date(),
        }),
      ),
    );
    expect(settled.every(Boolean)).toBe(true);
    expect(holds.batches.completed).toBeGreaterThan(before.completed);
    for (const [i, org] of orgs.entries()) {
      const mine = admitted.filter((r) => r.org === org);
      const end = await balance(t, org.key);
      expect(micro(starts[i].balance) - micro(end.balance)).toBe(50_000n * BigInt(mine.length));
      expect(micro(end.held)).toBe(micro(starts[i].held) - per * BigInt(mine.length));
      const [{ captures }] = await t.db.query(`SELECT count(*)::int AS captures FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'capture'`, [org.organizationId]);
      expect(captures).toBe(mine.length);
      await verify(org.organizationId);
    }
    const done = await t.db.query(`SELECT status, output FROM tasks WHERE id = ANY($1)`, [admitted.map((r) => r.id)]);
    expect(done.every((r: { status: string; output: unknown }) => r.status === 'succeeded' && r.output === null)).toBe(true);
  });
});

describe('batched admission and completion with a pool of one connection', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres', role: 'api', env: { DATABASE_POOL_SIZE: '1', LOW_BALANCE_THRESHOLD: '0' } });
  });
  afterAll(() => t.close());

  it('shares the one connection between the lane and everything else', async () => {
    const tasks = t.get<TasksService>(TasksService);
    const holds = t.get<HoldsService>(HoldsService);
    const org = await createOrganizationWithKey(t, 'One Connection');
    await t.db.query(`UPDATE organizations SET plan = 'enterprise' WHERE id = $1`, [org.organizationId]);
    await grant(t, org.organizationId, '100');
    const principal = systemPrincipal(org.organizationId);
    const create = () => tasks.create(org.organizationId, { agent: 'email-sorter', input: { text: 'Subject: hi\r\n\r\nhello' } } as never, principal);
    const before = { ...holds.batches };
    const created = await Promise.all(Array.from({ length: 12 }, create));
    // completions and admissions waiting together, while the lane must give the connection back to the others
    const settled = await Promise.all([
      ...created.map(({ id }) => settleAsWorker(t, holds, org.organizationId, id)),
      ...Array.from({ length: 6 }, create),
    ]);
    expect(settled.slice(0, 12).every((row) => (row as { status?: string })?.status === 'succeeded')).toBe(true);
    expect(holds.batches.admitted + holds.batches.completed + holds.batches.cycles).toBeGreaterThan(before.admitted + before.completed + before.cycles);
    expect((await t.get<LedgerVerifyService>(LedgerVerifyService).verify(org.organizationId)).discrepancies).toEqual([]);
  });
});

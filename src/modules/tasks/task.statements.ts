import type { DataSource } from 'typeorm';

/** Runs a statement; with a pg pool it is a named prepared statement (planned once per connection). */
export type TaskStatementRunner = (name: string, sql: string, params: unknown[]) => Promise<any[]>;

/** The pg pool when there is one (the embedded database has a single session: plain queries there). */
export function taskStatementRunner(db: DataSource): TaskStatementRunner {
  const pool = (db.driver as unknown as { master?: { query: (config: unknown) => Promise<{ rows: any[] }> } }).master;
  const embedded = Boolean((db.options as { driver?: unknown }).driver);
  if (!embedded && pool) return (name, text, values) => pool.query({ name, text, values }).then((result) => result.rows);
  return async (_name, sql, params) => {
    const result = await db.query(sql, params);
    // TypeORM answers UPDATE … RETURNING with [rows, count]
    return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
  };
}

/**
 * $1 task ids, $2 how many times each one's job has been started. Deliveries take their tasks
 * (again, after a crash); a finished task is left alone. A task counts at least as many attempts
 * as its job's starts (a start that died before it claimed counts too). Claims that arrive in the
 * same turn of the event loop share this one statement (TickBatch).
 */
export const CLAIM_TASKS = {
  name: 'tasks-claim-v3',
  sql: `
UPDATE tasks t SET status = 'running', attempts = GREATEST(t.attempts + 1, c.starts), started_at = COALESCE(t.started_at, now()), updated_at = now()
  FROM unnest($1::uuid[], $2::int[]) AS c(id, starts)
 WHERE t.id = c.id AND t.status IN ('queued', 'running')
RETURNING t.*`,
};

/**
 * Group commit for independent rows: calls made in the same turn of the event loop run as one
 * statement (one round trip, one commit), and each caller's promise settles with its own row
 * only after that statement has committed. A failed statement fails every caller in it.
 */
export class TickBatch<K, V> {
  private pending: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly runBatch: (keys: K[]) => Promise<Map<K, V>>,
    private readonly maxSize = 256,
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
      else if (this.pending.length >= this.maxSize) this.flush();
    });
  }

  private flush() {
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    this.runBatch([...new Set(batch.map((item) => item.key))]).then(
      (found) => batch.forEach((item) => item.resolve(found.get(item.key))),
      (error: unknown) => batch.forEach((item) => item.reject(error)),
    );
  }
}

/**
 * $1 limit, $2 older than (seconds), $3 the last id of the previous page (or null). Tasks committed
 * as queued whose enqueue may never have happened, oldest first (the partial index on queued tasks).
 */
export const STRANDED_TASKS = {
  name: 'tasks-stranded-v1',
  sql: `
SELECT id, created_at FROM tasks
 WHERE status = 'queued' AND created_at < now() - make_interval(secs => $2::double precision)
   AND ($3::uuid IS NULL OR (created_at, id) > (SELECT c.created_at, c.id FROM tasks c WHERE c.id = $3::uuid))
 ORDER BY created_at, id LIMIT $1::int`,
};

/**
 * $1 limit, $2 older than (seconds), $3 the last id of the previous page (or null). Tasks left
 * `running` (claimed, then nothing for that long: their job may have failed for good while the
 * database was unreachable), the longest-waiting first (the partial index on running tasks).
 */
export const STALLED_RUNNING_TASKS = {
  name: 'tasks-stalled-running-v1',
  sql: `
SELECT id FROM tasks
 WHERE status = 'running' AND updated_at < now() - make_interval(secs => $2::double precision)
   AND ($3::uuid IS NULL OR (updated_at, id) > (SELECT c.updated_at, c.id FROM tasks c WHERE c.id = $3::uuid))
 ORDER BY updated_at, id LIMIT $1::int`,
};

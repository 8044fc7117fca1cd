import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';

/**
 * A `pg`-compatible pool over one embedded PGlite database, for TypeORM's postgres driver.
 *
 * PGlite is a single session. TypeORM gives each QueryRunner (each transaction) its own
 * "connection"; sharing one session between concurrent transactions would interleave their
 * statements. So a connection here is an exclusive lease on the session: `connect` waits
 * until the previous holder releases. That makes every transaction serial in embedded mode,
 * which is correct (and the reason embedded mode is one process only).
 */
export interface PGliteHandle {
  db: PGlite | null;
  dataDir?: string;
}

const handles = new Map<string, PGliteHandle>();

function boolSerializer(value: unknown): string {
  if (value === true || value === 'true' || value === 't') return 't';
  if (value === false || value === 'false' || value === 'f') return 'f';
  return String(value);
}

async function openDatabase(dataDir: string | undefined): Promise<PGlite> {
  return PGlite.create({
    dataDir,
    // match node-postgres: int8 and numeric come back as strings, never lossy numbers
    parsers: { [types.INT8]: (v: string) => v, [types.NUMERIC]: (v: string) => v },
    serializers: { [types.BOOL]: boolSerializer },
  });
}

const COMMAND = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i;

class PGliteClient extends EventEmitter {
  constructor(private readonly pool: PGlitePool) {
    super();
  }

  async query(sql: string, params?: unknown[]) {
    const db = await this.pool.database();
    if (params && params.length > 0) {
      const result = await db.query(sql, params as any[]);
      const command = (result.command ?? COMMAND.exec(sql)?.[1] ?? '').toUpperCase();
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command, fields: result.fields };
    }
    const results = await db.exec(sql);
    const last = results[results.length - 1] ?? { rows: [], affectedRows: 0, fields: [] };
    const command = (last.command ?? COMMAND.exec(sql)?.[1] ?? '').toUpperCase();
    return { rows: last.rows, rowCount: last.affectedRows ?? last.rows.length, command, fields: last.fields };
  }
}

export class PGlitePool extends EventEmitter {
  private queue: Promise<void> = Promise.resolve();
  private readonly handle: PGliteHandle;

  constructor(options: { connectionString?: string; dataDir?: string }) {
    super();
    const dataDir = options.dataDir ?? (options.connectionString?.startsWith('pglite://') ? options.connectionString.slice(9) : undefined);
    const key = dataDir ?? 'memory://';
    if (!handles.has(key)) handles.set(key, { db: null, dataDir: dataDir === 'memory://' ? undefined : dataDir });
    this.handle = handles.get(key)!;
  }

  async database(): Promise<PGlite> {
    if (!this.handle.db) this.handle.db = await openDatabase(this.handle.dataDir);
    return this.handle.db;
  }

  /** Waits for exclusive use of the session; the caller must call `release` exactly once. */
  acquire(): Promise<{ client: PGliteClient; release: () => void }> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => turn);
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    return previous
      .then(() => this.database())
      .then(
        () => ({ client: new PGliteClient(this), release: done }),
        (error: Error) => {
          done();
          throw error;
        },
      );
  }

  connect(callback: (err: Error | null, client?: PGliteClient, release?: (err?: unknown) => void) => void): void {
    this.acquire().then(
      ({ client, release }) => callback(null, client, release),
      (error: Error) => callback(error),
    );
  }

  async query(sql: string, params?: unknown[]) {
    const { client, release } = await this.acquire();
    try {
      return await client.query(sql, params);
    } finally {
      release();
    }
  }

  end(callback?: (err?: Error | null) => void) {
    const close = async () => {
      await this.queue;
      if (this.handle.db) {
        await this.handle.db.close();
        this.handle.db = null;
      }
    };
    close().then(() => callback?.(null), (error: Error) => callback?.(error));
  }
}

/** The `driver` object TypeORM's postgres driver loads instead of `pg`. */
export const pgliteDriver = { Pool: PGlitePool };

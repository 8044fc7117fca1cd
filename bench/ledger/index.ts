/**
 * Debits per second on real PostgreSQL: one hot organization and 1,000 organizations, at 8 and
 * 64 concurrent clients, through the raw SQL baseline (the same conditional update + insert
 * with `pg`), through CreditsService.charge and through HTTP (POST /api/v1/usage).
 *
 * Run: npx ts-node --transpile-only bench/ledger/index.ts
 * Env: BENCH_DATABASE_URL (server; default postgres://postgres@localhost:5432/test),
 *      BENCH_SECONDS (per cell, default 5), BENCH_POOL (PostgreSQL pool size, default 20),
 *      BENCH_SERVER_NODE_ARGS (extra node flags for the HTTP server process, e.g. --cpu-prof).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';
import { createDataSource } from '../../src/database/data-source.factory';
import { hashApiKey } from '../../src/modules/auth/api-key.codec';
import { CreditsService } from '../../src/modules/credits/credits.service';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@localhost:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const POOL = Number(process.env.BENCH_POOL ?? 20);
const ORGS = 1000;
const CLIENTS = [8, 64];
/** raw and service alternate this many times per cell, SECONDS / ROUNDS each */
const ROUNDS = 3;
const PORT = 3931;
const OPERATION = 'prediction';

interface Org {
  id: string;
  key: string;
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(sql: string) {
  const client = new Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Fresh database, migrated, with 1,000 organizations (plus a hot one), each with an API key and a large balance. */
async function setup(url: string): Promise<{ hot: Org; spread: Org[] }> {
  const dataSource = createDataSource({ url, dataDir: 'unused' });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  const pool = new Pool({ connectionString: url, max: 4 });
  const orgs: Org[] = [];
  for (let i = 0; i <= ORGS; i += 1) {
    const key = `stw_bench_${randomBytes(16).toString('hex')}`;
    const { rows } = await pool.query(`INSERT INTO organizations (name, plan) VALUES ($1, 'enterprise') RETURNING id`, [`bench ${i}`]);
    await pool.query(`INSERT INTO api_keys (organization_id, name, role, prefix, key_hash) VALUES ($1, 'bench', 'owner', $2, $3)`, [rows[0].id, key.slice(0, 12), hashApiKey(key)]);
    await pool.query(`INSERT INTO credit_accounts (organization_id, purchased) VALUES ($1, 1000000000000000)`, [rows[0].id]);
    orgs.push({ id: rows[0].id, key });
  }
  await pool.end();
  return { hot: orgs[0], spread: orgs.slice(1) };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Runs `clients` loops of `once` for `seconds`; returns completed operations per second. */
async function closedLoop(clients: number, once: (client: number, i: number) => Promise<void>, seconds = SECONDS / ROUNDS): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < deadline; i += 1) {
        await once(client, i);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/** The baseline: the ledger's conditional update + insert, issued directly with `pg`. */
const RAW_SQL = `
WITH acct AS (
  UPDATE credit_accounts SET purchased = purchased - $2, entries = entries + 1, updated_at = now()
   WHERE organization_id = $1 AND granted + purchased - held >= $2
  RETURNING granted, purchased, held, entries)
INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
       balance_after, held_after, idempotency_key, operation, quantity)
SELECT $1, acct.entries, 'debit', -$2, 0, -$2, 0, acct.granted + acct.purchased, acct.held, $3, '${OPERATION}', 1 FROM acct
RETURNING id`;

async function rawSql(pool: Pool, pick: (client: number, i: number) => Org, clients: number) {
  return closedLoop(clients, async (client, i) => {
    await pool.query(RAW_SQL, [pick(client, i).id, 200_000, `raw-${randomUUID()}`]);
  });
}

async function servicePath(credits: CreditsService, pick: (client: number, i: number) => Org, clients: number) {
  return closedLoop(clients, async (client, i) => {
    await credits.charge({ organizationId: pick(client, i).id, operation: OPERATION, usage: { quantity: 1 }, idempotencyKey: randomUUID() });
  });
}

async function http(pick: (client: number, i: number) => Org, clients: number) {
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: clients,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/usage',
        setupRequest: (request: Record<string, unknown>) => {
          n += 1;
          const org = pick(n % clients, n);
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${org.key}`, 'idempotency-key': `http-${n}-${randomUUID()}` },
            body: JSON.stringify({ operation: OPERATION }),
          };
        },
      },
    ],
  });
  if (result.non2xx || result.errors) console.error(`  http: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average as number;
}

function env(url: string): Record<string, string> {
  return { NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: url, DATABASE_POOL_SIZE: String(POOL), DOCS_ENABLED: 'false', METRICS_ENABLED: 'false', PORT: String(PORT), REDIS_URL: '' };
}

async function main() {
  const name = `steward_bench_ledger_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = withDatabase(SERVER, name);
  try {
    const { hot, spread } = await setup(url);
    const shapes: [string, (client: number, i: number) => Org][] = [
      ['one hot organization', () => hot],
      [`${ORGS} organizations`, (client, i) => spread[(client * 7919 + i * 104_729) % ORGS]],
    ];
    const results: Record<string, Record<string, number>> = {};
    const cell = (shape: string, clients: number) => (results[`${shape} | ${clients}`] ??= {});

    const app = await createApp(AppConfig.fromEnv(env(url) as NodeJS.ProcessEnv, 'api'));
    await app.init();
    const credits = app.get(CreditsService);
    const rawPool = new Pool({ connectionString: url, max: POOL });
    // warm both paths up (connections, prepared statements, JIT) before measuring
    await closedLoop(64, (client, i) => rawPool.query(RAW_SQL, [hot.id, 200_000, `warm-${client}-${i}-${randomUUID()}`]).then(() => undefined), 1);
    await closedLoop(64, (client, i) => credits.charge({ organizationId: hot.id, operation: OPERATION, usage: { quantity: 1 }, idempotencyKey: `warm-${client}-${i}-${randomUUID()}` }).then(() => undefined), 1);
    // raw and service slices alternate, so drift in the machine's load hits both alike
    for (const [shape, pick] of shapes) {
      for (const clients of CLIENTS) {
        const raw: number[] = [];
        const service: number[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          raw.push(await rawSql(rawPool, pick, clients));
          service.push(await servicePath(credits, pick, clients));
        }
        cell(shape, clients).raw = mean(raw);
        cell(shape, clients).service = mean(service);
      }
    }
    await rawPool.end();
    await app.close();

    const server = fork(join(__dirname, 'server.ts'), [], { env: { ...process.env, ...env(url) }, execArgv: ['-r', 'ts-node/register/transpile-only', ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)], stdio: 'inherit' });
    await new Promise<void>((resolve, reject) => {
      server.once('message', () => resolve());
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    try {
      for (const [shape, pick] of shapes) for (const clients of CLIENTS) cell(shape, clients).http = await http(pick, clients);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }

    const verify = new Pool({ connectionString: url, max: 1 });
    const { rows } = await verify.query(`SELECT count(*)::int AS bad FROM credit_accounts a WHERE a.granted + a.purchased - a.held < 0`);
    await verify.end();

    console.log(`\nledger debits/s, PostgreSQL pool ${POOL}, ${SECONDS} s per cell, ${require('node:os').cpus().length} CPUs\n`);
    console.log('| shape | clients | raw SQL (pg) | service | service / raw | HTTP POST /api/v1/usage |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [key, r] of Object.entries(results)) {
      const [shape, clients] = key.split(' | ');
      console.log(`| ${shape} | ${clients} | ${r.raw.toFixed(0)} | ${r.service.toFixed(0)} | ${((r.service / r.raw) * 100).toFixed(0)}% | ${r.http.toFixed(0)} |`);
    }
    console.log(`\naccounts with negative available after the run: ${rows[0].bad}`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

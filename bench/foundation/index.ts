/**
 * Issue 2's numbers, measured on the built app in embedded mode (no services):
 * cold start to healthy (fresh DATA_DIR, then a restart), idle RSS, and GET /health throughput.
 * Run: npm run build && npx ts-node --transpile-only bench/foundation/index.ts
 */
import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const ROOT = resolve(__dirname, '..', '..');
const PORT = 3917;

async function startToHealthy(dataDir: string): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '', STEWARD_BOOTSTRAP_TOKEN: 'stw_bench_token_0123456789' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/health`);
      if (res.status === 200) return { child, ms: performance.now() - started };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-bench-'));
  try {
    const first = await startToHealthy(dataDir);
    await stop(first.child);
    const second = await startToHealthy(dataDir);
    await new Promise((r) => setTimeout(r, 5000));
    const idle = rssMb(second.child.pid!);
    const result = await autocannon({ url: `http://127.0.0.1:${PORT}/health`, connections: 32, duration: 10, pipelining: 1 });
    const afterLoad = rssMb(second.child.pid!);
    await stop(second.child);
    console.log('| measure | value |');
    console.log('| --- | --- |');
    console.log(`| cold start to healthy, fresh data dir (initdb + migrations) | ${first.ms.toFixed(0)} ms |`);
    console.log(`| start to healthy, existing data dir | ${second.ms.toFixed(0)} ms |`);
    console.log(`| idle RSS (5 s after start) | ${idle.toFixed(0)} MB |`);
    console.log(`| GET /health throughput (32 connections, 10 s) | ${result.requests.average.toFixed(0)} req/s (p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}) |`);
    console.log(`| RSS after the load | ${afterLoad.toFixed(0)} MB |`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

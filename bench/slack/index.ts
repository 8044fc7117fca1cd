/**
 * Slash-command acknowledgement latency: 50 concurrent signed `/steward balance` requests
 * against the real app (Bolt on the Nest server, in-process queue; embedded PGlite, or
 * PostgreSQL with BENCH_DATABASE_URL) running in its own process, with a loopback Slack here
 * for users.info and response_url. Prints ack p50/p99 (HTTP 200 back to "Slack") and answer
 * p50/p99 (the reply arriving at response_url).
 * Run: npx ts-node --transpile-only bench/slack/index.ts [concurrency=50] [rounds=3]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { createTestDatabase } from '../../test/support/databases';
import { signSlackRequest, slashCommandBody, startFakeSlack } from '../../test/support/fake-slack';

const SECRET = 'bench-signing-secret';
const ADMIN = 'stw_bench_admin_token_0123456789';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const concurrency = Number(process.argv[2] ?? 50);
  const rounds = Number(process.argv[3] ?? 3);
  const slack = await startFakeSlack({ users: { U0ADA: 'ada@bench.test' } });
  // BENCH_DATABASE_URL names a PostgreSQL server; the bench works in a fresh database of its own
  const database = process.env.BENCH_DATABASE_URL ? await createTestDatabase('benchslack') : null;
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-jwt-secret',
    LOG_LEVEL: 'error',
    DATA_DIR: 'memory://',
    STEWARD_BOOTSTRAP_TOKEN: ADMIN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: slack.apiUrl,
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  const server = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', resolve(__dirname, 'server.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((done, fail) => {
    createInterface({ input: server.stdout! }).once('line', (line) => done((JSON.parse(line) as { url: string }).url));
    server.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  const api = async (path: string, body: unknown, key = ADMIN) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, any>;
  };
  const org = await api('/api/v1/organizations', { name: 'Bench Co' });
  const owner = await api(`/api/v1/organizations/${org.id}/api-keys`, { name: 'owner', role: 'owner' });
  await api(`/api/v1/organizations/${org.id}/members`, { email: 'ada@bench.test', role: 'admin' }, owner.key);
  await api('/api/v1/credits/grants', { organizationId: org.id, amount: '100', reason: 'bench' });
  const code = await api('/api/v1/integrations/link-codes', { provider: 'slack' }, owner.key);

  const send = async (text: string, id: string) => {
    const body = slashCommandBody({ text, userId: 'U0ADA', responseUrl: slack.responseUrl(id) });
    const started = performance.now();
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(SECRET, body) }, body });
    await res.text();
    if (res.status !== 200) throw new Error(`ack status ${res.status}`);
    return { started, ackMs: performance.now() - started };
  };
  await send(`link ${code.code}`, 'link');
  for (let i = 0; i < 10; i++) await send('balance', `warm-${i}`);
  await slack.waitFor((s) => s.responses.length >= 11, 30_000);

  const acks: number[] = [];
  const answers: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.all(Array.from({ length: concurrency }, (_, i) => send('balance', `r${round}-${i}`).then((r) => ({ ...r, id: `r${round}-${i}` }))));
    await slack.waitFor((s) => results.every((r) => s.responses.some((x) => x.id === r.id)), 60_000);
    for (const result of results) {
      acks.push(result.ackMs);
      const answered = slack.responses.find((r) => r.id === result.id);
      if (!answered) throw new Error(`no answer for ${result.id}`);
      answers.push(answered.at - (performance.timeOrigin + result.started));
    }
  }
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  process.stdout.write(
    `${JSON.stringify({ bench: 'slack slash-command', database: process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite', concurrency, rounds, samples: acks.length, ackP50: fmt(percentile(acks, 50)), ackP99: fmt(percentile(acks, 99)), answerP50: fmt(percentile(answers, 50)), answerP99: fmt(percentile(answers, 99)) })}\n`,
  );
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  await slack.close();
  await database?.drop();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

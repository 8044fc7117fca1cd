/** The app under test for bench/slack, in its own process so the load generator cannot slow it down (or the reverse). */
import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';

async function main() {
  const app = await createApp(AppConfig.fromEnv(process.env, 'all'));
  await app.listen(0, '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ url: (await app.getUrl()).replace('[::1]', '127.0.0.1') })}\n`);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

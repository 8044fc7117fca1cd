/**
 * The HTTP side of bench/ledger: the real app (same factory as `npm start`) on DATABASE_URL,
 * in its own process so the load generator does not share its event loop.
 */
import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';

async function main() {
  const config = AppConfig.fromEnv(process.env, 'all');
  const app = await createApp(config);
  await app.listen(config.port, '127.0.0.1');
  process.send?.('ready');
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

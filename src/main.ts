import 'reflect-metadata';
import { createApp } from './app.factory';
import { AppConfig, ConfigError } from './config/app-config';

/** `npm start` (embedded: API + jobs in one process) and `npm run start:api` (role from STEWARD_ROLE). */
async function main() {
  const role = process.argv.includes('--api-only') ? 'api' : 'all';
  const config = AppConfig.fromEnv(process.env, role);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const address = await app.getUrl();
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'Steward is listening', url: address, role, database: config.embeddedDatabase ? `pglite:${config.dataDir}` : 'postgres', queue: config.redisUrl ? 'bullmq' : 'in-process' })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

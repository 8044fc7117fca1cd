import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { JsonLogger } from './common/json-logger';
import { collectProcessMetrics } from './common/metrics';
import { AppConfig, ConfigError } from './config/app-config';

/** `npm run start:worker`: job handlers only, against PostgreSQL and Redis. */
export async function startWorker(env: NodeJS.ProcessEnv = process.env) {
  const config = AppConfig.fromEnv(env, 'worker');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: new JsonLogger(config.logLevel) });
  app.enableShutdownHooks();
  collectProcessMetrics();
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'Steward worker started', concurrency: config.workerConcurrency })}\n`);
  return app;
}

if (require.main === module) {
  startWorker().catch((error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}

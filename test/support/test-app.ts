import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';
import { QueueService } from '../../src/queue/queue.service';
import { createTestDatabase, DatabaseKind, TEST_REDIS_URL, TestDatabase, uniquePrefix } from './databases';

export interface TestAppOptions {
  database: DatabaseKind;
  redis?: boolean;
  env?: Record<string, string>;
  /** 'api' serves HTTP without running jobs (a separate worker process runs them) */
  role?: 'all' | 'api';
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: DataSource;
  queue: QueueService;
  /** platform admin key (STEWARD_BOOTSTRAP_TOKEN) */
  adminKey: string;
  /** the environment the app was started with (to start worker processes against it) */
  env: Record<string, string>;
  http(): ReturnType<typeof request>;
  url(): Promise<string>;
  get<T>(token: unknown): T;
  close(): Promise<void>;
}

/** Boots the real application (same factory as `npm start`) on a fresh database. */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const adminKey = `stw_test_${randomBytes(16).toString('hex')}`;
  let database: TestDatabase | undefined;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    STEWARD_BOOTSTRAP_TOKEN: adminKey,
    DATA_DIR: 'memory://',
    DOCS_ENABLED: 'true',
    THROTTLE_LOGIN_PER_MINUTE: '1000',
    THROTTLE_KEYS_PER_MINUTE: '1000',
    ...options.env,
  };
  if (options.database === 'postgres') {
    database = await createTestDatabase(expect.getState().testPath?.split('/').pop() ?? 'app');
    env.DATABASE_URL = database.url;
  }
  if (options.redis) {
    env.REDIS_URL = TEST_REDIS_URL;
    env.QUEUE_PREFIX = uniquePrefix('q');
  }
  const config = AppConfig.fromEnv(env as NodeJS.ProcessEnv, options.role ?? 'all');
  const app = await createApp(config);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  return {
    app,
    config,
    db: app.get(DataSource),
    queue: app.get(QueueService),
    adminKey,
    env,
    http: () => request(server),
    url: () => app.getUrl().then((u) => u.replace('[::1]', '127.0.0.1')),
    get: <T>(token: unknown) => app.get(token as never) as T,
    async close() {
      await app.close();
      await database?.drop();
    },
  };
}

/** Creates an organization and an owner API key through the public API. */
export async function createOrganizationWithKey(t: TestApp, name: string, role: 'owner' | 'admin' | 'member' = 'owner') {
  const org = await t.http().post('/api/v1/organizations').set('Authorization', `Bearer ${t.adminKey}`).send({ name }).expect(201);
  const key = await t.http().post(`/api/v1/organizations/${org.body.id}/api-keys`).set('Authorization', `Bearer ${t.adminKey}`).send({ name: `${name} ${role}`, role }).expect(201);
  return { organizationId: org.body.id as string, key: key.body.key as string, keyId: key.body.id as string };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

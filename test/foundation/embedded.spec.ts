import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';
import request from 'supertest';

/** Embedded mode keeps data in DATA_DIR across restarts and prints a one-time key at first start. */
describe('embedded mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function boot() {
    const config = AppConfig.fromEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'error', NODE_ENV: 'test' });
    const app = await createApp(config);
    await app.init();
    return app;
  }

  function captureStdout() {
    const chunks: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    return { text: () => chunks.join(''), restore: () => spy.mockRestore() };
  }

  it('prints a one-time admin key, keeps data across a restart, and never prints a key again', async () => {
    const out = captureStdout();
    let app = await boot();
    out.restore();
    const key = /(stw_[A-Za-z0-9_-]+)/.exec(out.text())?.[1];
    expect(key).toBeDefined();
    await request(app.getHttpServer()).get('/health').expect(200);
    // the installation's own random secret lives beside the database, not derived from its path
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    const secret = JSON.parse(readFileSync(join(dataDir, 'steward-secrets.json'), 'utf8')).jwtSecret;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const org = await request(app.getHttpServer()).post('/api/v1/organizations').set('Authorization', `Bearer ${key}`).send({ name: 'Survivor' }).expect(201);
    await app.close();

    const again = captureStdout();
    app = await boot();
    again.restore();
    expect(again.text()).not.toMatch(/stw_/);
    const res = await request(app.getHttpServer()).get(`/api/v1/organizations/${org.body.id}`).set('Authorization', `Bearer ${key}`).expect(200);
    expect(res.body.name).toBe('Survivor');
    expect(JSON.parse(readFileSync(join(dataDir, 'steward-secrets.json'), 'utf8')).jwtSecret).toBe(secret);
    await app.close();
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AppConfig } from './app-config';
import { installationSecrets } from './installation-secrets';

describe('installation secrets (embedded, no JWT_SECRET)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steward-secrets-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('makes a random secret on first start, keeps it private, and reads the same one afterwards', () => {
    const first = installationSecrets(dir);
    expect(first.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(dir, 'steward-secrets.json')).mode & 0o777).toBe(0o600);
    expect(installationSecrets(dir)).toEqual(first);
    // another installation gets another secret, whatever its path
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'steward-secrets-'));
    expect(installationSecrets(other).jwtSecret).not.toBe(first.jwtSecret);
    fs.rmSync(other, { recursive: true, force: true });
  });

  it('is what the config signs and encrypts with, across restarts of one installation', () => {
    const a = AppConfig.fromEnv({ DATA_DIR: dir, NODE_ENV: 'development' });
    const b = AppConfig.fromEnv({ DATA_DIR: dir, NODE_ENV: 'development' });
    expect(a.jwtSecret).toBe(b.jwtSecret);
    expect(a.encryptionKey.equals(b.encryptionKey)).toBe(true);
  });

  it('refuses to start on a shared PostgreSQL without JWT_SECRET, outside tests', () => {
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'postgres://localhost/steward' })).toThrow(/JWT_SECRET must be set with DATABASE_URL/);
    expect(AppConfig.fromEnv({ DATABASE_URL: 'postgres://localhost/steward', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });
});

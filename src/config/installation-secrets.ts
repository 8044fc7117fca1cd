import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Secrets an embedded installation makes for itself when the environment sets none. */
export interface InstallationSecrets {
  jwtSecret: string;
}

const FILE = 'steward-secrets.json';

/**
 * Reads the installation's secrets from its data dir, or makes random ones on first start
 * (file mode 0600). (Installations made before this file existed derived their secret from
 * the data dir's path, which anyone could guess; they get a new one, so their sessions end
 * and stored mailbox passwords must be entered again.)
 */
export function installationSecrets(dataDir: string): InstallationSecrets {
  const file = path.join(dataDir, FILE);
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<InstallationSecrets>;
    if (typeof stored.jwtSecret === 'string' && stored.jwtSecret.length >= 32) return { jwtSecret: stored.jwtSecret };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is unreadable (${(error as Error).message}); restore it or set JWT_SECRET`);
  }
  const secrets: InstallationSecrets = { jwtSecret: randomBytes(32).toString('hex') };
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': when two processes start at once, one writes and the other reads what it wrote
    fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return installationSecrets(dataDir);
    throw error;
  }
  return secrets;
}

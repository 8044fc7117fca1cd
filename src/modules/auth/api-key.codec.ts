import { createHash, randomBytes } from 'node:crypto';

/** Keys look like `stw_live_<32 base62-ish chars>`: recognisable in logs and secret scanners. */
export const API_KEY_PREFIX = 'stw_';

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const secret = randomBytes(24).toString('base64url');
  const key = `${API_KEY_PREFIX}${secret}`;
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

/** Keys carry 192 random bits, so a fast hash is enough; only the hash is stored. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function displayPrefix(key: string): string {
  return key.slice(0, Math.min(12, key.length));
}

export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}

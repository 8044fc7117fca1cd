import type { AuthenticationVerdicts } from './inbound-email';

export function normaliseAddress(address: string | null | undefined): string | null {
  const trimmed = address?.trim().toLowerCase();
  return trimmed && /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

/** Members' addresses, and the mailbox allow-list of addresses or `@domain` entries. */
export function senderAllowed(address: string | null, members: Set<string>, allowList: string[]): boolean {
  const sender = normaliseAddress(address);
  if (!sender) return false;
  if (members.has(sender)) return true;
  const domain = sender.slice(sender.lastIndexOf('@'));
  return allowList.some((entry) => entry === sender || (entry.startsWith('@') && entry === domain));
}

const FAILING = new Set(['fail', 'softfail', 'permerror']);

/** The verdicts that failed, e.g. ['spf=fail', 'dmarc=fail']. */
export function failedAuthentication(verdicts: AuthenticationVerdicts | null): string[] {
  if (!verdicts) return [];
  return (['spf', 'dkim', 'dmarc'] as const).filter((k) => verdicts[k] && FAILING.has(verdicts[k]!)).map((k) => `${k}=${verdicts[k]}`);
}

/**
 * Reads the topmost Authentication-Results header (the one our own receiving server added).
 * `mx.example; spf=pass smtp.mailfrom=…; dkim=fail header.d=…; dmarc=fail`.
 */
export function parseAuthenticationResults(header: string | null | undefined): AuthenticationVerdicts | null {
  if (!header) return null;
  const verdicts: AuthenticationVerdicts = {};
  for (const method of ['spf', 'dkim', 'dmarc'] as const) {
    const match = new RegExp(`(?:^|[;\\s])${method}\\s*=\\s*([a-z]+)`, 'i').exec(header);
    if (match) verdicts[method] = match[1]!.toLowerCase();
  }
  return Object.keys(verdicts).length ? verdicts : null;
}

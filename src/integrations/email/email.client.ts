import { ImapFlow } from 'imapflow';
import type { ImapConnectionSettings } from '../../modules/mailboxes/mailbox.settings';

export type MailErrorCode = 'auth_failed' | 'host_unreachable' | 'tls_error' | 'timeout' | 'folder_missing' | 'protocol_error';

export interface MailError {
  code: MailErrorCode;
  message: string;
  /** whether reconnecting can help (auth failures and missing folders need a person) */
  retryable: boolean;
}

interface LibraryError {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  responseText?: string;
  message?: string;
  responseCode?: number;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'EPIPE', 'NoConnection', 'EConnectionClosed', 'ESOCKET', 'ECONNECTION']);
const TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT']);

/** Provider errors (imapflow, nodemailer, sockets) in a few codes a person and the watcher understand. */
export function classifyMailError(error: unknown, host = 'the server'): MailError {
  const e = (error ?? {}) as LibraryError;
  const text = `${e.message ?? ''} ${e.responseText ?? ''}`;
  if (e.authenticationFailed || e.code === 'EAUTH' || /AUTHENTICATIONFAILED|authentication failed|invalid credentials|535/i.test(text)) {
    return { code: 'auth_failed', message: `${host} refused the user name or password (authentication failed).`, retryable: false };
  }
  if (e.tlsFailed || e.code === 'ETLS' || /SSL|TLS|certificate|wrong version number|self[- ]signed|ERR_SSL/i.test(`${text} ${e.code ?? ''}`)) {
    return { code: 'tls_error', message: `The TLS connection to ${host} failed: ${e.message ?? 'handshake error'}. Check the port and the secure setting.`, retryable: true };
  }
  if (e.mailboxMissing) return { code: 'folder_missing', message: `The folder does not exist on ${host}.`, retryable: false };
  if (e.code && TIMEOUTS.has(e.code)) return { code: 'timeout', message: `${host} did not answer in time (${e.code}).`, retryable: true };
  if (e.code && UNREACHABLE.has(e.code)) return { code: 'host_unreachable', message: `${host} cannot be reached (${e.code}).`, retryable: true };
  return { code: 'protocol_error', message: e.message || 'The mail server answered unexpectedly.', retryable: true };
}

/** A fresh client for every connection: imapflow clients are not reusable after close. */
export function createImapClient(settings: ImapConnectionSettings, timeouts: { connectMs: number }): ImapFlow {
  return new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.accessToken ? { user: settings.user, accessToken: settings.accessToken } : { user: settings.user, pass: settings.password ?? '' },
    logger: false,
    // loopback/test servers without TLS must still work; real servers upgrade via STARTTLS
    tls: { rejectUnauthorized: true },
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.connectMs,
    socketTimeout: 5 * 60_000,
    // our own IDLE handling: a dead IDLE is caught by the poll and the lease renewal
    autoIdleDelay: 500,
    maxIdleTime: 4 * 60_000,
    disableCompression: true,
  });
}

/** Logs in, opens the folder and logs out. */
export async function testImap(settings: ImapConnectionSettings, connectMs: number): Promise<{ ok: true; messages: number } | { ok: false; error: MailError }> {
  const client = createImapClient(settings, { connectMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const mailbox = await client.mailboxOpen(settings.folder, { readOnly: true });
    return { ok: true, messages: mailbox.exists };
  } catch (error) {
    return { ok: false, error: classifyMailError(error, `${settings.host}:${settings.port}`) };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

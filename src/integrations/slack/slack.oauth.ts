import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../common/domain-error';

// files:read: a file shared with `run <agent>` is downloaded with the bot token
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'app_mentions:read', 'im:history', 'users:read', 'users:read.email', 'files:read'];
const STATE_TTL_MS = 10 * 60_000;

/** A signed, expiring OAuth state: nobody can complete an install they did not start here. */
export function signState(key: Buffer, now = Date.now()): string {
  const payload = `${now}.${randomBytes(8).toString('hex')}`;
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

export function verifyState(key: Buffer, state: string | undefined, now = Date.now()): void {
  const [issued, nonce, signature] = (state ?? '').split('.');
  const expected = createHmac('sha256', key).update(`${issued}.${nonce}`).digest();
  const given = Buffer.from(signature ?? '', 'base64url');
  if (!issued || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new DomainError('unauthorized', 'The Slack install link is not valid; start again from /slack/install.');
  if (now - Number(issued) > STATE_TTL_MS) throw new DomainError('unauthorized', 'The Slack install link expired; start again from /slack/install.');
}

export function authorizeUrl(clientId: string, state: string, slackApiUrl: string): string {
  // the authorize page lives next to the Web API (https://slack.com/oauth/v2/authorize)
  const base = new URL('../oauth/v2/authorize', slackApiUrl);
  base.searchParams.set('client_id', clientId);
  base.searchParams.set('scope', SLACK_BOT_SCOPES.join(','));
  base.searchParams.set('state', state);
  return base.toString();
}

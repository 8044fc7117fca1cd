import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback Slack: the Web API (`<baseUrl>/api/<method>`) that the real @slack/web-api client
 * (inside Bolt) talks to, plus response_url endpoints (`<baseUrl>/respond/<id>`). Tests read
 * what was posted and script failures (429 with Retry-After).
 *
 *   const slack = await startFakeSlack({ users: { U1: 'ada@example.com' } });
 *   env SLACK_API_URL = slack.apiUrl
 *   const body = slashCommandBody({ text: 'balance', responseUrl: slack.responseUrl('c1') });
 *   await request.post('/slack/events').set(signSlackRequest(secret, body)).send(body);
 *   await slack.waitFor((calls) => calls.responses.length === 1);
 */

export interface ApiCall {
  method: string;
  token: string | null;
  body: Record<string, unknown>;
}

export interface ResponsePost {
  id: string;
  body: Record<string, any>;
  at: number;
}

export interface FakeSlackOptions {
  /** user id → e-mail (confirmed unless listed in `unconfirmed`) */
  users?: Record<string, string>;
  unconfirmed?: string[];
  oauth?: { code: string; teamId: string; teamName: string; botToken: string; botUserId: string };
}

export interface FakeSlack {
  readonly baseUrl: string;
  /** SLACK_API_URL for the app under test */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponsePost[];
  responseUrl(id: string): string;
  /** the next `count` posts to response_url `id` answer 429 with Retry-After */
  throttleResponseUrl(id: string, count: number, retryAfterSeconds: number): void;
  /** the next `count` calls of a Web API method answer 429 with Retry-After */
  throttleMethod(method: string, count: number, retryAfterSeconds: number): void;
  callsOf(method: string): ApiCall[];
  waitFor(predicate: (slack: FakeSlack) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const throttledUrls = new Map<string, { count: number; retryAfter: number }>();
  const throttledMethods = new Map<string, { count: number; retryAfter: number }>();
  const sockets = new Set<Socket>();
  let ts = 1_700_000_000;

  const api = (method: string, body: Record<string, any>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: 'T0FAKE', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'users.info': {
        const email = options.users?.[body.user];
        if (!email) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: body.user, is_email_confirmed: !options.unconfirmed?.includes(body.user), profile: { email } } };
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        return { ok: true, channel: body.channel, ts: `${++ts}.000100`, message_ts: `${ts}.000100` };
      case 'oauth.v2.access': {
        const oauth = options.oauth;
        if (!oauth || body.code !== oauth.code) return { ok: false, error: 'invalid_code' };
        return { ok: true, access_token: oauth.botToken, token_type: 'bot', bot_user_id: oauth.botUserId, team: { id: oauth.teamId, name: oauth.teamName } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const raw = await readBody(req);
    const respond = /^\/respond\/([^/]+)$/.exec(url.pathname);
    if (respond && req.method === 'POST') {
      const throttle = throttledUrls.get(respond[1]);
      if (throttle && throttle.count > 0) {
        throttle.count -= 1;
        res.writeHead(429, { 'retry-after': String(throttle.retryAfter) }).end('rate_limited');
        return;
      }
      responses.push({ id: respond[1], body: JSON.parse(raw || '{}'), at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (!method) return void res.writeHead(404).end();
    const body = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw || '{}') : parseForm(raw);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (body.token as string | undefined) ?? null;
    const throttle = throttledMethods.get(method);
    if (throttle && throttle.count > 0) {
      throttle.count -= 1;
      res.writeHead(429, { 'retry-after': String(throttle.retryAfter), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    calls.push({ method, token, body });
    const payload = JSON.stringify(api(method, body));
    res.writeHead(200, { 'content-type': 'application/json' }).end(payload);
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeSlack = {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${baseUrl}/respond/${id}`,
    throttleResponseUrl: (id, count, retryAfter) => void throttledUrls.set(id, { count, retryAfter }),
    throttleMethod: (method, count, retryAfter) => void throttledMethods.set(method, { count, retryAfter }),
    callsOf: (method) => calls.filter((call) => call.method === method),
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(fake)) {
        if (Date.now() > deadline) throw new Error(`fake-slack: condition not met in ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}; responses: ${responses.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** Headers Slack would send: v0 signature over `v0:<timestamp>:<body>`. */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface SlashCommandFields {
  text: string;
  teamId?: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
  responseUrl: string;
}

let trigger = 0;

/** A form-encoded /steward slash command body. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: fields.teamId ?? 'T0FAKE',
    team_domain: 'fake-team',
    channel_id: fields.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.userId ?? 'U0ADA',
    user_name: 'ada',
    command: '/steward',
    text: fields.text,
    api_app_id: 'A0STEWARD',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `${Date.now()}.${++trigger}.fake`,
  }).toString();
}

/** An Events API envelope (JSON). */
export function eventBody(event: Record<string, unknown>, options: { teamId?: string; eventId?: string } = {}): string {
  return JSON.stringify({
    token: 'deprecated',
    team_id: options.teamId ?? 'T0FAKE',
    api_app_id: 'A0STEWARD',
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${Date.now()}${++trigger}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
}

function parseForm(raw: string): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    try {
      form[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      form[key] = value;
    }
  }
  return form;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

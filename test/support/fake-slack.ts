import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

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
 *
 * Files: `hostFile` serves a file the way Slack does (to a bot token; its sign-in page, with
 * 200, to anyone else) and returns the file object to put in a message event.
 *
 * Socket Mode: `apps.connections.open` (with the app token) answers `ws://…/socket-mode/<ticket>`;
 * on that socket the fake says `hello`, sends envelopes (`sendSlashCommand`, `sendEvent`) and
 * records the app's acknowledgements (`{ envelope_id, payload }`).
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

export interface HostedFile {
  name: string;
  content: Buffer | string;
  mimetype?: string;
  /** the size the event announces (default: the real size) */
  announcedSize?: number;
}

export interface SocketModeAck {
  envelopeId: string;
  payload: Record<string, unknown>;
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
  hostFile(file: HostedFile): Record<string, unknown>;
  /** every GET of a hosted file, with the token it came with */
  readonly fileDownloads: { id: string; token: string | null }[];
  /** open Socket Mode connections, and every envelope acknowledgement received on them */
  readonly socketMode: { connections(): number; acks: SocketModeAck[] };
  /** a `slash_commands` envelope on the open Socket Mode connection; returns its envelope id */
  sendSlashCommand(fields: SlashCommandFields): string;
  /** an `events_api` envelope (retryAttempt > 0: Slack retrying the same event id) */
  sendEvent(event: Record<string, unknown>, options?: { teamId?: string; eventId?: string; retryAttempt?: number }): string;
  waitFor(predicate: (slack: FakeSlack) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const throttledUrls = new Map<string, { count: number; retryAfter: number }>();
  const throttledMethods = new Map<string, { count: number; retryAfter: number }>();
  const sockets = new Set<Socket>();
  const files = new Map<string, HostedFile>();
  const fileDownloads: { id: string; token: string | null }[] = [];
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
      case 'apps.connections.open':
        return { ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/socket-mode/${randomUUID()}` };
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
    const file = /^\/files-pri\/T0FAKE-(F\w+)\/download\/[^/]+$/.exec(url.pathname);
    if (file && req.method === 'GET') {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
      fileDownloads.push({ id: file[1], token });
      const hosted = files.get(file[1]);
      if (!hosted) return void res.writeHead(404).end();
      if (!token?.startsWith('xoxb-')) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>Sign in to Slack</body></html>');
      res.writeHead(200, { 'content-type': hosted.mimetype ?? 'application/octet-stream' }).end(hosted.content);
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
  const socketServer = new WebSocketServer({ noServer: true });
  const open = new Set<WebSocket>();
  const acks: SocketModeAck[] = [];
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/socket-mode/')) return void socket.destroy();
    socketServer.handleUpgrade(req, socket, head, (ws) => {
      open.add(ws);
      ws.on('close', () => open.delete(ws));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id: string; payload?: Record<string, unknown> };
        acks.push({ envelopeId: message.envelope_id, payload: message.payload ?? {}, at: Date.now() });
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0STEWARD' } }));
    });
  });
  const sendEnvelope = (type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const [ws] = open;
    if (!ws) throw new Error('fake-slack: no Socket Mode connection is open');
    const envelopeId = randomUUID();
    ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return envelopeId;
  };

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
    hostFile(hosted) {
      const id = `F${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
      files.set(id, hosted);
      const url = `${baseUrl}/files-pri/T0FAKE-${id}/download/${encodeURIComponent(hosted.name)}`;
      return { id, name: hosted.name, title: hosted.name, mimetype: hosted.mimetype, size: hosted.announcedSize ?? Buffer.byteLength(hosted.content), mode: 'hosted', url_private: url, url_private_download: url };
    },
    fileDownloads,
    socketMode: { connections: () => open.size, acks },
    sendSlashCommand: (fields) => sendEnvelope('slash_commands', slashCommandPayload(fields)),
    sendEvent: (event, options = {}) =>
      sendEnvelope('events_api', eventPayload(event, options), { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryAttempt ? 'timeout' : '' }),
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(fake)) {
        if (Date.now() > deadline) throw new Error(`fake-slack: condition not met in ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}; responses: ${responses.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        open.forEach((ws) => ws.terminate());
        socketServer.close();
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
  return new URLSearchParams(slashCommandPayload(fields)).toString();
}

/** The fields of a /steward slash command (form-encoded over HTTP, a JSON payload in Socket Mode). */
export function slashCommandPayload(fields: SlashCommandFields): Record<string, string> {
  return {
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
  };
}

/** An Events API envelope (JSON). */
export function eventBody(event: Record<string, unknown>, options: { teamId?: string; eventId?: string } = {}): string {
  return JSON.stringify(eventPayload(event, options));
}

/** An Events API `event_callback` (the HTTP body, or the payload of a Socket Mode envelope). */
export function eventPayload(event: Record<string, unknown>, options: { teamId?: string; eventId?: string } = {}): Record<string, unknown> {
  return {
    token: 'deprecated',
    team_id: options.teamId ?? 'T0FAKE',
    api_app_id: 'A0STEWARD',
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${Date.now()}${++trigger}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
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

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A loopback Discord for the real discord.js client: REST under `<restUrl>/v10/...` (what
 * `rest: { api: restUrl }` calls) and a JSON gateway. The client follows GET /gateway/bot to our
 * WebSocket, which sends HELLO, answers heartbeats, sends READY and GUILD_CREATE after IDENTIFY,
 * and lets tests dispatch MESSAGE_CREATE and INTERACTION_CREATE. Attached files are served
 * like Discord's CDN at `<base>/attachments/<channel>/<id>/<name>` (GETs show up in `calls`).
 */

export const FAKE_BOT_ID = '900000000000000001';
export const FAKE_GUILD_ID = '910000000000000001';
export const FAKE_CHANNEL_ID = '920000000000000001';

export interface RestCall {
  method: string;
  path: string;
  body: any;
  at: number;
}

export interface FakeAttachment {
  filename: string;
  content: Buffer | string;
  contentType?: string;
  /** the size the payload announces (default: the real size) */
  announcedSize?: number;
}

export interface FakeDiscord {
  /** DISCORD_REST_URL for the app under test */
  readonly restUrl: string;
  readonly calls: RestCall[];
  identified(): boolean;
  waitFor(predicate: (discord: FakeDiscord) => boolean, timeoutMs?: number): Promise<void>;
  /** dispatches MESSAGE_CREATE; returns the message id */
  sendMessage(input: { id?: string; userId: string; content: string; guild?: boolean; channelId?: string; mentionsBot?: boolean; attachments?: FakeAttachment[] }): string;
  /** dispatches INTERACTION_CREATE for `/steward text:<text> [file:<attachment>]`; returns the interaction id */
  slashCommand(input: { id?: string; userId: string; text: string; file?: FakeAttachment }): string;
  /** dispatches INTERACTION_CREATE for a button click (type 3) on a message the bot posted; returns the interaction id */
  buttonClick(input: { id?: string; userId: string; customId: string; message: { id?: string; content: string; components: unknown[] } }): string;
  /** re-sends a dispatch exactly as before (a duplicate delivery) */
  redeliver(id: string): void;
  callsTo(pattern: RegExp, method?: string): RestCall[];
  close(): Promise<void>;
}

let snowflake = 930000000000000000n;
const nextId = () => String(++snowflake);

function user(id: string) {
  return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null, bot: id === FAKE_BOT_ID };
}

function guildPayload() {
  return {
    id: FAKE_GUILD_ID,
    name: 'Fake Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '940000000000000001',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: FAKE_GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1071698660929', managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [{ id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function messagePayload(id: string, channelId: string, author: ReturnType<typeof user>, content: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    channel_id: channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...extra,
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: RestCall[] = [];
  const sockets = new Set<Socket>();
  const sent = new Map<string, { t: string; d: unknown }>();
  let client: WebSocket | undefined;
  let identified = false;
  let sequence = 0;
  let wsUrl = '';
  let baseUrl = '';
  const files = new Map<string, FakeAttachment>();

  /** the attachment object of a message or interaction payload, its bytes served from here */
  const host = (channelId: string, file: FakeAttachment) => {
    const id = nextId();
    const path = `/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
    files.set(path, file);
    const url = `${baseUrl}${path}?ex=1&is=1&hm=signed`;
    return { id, filename: file.filename, size: file.announcedSize ?? Buffer.byteLength(file.content), url, proxy_url: url, ...(file.contentType ? { content_type: file.contentType } : {}) };
  };

  const dispatch = (t: string, d: unknown) => client?.send(JSON.stringify({ op: 0, t, s: ++sequence, d }));

  async function rest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const raw = await readBody(req);
    let body: any = null;
    try {
      body = raw && (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : raw;
    } catch {
      body = raw;
    }
    calls.push({ method: req.method ?? 'GET', path, body, at: Date.now() });
    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const file = req.method === 'GET' ? files.get(url.pathname) : undefined;
    if (file) {
      res.writeHead(200, { 'content-type': file.contentType ?? 'application/octet-stream' }).end(file.content);
      return;
    }
    if (req.method === 'GET' && path === '/gateway/bot') {
      return json(200, { url: wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (req.method === 'GET' && path === '/gateway') return json(200, { url: wsUrl });
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channelMessage && req.method === 'POST') return json(200, messagePayload(nextId(), channelMessage[1], user(FAKE_BOT_ID), body?.content ?? ''));
    if (/^\/applications\/\d+\/guilds\/\d+\/commands$/.test(path) && req.method === 'PUT') {
      return json(200, (body as any[]).map((command) => ({ ...command, id: nextId(), application_id: '1', guild_id: FAKE_GUILD_ID, version: '1', default_member_permissions: null, type: 1 })));
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204).end();
      return;
    }
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (webhook) return json(200, messagePayload(nextId(), FAKE_CHANNEL_ID, user(FAKE_BOT_ID), body?.content ?? '', { webhook_id: webhook[1], application_id: webhook[1] }));
    if (req.method === 'POST' && path === '/users/@me/channels') return json(200, { id: nextId(), type: 1, recipients: [user(body?.recipient_id ?? '0')], last_message_id: null });
    json(404, { message: `fake-discord: no route ${req.method} ${path}`, code: 0 });
  }

  const server = createServer((req, res) => void rest(req, res).catch(() => res.writeHead(500).end()));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const gateway = new WebSocketServer({ server, path: '/gateway' });
  gateway.on('connection', (socket) => {
    client = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (data) => {
      const packet = JSON.parse(String(data)) as { op: number; d: any };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        identified = true;
        dispatch('READY', {
          v: 10,
          user: { ...user(FAKE_BOT_ID), username: 'Steward', flags: 0, verified: true },
          guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: wsUrl,
          shard: [0, 1],
          application: { id: packet.d?.properties ? '1' : '1', flags: 0 },
        });
        setTimeout(() => dispatch('GUILD_CREATE', guildPayload()), 5);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  wsUrl = `ws://127.0.0.1:${port}/gateway`;
  baseUrl = `http://127.0.0.1:${port}`;

  const fake: FakeDiscord = {
    restUrl: `http://127.0.0.1:${port}/api`,
    calls,
    identified: () => identified,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(fake)) {
        if (Date.now() > deadline) throw new Error(`fake-discord: condition not met in ${timeoutMs} ms; calls: ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    sendMessage({ id = nextId(), userId, content, guild = true, channelId, mentionsBot = false, attachments = [] }) {
      const author = user(userId);
      const channel = channelId ?? (guild ? FAKE_CHANNEL_ID : `95${userId.slice(2)}`);
      const d = messagePayload(id, channel, author, content, {
        attachments: attachments.map((file) => host(channel, file)),
        ...(guild ? { guild_id: FAKE_GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : { channel_type: 1 }),
        mentions: mentionsBot ? [user(FAKE_BOT_ID)] : [],
      });
      sent.set(id, { t: 'MESSAGE_CREATE', d });
      dispatch('MESSAGE_CREATE', d);
      return id;
    },
    slashCommand({ id = nextId(), userId, text, file }) {
      const attachment = file ? host(FAKE_CHANNEL_ID, file) : undefined;
      const options = [{ name: 'text', type: 3, value: text }, ...(attachment ? [{ name: 'file', type: 11, value: attachment.id }] : [])];
      const d = {
        id,
        application_id: '1',
        type: 2,
        data: { id: '960000000000000001', name: 'steward', type: 1, guild_id: FAKE_GUILD_ID, options, ...(attachment ? { resolved: { attachments: { [attachment.id]: attachment } } } : {}) },
        guild_id: FAKE_GUILD_ID,
        channel_id: FAKE_CHANNEL_ID,
        channel: { id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'general', permissions: '1071698660929' },
        member: { user: user(userId), roles: [], permissions: '1071698660929', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        token: `itoken-${id}`,
        version: 1,
        app_permissions: '1071698660929',
        locale: 'en-US',
        guild_locale: 'en-US',
        entitlements: [],
        authorizing_integration_owners: { '0': FAKE_GUILD_ID },
        context: 0,
      };
      sent.set(id, { t: 'INTERACTION_CREATE', d });
      dispatch('INTERACTION_CREATE', d);
      return id;
    },
    buttonClick({ id = nextId(), userId, customId, message }) {
      const d = {
        id,
        application_id: '1',
        type: 3,
        data: { custom_id: customId, component_type: 2 },
        message: messagePayload(message.id ?? nextId(), FAKE_CHANNEL_ID, user(FAKE_BOT_ID), message.content, { guild_id: FAKE_GUILD_ID, components: message.components }),
        guild_id: FAKE_GUILD_ID,
        channel_id: FAKE_CHANNEL_ID,
        channel: { id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'general', permissions: '1071698660929' },
        member: { user: user(userId), roles: [], permissions: '1071698660929', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        token: `itoken-${id}`,
        version: 1,
        app_permissions: '1071698660929',
        locale: 'en-US',
        guild_locale: 'en-US',
        entitlements: [],
        authorizing_integration_owners: { '0': FAKE_GUILD_ID },
        context: 0,
      };
      sent.set(id, { t: 'INTERACTION_CREATE', d });
      dispatch('INTERACTION_CREATE', d);
      return id;
    },
    redeliver(id) {
      const packet = sent.get(id);
      if (packet) dispatch(packet.t, packet.d);
    },
    callsTo: (pattern, method) => calls.filter((call) => pattern.test(call.path) && (!method || call.method === method)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of gateway.clients) socket.terminate();
        gateway.close();
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
  return fake;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlackBot } from '../../src/integrations/slack/slack.bot';
import { eventBody, FakeSlack, signSlackRequest, slashCommandBody, startFakeSlack } from '../support/fake-slack';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

const SECRET = 'slack-signing-secret-for-tests';

describe('Slack (real Bolt, signed requests, loopback Web API and response_url)', () => {
  let t: TestApp;
  let slack: FakeSlack;
  let org: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let bot: SlackBot;

  const post = (body: string, contentType = 'application/x-www-form-urlencoded', headers: Record<string, string> = {}) =>
    t.http().post('/slack/events').set('content-type', contentType).set({ ...signSlackRequest(SECRET, body), ...headers }).send(body);

  async function slash(text: string, options: { user?: string; team?: string; url?: string; trigger?: string } = {}) {
    const id = options.url ?? `r${Math.random().toString(36).slice(2)}`;
    const res = await post(slashCommandBody({ text, userId: options.user ?? 'U0ADA', teamId: options.team, responseUrl: slack.responseUrl(id), triggerId: options.trigger }));
    expect(res.status).toBe(200);
    await bot.idle();
    return { id, responses: () => slack.responses.filter((r) => r.id === id) };
  }

  beforeAll(async () => {
    slack = await startFakeSlack({
      users: { U0ADA: 'ada@roasters.test', U0BOB: 'bob@roasters.test', U0EVE: 'eve@elsewhere.test' },
      oauth: { code: 'oauth-code-1', teamId: 'T0OAUTH', teamName: 'Oauth Bakery', botToken: 'xoxb-oauth-secret-token', botUserId: 'UOAUTHBOT' },
    });
    t = await startTestApp({
      database: 'pglite',
      env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-single', SLACK_API_URL: slack.apiUrl, SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-secret' },
    });
    bot = t.get(SlackBot);
    org = await createOrganizationWithKey(t, 'Slack Roasters');
    for (const [email, role] of [['ada@roasters.test', 'admin'], ['bob@roasters.test', 'member']]) {
      await t.http().post(`/api/v1/organizations/${org.organizationId}/members`).set(bearer(org.key)).send({ email, role }).expect(201);
    }
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.organizationId, amount: '40', reason: 'test' }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await slack?.close();
  });

  it('rejects a forged signature and a stale timestamp with 401', async () => {
    const body = slashCommandBody({ text: 'balance', responseUrl: slack.responseUrl('x') });
    await t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').set(signSlackRequest('wrong-secret', body)).send(body).expect(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    await t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').set(signSlackRequest(SECRET, body, sixMinutesAgo)).send(body).expect(401);
    await t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').send(body).expect(401);
    expect(slack.responses.filter((r) => r.id === 'x')).toHaveLength(0);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'chal-123', token: 'x' });
    const res = await post(body, 'application/json').expect(200);
    expect(res.body).toEqual({ challenge: 'chal-123' });
  });

  it('tells an unlinked workspace how to get access, then links it with a one-time code', async () => {
    const before = await slash('balance');
    expect(before.responses()[0].body.text).toContain('not linked to a Steward organization');
    expect(JSON.stringify(before.responses()[0].body.blocks)).toContain('/api/v1/integrations/link-codes');

    const code = await t.http().post('/api/v1/integrations/link-codes').set(bearer(org.key)).send({ provider: 'slack' }).expect(201);
    expect(code.body).toMatchObject({ code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/), expiresAt: expect.any(String) });
    const linked = await slash(`link ${code.body.code}`);
    expect(linked.responses()[0].body.blocks[1].text.text).toContain('now linked to Slack Roasters');
    const reused = await slash(`link ${code.body.code}`);
    expect(reused.responses()[0].body.text).toContain('unknown, used or expired');
  });

  it('acks a slash command at once and answers balance ephemerally through response_url', async () => {
    const started = Date.now();
    const id = 'balance-1';
    const res = await post(slashCommandBody({ text: 'balance', userId: 'U0ADA', responseUrl: slack.responseUrl(id) }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await slack.waitFor((s) => s.responses.some((r) => r.id === id));
    const [answer] = slack.responses.filter((r) => r.id === id);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', text: '40 credits available' });
    expect(answer.body.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Cost: 0 credits' }] });
    // the member was found by the e-mail Slack confirmed
    expect(slack.callsOf('users.info').map((c) => c.body.user)).toContain('U0ADA');
  });

  it('refuses people who are not members, and lets members read but not set budgets', async () => {
    const eve = await slash('balance', { user: 'U0EVE' });
    expect(eve.responses()[0].body.text).toContain("can't match your Slack account to a member of Slack Roasters");
    const bob = await slash('budget set 5', { user: 'U0BOB' });
    expect(bob.responses()[0].body.text).toContain('needs the admin role');
    const ada = await slash('budget set 30', { user: 'U0ADA' });
    expect(ada.responses()[0].body).toMatchObject({ response_type: 'in_channel', text: 'Monthly budget set to 30 credits' });
  });

  it('suggests the closest command for a typo', async () => {
    const typo = await slash('forcast');
    expect(typo.responses()[0].body.text).toContain('Did you mean `forecast`?');
  });

  it('never runs a slash command twice for one trigger id', async () => {
    const trigger = 'trigger-dup-1';
    const first = await slash('balance', { trigger, url: 'dup-a' });
    const second = await slash('balance', { trigger, url: 'dup-b' });
    expect(first.responses()).toHaveLength(1);
    expect(second.responses()).toHaveLength(0);
  });

  it('answers a mention in its thread once, even when Slack retries the event', async () => {
    const body = eventBody({ type: 'app_mention', user: 'U0ADA', text: '<@UBOT> how much did we spend this month?', channel: 'C0GENERAL', ts: '1700000100.000200' }, { eventId: 'EvRETRY1' });
    await post(body, 'application/json').expect(200);
    await post(body, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }).expect(200);
    await post(body, 'application/json', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' }).expect(200);
    await bot.idle();
    const replies = slack.calls.filter((c) => c.method.startsWith('chat.post') && c.body.thread_ts === '1700000100.000200');
    expect(replies).toHaveLength(1);
    expect(replies[0].method).toBe('chat.postMessage');
    expect(String(replies[0].body.text)).toBe('Steward');
    expect(JSON.stringify(replies[0].body.blocks)).toContain('credits this month');
    expect(JSON.stringify(replies[0].body.blocks)).toContain('answered offline');
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM chat_messages WHERE organization_id = $1`, [org.organizationId]);
    expect(count).toBe(2);
  });

  it('answers a direct message, and keeps balance private in a shared channel', async () => {
    await post(eventBody({ type: 'message', channel_type: 'im', user: 'U0ADA', text: 'what is my balance?', channel: 'D0ADA', ts: '1700000200.000100' }), 'application/json').expect(200);
    await post(eventBody({ type: 'app_mention', user: 'U0ADA', text: '<@UBOT> balance', channel: 'C0GENERAL', ts: '1700000300.000100' }), 'application/json').expect(200);
    await bot.idle();
    const dm = slack.calls.find((c) => c.body.channel === 'D0ADA');
    expect(dm).toMatchObject({ method: 'chat.postMessage', body: expect.objectContaining({ thread_ts: '1700000200.000100' }) });
    const mention = slack.calls.find((c) => c.body.thread_ts === '1700000300.000100');
    expect(mention).toMatchObject({ method: 'chat.postEphemeral', body: expect.objectContaining({ user: 'U0ADA', text: expect.stringContaining('credits available') }) });
  });

  it('waits out Retry-After on response_url and falls back to the Web API after 5 posts', async () => {
    slack.throttleResponseUrl('slow', 1, 1);
    const started = Date.now();
    const slow = await slash('help', { url: 'slow' });
    expect(slow.responses()).toHaveLength(1);
    expect(slow.responses()[0].at - started).toBeGreaterThanOrEqual(1000);

    const before = slack.callsOf('chat.postEphemeral').length;
    for (let i = 0; i < 6; i++) await slash('help', { url: 'shared' });
    expect(slack.responses.filter((r) => r.id === 'shared')).toHaveLength(5);
    expect(slack.callsOf('chat.postEphemeral').length).toBe(before + 1);
  });

  it('installs into another workspace with OAuth and keeps its token encrypted', async () => {
    const install = await t.http().get('/slack/install').expect(302);
    const location = new URL(install.headers.location);
    expect(location.searchParams.get('client_id')).toBe('111.222');
    const state = location.searchParams.get('state')!;
    await t.http().get('/slack/oauth_redirect').query({ code: 'oauth-code-1', state: 'forged.state.x' }).expect(401);
    const done = await t.http().get('/slack/oauth_redirect').query({ code: 'oauth-code-1', state }).expect(200);
    expect(done.text).toContain('Oauth Bakery');
    const [row] = await t.db.query(`SELECT bot_token_ciphertext FROM chat_workspaces WHERE external_id = 'T0OAUTH'`);
    expect(row.bot_token_ciphertext).toMatch(/^v1\./);
    expect(row.bot_token_ciphertext).not.toContain('xoxb-oauth-secret-token');

    const code = await t.http().post('/api/v1/integrations/link-codes').set(bearer(org.key)).send({ provider: 'slack', email: 'ada@roasters.test' }).expect(201);
    const linked = await slash(`link ${code.body.code}`, { team: 'T0OAUTH', user: 'U9ADA' });
    expect(JSON.stringify(linked.responses()[0].body.blocks)).toContain('Your chat account is linked');
    const bob = await slash('balance', { team: 'T0OAUTH', user: 'U0BOB' });
    expect(bob.responses()[0].body.text).toBe('40 credits available');
    // the installation's own token, decrypted, is what the Web API saw
    expect(slack.callsOf('users.info').filter((c) => c.token === 'xoxb-oauth-secret-token').map((c) => c.body.user)).toEqual(['U0BOB']);
  });

  it('runs an agent from Slack and posts the result in the channel when it finishes', async () => {
    const run = await slash('run email-sorter Hello, could we schedule a meeting next Tuesday to discuss your offer?');
    expect(run.responses()[0].body.response_type).toBe('in_channel');
    expect(run.responses()[0].body.text).toBe('Task started: email-sorter');
    await t.queue.drained(30_000);
    await slack.waitFor((s) => s.callsOf('chat.postMessage').some((c) => String(c.body.text).startsWith('email-sorter ')));
    const done = slack.callsOf('chat.postMessage').find((c) => String(c.body.text).startsWith('email-sorter '))!;
    expect(done.body).toMatchObject({ channel: 'C0GENERAL', text: 'email-sorter finished' });
  });

  it('runs an agent on a file shared in a DM, downloaded from Slack with the bot token', async () => {
    const xml = readFileSync(join(__dirname, '../fixtures/invoices/ubl-invoice.xml'));
    const file = slack.hostFile({ name: 'ubl-invoice.xml', mimetype: 'application/xml', content: xml });
    const ts = '1700000700.000100';
    const dm = { type: 'message', subtype: 'file_share', channel_type: 'im', user: 'U0ADA', text: 'run invoice-processor', channel: 'D0FILES', ts, files: [file] };
    await post(eventBody(dm), 'application/json').expect(200);
    await bot.idle();
    expect(slack.fileDownloads).toEqual([{ id: file.id, token: 'xoxb-single' }]);
    expect(slack.calls.find((c) => c.body.channel === 'D0FILES' && c.body.thread_ts === ts)?.body.text).toBe('Task started: invoice-processor');
    const [task] = await t.db.query(`SELECT t.input, i.content FROM tasks t JOIN task_inputs i ON i.task_id = t.id WHERE t.organization_id = $1 AND t.agent = 'invoice-processor'`, [org.organizationId]);
    expect(task.input).toMatchObject({ filename: 'ubl-invoice.xml', mimeType: 'application/xml', hasFile: true });
    expect(Buffer.compare(task.content, xml)).toBe(0);
    await t.queue.drained(60_000);
    await slack.waitFor((s) => s.callsOf('chat.postMessage').some((c) => c.body.channel === 'D0FILES' && String(c.body.text).startsWith('invoice-processor ')), 60_000);
    const done = slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'D0FILES' && String(c.body.text).startsWith('invoice-processor '))!;
    expect(done.body).toMatchObject({ text: 'invoice-processor finished', thread_ts: ts });
    expect(JSON.stringify(done.body.blocks)).toContain('UBL-5521');
  });

  it('refuses a file over 20 MB before downloading it, and fetches nothing for commands other than run', async () => {
    const before = slack.fileDownloads.length;
    const huge = slack.hostFile({ name: 'scan.pdf', mimetype: 'application/pdf', content: '%PDF-1.7', announcedSize: 25 * 1024 * 1024 });
    const mention = { type: 'app_mention', user: 'U0ADA', text: '<@UBOT> run invoice-processor', channel: 'C0GENERAL', ts: '1700000800.000100', files: [huge] };
    await post(eventBody(mention), 'application/json').expect(200);
    const other = slack.hostFile({ name: 'notes.txt', mimetype: 'text/plain', content: 'hello' });
    await post(eventBody({ type: 'message', subtype: 'file_share', channel_type: 'im', user: 'U0ADA', text: 'balance', channel: 'D0ADA', ts: '1700000810.000100', files: [other] }), 'application/json').expect(200);
    await bot.idle();
    const refusal = slack.calls.find((c) => c.body.thread_ts === '1700000800.000100')!;
    expect(refusal).toMatchObject({ method: 'chat.postEphemeral', body: expect.objectContaining({ user: 'U0ADA', text: 'scan.pdf is 25 MB; a file for `run` can be up to 20 MB.' }) });
    expect(slack.calls.find((c) => c.body.thread_ts === '1700000810.000100')?.body.text).toMatch(/^[\d.]+ credits available$/);
    expect(slack.fileDownloads.length).toBe(before);
  });
});

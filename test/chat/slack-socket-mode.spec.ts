import { SlackBot } from '../../src/integrations/slack/slack.bot';
import { FakeSlack, startFakeSlack } from '../support/fake-slack';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

const APP_TOKEN = 'xapp-1-A0STEWARD-socket-test';

describe('Slack in Socket Mode (real Bolt Socket Mode client, loopback Web API and WebSocket)', () => {
  let t: TestApp;
  let slack: FakeSlack;
  let bot: SlackBot;
  let org: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let closed = false;

  const ackOf = (envelopeId: string) => slack.socketMode.acks.find((ack) => ack.envelopeId === envelopeId);

  beforeAll(async () => {
    slack = await startFakeSlack({ users: { U0ADA: 'ada@sockets.test', U0EVE: 'eve@elsewhere.test' } });
    // no signing secret: Slack reaches Steward only through the socket
    t = await startTestApp({ database: 'pglite', env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: 'xoxb-socket', SLACK_API_URL: slack.apiUrl } });
    bot = t.get(SlackBot);
    await slack.waitFor((s) => s.socketMode.connections() === 1);
    org = await createOrganizationWithKey(t, 'Socket Roasters');
    await t.http().post(`/api/v1/organizations/${org.organizationId}/members`).set(bearer(org.key)).send({ email: 'ada@sockets.test', role: 'admin' }).expect(201);
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.organizationId, amount: '25', reason: 'test' }).expect(201);
  });
  afterAll(async () => {
    if (!closed) await t?.close();
    await slack?.close();
  });

  it('opens the connection with the app token at SLACK_API_URL, and has no HTTP endpoint', async () => {
    const [open] = slack.callsOf('apps.connections.open');
    expect(open.token).toBe(APP_TOKEN);
    const body = 'command=%2Fsteward&text=balance';
    await t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').send(body).expect(404);
  });

  it('acknowledges a slash command envelope, then links the workspace through response_url', async () => {
    const code = await t.http().post('/api/v1/integrations/link-codes').set(bearer(org.key)).send({ provider: 'slack' }).expect(201);
    const envelope = slack.sendSlashCommand({ text: `link ${code.body.code}`, userId: 'U0ADA', responseUrl: slack.responseUrl('socket-link') });
    await slack.waitFor((s) => s.responses.some((r) => r.id === 'socket-link'));
    const answer = slack.responses.find((r) => r.id === 'socket-link')!;
    expect(JSON.stringify(answer.body.blocks)).toContain('now linked to Socket Roasters');
    // the envelope ack carries no payload, and it went out before the work's answer
    expect(ackOf(envelope)).toMatchObject({ payload: {} });
    expect(ackOf(envelope)!.at).toBeLessThanOrEqual(answer.at);
  });

  it('answers balance for a member found by the e-mail Slack confirmed, and refuses a stranger', async () => {
    const ada = slack.sendSlashCommand({ text: 'balance', userId: 'U0ADA', responseUrl: slack.responseUrl('socket-balance') });
    const eve = slack.sendSlashCommand({ text: 'balance', userId: 'U0EVE', responseUrl: slack.responseUrl('socket-eve') });
    await slack.waitFor((s) => ['socket-balance', 'socket-eve'].every((id) => s.responses.some((r) => r.id === id)));
    expect([ackOf(ada), ackOf(eve)]).toEqual([expect.anything(), expect.anything()]);
    expect(slack.responses.find((r) => r.id === 'socket-balance')!.body).toMatchObject({ response_type: 'ephemeral', text: '25 credits available' });
    expect(slack.responses.find((r) => r.id === 'socket-eve')!.body.text).toContain("can't match your Slack account to a member of Socket Roasters");
    // the bot token (not the app token) is what the Web API calls of the work use
    expect(slack.callsOf('users.info').map((call) => call.token)).toEqual(expect.arrayContaining(['xoxb-socket']));
    expect(slack.callsOf('users.info').some((call) => call.token === APP_TOKEN)).toBe(false);
  });

  it('answers a mention in its thread once, though Slack retries the envelope', async () => {
    const mention = { type: 'app_mention', user: 'U0ADA', text: '<@UBOT> balance', channel: 'C0GENERAL', ts: '1700000500.000100' };
    const first = slack.sendEvent(mention, { eventId: 'EvSOCKET1' });
    const retry = slack.sendEvent(mention, { eventId: 'EvSOCKET1', retryAttempt: 1 });
    await slack.waitFor(() => Boolean(ackOf(first) && ackOf(retry)));
    await slack.waitFor((s) => s.calls.some((c) => c.body.thread_ts === mention.ts));
    await bot.idle();
    const replies = slack.calls.filter((c) => c.method.startsWith('chat.post') && c.body.thread_ts === mention.ts);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ method: 'chat.postEphemeral', token: 'xoxb-socket', body: expect.objectContaining({ channel: 'C0GENERAL', user: 'U0ADA', text: '25 credits available' }) });
  });

  it('closes the socket when the application stops', async () => {
    closed = true;
    await t.close();
    await slack.waitFor((s) => s.socketMode.connections() === 0);
  });
});

describe('Slack Socket Mode while Slack is unreachable', () => {
  it('still starts the API, and keeps trying to connect in the background', async () => {
    const t = await startTestApp({ database: 'pglite', env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: 'xoxb-socket', SLACK_API_URL: 'http://127.0.0.1:9/api/' } });
    try {
      await t.http().get('/health').expect(200);
    } finally {
      await t.close();
    }
  });
});

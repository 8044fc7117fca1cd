import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { AutonomousRunners } from '../../src/agents/autonomous/autonomous-runners';
import { bearer, startTestApp, TestApp } from '../support/test-app';

interface LinkedInCall {
  headers: IncomingMessage['headers'];
  body: { author: string; lifecycleState: string; specificContent: Record<string, { shareCommentary: { text: string } }> };
}

/** A loopback LinkedIn: POST /v2/ugcPosts answers 201 + X-RestLi-Id, or the queued failure statuses first. */
function linkedInServer() {
  const calls: LinkedInCall[] = [];
  const failures: number[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v2/ugcPosts') return void res.writeHead(404).end();
      calls.push({ headers: req.headers, body: JSON.parse(raw) });
      const failure = failures.shift();
      if (failure) return void res.writeHead(failure, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `status ${failure}`, status: failure }));
      const id = `urn:li:share:${calls.length}`;
      res.writeHead(201, { 'x-restli-id': id, 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    });
  });
  return { server, calls, failures };
}

function smtpServer() {
  const messages: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return { server, messages };
}

async function organization(t: TestApp, name: string, plan = 'pro') {
  const org = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name, plan }).expect(201);
  const key = await t.http().post(`/api/v1/organizations/${org.body.id}/api-keys`).set(bearer(t.adminKey)).send({ name: 'owner', role: 'owner' }).expect(201);
  await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.body.id, amount: '50', reason: 'test' }).expect(201);
  return { organizationId: org.body.id as string, key: key.body.key as string };
}

describe('autonomous task types against loopback LinkedIn and SMTP servers', () => {
  let t: TestApp;
  const linkedin = linkedInServer();
  const smtp = smtpServer();

  beforeAll(async () => {
    await new Promise<void>((resolve) => linkedin.server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.server.address() as AddressInfo).port;
    t = await startTestApp({
      database: 'postgres',
      env: {
        LINKEDIN_API_URL: `http://127.0.0.1:${(linkedin.server.address() as AddressInfo).port}`,
        CAMPAIGN_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CAMPAIGN_FROM: 'Acme Sales <sales@acme.example>',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    linkedin.server.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('social_media_post writes from templates, publishes through the UGC Posts API with the stored token, and bills the task', async () => {
    const org = await organization(t, 'Poster Ltd');
    await t.http().put('/api/v1/content/connections/linkedin').set(bearer(org.key)).send({ accessToken: 'li-secret-token', authorUrn: 'urn:li:organization:42' }).expect(200);
    const [stored] = await t.db.query('SELECT access_token_ciphertext FROM content_channel_connections WHERE organization_id = $1', [org.organizationId]);
    expect(stored.access_token_ciphertext).not.toContain('li-secret-token');
    const connection = await t.http().get('/api/v1/content/connections/linkedin').set(bearer(org.key)).expect(200);
    expect(JSON.stringify(connection.body)).not.toContain('li-secret-token');

    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'social_media_post', input: { text: 'Our spring launch' } }).expect(202);
    await t.queue.drained(30_000);
    const task = await t.http().get(`/api/v1/tasks/${created.body.id}`).set(bearer(org.key)).expect(200);
    expect(task.body).toMatchObject({ status: 'succeeded', mode: 'offline', output: { status: 'published', externalId: 'urn:li:share:1', generatedBy: 'template' } });
    expect(Number(task.body.cost)).toBeGreaterThan(0);
    const call = linkedin.calls[0];
    expect(call.headers.authorization).toBe('Bearer li-secret-token');
    expect(call.headers['x-restli-protocol-version']).toBe('2.0.0');
    expect(call.body).toMatchObject({ author: 'urn:li:organization:42', lifecycleState: 'PUBLISHED' });
    expect(call.body.specificContent['com.linkedin.ugc.ShareContent'].shareCommentary.text).toContain('Our spring launch — an update from Poster Ltd');
    const posts = await t.http().get('/api/v1/content/posts').set(bearer(org.key)).expect(200);
    expect(posts.body.items[0]).toMatchObject({ status: 'published', generatedBy: 'template', taskId: expect.any(String) });

    // LinkedIn refuses the token: the task fails, nothing is charged, the post says why
    linkedin.failures.push(401);
    const refused = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'social_media_post', input: { text: 'Second post' } }).expect(202);
    await t.queue.drained(30_000);
    const failed = await t.http().get(`/api/v1/tasks/${refused.body.id}`).set(bearer(org.key)).expect(200);
    expect(failed.body).toMatchObject({ status: 'failed', cost: '0', error: { code: 'publish_failed', message: expect.stringContaining('reconnect LinkedIn') } });
  });

  it('publishes a scheduled post, retrying when LinkedIn is briefly unavailable', async () => {
    const org = await organization(t, 'Scheduler Inc');
    await t.http().put('/api/v1/content/connections/linkedin').set(bearer(org.key)).send({ accessToken: 'tok-2', authorUrn: 'urn:li:person:me' }).expect(200);
    const draft = await t.http().post('/api/v1/content/posts').set(bearer(org.key)).send({ channel: 'linkedin', text: 'Hello from the scheduler' }).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', generatedBy: 'manual' });
    const before = linkedin.calls.length;
    linkedin.failures.push(503);
    await t.http().post(`/api/v1/content/posts/${draft.body.id}/publish`).set(bearer(org.key)).expect(202);
    await t.queue.drained(30_000);
    const post = await t.http().get(`/api/v1/content/posts/${draft.body.id}`).set(bearer(org.key)).expect(200);
    expect(post.body).toMatchObject({ status: 'published', externalId: expect.stringMatching(/^urn:li:share:/) });
    expect(linkedin.calls.length - before).toBe(2);
    await t.http().patch(`/api/v1/content/posts/${draft.body.id}`).set(bearer(org.key)).send({ text: 'edit' }).expect(409);
    // a template draft without text is labelled as such
    const templated = await t.http().post('/api/v1/content/posts').set(bearer(org.key)).send({ channel: 'newsletter' }).expect(201);
    expect(templated.body).toMatchObject({ generatedBy: 'template', text: expect.stringContaining('Scheduler Inc') });
    await t.http().get(`/api/v1/content/posts/${draft.body.id}`).set(bearer((await organization(t, 'Nosy Ltd')).key)).expect(404);
  });

  it('email_campaign mails open leads over SMTP, skips unsubscribed addresses, and never mails anyone twice', async () => {
    const org = await organization(t, 'Mailer GmbH');
    for (const lead of [
      { name: 'Anna Alpha', email: 'anna@alpha.example', company: 'Alpha AG' },
      { name: 'Ben Beta', email: 'ben@beta.example' },
      { name: 'Cleo Gone', email: 'cleo@gone.example' },
      { name: 'Dora Done', email: 'dora@done.example', status: 'lost' },
    ]) {
      await t.http().post('/api/v1/leads').set(bearer(org.key)).send(lead).expect(201);
    }
    await t.http().post('/api/v1/content/unsubscribes').set(bearer(org.key)).send({ emails: ['Cleo@Gone.example'] }).expect(200);
    const created = await t.http().post('/api/v1/content/campaigns').set(bearer(org.key)).send({ subject: 'Spring offer', body: 'Hi {{name}}, a spring offer for {{company}}.' }).expect(202);
    await t.queue.drained(30_000);
    const task = await t.http().get(`/api/v1/tasks/${created.body.id}`).set(bearer(org.key)).expect(200);
    expect(task.body).toMatchObject({ agent: 'email_campaign', status: 'succeeded', output: { recipients: 3, sent: 2, skippedUnsubscribed: 1, failed: [] } });
    expect(Number(task.body.cost)).toBeGreaterThan(0);
    const mine = smtp.messages.filter((m) => /Spring offer/.test(m.raw));
    expect(mine.map((m) => m.to[0]).sort()).toEqual(['anna@alpha.example', 'ben@beta.example']);
    const anna = await simpleParser(mine.find((m) => m.to[0] === 'anna@alpha.example')!.raw);
    expect(anna.text).toContain('Hi Anna, a spring offer for Alpha AG.');
    expect(mine[0].raw).toMatch(/^List-Unsubscribe: <mailto:sales@acme\.example\?subject=unsubscribe>/m);
    expect(anna.from?.text).toContain('sales@acme.example');

    // the same campaign delivered again (a redelivered job) sends nothing new
    const runners = t.get<AutonomousRunners>(AutonomousRunners);
    const campaignKey = task.body.output.campaign as string;
    const replay = await runners.emailCampaign({ text: 'Spring offer', subject: 'Spring offer', body: 'Hi {{name}}', runKey: campaignKey }, { organizationId: org.organizationId, llm: null });
    expect(replay.output).toMatchObject({ sent: 0, alreadySent: 2, skippedUnsubscribed: 1 });
    expect(smtp.messages.filter((m) => /Spring offer/.test(m.raw))).toHaveLength(2);
  });

  it("refuses campaigns beyond the plan's monthly e-mail allowance", async () => {
    const org = await organization(t, 'Tiny Free', 'free');
    await t.http().post('/api/v1/leads').set(bearer(org.key)).send({ name: 'Only One', email: 'one@free.example' }).expect(201);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'email_campaign', input: { text: `Subject: News ${i}\nHello {{name}}` } }).expect(202);
      ids.push(res.body.id);
      await t.queue.drained(30_000);
    }
    const last = await t.http().get(`/api/v1/tasks/${ids[3]}`).set(bearer(org.key)).expect(200);
    expect(last.body).toMatchObject({ status: 'failed', cost: '0', error: { code: 'plan_limit_reached' } });
    const first = await t.http().get(`/api/v1/tasks/${ids[0]}`).set(bearer(org.key)).expect(200);
    expect(first.body).toMatchObject({ status: 'succeeded', output: { sent: 1 } });
  });

  it('lead_followup drafts a message and records it as an activity', async () => {
    const org = await organization(t, 'Follow Co');
    const lead = await t.http().post('/api/v1/leads').set(bearer(org.key)).send({ name: 'Carla Ruiz', company: 'Muebles García', email: 'carla@garcia.example' }).expect(201);
    await t.http().post(`/api/v1/leads/${lead.body.id}/activities`).set(bearer(org.key)).send({ type: 'call', body: 'Asked for a quote on 40 chairs' }).expect(201);
    const created = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'lead_followup', input: { text: 'Carla' } }).expect(202);
    await t.queue.drained(30_000);
    const task = await t.http().get(`/api/v1/tasks/${created.body.id}`).set(bearer(org.key)).expect(200);
    expect(task.body).toMatchObject({ status: 'succeeded', output: { leadId: lead.body.id, generatedBy: 'template', draft: expect.stringContaining('Hi Carla') } });
    expect(task.body.output.draft).toContain('40 chairs');
    const activities = await t.http().get(`/api/v1/leads/${lead.body.id}/activities`).set(bearer(org.key)).expect(200);
    expect(activities.body.items).toHaveLength(2);
    expect(activities.body.items.some((a: { body: string }) => a.body.startsWith('Follow-up drafted (from a template)'))).toBe(true);
    const unknown = await t.http().post('/api/v1/tasks').set(bearer(org.key)).send({ agent: 'lead_followup', input: { text: 'Nobody Here' } }).expect(202);
    await t.queue.drained(30_000);
    const failed = await t.http().get(`/api/v1/tasks/${unknown.body.id}`).set(bearer(org.key)).expect(200);
    expect(failed.body).toMatchObject({ status: 'failed', cost: '0', error: { code: 'not_found' } });
  });
});

import { DigestDeliveryService } from '../../src/modules/commands/digest-delivery.service';
import { SlackBot } from '../../src/integrations/slack/slack.bot';
import { syntheticHistory } from '../../src/modules/crm/scoring/synthetic-history';
import { seedLeads } from '../crm/crm-factory';
import { FakeSlack, signSlackRequest, slashCommandBody, startFakeSlack } from '../support/fake-slack';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { bearer, startTestApp, TestApp } from '../support/test-app';

const SECRET = 'slack-signing-secret-for-proposals';
const DIGEST_CHANNEL = 'C0DIGEST';

let clicks = 0;

/** A form-encoded block_actions payload, as Slack posts it when someone clicks a button on `message`. */
function blockActionsBody(input: { user: string; actionId: string; value: string; blockId: string; message: { ts: string; text: string; blocks: unknown[] }; responseUrl: string; trigger?: string }): string {
  const payload = {
    type: 'block_actions',
    user: { id: input.user, username: input.user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'A0STEWARD',
    token: 'deprecated',
    container: { type: 'message', message_ts: input.message.ts, channel_id: DIGEST_CHANNEL, is_ephemeral: false },
    trigger_id: input.trigger ?? `${Date.now()}.${++clicks}.click`,
    team: { id: 'T0FAKE', domain: 'fake-team' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: DIGEST_CHANNEL, name: 'digest' },
    message: { type: 'message', ts: input.message.ts, text: input.message.text, blocks: input.message.blocks },
    response_url: input.responseUrl,
    actions: [{ type: 'button', action_id: input.actionId, block_id: input.blockId, value: input.value, text: { type: 'plain_text', text: 'x' }, action_ts: `${Date.now() / 1000}` }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('Proposals from Slack: digest with Block Kit buttons, approve/decline through Bolt', () => {
  let t: TestApp;
  let slack: FakeSlack;
  let smtp: SmtpSink;
  let bot: SlackBot;
  let organizationId: string;
  let owner: string;
  let digest: { ts: string; text: string; blocks: any[] };

  const post = (body: string) => t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').set(signSlackRequest(SECRET, body)).send(body);
  const proposal = async (id: string) => (await t.db.query(`SELECT status, decided_via, task_id FROM agentic_proposals WHERE id = $1`, [id]))[0];
  const tasksFor = async (id: string) => (await t.db.query(`SELECT count(*)::int AS n FROM tasks WHERE idempotency_key = $1`, [`proposal-${id}`]))[0].n as number;
  const buttonsOf = (blocks: any[]) => blocks.filter((b) => b.type === 'actions').map((b) => ({ blockId: b.block_id as string, approve: b.elements[0], decline: b.elements[1] }));

  async function click(input: { user: string; actionId: string; value: string; blockId: string; trigger?: string; url: string }) {
    const started = Date.now();
    const res = await post(blockActionsBody({ ...input, message: digest, responseUrl: slack.responseUrl(input.url) }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await bot.idle();
    return slack.responses.filter((r) => r.id === input.url);
  }

  beforeAll(async () => {
    slack = await startFakeSlack({ users: { U0ADA: 'ada@pipeline.test', U0BOB: 'bob@pipeline.test' } });
    smtp = await startSmtpSink();
    t = await startTestApp({
      database: 'pglite',
      env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-single', SLACK_API_URL: slack.apiUrl, CAMPAIGN_SMTP_URL: `smtp://${smtp.user}:${smtp.password}@${smtp.host}:${smtp.port}` },
    });
    bot = t.get(SlackBot);
    const created = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name: 'Pipeline Roasters', plan: 'pro' }).expect(201);
    organizationId = created.body.id;
    owner = (await t.http().post(`/api/v1/organizations/${organizationId}/api-keys`).set(bearer(t.adminKey)).send({ name: 'owner', role: 'owner' }).expect(201)).body.key;
    for (const [email, role] of [['ada@pipeline.test', 'admin'], ['bob@pipeline.test', 'member']]) {
      await t.http().post(`/api/v1/organizations/${organizationId}/members`).set(bearer(owner)).send({ email, role }).expect(201);
    }
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId, amount: '100', reason: 'test' }).expect(201);
    const code = await t.http().post('/api/v1/integrations/link-codes').set(bearer(owner)).send({ provider: 'slack' }).expect(201);
    await post(slashCommandBody({ text: `link ${code.body.code}`, responseUrl: slack.responseUrl('link') })).expect(200);
    await bot.idle();
    const stale = syntheticHistory(3, 21).map((e) => ({ ...e, facts: { ...e.facts, activityCount: 1, daysSinceActivity: 30 } }));
    await seedLeads(t.db, organizationId, stale, { open: true, prefix: 'Stale' });
    await t.http().put('/api/v1/agentic/policy').set(bearer(owner)).send({ digestChannel: 'slack', digestTarget: DIGEST_CHANNEL }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await slack?.close();
    await smtp?.close();
  });

  it('delivers the digest to the linked workspace channel once, with approve/decline buttons per proposal', async () => {
    const run = await t.http().post('/api/v1/agentic/analyze').set(bearer(owner)).expect(200);
    expect(run.body.filed).toBeGreaterThanOrEqual(3);
    await t.queue.drained(30_000);
    const posts = slack.callsOf('chat.postMessage').filter((c) => c.body.channel === DIGEST_CHANNEL);
    expect(posts).toHaveLength(1);
    expect(posts[0].token).toBe('xoxb-single');
    expect(posts[0].body.text).toMatch(/^Steward digest: \d insights?, \d+ proposals waiting for you$/);
    const blocks = posts[0].body.blocks as any[];
    const buttons = buttonsOf(blocks);
    expect(buttons.map((b) => b.approve.value).sort()).toEqual(run.body.proposals.map((p: { id: string }) => p.id).sort());
    expect(buttons[0].approve).toMatchObject({ type: 'button', action_id: 'proposal_approve', style: 'primary' });
    expect(buttons[0].decline).toMatchObject({ type: 'button', action_id: 'proposal_decline', style: 'danger', value: buttons[0].approve.value });
    digest = { ts: '1700000001.000100', text: posts[0].body.text as string, blocks };

    // the event again, or a second enqueue of the same run's digest, posts nothing more
    await t.get<DigestDeliveryService>(DigestDeliveryService).enqueue(organizationId, run.body.runId);
    await t.queue.drained(30_000);
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === DIGEST_CHANNEL)).toHaveLength(1);
  });

  it('approves once when an admin clicks, replaces the buttons with the decision, and ignores a retried click', async () => {
    const [target] = buttonsOf(digest.blocks);
    const id = target.approve.value as string;
    const trigger = 'trigger-approve-1';
    const first = await click({ user: 'U0ADA', actionId: 'proposal_approve', value: id, blockId: target.blockId, trigger, url: 'approve-1' });
    expect(first).toHaveLength(1);
    expect(first[0].body.replace_original).toBe(true);
    const replaced = first[0].body.blocks as any[];
    expect(replaced.find((b) => b.block_id === target.blockId)).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringMatching(/^✅ Approved by <@U0ADA>/) }] });
    expect(buttonsOf(replaced)).toHaveLength(buttonsOf(digest.blocks).length - 1);
    expect(await proposal(id)).toMatchObject({ status: 'approved', decided_via: 'slack' });
    expect(await tasksFor(id)).toBe(1);

    // Slack redelivering the same click (same trigger id) does nothing
    expect(await click({ user: 'U0ADA', actionId: 'proposal_approve', value: id, blockId: target.blockId, trigger, url: 'approve-retry' })).toHaveLength(0);
    // a second click (another trigger) answers with the decision already made, and starts nothing
    const again = await click({ user: 'U0ADA', actionId: 'proposal_approve', value: id, blockId: target.blockId, url: 'approve-2' });
    expect(again[0].body.replace_original).toBe(true);
    expect(await tasksFor(id)).toBe(1);
    // declining what was approved is refused, to the clicker only
    const decline = await click({ user: 'U0ADA', actionId: 'proposal_decline', value: id, blockId: target.blockId, url: 'decline-late' });
    expect(decline[0].body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('already approved via slack') });
  });

  it("refuses a member's click politely and leaves the proposal pending", async () => {
    const target = buttonsOf(digest.blocks)[1];
    const id = target.approve.value as string;
    const refused = await click({ user: 'U0BOB', actionId: 'proposal_approve', value: id, blockId: target.blockId, url: 'bob-approve' });
    expect(refused).toHaveLength(1);
    expect(refused[0].body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refused[0].body.text).toContain('Sorry, only admins can approve or decline proposals.');
    expect(refused[0].body.text).toContain('needs the admin role');
    expect(await proposal(id)).toMatchObject({ status: 'pending' });
    expect(await tasksFor(id)).toBe(0);

    const declined = await click({ user: 'U0ADA', actionId: 'proposal_decline', value: id, blockId: target.blockId, url: 'ada-decline' });
    expect(declined[0].body.blocks.find((b: any) => b.block_id === target.blockId).elements[0].text).toMatch(/^✖️ Declined by <@U0ADA>/);
    expect(await proposal(id)).toMatchObject({ status: 'declined', decided_via: 'slack' });
  });

  it('rejects an unsigned click like every other request on /slack/events', async () => {
    const [target] = buttonsOf(digest.blocks).slice(-1);
    const body = blockActionsBody({ user: 'U0ADA', actionId: 'proposal_approve', value: target.approve.value, blockId: target.blockId, message: digest, responseUrl: slack.responseUrl('forged') });
    await t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').set(signSlackRequest('wrong-secret', body)).send(body).expect(401);
    expect(await proposal(target.approve.value)).toMatchObject({ status: 'pending' });
  });

  it('answers `proposals` with the same buttons', async () => {
    await post(slashCommandBody({ text: 'proposals', userId: 'U0BOB', responseUrl: slack.responseUrl('list') })).expect(200);
    await bot.idle();
    const [list] = slack.responses.filter((r) => r.id === 'list');
    expect(list.body.response_type).toBe('in_channel');
    const buttons = buttonsOf(list.body.blocks);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b) => b.approve.action_id === 'proposal_approve' && b.blockId === `proposal:${b.approve.value}`)).toBe(true);
  });

  it('sends the digest by e-mail when the policy says so, once per run', async () => {
    await t.http().put('/api/v1/agentic/policy').set(bearer(owner)).send({ digestChannel: 'email', digestTarget: 'owner@pipeline.test' }).expect(200);
    const run = await t.http().post('/api/v1/agentic/analyze').set(bearer(owner)).expect(200);
    await t.queue.drained(30_000);
    const [mail] = await smtp.waitFor(1);
    expect(mail.envelopeTo).toEqual(['owner@pipeline.test']);
    expect(mail.parsed.subject).toMatch(/^Steward: Steward digest: \d insights?/);
    expect(mail.parsed.messageId).toBe(`<agentic-digest-${run.body.runId}@steward.invalid>`);
    expect(mail.parsed.text).toContain('no activity for 14+ days');
    await t.get<DigestDeliveryService>(DigestDeliveryService).enqueue(organizationId, run.body.runId);
    await t.queue.drained(30_000);
    expect(smtp.messages).toHaveLength(1);
  });
});

import { DiscordBot } from '../../src/integrations/discord/discord.listener';
import { syntheticHistory } from '../../src/modules/crm/scoring/synthetic-history';
import { seedLeads } from '../crm/crm-factory';
import { FAKE_BOT_ID, FAKE_CHANNEL_ID, FakeDiscord, startFakeDiscord } from '../support/fake-discord';
import { bearer, startTestApp, TestApp } from '../support/test-app';

const ADA = '970000000000000011';
const BOB = '970000000000000012';

describe('Proposals from Discord: digest with buttons, component interactions through discord.js', () => {
  let t: TestApp;
  let discord: FakeDiscord;
  let bot: DiscordBot;
  let owner: string;
  let digest: { content: string; components: any[] };

  const proposal = async (id: string) => (await t.db.query(`SELECT status, decided_via FROM agentic_proposals WHERE id = $1`, [id]))[0];
  const tasksFor = async (id: string) => (await t.db.query(`SELECT count(*)::int AS n FROM tasks WHERE idempotency_key = $1`, [`proposal-${id}`]))[0].n as number;
  const digestPosts = () => discord.callsTo(new RegExp(`^/channels/${FAKE_CHANNEL_ID}/messages$`), 'POST').filter((c) => String(c.body.content).startsWith('**Steward digest'));
  const buttons = (rows: any[]) => rows.flatMap((row) => row.components as { custom_id: string; label: string; style: number; disabled?: boolean }[]);

  async function linkMember(userId: string, email: string) {
    const code = await t.http().post('/api/v1/integrations/link-codes').set(bearer(owner)).send({ provider: 'discord', email }).expect(201);
    discord.sendMessage({ userId, content: `<@${FAKE_BOT_ID}> link ${code.body.code}`, mentionsBot: true });
    await discord.waitFor((d) => d.callsTo(/\/messages$/, 'POST').some((c) => String(c.body.content).includes('chat account is linked') && c.body.message_reference));
    await bot.idle();
  }

  beforeAll(async () => {
    discord = await startFakeDiscord();
    t = await startTestApp({ database: 'pglite', env: { DISCORD_BOT_TOKEN: 'fake.discord.token', DISCORD_APPLICATION_ID: '1', DISCORD_REST_URL: discord.restUrl } });
    bot = t.get(DiscordBot);
    await bot.ready();
    const created = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name: 'Discord Pipeline', plan: 'pro' }).expect(201);
    const organizationId = created.body.id as string;
    owner = (await t.http().post(`/api/v1/organizations/${organizationId}/api-keys`).set(bearer(t.adminKey)).send({ name: 'owner', role: 'owner' }).expect(201)).body.key;
    for (const [email, role] of [['ada@dpipe.test', 'admin'], ['bob@dpipe.test', 'member']]) {
      await t.http().post(`/api/v1/organizations/${organizationId}/members`).set(bearer(owner)).send({ email, role }).expect(201);
    }
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId, amount: '100', reason: 'test' }).expect(201);
    await linkMember(ADA, 'ada@dpipe.test');
    await linkMember(BOB, 'bob@dpipe.test');
    const stale = syntheticHistory(3, 31).map((e) => ({ ...e, facts: { ...e.facts, activityCount: 1, daysSinceActivity: 30 } }));
    await seedLeads(t.db, organizationId, stale, { open: true, prefix: 'Quiet' });
    await t.http().put('/api/v1/agentic/policy').set(bearer(owner)).send({ digestChannel: 'discord', digestTarget: FAKE_CHANNEL_ID }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await discord?.close();
  });

  it('posts the digest to the chosen channel once, with proposal:approve:<id> buttons', async () => {
    const run = await t.http().post('/api/v1/agentic/analyze').set(bearer(owner)).expect(200);
    await t.queue.drained(30_000);
    await discord.waitFor(() => digestPosts().length === 1);
    const [post] = digestPosts();
    const ids = run.body.proposals.map((p: { id: string }) => p.id as string);
    const all = buttons(post.body.components);
    expect(post.body.components.length).toBe(Math.min(ids.length, 5));
    const approvable = all.filter((b) => b.custom_id.startsWith('proposal:approve:')).map((b) => b.custom_id.split(':')[2]);
    expect(approvable).toHaveLength(Math.min(ids.length, 5));
    for (const id of approvable) expect(ids).toContain(id);
    expect(all[0]).toMatchObject({ type: 2, style: 3, label: expect.stringMatching(/^Approve [0-9a-f]{8}$/) });
    expect(all[1]).toMatchObject({ type: 2, style: 4, custom_id: all[0].custom_id.replace('approve', 'decline') });
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    digest = { content: post.body.content, components: post.body.components };
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(digestPosts()).toHaveLength(1);
  });

  it('approves once on an admin click: deferred update, buttons replaced by the decision, redelivery ignored', async () => {
    const approve = buttons(digest.components)[0];
    const id = approve.custom_id.split(':')[2];
    const interaction = discord.buttonClick({ userId: ADA, customId: approve.custom_id, message: digest });
    await discord.waitFor((d) => d.callsTo(new RegExp(`/webhooks/1/itoken-${interaction}/messages/@original$`), 'PATCH').length === 1);
    const [callback] = discord.callsTo(new RegExp(`^/interactions/${interaction}/[^/]+/callback$`), 'POST');
    expect(callback.body).toMatchObject({ type: 6 });
    const [edit] = discord.callsTo(new RegExp(`/webhooks/1/itoken-${interaction}/messages/@original$`), 'PATCH');
    expect(edit.at).toBeGreaterThanOrEqual(callback.at);
    expect(edit.body.content).toContain(`✅ Approved by <@${ADA}>`);
    expect(buttons(edit.body.components)[0]).toMatchObject({ custom_id: `proposal:decided:${id}`, disabled: true, label: expect.stringMatching(/^Approved · /) });
    expect(buttons(edit.body.components).length).toBe(buttons(digest.components).length - 1);
    expect(await proposal(id)).toMatchObject({ status: 'approved', decided_via: 'discord' });

    discord.redeliver(interaction);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await bot.idle();
    expect(discord.callsTo(new RegExp(`^/interactions/${interaction}/`), 'POST')).toHaveLength(1);
    expect(await tasksFor(id)).toBe(1);
  });

  it("refuses a member's click with an ephemeral follow-up and leaves the proposal pending", async () => {
    const approve = buttons(digest.components)[2];
    const id = approve.custom_id.split(':')[2];
    const interaction = discord.buttonClick({ userId: BOB, customId: approve.custom_id, message: digest });
    await discord.waitFor((d) => d.callsTo(new RegExp(`^/webhooks/1/itoken-${interaction}$`), 'POST').length === 1);
    const [followUp] = discord.callsTo(new RegExp(`^/webhooks/1/itoken-${interaction}$`), 'POST');
    expect(followUp.body).toMatchObject({ flags: 64 });
    expect(followUp.body.content).toContain('Sorry, only admins can approve or decline proposals.');
    expect(discord.callsTo(new RegExp(`/webhooks/1/itoken-${interaction}/messages/@original$`), 'PATCH')).toHaveLength(0);
    expect(await proposal(id)).toMatchObject({ status: 'pending' });
  });
});

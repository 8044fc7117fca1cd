import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscordBot } from '../../src/integrations/discord/discord.listener';
import { FAKE_BOT_ID, FAKE_CHANNEL_ID, FAKE_GUILD_ID, FakeDiscord, startFakeDiscord } from '../support/fake-discord';
import { FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

const ADA = '970000000000000001';
const BOB = '970000000000000002';

describe('Discord (real discord.js against a loopback REST + gateway)', () => {
  let t: TestApp;
  let discord: FakeDiscord;
  let openai: FakeOpenAI;
  let bot: DiscordBot;
  let org: Awaited<ReturnType<typeof createOrganizationWithKey>>;

  const channelPosts = (channel = FAKE_CHANNEL_ID) => discord.callsTo(new RegExp(`^/channels/${channel}/messages$`), 'POST');

  beforeAll(async () => {
    discord = await startFakeDiscord();
    openai = await startFakeOpenAI();
    t = await startTestApp({
      database: 'pglite',
      env: { DISCORD_BOT_TOKEN: 'fake.discord.token', DISCORD_APPLICATION_ID: '1', DISCORD_REST_URL: discord.restUrl, OPENAI_BASE_URL: openai.baseUrl },
    });
    bot = t.get(DiscordBot);
    await bot.ready();
    org = await createOrganizationWithKey(t, 'Discord Bakers');
    await t.http().post(`/api/v1/organizations/${org.organizationId}/members`).set(bearer(org.key)).send({ email: 'ada@bakers.test', role: 'admin' }).expect(201);
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.organizationId, amount: '20', reason: 'test' }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await discord?.close();
    await openai?.close();
  });

  it('follows GET /gateway/bot to the gateway, identifies and registers /steward in the guild', async () => {
    expect(discord.calls[0]).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    expect(discord.identified()).toBe(true);
    await discord.waitFor((d) => d.callsTo(/\/guilds\/\d+\/commands$/, 'PUT').length > 0);
    const [registration] = discord.callsTo(new RegExp(`^/applications/1/guilds/${FAKE_GUILD_ID}/commands$`), 'PUT');
    expect(registration.body).toEqual([
      expect.objectContaining({ name: 'steward', options: [expect.objectContaining({ name: 'text', required: true }), expect.objectContaining({ name: 'file', type: 11, required: false })] }),
    ]);
  });

  it('links the guild and its admin with a code typed in a mention, once per message id', async () => {
    const before = await t.http().post('/api/v1/integrations/link-codes').set(bearer(org.key)).send({ provider: 'discord', email: 'ada@bakers.test' }).expect(201);
    const id = discord.sendMessage({ userId: ADA, content: `<@${FAKE_BOT_ID}> link ${before.body.code}`, mentionsBot: true });
    await discord.waitFor(() => channelPosts().length === 1);
    discord.redeliver(id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await bot.idle();
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    expect(posts[0].body.content).toContain('now linked to Discord Bakers');
    expect(posts[0].body.message_reference).toMatchObject({ message_id: id });
  });

  it('ignores guild messages that do not mention the bot, and refuses unknown people politely', async () => {
    const count = channelPosts().length;
    discord.sendMessage({ userId: BOB, content: 'balance' });
    discord.sendMessage({ userId: BOB, content: `<@${FAKE_BOT_ID}> balance`, mentionsBot: true });
    await discord.waitFor(() => channelPosts().length === count + 1);
    expect(channelPosts().at(-1)!.body.content).toContain("can't match your Discord account to a member of Discord Bakers");
  });

  it('answers /steward balance with an ephemeral deferred reply', async () => {
    const id = discord.slashCommand({ userId: ADA, text: 'balance' });
    await discord.waitFor((d) => d.callsTo(/\/messages\/@original$/, 'PATCH').length === 1);
    const [callback] = discord.callsTo(new RegExp(`^/interactions/${id}/[^/]+/callback$`), 'POST');
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const [edit] = discord.callsTo(/\/messages\/@original$/, 'PATCH');
    expect(edit.body.content).toBe('**20 credits available**\n**Balance:** 20\n**Held for running tasks:** 0\n**Available:** 20\n-# Cost: 0 credits');
    expect(edit.at).toBeGreaterThanOrEqual(callback.at);
    discord.redeliver(id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(discord.callsTo(/\/callback$/, 'POST')).toHaveLength(1);
  });

  it('sends a DM to the AI CEO (through the model) and splits a long answer at 2,000 characters', async () => {
    const paragraph = 'Focus on repeat customers and keep the agents busy with invoices. '.repeat(12).trim();
    const long = Array.from({ length: 6 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n');
    openai.enqueue({ toolCalls: [{ name: 'get_balance', arguments: {} }], usage: { promptTokens: 300, completionTokens: 20 } }, { text: long, usage: { promptTokens: 400, completionTokens: 900 } });
    discord.sendMessage({ userId: ADA, guild: false, channelId: '980000000000000001', content: 'How should we grow this quarter?' });
    await bot.idle();
    await discord.waitFor(() => channelPosts('980000000000000001').length >= 3);
    const parts = channelPosts('980000000000000001').map((call) => call.body.content as string);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    const joined = parts.join('\n');
    expect(joined).toContain('6. Focus on repeat customers');
    expect(joined).toMatch(/Cost: [0-9.]+ credits · answered by the model/);
    expect(openai.requests[1].messages.at(-1)).toMatchObject({ role: 'tool' });
  });

  it('runs an agent on a file attached to a mention, downloaded from the attachment URL', async () => {
    const xml = readFileSync(join(__dirname, '../fixtures/invoices/ubl-invoice.xml'));
    const count = channelPosts().length;
    discord.sendMessage({ userId: ADA, content: `<@${FAKE_BOT_ID}> run invoice-processor`, mentionsBot: true, attachments: [{ filename: 'ubl-invoice.xml', content: xml, contentType: 'application/xml' }] });
    await discord.waitFor(() => channelPosts().length === count + 1);
    expect(channelPosts().at(-1)!.body.content).toContain('**Task started: invoice-processor**');
    expect(discord.callsTo(/^\/attachments\/\d+\/\d+\/ubl-invoice\.xml$/, 'GET')).toHaveLength(1);
    const [task] = await t.db.query(`SELECT t.input, i.content FROM tasks t JOIN task_inputs i ON i.task_id = t.id WHERE t.organization_id = $1 AND t.agent = 'invoice-processor'`, [org.organizationId]);
    expect(task.input).toMatchObject({ filename: 'ubl-invoice.xml', mimeType: 'application/xml', hasFile: true });
    expect(Buffer.compare(task.content, xml)).toBe(0);
    await t.queue.drained(60_000);
    await discord.waitFor(() => channelPosts().some((call) => String(call.body.content).includes('invoice-processor finished')), 60_000);
    expect(channelPosts().find((call) => String(call.body.content).includes('invoice-processor finished'))!.body.content).toContain('UBL-5521');
  });

  it('refuses a /steward file over 20 MB with a clear reply, without downloading it', async () => {
    const id = discord.slashCommand({ userId: ADA, text: 'run invoice-processor', file: { filename: 'scan.pdf', content: '%PDF-1.7', contentType: 'application/pdf', announcedSize: 25 * 1024 * 1024 } });
    await discord.waitFor((d) => d.callsTo(new RegExp(`^/webhooks/1/itoken-${id}/messages/@original$`), 'PATCH').length === 1);
    const [edit] = discord.callsTo(new RegExp(`^/webhooks/1/itoken-${id}/messages/@original$`), 'PATCH');
    expect(edit.body.content).toBe('**scan.pdf is 25 MB; a file for \\`run\\` can be up to 20 MB.**');
    expect(discord.callsTo(/scan\.pdf$/, 'GET')).toHaveLength(0);
  });
});

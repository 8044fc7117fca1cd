import { PassThrough } from 'node:stream';
import { DiscordBot } from '../../src/integrations/discord/discord.listener';
import { SlackBot } from '../../src/integrations/slack/slack.bot';
import { runCommandCli } from '../../src/modules/commands/command.cli';
import type { CommandReply } from '../../src/modules/commands/command-reply';
import { CommandsService } from '../../src/modules/commands/commands.service';
import { renderEmail, renderText } from '../../src/modules/commands/render/text.renderer';
import { AuthService } from '../../src/modules/auth/auth.service';
import { FAKE_BOT_ID, FakeDiscord, startFakeDiscord } from '../support/fake-discord';
import { FakeSlack, signSlackRequest, slashCommandBody, startFakeSlack } from '../support/fake-slack';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

const SECRET = 'table-test-signing-secret';
const DISCORD_ADA = '970000000000000011';

/** One table: each command, asked in Slack, Discord, an e-mail subject, REST and the CLI, reads the same. */
describe('the same command gives the same answer on every channel', () => {
  let t: TestApp;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let adminKey: string;
  let organizationId: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ users: { U0ADA: 'ada@table.test' } });
    discord = await startFakeDiscord();
    t = await startTestApp({
      database: 'pglite',
      env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-table', SLACK_API_URL: slack.apiUrl, DISCORD_BOT_TOKEN: 'fake.table.token', DISCORD_APPLICATION_ID: '1', DISCORD_REST_URL: discord.restUrl },
    });
    await t.get<DiscordBot>(DiscordBot).ready();
    const org = await createOrganizationWithKey(t, 'Table Traders');
    organizationId = org.organizationId;
    await t.http().post(`/api/v1/organizations/${organizationId}/members`).set(bearer(org.key)).send({ email: 'ada@table.test', role: 'admin' }).expect(201);
    adminKey = (await t.http().post(`/api/v1/organizations/${organizationId}/api-keys`).set(bearer(org.key)).send({ name: 'admin', role: 'admin' }).expect(201)).body.key;
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId, amount: '12.5', reason: 'test' }).expect(201);
    await t.http().post('/api/v1/usage').set(bearer(adminKey)).send({ operation: 'prediction', quantity: 2 }).expect(201);
    const slackCode = await t.http().post('/api/v1/integrations/link-codes').set(bearer(org.key)).send({ provider: 'slack' }).expect(201);
    expect(await viaSlack(`link ${slackCode.body.code}`)).toContain('now linked');
    const discordCode = await t.http().post('/api/v1/integrations/link-codes').set(bearer(org.key)).send({ provider: 'discord', email: 'ada@table.test' }).expect(201);
    expect(await viaDiscord(`link ${discordCode.body.code}`)).toContain('now linked');
  });
  afterAll(async () => {
    await t?.close();
    await slack?.close();
    await discord?.close();
  });

  async function viaSlack(text: string): Promise<string> {
    const id = `table-${Math.random().toString(36).slice(2)}`;
    const body = slashCommandBody({ text, userId: 'U0ADA', responseUrl: slack.responseUrl(id) });
    await t.http().post('/slack/events').set('content-type', 'application/x-www-form-urlencoded').set(signSlackRequest(SECRET, body)).send(body).expect(200);
    await t.get<SlackBot>(SlackBot).idle();
    const [response] = slack.responses.filter((r) => r.id === id);
    return slackText(response.body.blocks);
  }

  async function viaDiscord(text: string): Promise<string> {
    const before = discord.callsTo(/\/messages\/@original$/, 'PATCH').length;
    discord.slashCommand({ userId: DISCORD_ADA, text });
    await discord.waitFor((d) => d.callsTo(/\/messages\/@original$/, 'PATCH').length > before);
    return discordText(discord.callsTo(/\/messages\/@original$/, 'PATCH').at(-1)!.body.content);
  }

  async function viaRest(text: string): Promise<string> {
    const res = await t.http().post('/api/v1/commands').set(bearer(adminKey)).send({ text });
    return renderText(res.body as CommandReply);
  }

  async function viaCli(text: string): Promise<string> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await runCommandCli(['--key', adminKey, text], { out, err: new PassThrough(), app: t.app });
    return Buffer.concat(chunks).toString('utf8').trimEnd();
  }

  async function viaEmailSubject(text: string): Promise<string> {
    // what the mailbox pipeline does with a command in a subject line (src/modules/mailboxes)
    const principal = (await t.get<AuthService>(AuthService).principalFromApiKey(adminKey))!;
    const reply = await t.get<CommandsService>(CommandsService).execute({ channel: 'email', organizationId, principal, threadKey: 'email:table' }, text);
    return renderEmail(reply).text.trimEnd();
  }

  it.each(['balance', 'usage month', 'forecast', 'budget set 50', 'budget', 'help budget', 'balanse', 'tasks'])('"%s"', async (command) => {
    const answers = {
      slack: await viaSlack(command),
      discord: await viaDiscord(command),
      email: await viaEmailSubject(command),
      rest: await viaRest(command),
      cli: await viaCli(command),
    };
    expect(answers.rest.length).toBeGreaterThan(10);
    for (const answer of Object.values(answers)) expect(answer).toBe(answers.rest);
  });

  it('uses the mention form in Discord too', async () => {
    const count = discord.callsTo(/^\/channels\/\d+\/messages$/, 'POST').length;
    discord.sendMessage({ userId: DISCORD_ADA, content: `<@${FAKE_BOT_ID}> balance`, mentionsBot: true });
    await discord.waitFor((d) => d.callsTo(/^\/channels\/\d+\/messages$/, 'POST').length > count);
    expect(discordText(discord.callsTo(/^\/channels\/\d+\/messages$/, 'POST').at(-1)!.body.content)).toBe(await viaRest('balance'));
  });
});

/** Block Kit → the plain text it shows. */
function slackText(blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string }[] }[]): string {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const lines: string[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'section' && block.text) lines.push(index === 0 ? block.text.text.replace(/^\*(.*)\*$/s, '$1') : block.text.text);
    if (block.type === 'section' && block.fields) lines.push(...block.fields.map((f) => f.text.replace(/^\*(.+?):\* /, '$1: ')));
    if (block.type === 'context') lines.push(...block.elements!.map((e) => e.text));
  });
  return unescape(lines.join('\n'));
}

/** Discord markdown → the plain text it shows. */
function discordText(content: string): string {
  return content
    .split('\n')
    .map((line, index) => (index === 0 ? line.replace(/^\*\*(.*)\*\*$/, '$1') : line.replace(/^\*\*(.+?):\*\* /, '$1: ').replace(/^-# /, '')))
    .join('\n')
    .replace(/\\([\\*_`~|>])/g, '$1');
}

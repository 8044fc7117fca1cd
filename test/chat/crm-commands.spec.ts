import { syntheticHistory } from '../../src/modules/crm/scoring/synthetic-history';
import { seedLeads } from '../crm/crm-factory';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Leads and the agentic engine's proposals through the command language (the same in every channel). */
describe('CRM commands', () => {
  let t: TestApp;
  let org: { organizationId: string; owner: string; member: string };

  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres' });
    const created = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name: 'Pipeline Co', plan: 'pro' }).expect(201);
    const organizationId = created.body.id as string;
    const key = async (role: string) => (await t.http().post(`/api/v1/organizations/${organizationId}/api-keys`).set(bearer(t.adminKey)).send({ name: role, role }).expect(201)).body.key as string;
    org = { organizationId, owner: await key('owner'), member: await key('member') };
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId, amount: '100', reason: 'test' }).expect(201);
    await t.http().post('/api/v1/leads').set(bearer(org.owner)).send({ name: 'Anna Müller', company: 'Bäckerei Müller GmbH', email: 'anna@mueller.example', priority: 'high', source: 'referral' }).expect(201);
    const stale = syntheticHistory(3, 11).map((e) => ({ ...e, facts: { ...e.facts, activityCount: 1, daysSinceActivity: 30 } }));
    await seedLeads(t.db, organizationId, stale, { open: true, prefix: 'Stale' });
  });
  afterAll(() => t.close());

  const command = (key: string, text: string) => t.http().post('/api/v1/commands').set(bearer(key)).send({ text });

  it('lists open leads best first with a score and its reason', async () => {
    const res = await command(org.member, 'leads').expect(200);
    expect(res.body).toMatchObject({ ok: true, command: 'leads', data: { total: 4 } });
    expect(res.body.blocks[0].text).toMatch(/Open leads \(4, best first\)/);
    expect(res.body.blocks[0].text).toMatch(/score \d+%/);
  });

  it('shows one lead by part of its name', async () => {
    const res = await command(org.member, 'lead anna').expect(200);
    expect(res.body).toMatchObject({ ok: true, command: 'lead', title: 'Anna Müller' });
    const missing = await command(org.member, 'lead nobody-like-this').expect(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  it('lists pending proposals and lets an admin approve one from chat, not a member', async () => {
    await t.http().post('/api/v1/agentic/analyze').set(bearer(org.owner)).expect(200);
    const pending = await command(org.member, 'proposals').expect(200);
    expect(pending.body.data.items.length).toBeGreaterThan(0);
    const proposal = pending.body.data.items[0] as { id: string };
    const shortId = proposal.id.slice(0, 8);
    const refused = await command(org.member, `approve ${shortId}`).expect(403);
    expect(refused.body.error.code).toBe('forbidden');
    const approved = await command(org.owner, `approve ${shortId}`).expect(200);
    expect(approved.body).toMatchObject({ ok: true, command: 'approve', data: { proposal: { id: proposal.id, status: 'approved', decidedVia: 'rest' } } });
    const again = await t.http().get('/api/v1/proposals?status=pending').set(bearer(org.owner)).expect(200);
    expect(again.body.items.map((p: { id: string }) => p.id)).not.toContain(proposal.id);
  });
});

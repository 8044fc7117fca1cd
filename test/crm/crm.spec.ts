import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CrmService } from '../../src/modules/crm/crm.service';
import { DATABASE_KINDS } from '../support/databases';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

describe.each(DATABASE_KINDS)('CRM on %s', (database) => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let b: Awaited<ReturnType<typeof createOrganizationWithKey>>;

  beforeAll(async () => {
    t = await startTestApp({ database });
    a = await createOrganizationWithKey(t, 'Alpha Crm');
    b = await createOrganizationWithKey(t, 'Beta Crm');
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a lead with a score and its reasons', async () => {
    const created = await t.http().post('/api/v1/leads').set(bearer(a.key)).send({ name: 'Anna Müller', company: 'Acme GmbH', email: 'Anna@Acme.example', source: 'referral', priority: 'high', value: '2500' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Anna Müller', email: 'anna@acme.example', status: 'new', value: '2500.00', scoreMethod: 'heuristic' });
    expect(created.body.score).toBeGreaterThan(0);
    expect(created.body.score).toBeLessThan(1);
    expect(created.body.scoreReasons.map((r: { factor: string }) => r.factor)).toEqual(expect.arrayContaining(['priority', 'source']));
    const id = created.body.id;
    const updated = await t.http().patch(`/api/v1/leads/${id}`).set(bearer(a.key)).send({ status: 'qualified', priority: 'low' }).expect(200);
    expect(updated.body).toMatchObject({ status: 'qualified', priority: 'low' });
    expect(updated.body.score).toBeLessThan(created.body.score);
    const won = await t.http().patch(`/api/v1/leads/${id}`).set(bearer(a.key)).send({ status: 'won' }).expect(200);
    expect(won.body.closedAt).not.toBeNull();
    await t.http().get(`/api/v1/leads/${id}`).set(bearer(a.key)).expect(200);
    await t.http().delete(`/api/v1/leads/${id}`).set(bearer(a.key)).expect(200);
    await t.http().get(`/api/v1/leads/${id}`).set(bearer(a.key)).expect(404);
  });

  it('refuses duplicates by e-mail and by company + name', async () => {
    const first = await t.http().post('/api/v1/leads').set(bearer(a.key)).send({ name: 'Jean Dupont', company: 'Dupont & Fils SARL', email: 'jean@dupont.example' }).expect(201);
    const sameEmail = await t.http().post('/api/v1/leads').set(bearer(a.key)).send({ name: 'J. Dupont', email: 'JEAN@dupont.example' }).expect(409);
    expect(sameEmail.body.error).toMatchObject({ code: 'conflict', details: { duplicateOf: first.body.id, matchedOn: 'email' } });
    const sameName = await t.http().post('/api/v1/leads').set(bearer(a.key)).send({ name: 'Dupont, Jean', company: 'DUPONT & FILS' }).expect(409);
    expect(sameName.body.error.details).toMatchObject({ duplicateOf: first.body.id, matchedOn: 'company_and_name' });
    // another organization may have the same person
    await t.http().post('/api/v1/leads').set(bearer(b.key)).send({ name: 'Jean Dupont', company: 'Dupont & Fils SARL', email: 'jean@dupont.example' }).expect(201);
  });

  it("answers 404 for another organization's leads and meetings", async () => {
    const lead = await t.http().post('/api/v1/leads').set(bearer(b.key)).send({ name: 'Secret Lead', email: 'secret@beta.example' }).expect(201);
    const meeting = await t.http().post('/api/v1/meetings').set(bearer(b.key)).send({ title: 'Beta sync', startsAt: new Date().toISOString(), leadId: lead.body.id }).expect(201);
    await t.http().get(`/api/v1/leads/${lead.body.id}`).set(bearer(a.key)).expect(404);
    await t.http().patch(`/api/v1/leads/${lead.body.id}`).set(bearer(a.key)).send({ name: 'Stolen' }).expect(404);
    await t.http().delete(`/api/v1/leads/${lead.body.id}`).set(bearer(a.key)).expect(404);
    await t.http().post(`/api/v1/leads/${lead.body.id}/activities`).set(bearer(a.key)).send({ type: 'note', body: 'x' }).expect(404);
    await t.http().get(`/api/v1/meetings/${meeting.body.id}`).set(bearer(a.key)).expect(404);
    await t.http().post('/api/v1/meetings').set(bearer(a.key)).send({ title: 'x', startsAt: new Date().toISOString(), leadId: lead.body.id }).expect(404);
    const list = await t.http().get('/api/v1/leads?q=Secret').set(bearer(a.key)).expect(200);
    expect(list.body.total).toBe(0);
    await t.http().get('/api/v1/leads/not-a-uuid').set(bearer(a.key)).expect(404);
  });

  it('records activities and meetings, moves new leads to contacted and rescores', async () => {
    const lead = await t.http().post('/api/v1/leads').set(bearer(a.key)).send({ name: 'Carla Ruiz', company: 'Muebles García', email: 'carla@garcia.example' }).expect(201);
    const call = await t.http().post(`/api/v1/leads/${lead.body.id}/activities`).set(bearer(a.key)).send({ type: 'call', body: 'Discussed pricing' }).expect(201);
    expect(call.body).toMatchObject({ type: 'call', leadId: lead.body.id });
    await t.http().post('/api/v1/meetings').set(bearer(a.key)).send({ title: 'Demo', startsAt: new Date().toISOString(), attendees: ['carla@garcia.example'], leadId: lead.body.id }).expect(201);
    const fresh = await t.http().get(`/api/v1/leads/${lead.body.id}`).set(bearer(a.key)).expect(200);
    expect(fresh.body).toMatchObject({ status: 'contacted', activityCount: 2 });
    expect(fresh.body.score).toBeGreaterThan(lead.body.score);
    const activities = await t.http().get(`/api/v1/leads/${lead.body.id}/activities`).set(bearer(a.key)).expect(200);
    expect(activities.body.items.map((x: { type: string }) => x.type).sort()).toEqual(['call', 'meeting']);
    const meetings = await t.http().get(`/api/v1/meetings?leadId=${lead.body.id}`).set(bearer(a.key)).expect(200);
    expect(meetings.body.items[0]).toMatchObject({ title: 'Demo', attendees: ['carla@garcia.example'] });
  });

  it('searches and filters', async () => {
    const c = await createOrganizationWithKey(t, 'Gamma Crm');
    for (const lead of [
      { name: 'Hot Lead', company: 'Fire Inc', priority: 'high', source: 'referral', status: 'qualified' },
      { name: 'Cold Lead', company: 'Ice Ltd', priority: 'low', source: 'cold list' },
      { name: 'Warm Lead', company: 'Tea Co', email: 'warm@tea.example', owner: 'sam' },
    ]) {
      await t.http().post('/api/v1/leads').set(bearer(c.key)).send(lead).expect(201);
    }
    const byScore = await t.http().get('/api/v1/leads').set(bearer(c.key)).expect(200);
    expect(byScore.body.items.map((l: { name: string }) => l.name)).toEqual(['Hot Lead', 'Warm Lead', 'Cold Lead']);
    expect((await t.http().get('/api/v1/leads?q=tea.example').set(bearer(c.key))).body.items.map((l: { name: string }) => l.name)).toEqual(['Warm Lead']);
    expect((await t.http().get('/api/v1/leads?status=qualified').set(bearer(c.key))).body.total).toBe(1);
    expect((await t.http().get('/api/v1/leads?priority=low').set(bearer(c.key))).body.items[0].name).toBe('Cold Lead');
    expect((await t.http().get('/api/v1/leads?owner=sam').set(bearer(c.key))).body.total).toBe(1);
    expect((await t.http().get('/api/v1/leads?minScore=0.5').set(bearer(c.key))).body.items.map((l: { name: string }) => l.name)).toContain('Hot Lead');
    expect((await t.http().get('/api/v1/leads?sort=name&limit=1&offset=1').set(bearer(c.key))).body).toMatchObject({ total: 3, items: [{ name: 'Hot Lead' }] });
    await t.http().get('/api/v1/leads?minScore=3').set(bearer(c.key)).expect(400);
  });

  it('imports a CSV through the Data Entry agent, explaining rejects and duplicates', async () => {
    const d = await createOrganizationWithKey(t, 'Delta Crm');
    await t.http().post('/api/v1/leads').set(bearer(d.key)).send({ name: 'Jean Dupont', email: 'jean@dupont.example' }).expect(201);
    const csv = readFileSync(path.join(__dirname, '..', 'fixtures', 'data-entry', 'leads.csv'), 'utf8');
    const report = await t.http().post('/api/v1/leads/import').set(bearer(d.key)).send({ text: `${csv}\nAnna Müller,ACME,anna.mueller@acme.example,,,,,\n` }).expect(201);
    expect(report.body.method).toBe('data-entry:table');
    expect(report.body.created.map((c: { name: string }) => c.name)).toEqual(['Müller, Anna', 'Carla Ruiz']);
    expect(report.body.duplicates).toEqual([
      expect.objectContaining({ name: 'Jean Dupont', matchedOn: 'email' }),
      expect.objectContaining({ name: 'Anna Müller', matchedOn: 'email', duplicateOf: report.body.created[0].id }),
    ]);
    expect(report.body.rejected[0].reasons.join(' ')).toMatch(/email/i);
    const anna = await t.http().get(`/api/v1/leads/${report.body.created[0].id}`).set(bearer(d.key)).expect(200);
    expect(anna.body).toMatchObject({ company: 'Acme GmbH', priority: 'high', value: '1234.56' });
    const note = readFileSync(path.join(__dirname, '..', 'fixtures', 'data-entry', 'lead-note.txt'), 'utf8');
    const free = await t.http().post('/api/v1/leads/import').set(bearer(d.key)).send({ text: note }).expect(201);
    expect(free.body.created[0].name).toBe('Sarah Lee');
    await t.http().post('/api/v1/leads/import').set(bearer(d.key)).send({}).expect(400);
  });

  it('answers the chat commands `leads` and `lead <name>`', async () => {
    const e = await createOrganizationWithKey(t, 'Epsilon Crm');
    await t.http().post('/api/v1/leads').set(bearer(e.key)).send({ name: 'Zoe Zimmer', company: 'Zed AG', priority: 'high', source: 'referral' }).expect(201);
    await t.http().post('/api/v1/leads').set(bearer(e.key)).send({ name: 'Yann Young', priority: 'low' }).expect(201);
    const crm = t.get<CrmService>(CrmService);
    const leads = await crm.leads(e.organizationId);
    expect(leads.total).toBe(2);
    expect(leads.text).toMatch(/1\. Zoe Zimmer \(Zed AG\) — new, score \d+%/);
    const zoe = await crm.lead(e.organizationId, 'zoe');
    expect(zoe.lead.name).toBe('Zoe Zimmer');
    expect(zoe.text).toContain('high priority');
    expect(zoe.text).toMatch(/\+ high priority/);
    await expect(crm.lead(a.organizationId, 'Zoe')).rejects.toMatchObject({ code: 'not_found' });
  });
});

import { JobName } from '../../src/queue/job-names';
import { heuristicScore } from '../../src/modules/crm/scoring/heuristic';
import { auc } from '../../src/modules/crm/scoring/logistic';
import { syntheticHistory } from '../../src/modules/crm/scoring/synthetic-history';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { seedLeads } from './crm-factory';

describe('lead scoring against an organization history (postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ database: 'postgres' });
  });
  afterAll(() => t.close());

  it('keeps the heuristic below 30 closed leads and says why', async () => {
    const org = await createOrganizationWithKey(t, 'Small History');
    await seedLeads(t.db, org.organizationId, syntheticHistory(12, 5), { prefix: 'Small' });
    const report = await t.http().post('/api/v1/leads/scoring/retrain').set(bearer(org.key)).expect(201);
    expect(report.body).toMatchObject({ method: 'heuristic', closedLeads: 12, modelAuc: null });
    expect(report.body.why).toContain('needs 30');
    const info = await t.http().get('/api/v1/leads/scoring').set(bearer(org.key)).expect(200);
    expect(info.body).toMatchObject({ method: 'heuristic', model: null });
  });

  it('trains on won/lost history, beats the heuristic on held-out leads, and shows model reasons in REST', async () => {
    const org = await createOrganizationWithKey(t, 'Long History');
    await seedLeads(t.db, org.organizationId, syntheticHistory(400, 21), { prefix: 'Closed' });
    const holdout = syntheticHistory(300, 22);
    const openIds = await seedLeads(t.db, org.organizationId, holdout, { open: true, prefix: 'Open' });
    // the scheduled path: the sweep enqueues one retrain per organization
    await t.queue.enqueue(JobName.LeadScoringSweep, {}, { jobId: 'test-scoring-sweep' });
    await t.queue.drained(60_000);
    const info = await t.http().get('/api/v1/leads/scoring').set(bearer(org.key)).expect(200);
    expect(info.body.method).toBe('model');
    expect(info.body.model.trainedOn).toBe(400);
    expect(info.body.model.auc).toBeGreaterThan(info.body.model.heuristicAuc);

    // held-out open leads: the stored model scores rank the true outcomes better than the heuristic
    const rows: { id: string; score: number; score_method: string }[] = await t.db.query('SELECT id, score, score_method FROM crm_leads WHERE id = ANY($1::uuid[])', [openIds]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows.every((r) => r.score_method === 'model')).toBe(true);
    const labels = holdout.map((e) => e.won);
    const modelAuc = auc(openIds.map((id) => Number(byId.get(id)!.score)), labels);
    const heuristicAuc = auc(holdout.map((e) => heuristicScore(e.facts).score), labels);
    expect(modelAuc).toBeGreaterThan(heuristicAuc + 0.05);

    const lead = await t.http().get(`/api/v1/leads/${openIds[0]}`).set(bearer(org.key)).expect(200);
    expect(lead.body.scoreMethod).toBe('model');
    expect(lead.body.scoreReasons.length).toBeGreaterThan(0);
    expect(lead.body.scoreReasons[0]).toEqual({ factor: expect.any(String), effect: expect.any(Number), text: expect.stringMatching(/(raises|lowers) the score/) });
    // a new lead is scored with the organization's model straight away
    const fresh = await t.http().post('/api/v1/leads').set(bearer(org.key)).send({ name: 'Fair Visitor', source: 'Trade fair', value: '15000' }).expect(201);
    expect(fresh.body.scoreMethod).toBe('model');
  });
});

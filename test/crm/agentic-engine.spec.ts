import type { DomainEvent } from '../../src/common/domain-events';
import { DomainEvents } from '../../src/common/domain-events';
import { ProposalsService } from '../../src/agents/agentic-engine/proposals.service';
import { syntheticHistory } from '../../src/modules/crm/scoring/synthetic-history';
import { JobName } from '../../src/queue/job-names';
import { DATABASE_KINDS } from '../support/databases';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { seedLeads } from './crm-factory';

async function organization(t: TestApp, name: string, plan: 'free' | 'pro' | 'enterprise', credits = '100') {
  const org = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name, plan }).expect(201);
  const key = await t.http().post(`/api/v1/organizations/${org.body.id}/api-keys`).set(bearer(t.adminKey)).send({ name: 'owner', role: 'owner' }).expect(201);
  await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.body.id, amount: credits, reason: 'test' }).expect(201);
  return { organizationId: org.body.id as string, key: key.body.key as string };
}

/** Three leads untouched for 30+ days, one fresh one, no posts and a queue of 12 waiting tasks. */
async function neglected(t: TestApp, organizationId: string, prefix: string) {
  const stale = syntheticHistory(3, 4).map((e) => ({ ...e, facts: { ...e.facts, activityCount: 1, daysSinceActivity: 30 } }));
  await seedLeads(t.db, organizationId, stale, { open: true, prefix });
  await seedLeads(t.db, organizationId, syntheticHistory(1, 5).map((e) => ({ ...e, facts: { ...e.facts, activityCount: 2, daysSinceActivity: 1 } })), { open: true, prefix: `${prefix}Fresh` });
  for (let i = 0; i < 12; i += 1) {
    await t.db.query(`INSERT INTO tasks (organization_id, agent, status, input, created_at) VALUES ($1, 'data-entry', 'queued', '{}'::jsonb, now() - interval '2 hours')`, [organizationId]);
  }
}

describe.each(DATABASE_KINDS)('agentic engine on %s', (database) => {
  let t: TestApp;
  const digests: DomainEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ database });
    t.get<DomainEvents>(DomainEvents).subscribe('agentic.digest', (event) => void digests.push(event));
  });
  afterAll(() => t.close());

  it('finds insights, files proposals with reasons and costs, and does not repeat them on the next run', async () => {
    const org = await organization(t, 'Neglected Ltd', 'pro');
    await neglected(t, org.organizationId, 'Stale');
    const first = await t.http().post('/api/v1/agentic/analyze').set(bearer(org.key)).expect(200);
    expect(first.body.insights).toEqual([
      { type: 'stale_leads', confidence: 0.9, reason: expect.stringContaining('3 open leads have had no activity for 14+ days') },
      { type: 'low_content_output', confidence: 0.8, reason: expect.stringContaining('Only 0 posts') },
      { type: 'task_backlog', confidence: 0.85, reason: expect.stringContaining('12 tasks are waiting') },
    ]);
    const actions = first.body.proposals.map((p: { action: string }) => p.action).sort();
    expect(actions).toEqual(['lead_followup', 'lead_followup', 'lead_followup', 'review_task_backlog', 'social_media_post']);
    for (const p of first.body.proposals) {
      expect(p).toMatchObject({ id: expect.any(String), status: 'pending', reason: expect.any(String), estimatedCost: expect.stringMatching(/^\d+(\.\d+)?$/) });
    }
    expect(first.body.proposals.find((p: { action: string }) => p.action === 'lead_followup').estimatedCost).not.toBe('0');
    expect(first.body.proposals.find((p: { action: string }) => p.action === 'review_task_backlog').estimatedCost).toBe('0');

    const second = await t.http().post('/api/v1/agentic/analyze').set(bearer(org.key)).expect(200);
    expect(second.body.filed).toBe(0);
    expect(second.body.insights).toHaveLength(3);
    expect(second.body.proposals.map((p: { id: string }) => p.id).sort()).toEqual(first.body.proposals.map((p: { id: string }) => p.id).sort());
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM agentic_proposals WHERE organization_id = $1', [org.organizationId]);
    expect(count).toBe(5);

    const digest = digests.find((d) => d.organizationId === org.organizationId);
    expect(digest?.payload).toMatchObject({ runId: first.body.runId, channel: 'none', text: expect.stringContaining('Steward digest') });
  });

  it('approves over REST (a billed lead_followup task runs) and declines from chat through the service', async () => {
    const org = await organization(t, 'Approver Co', 'pro');
    await neglected(t, org.organizationId, 'Approve');
    const run = await t.http().post('/api/v1/agentic/analyze').set(bearer(org.key)).expect(200);
    const followups = run.body.proposals.filter((p: { action: string }) => p.action === 'lead_followup');
    const approved = await t.http().post(`/api/v1/proposals/${followups[0].id}/approve`).set(bearer(org.key)).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedVia: 'rest', taskId: expect.any(String) });
    await t.queue.drained(30_000);
    const task = await t.http().get(`/api/v1/tasks/${approved.body.taskId}`).set(bearer(org.key)).expect(200);
    expect(task.body).toMatchObject({ agent: 'lead_followup', status: 'succeeded', mode: 'offline' });
    expect(Number(task.body.cost)).toBeGreaterThan(0);
    const activities = await t.http().get(`/api/v1/leads/${followups[0].params.leadId}/activities`).set(bearer(org.key)).expect(200);
    expect(activities.body.items[0].body).toContain('Follow-up drafted (from a template)');
    // a second click answers with the same decision and starts nothing new
    const again = await t.http().post(`/api/v1/proposals/${followups[0].id}/approve`).set(bearer(org.key)).expect(200);
    expect(again.body.taskId).toBe(approved.body.taskId);

    const proposals = t.get<ProposalsService>(ProposalsService);
    const declined = await proposals.decide(org.organizationId, followups[1].id, 'decline', { via: 'slack', by: 'U123' });
    expect(declined).toMatchObject({ status: 'declined', decidedVia: 'slack', decidedBy: 'U123', taskId: null });
    const conflict = await t.http().post(`/api/v1/proposals/${followups[1].id}/approve`).set(bearer(org.key)).expect(409);
    expect(conflict.body.error.code).toBe('conflict');

    // another organization cannot see or decide these
    const other = await organization(t, 'Other Co', 'pro');
    await t.http().get(`/api/v1/proposals/${followups[2].id}`).set(bearer(other.key)).expect(404);
    await t.http().post(`/api/v1/proposals/${followups[2].id}/approve`).set(bearer(other.key)).expect(404);
    // declined lead is not proposed again on the next run (cool-down)
    const next = await t.http().post('/api/v1/agentic/analyze').set(bearer(org.key)).expect(200);
    expect(next.body.filed).toBe(0);
  });

  it('auto-approves by policy within the run credit cap and leaves the rest for a person', async () => {
    const org = await organization(t, 'Autopilot GmbH', 'enterprise');
    await neglected(t, org.organizationId, 'Auto');
    const policy = await t.http().put('/api/v1/agentic/policy').set(bearer(org.key)).send({ autoApprove: true, runCreditCap: '0.25', digestChannel: 'slack', digestTarget: 'C42' }).expect(200);
    expect(policy.body).toMatchObject({ autoApprove: true, runCreditCap: '0.25', digestChannel: 'slack' });
    const run = await t.http().post('/api/v1/agentic/analyze').set(bearer(org.key)).expect(200);
    expect(run.body.autoApproved).toBeGreaterThan(0);
    expect(Number(run.body.committed)).toBeLessThanOrEqual(0.25);
    const approved = run.body.proposals.filter((p: { status: string }) => p.status === 'approved');
    const pending = run.body.proposals.filter((p: { status: string }) => p.status === 'pending');
    expect(approved.every((p: { decidedVia: string }) => p.decidedVia === 'policy')).toBe(true);
    expect(pending.length).toBeGreaterThan(0);
    const sum = approved.reduce((s: number, p: { estimatedCost: string }) => s + Number(p.estimatedCost), 0);
    expect(sum).toBeLessThanOrEqual(0.25);
    await t.queue.drained(30_000);
    const digest = digests.find((d) => d.organizationId === org.organizationId);
    expect(digest?.payload).toMatchObject({ channel: 'slack', target: 'C42' });
  });

  it('runs on schedule for pro and enterprise organizations only', async () => {
    const pro = await organization(t, 'Scheduled Pro', 'pro');
    const free = await organization(t, 'Scheduled Free', 'free');
    await neglected(t, pro.organizationId, 'SchedPro');
    await neglected(t, free.organizationId, 'SchedFree');
    await t.queue.enqueue(JobName.AgenticSweep, {}, { jobId: `test-agentic-sweep-${Date.now()}` });
    await t.queue.drained(30_000);
    const runs = await t.db.query(`SELECT organization_id FROM agentic_runs WHERE trigger = 'schedule'`);
    const orgs = runs.map((r: { organization_id: string }) => r.organization_id);
    expect(orgs).toContain(pro.organizationId);
    expect(orgs).not.toContain(free.organizationId);
    // members cannot run or decide
    const member = await t.http().post(`/api/v1/organizations/${pro.organizationId}/api-keys`).set(bearer(pro.key)).send({ name: 'm', role: 'member' }).expect(201);
    await t.http().post('/api/v1/agentic/analyze').set(bearer(member.body.key)).expect(403);
    const list = await t.http().get('/api/v1/proposals?status=pending').set(bearer(member.body.key)).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
  });
});

import { AgentRunners, AGENT_RUNNERS } from '../../src/modules/tasks/agent-runner';
import { bearer, TestApp } from '../support/test-app';

export async function grant(t: TestApp, organizationId: string, amount: string) {
  await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId, amount, reason: 'test credits' }).expect(201);
}

export async function balance(t: TestApp, key: string) {
  const res = await t.http().get('/api/v1/credits/balance').set(bearer(key)).expect(200);
  return res.body as { balance: string; held: string; available: string };
}

/** Polls GET /tasks/{id} until the task is final. */
export async function waitForTask(t: TestApp, key: string, id: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http().get(`/api/v1/tasks/${id}`).set(bearer(key)).expect(200);
    if (['succeeded', 'failed', 'refused'].includes(res.body.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`task ${id} still ${res.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function runners(t: TestApp): AgentRunners {
  return t.get<AgentRunners>(AGENT_RUNNERS);
}

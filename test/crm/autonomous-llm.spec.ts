import { bearer, startTestApp, TestApp } from '../support/test-app';
import { FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server';

describe('autonomous tasks with a model configured (fake OpenAI-compatible server)', () => {
  let t: TestApp;
  let llm: FakeOpenAI;

  beforeAll(async () => {
    llm = await startFakeOpenAI();
    t = await startTestApp({ database: 'pglite', env: { OPENAI_BASE_URL: llm.baseUrl, OPENAI_API_KEY: 'sk-test' } });
  });
  afterAll(async () => {
    await t.close();
    await llm.close();
  });

  it('writes the post with the model, labels it llm and bills its tokens', async () => {
    const org = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name: 'Model Writer', plan: 'pro' }).expect(201);
    const key = await t.http().post(`/api/v1/organizations/${org.body.id}/api-keys`).set(bearer(t.adminKey)).send({ name: 'o', role: 'owner' }).expect(201);
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.body.id, amount: '20', reason: 'test' }).expect(201);
    llm.reply(() => ({ text: 'Spring is here and so is our new menu. Come by!', usage: { promptTokens: 120, completionTokens: 40 } }));
    const created = await t.http().post('/api/v1/tasks').set(bearer(key.body.key)).send({ agent: 'social_media_post', input: { text: 'new spring menu' } }).expect(202);
    await t.queue.drained(30_000);
    const task = await t.http().get(`/api/v1/tasks/${created.body.id}`).set(bearer(key.body.key)).expect(200);
    expect(task.body).toMatchObject({ status: 'succeeded', mode: 'llm', usage: { inputTokens: 120, outputTokens: 40 }, output: { generatedBy: 'llm', status: 'draft', text: 'Spring is here and so is our new menu. Come by!' } });
    expect(task.body.output.note).toContain('not connected');
    expect(JSON.stringify(llm.requests[0].messages)).toContain('new spring menu');
  });
});

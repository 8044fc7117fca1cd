import { FakeOpenAI, messageText, startFakeOpenAI, toolResults } from '../support/fake-openai-server';
import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';

describe('AI CEO through the real LangChain/OpenAI client (loopback chat-completions with tool calls)', () => {
  let t: TestApp;
  let openai: FakeOpenAI;
  let org: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let member: string;

  const ask = (key: string, text: string, thread?: string) => t.http().post('/api/v1/commands').set(bearer(key)).send({ text, ...(thread ? { thread } : {}) });

  beforeAll(async () => {
    openai = await startFakeOpenAI();
    t = await startTestApp({ database: 'pglite', env: { OPENAI_BASE_URL: openai.baseUrl } });
    org = await createOrganizationWithKey(t, 'Bean There');
    member = (await t.http().post(`/api/v1/organizations/${org.organizationId}/api-keys`).set(bearer(org.key)).send({ name: 'm', role: 'member' }).expect(201)).body.key;
    await t.http().post('/api/v1/credits/grants').set(bearer(t.adminKey)).send({ organizationId: org.organizationId, amount: '30', reason: 'test' }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await openai?.close();
  });
  beforeEach(() => openai.reset());

  it('takes its name, personality, goals and industry from the organization settings (admins only)', async () => {
    await t.http().put('/api/v1/ai-ceo').set(bearer(member)).send({ name: 'Nope' }).expect(403);
    const saved = await t.http().put('/api/v1/ai-ceo').set(bearer(org.key)).send({ name: 'Ada', personality: 'frugal and warm', goals: 'double wholesale orders', industry: 'coffee roasting' }).expect(200);
    expect(saved.body).toEqual({ name: 'Ada', personality: 'frugal and warm', goals: 'double wholesale orders', industry: 'coffee roasting' });
    expect((await t.http().get('/api/v1/ai-ceo').set(bearer(member)).expect(200)).body.name).toBe('Ada');
  });

  it('calls tools that read module services, bills every model call by tokens, and says mode and cost', async () => {
    openai.enqueue(
      { toolCalls: [{ name: 'get_balance', arguments: {} }, { name: 'get_usage', arguments: { period: 'year' } }], usage: { promptTokens: 1000, completionTokens: 50 } },
      (request) => {
        const results = toolResults(request);
        const balance = JSON.parse(results[0].content) as { available: string };
        return { text: `You have ${balance.available} credits. ${results[1].content.includes('invalid arguments') ? 'Usage needs a period.' : ''}`, usage: { promptTokens: 1500, completionTokens: 100 } };
      },
    );
    const res = await ask(member, 'How are we doing?', 'growth').expect(200);
    expect(res.body).toMatchObject({ ok: true, command: 'ask', title: 'Ada', mode: 'llm', data: { usage: { inputTokens: 2500, outputTokens: 150 }, tools: ['get_balance', 'get_usage'] } });
    // the first model call was billed before the tools ran, so the balance already shows it
    expect(res.body.blocks[0].text).toBe('You have 29.927 credits. Usage needs a period.');

    const system = messageText(openai.requests[0].messages[0]);
    expect(system).toContain('You are Ada, the AI CEO of Bean There, a business in coffee roasting.');
    expect(system).toContain('frugal and warm');
    expect(openai.requests[0].tools!.map((tool) => tool.function.name)).toEqual(['get_balance', 'get_usage', 'get_forecast', 'list_budgets', 'list_recent_tasks', 'list_top_leads']);

    // ai-ceo-chat: 0.05 per call + 0.02 / 1k input + 0.06 / 1k output tokens
    const entries = await t.db.query(
      `SELECT amount::text, quantity, breakdown FROM credit_ledger_entries WHERE organization_id = $1 AND operation = 'ai-ceo-chat' ORDER BY sequence`,
      [org.organizationId],
    );
    expect(entries.map((e: { amount: string }) => e.amount)).toEqual(['-73000', '-86000']);
    expect(res.body.cost).toBe('0.159');
    expect(res.body.blocks).toHaveLength(1);
    const balance = await t.http().get('/api/v1/credits/balance').set(bearer(member)).expect(200);
    expect(balance.body.available).toBe('29.841');
  });

  it('remembers the conversation per thread', async () => {
    openai.enqueue({ text: 'Raise wholesale prices by 5%.', usage: { promptTokens: 10, completionTokens: 5 } });
    await ask(member, 'And what should we change first?', 'growth').expect(200);
    const history = openai.requests[0].messages.map((m) => `${m.role}:${messageText(m)}`);
    expect(history.slice(1)).toEqual(['user:How are we doing?', 'assistant:You have 29.927 credits. Usage needs a period.', 'user:And what should we change first?']);

    openai.enqueue({ text: 'Hello.', usage: { promptTokens: 10, completionTokens: 5 } });
    await ask(member, 'hello', 'another-thread').expect(200);
    expect(openai.requests[1].messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('refuses before calling the model when the organization cannot pay for an answer', async () => {
    const poor = await createOrganizationWithKey(t, 'Empty Pockets');
    const res = await ask(poor.key, 'How do we grow?').expect(402);
    expect(res.body.error).toMatchObject({ code: 'insufficient_credits' });
    expect(res.body.error.message).toContain('Top up');
    expect(openai.requests).toHaveLength(0);
  });

  it('reports a model failure clearly and still bills what the provider charged for', async () => {
    openai.enqueue({ error: { status: 400, message: 'bad tool schema' } });
    const res = await ask(member, 'What next?').expect(503);
    expect(res.body.error.message).toContain("The AI CEO's model did not answer");
  });
});

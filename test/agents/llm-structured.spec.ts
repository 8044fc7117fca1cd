import { z } from 'zod';
import { LangChainLlmClient } from '../../src/agents/llm/langchain-llm.client';
import { LlmError } from '../../src/agents/llm/llm-error';
import { llmSettings, PLACEHOLDER_API_KEY } from '../../src/agents/llm/llm-settings';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server';

const Invoice = z.object({
  supplier: z.string(),
  total: z.number(),
  lines: z.array(z.object({ description: z.string(), amount: z.number() })),
});

describe('LangChainLlmClient structured output and completion (real ChatOpenAI against the fake server)', () => {
  let openai: FakeOpenAI;

  beforeEach(async () => {
    openai = await startFakeOpenAI();
  });
  afterEach(() => openai.close());

  const client = (overrides: Parameters<typeof llmSettings>[0] = {}) =>
    new LangChainLlmClient(llmSettings({ baseUrl: openai.baseUrl, maxRetries: 0, ...overrides }));

  const invoice = { supplier: 'ACME GmbH', total: 119, lines: [{ description: 'Widgets', amount: 119 }] };

  it('sends a json_schema response_format and returns the validated value with the provider usage', async () => {
    openai.enqueue({ json: invoice, usage: { promptTokens: 321, completionTokens: 45 } });

    const result = await client().structured(Invoice, 'Extract the invoice.', 'ACME GmbH ... total 119.00 EUR');

    expect(result).toEqual({ value: invoice, usage: { inputTokens: 321, outputTokens: 45 } });
    const [request] = openai.requests;
    expect(request.model).toBe('gpt-4o-mini');
    expect(request.messages).toEqual([
      { role: 'system', content: 'Extract the invoice.' },
      { role: 'user', content: 'ACME GmbH ... total 119.00 EUR' },
    ]);
    expect(request.response_format?.type).toBe('json_schema');
    expect(request.response_format?.json_schema?.name).toBe('extract');
    expect(request.response_format?.json_schema?.schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['supplier', 'total', 'lines']),
    });
    expect(request.tools).toBeUndefined();
  });

  it('uses a forced tool call when configured for servers without json_schema support', async () => {
    openai.enqueue({ json: invoice, usage: { promptTokens: 200, completionTokens: 30 } });

    const result = await client({ structuredOutput: 'functionCalling', model: 'llama3.1' }).structured(Invoice, 'Extract.', 'text');

    expect(result).toEqual({ value: invoice, usage: { inputTokens: 200, outputTokens: 30 } });
    const [request] = openai.requests;
    expect(request.model).toBe('llama3.1');
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'extract' } });
    expect(request.tools?.map((tool) => tool.function.name)).toEqual(['extract']);
    expect(request.response_format).toBeUndefined();
  });

  it('rejects an answer that does not match the schema as permanent, still reporting what it cost', async () => {
    openai.enqueue({ json: { supplier: 'ACME GmbH', total: 'a lot' }, usage: { promptTokens: 90, completionTokens: 12 } });

    const error = await client().structured(Invoice, 'Extract.', 'text').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'permanent', code: 'invalid_output', usage: { inputTokens: 90, outputTokens: 12 } });
    expect((error as LlmError).message).toMatch(/total/);
    expect(openai.requests).toHaveLength(1);
  });

  it('rejects an answer that is not JSON as permanent invalid output', async () => {
    openai.enqueue({ text: 'Sorry, I cannot read this invoice.' });

    await expect(client().structured(Invoice, 'Extract.', 'text')).rejects.toMatchObject({ kind: 'permanent', code: 'invalid_output' });
  });

  it('counts the usage of malformed tool-call arguments in function-calling mode', async () => {
    openai.enqueue({ toolCalls: [{ name: 'extract', arguments: '{"supplier": "ACME' }], usage: { promptTokens: 50, completionTokens: 9 } });
    // LangChain's tool parser warns about the message without valid tool calls; expected here
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    await expect(client({ structuredOutput: 'functionCalling' }).structured(Invoice, 'Extract.', 'text')).rejects.toMatchObject({
      kind: 'permanent',
      code: 'invalid_output',
      usage: { inputTokens: 50, outputTokens: 9 },
    });
    warn.mockRestore();
  });

  it('completes plain text with usage taken from the provider response', async () => {
    openai.enqueue({ text: 'Your balance is 12 credits.', usage: { promptTokens: 17, completionTokens: 7 } });

    const result = await client({ model: 'gpt-4.1-mini' }).complete('You are Steward.', 'What is my balance?');

    expect(result).toEqual({ text: 'Your balance is 12 credits.', usage: { inputTokens: 17, outputTokens: 7 } });
    expect(openai.requests[0].model).toBe('gpt-4.1-mini');
  });

  it('reports zero usage when the server sends no usage fields', async () => {
    openai.enqueue({ text: 'ok', includeUsage: false });

    await expect(client().complete('s', 'u')).resolves.toEqual({ text: 'ok', usage: { inputTokens: 0, outputTokens: 0 } });
  });

  it('sends the configured key, or a placeholder for a base URL without key (local servers)', async () => {
    openai.reply(() => ({ text: 'ok' }));

    await client({ apiKey: 'sk-test-123' }).complete('s', 'u');
    await client().complete('s', 'u');

    expect(openai.headers.map((h) => h.authorization)).toEqual(['Bearer sk-test-123', `Bearer ${PLACEHOLDER_API_KEY}`]);
  });

  it('accepts a base URL without /v1', async () => {
    openai.enqueue({ text: 'ok' });

    await expect(client({ baseUrl: openai.baseUrl.replace(/\/v1$/, '') }).complete('s', 'u')).resolves.toMatchObject({ text: 'ok' });
  });
});

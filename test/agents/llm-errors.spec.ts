import { z } from 'zod';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { LangChainLlmClient } from '../../src/agents/llm/langchain-llm.client';
import { classifyLlmError, LlmError } from '../../src/agents/llm/llm-error';
import { llmSettings, type LlmSettings } from '../../src/agents/llm/llm-settings';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server';

describe('LLM error classification (real ChatOpenAI against the fake server)', () => {
  let openai: FakeOpenAI;

  beforeEach(async () => {
    openai = await startFakeOpenAI();
  });
  afterEach(() => openai.close());

  const client = (overrides: Partial<LlmSettings> = {}) =>
    new LangChainLlmClient(llmSettings({ baseUrl: openai.baseUrl, maxRetries: 0, ...overrides }));

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error as LlmError,
    );

  it.each([
    [500, undefined, 'server_error'],
    [502, undefined, 'server_error'],
    [503, undefined, 'server_error'],
    [429, 'rate_limit_exceeded', 'rate_limited'],
  ])('HTTP %s is transient (%s → %s)', async (status, code, expected) => {
    openai.enqueue({ error: { status, code, message: 'try later' } });

    const error = await failure(client().complete('s', 'u'));

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'transient', transient: true, code: expected, status });
  });

  it.each([
    [400, undefined, 'bad_request'],
    [401, 'invalid_api_key', 'unauthorized'],
    [403, undefined, 'unauthorized'],
    [404, 'model_not_found', 'model_not_found'],
    [429, 'insufficient_quota', 'quota_exceeded'],
  ])('HTTP %s is permanent (%s → %s)', async (status, code, expected) => {
    openai.enqueue({ error: { status, code, message: 'no' } });

    const error = await failure(client().structured(z.object({ a: z.string() }), 's', 'u'));

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'permanent', transient: false, code: expected, status });
  });

  it('a context overflow is permanent', async () => {
    openai.enqueue({ error: { status: 400, code: 'context_length_exceeded', message: "This model's maximum context length is 128000 tokens." } });

    await expect(client().complete('s', 'u')).rejects.toMatchObject({ kind: 'permanent', code: 'context_overflow' });
  });

  it('a timeout is transient', async () => {
    openai.enqueue({ text: 'too late', delayMs: 2_000 });

    await expect(client({ timeoutMs: 200 }).complete('s', 'u')).rejects.toMatchObject({ kind: 'transient', code: 'timeout' });
  });

  it('a refused connection is transient', async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}/v1`;

    await expect(client({ baseUrl }).complete('s', 'u')).rejects.toMatchObject({ kind: 'transient', code: 'connection_failed' });
  });

  it('an aborted call is reported as aborted', async () => {
    openai.enqueue({ text: 'never read', delayMs: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    await expect(client().complete('s', 'u', { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('LangChain retries transient failures itself before giving up (maxRetries)', async () => {
    openai.enqueue({ error: { status: 503 } }, { text: 'recovered', usage: { promptTokens: 3, completionTokens: 1 } });

    await expect(client({ maxRetries: 1 }).complete('s', 'u')).resolves.toEqual({ text: 'recovered', usage: { inputTokens: 3, outputTokens: 1 } });
    expect(openai.requests).toHaveLength(2);
  });

  it('does not retry permanent failures', async () => {
    openai.reply(() => ({ error: { status: 401, code: 'invalid_api_key' } }));

    await expect(client({ maxRetries: 3 }).complete('s', 'u')).rejects.toMatchObject({ code: 'unauthorized' });
    expect(openai.requests).toHaveLength(1);
  });

  it('classifies unknown errors as permanent and keeps LlmErrors as they are', () => {
    const known = new LlmError('rate_limited', 'slow down');
    expect(classifyLlmError(known)).toBe(known);
    expect(classifyLlmError(new TypeError('x is undefined'))).toMatchObject({ kind: 'permanent', code: 'unknown' });
    expect(classifyLlmError(Object.assign(new Error('socket'), { cause: { code: 'ECONNRESET' } }))).toMatchObject({ kind: 'transient', code: 'connection_failed' });
  });
});


async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

import { LangChainLlmClient } from '../../src/agents/llm/langchain-llm.client';
import { createLlmClient, UsageMeter } from '../../src/agents/llm/llm.factory';
import { DEFAULT_LLM_MODEL, isLlmConfigured, llmSettings, llmSettingsFromConfig } from '../../src/agents/llm/llm-settings';
import { startFakeOpenAI } from '../support/fake-openai-server';

describe('createLlmClient and settings', () => {
  it('is offline (null) without an API key or base URL', () => {
    expect(createLlmClient(llmSettings())).toBeNull();
    expect(createLlmClient(llmSettings({ apiKey: '  ', baseUrl: '' }))).toBeNull();
    expect(isLlmConfigured({})).toBe(false);
  });

  it('is online with a key (OpenAI) or with only a base URL (local server)', () => {
    expect(createLlmClient(llmSettings({ apiKey: 'sk-x' }))).toBeInstanceOf(LangChainLlmClient);
    expect(createLlmClient(llmSettings({ baseUrl: 'http://localhost:11434/v1' }))).toBeInstanceOf(LangChainLlmClient);
    expect(isLlmConfigured({ baseUrl: 'http://localhost:11434/v1' })).toBe(true);
  });

  it('fills defaults and reads the AppConfig getters', () => {
    expect(llmSettings()).toEqual({ model: DEFAULT_LLM_MODEL, timeoutMs: 60_000, maxRetries: 2, structuredOutput: 'jsonSchema', apiKey: undefined, baseUrl: undefined });
    const fromConfig = llmSettingsFromConfig({ openaiApiKey: 'sk-x', openaiBaseUrl: undefined, llmModel: 'gpt-4.1-mini' }, { maxRetries: 0 });
    expect(fromConfig).toMatchObject({ apiKey: 'sk-x', model: 'gpt-4.1-mini', maxRetries: 0, timeoutMs: 60_000 });
    expect(createLlmClient(fromConfig)?.model).toBe('gpt-4.1-mini');
  });

  it('exposes the LangChain chat model pointed at the configured server', async () => {
    const openai = await startFakeOpenAI();
    try {
      openai.enqueue({ text: 'pong', usage: { promptTokens: 4, completionTokens: 1 } });
      const model = createLlmClient(llmSettings({ baseUrl: openai.baseUrl, model: 'qwen2.5' }))!.chatModel();

      const message = await model.invoke('ping');

      expect(message.text).toBe('pong');
      expect(openai.requests[0]).toMatchObject({ model: 'qwen2.5', messages: [{ role: 'user', content: 'ping' }] });
    } finally {
      await openai.close();
    }
  });
});

describe('UsageMeter', () => {
  it('sums usage across calls', () => {
    const meter = new UsageMeter();
    meter.add({ inputTokens: 10, outputTokens: 2 });
    const result = meter.track({ value: 1, usage: { inputTokens: 5, outputTokens: 3 } });

    expect(result.value).toBe(1);
    expect(meter.total).toEqual({ inputTokens: 15, outputTokens: 5 });
    expect(meter.calls).toBe(2);
  });

  it('meters structured() and complete() results of a real client', async () => {
    const openai = await startFakeOpenAI();
    try {
      openai.enqueue({ text: 'a', usage: { promptTokens: 7, completionTokens: 1 } }, { text: 'b', usage: { promptTokens: 9, completionTokens: 2 } });
      const llm = createLlmClient(llmSettings({ baseUrl: openai.baseUrl, maxRetries: 0 }))!;
      const meter = new UsageMeter();

      meter.track(await llm.complete('s', 'one'));
      meter.track(await llm.complete('s', 'two'));

      expect(meter.total).toEqual({ inputTokens: 16, outputTokens: 3 });
    } finally {
      await openai.close();
    }
  });
});

import { AIMessage, AIMessageChunk, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { UsageMeter, createLlmClient } from '../../src/agents/llm/llm.factory';
import { llmSettings } from '../../src/agents/llm/llm-settings';
import type { LlmClient } from '../../src/agents/llm/llm.types';
import { startFakeOpenAI, toolResults, type FakeOpenAI } from '../support/fake-openai-server';

describe('tool calling through chatModel() (real ChatOpenAI bindTools against the fake server)', () => {
  let openai: FakeOpenAI;
  let llm: LlmClient;
  const balances: Record<string, number> = { acme: 12, globex: 3 };

  const creditBalance = tool(async ({ organization }) => JSON.stringify({ organization, credits: balances[organization] ?? 0 }), {
    name: 'credit_balance',
    description: "An organization's remaining credits",
    schema: z.object({ organization: z.string() }),
  });

  beforeEach(async () => {
    openai = await startFakeOpenAI();
    llm = createLlmClient(llmSettings({ baseUrl: openai.baseUrl, maxRetries: 0 }))!;
  });
  afterEach(() => openai.close());

  /** One agent loop: ask, run the tools the model called, ask again until it answers in text. */
  async function converse(meter: UsageMeter, stream: boolean): Promise<{ answer: AIMessage; history: BaseMessage[] }> {
    const model = llm.chatModel().bindTools!([creditBalance]);
    const history: BaseMessage[] = [new SystemMessage('You are Steward.'), new HumanMessage('How many credits does acme have?')];
    for (let turn = 0; turn < 4; turn++) {
      const answer = stream ? await streamed(model, history, meter) : await model.invoke(history, { callbacks: meter.callbacks() });
      history.push(answer);
      if (!answer.tool_calls?.length) return { answer, history };
      for (const call of answer.tool_calls) history.push(await creditBalance.invoke(call));
    }
    throw new Error('the model never answered');
  }

  async function streamed(model: ReturnType<NonNullable<ReturnType<LlmClient['chatModel']>['bindTools']>>, history: BaseMessage[], meter: UsageMeter) {
    let message: AIMessageChunk | undefined;
    for await (const chunk of await model.stream(history, { callbacks: meter.callbacks() })) message = message ? message.concat(chunk) : chunk;
    return new AIMessage({ content: message!.content, tool_calls: message!.tool_calls, usage_metadata: message!.usage_metadata });
  }

  function scriptRoundTrip(): void {
    openai.enqueue({ toolCalls: [{ name: 'credit_balance', arguments: { organization: 'acme' } }], usage: { promptTokens: 80, completionTokens: 15 } });
    openai.enqueue((request) => {
      const [result] = toolResults(request);
      const { credits } = JSON.parse(result.content) as { credits: number };
      return { text: `Acme has ${credits} credits left.`, usage: { promptTokens: 110, completionTokens: 9 } };
    });
  }

  it.each([
    ['non-streaming', false],
    ['streaming (SSE)', true],
  ])('runs a tool-call round trip, %s, and meters both model turns', async (_label, stream) => {
    scriptRoundTrip();
    const meter = new UsageMeter();

    const { answer, history } = await converse(meter, stream);

    expect(answer.text).toBe('Acme has 12 credits left.');
    expect(meter.total).toEqual({ inputTokens: 190, outputTokens: 24 });
    expect(meter.calls).toBe(2);
    expect(history.map((m) => m.getType())).toEqual(['system', 'human', 'ai', 'tool', 'ai']);

    const [first, second] = openai.requests;
    expect(first.stream ?? false).toBe(stream);
    if (stream) expect(first.stream_options).toEqual({ include_usage: true });
    expect(first.tools).toEqual([
      {
        type: 'function',
        function: expect.objectContaining({
          name: 'credit_balance',
          description: "An organization's remaining credits",
          parameters: expect.objectContaining({ type: 'object', properties: { organization: { type: 'string' } } }),
        }),
      },
    ]);
    const toolCallId = second.messages[2].tool_calls?.[0].id;
    expect(second.messages[2]).toMatchObject({ role: 'assistant', tool_calls: [{ function: { name: 'credit_balance', arguments: '{"organization":"acme"}' } }] });
    expect(second.messages[3]).toMatchObject({ role: 'tool', tool_call_id: toolCallId, content: '{"organization":"acme","credits":12}' });
  });

  it('answers several tool calls of one turn before the final text', async () => {
    openai.enqueue(
      { toolCalls: [{ name: 'credit_balance', arguments: { organization: 'acme' } }, { name: 'credit_balance', arguments: { organization: 'globex' } }] },
      (request) => ({ text: toolResults(request).map((r) => r.content).join(' | ') }),
    );

    const { answer } = await converse(new UsageMeter(), false);

    expect(answer.text).toBe('{"organization":"acme","credits":12} | {"organization":"globex","credits":3}');
  });

  it('rejects a conversation that drops a tool result, like the real API does', async () => {
    openai.enqueue({ text: 'unreachable' });
    const model = llm.chatModel();
    const orphan = new AIMessage({ content: '', tool_calls: [{ id: 'call_1', name: 'credit_balance', args: { organization: 'acme' } }] });

    await expect(model.invoke([new HumanMessage('hi'), orphan, new HumanMessage('and?')])).rejects.toMatchObject({ status: 400 });
  });
});

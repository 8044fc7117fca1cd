import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatGeneration, LLMResult } from '@langchain/core/outputs';
import { usageOf } from './langchain-llm.client';
import type { TokenUsage } from './llm.types';

/**
 * Sums provider-reported token usage across the calls of one task. Tool-calling agents
 * that drive chatModel() themselves pass `meter.callbacks()` so every model turn counts.
 */
export class UsageMeter {
  private input = 0;
  private output = 0;
  private count = 0;

  add(usage: TokenUsage): TokenUsage {
    this.input += usage.inputTokens;
    this.output += usage.outputTokens;
    this.count += 1;
    return usage;
  }

  addMessage(message: BaseMessage): TokenUsage {
    return this.add(usageOf(message));
  }

  /** Records the usage of a structured()/complete() result and hands the result back. */
  track<R extends { usage: TokenUsage }>(result: R): R {
    this.add(result.usage);
    return result;
  }

  get total(): TokenUsage {
    return { inputTokens: this.input, outputTokens: this.output };
  }

  get calls(): number {
    return this.count;
  }

  /** LangChain callbacks that add every finished model call (streamed or not) to this meter. */
  callbacks(): BaseCallbackHandler[] {
    return [new UsageMeterCallback(this)];
  }
}

class UsageMeterCallback extends BaseCallbackHandler {
  name = 'steward_usage_meter';

  constructor(private readonly meter: UsageMeter) {
    // awaited, so the total is complete the moment invoke() resolves
    super({ _awaitHandler: true });
  }

  handleLLMEnd(output: LLMResult): void {
    for (const generation of output.generations.flat()) {
      const message = (generation as Partial<ChatGeneration>).message;
      if (message) this.meter.addMessage(message);
    }
  }
}

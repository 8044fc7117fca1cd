import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { ChatOpenAI } from '@langchain/openai';
import type { ZodType } from 'zod';
import { classifyLlmError, LlmError } from './llm-error';
import { OPENAI_BASE_URL, PLACEHOLDER_API_KEY, type LlmSettings } from './llm-settings';
import { NO_USAGE, type LlmCallOptions, type LlmClient, type TokenUsage } from './llm.types';

/** The model provider: LangChain's ChatOpenAI against OpenAI or any chat-completions server. */
export class LangChainLlmClient implements LlmClient {
  readonly model: string;
  private readonly chat: ChatOpenAI;

  constructor(private readonly settings: LlmSettings) {
    this.model = settings.model;
    this.chat = new ChatOpenAI({
      model: settings.model,
      apiKey: settings.apiKey || PLACEHOLDER_API_KEY,
      // explicit so the SDK never falls back to reading OPENAI_BASE_URL itself
      configuration: { baseURL: settings.baseUrl ?? OPENAI_BASE_URL },
      // per request; structured()/complete() also hold the whole call to this deadline
      timeout: settings.timeoutMs,
      maxRetries: settings.maxRetries,
    });
  }

  async structured<T>(schema: ZodType<T>, system: string, user: string, options: LlmCallOptions = {}): Promise<{ value: T; usage: TokenUsage }> {
    const extractor = this.chat.withStructuredOutput<Record<string, unknown>>(jsonSchemaOf(schema), {
      name: 'extract',
      method: this.settings.structuredOutput,
      includeRaw: true,
    });
    // A plain JSON schema (not the zod object) keeps the SDK from validating, so an answer of
    // the wrong shape comes back with its raw message and the tokens it cost still count. (Text
    // that is not JSON at all under response_format json_schema is rejected inside the SDK,
    // without usage.)
    const result = await this.call((signal) => extractor.invoke(conversation(system, user), { signal }), options.signal);
    const usage = usageOf(result.raw);
    if (result.parsed === null || result.parsed === undefined) {
      throw new LlmError('invalid_output', `model call failed (invalid_output): the answer was not JSON for the requested schema`, { usage });
    }
    const checked = schema.safeParse(result.parsed);
    if (!checked.success) {
      const issues = checked.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
      throw new LlmError('invalid_output', `model call failed (invalid_output): the answer does not match the schema: ${issues}`, { usage, cause: checked.error });
    }
    return { value: checked.data, usage };
  }

  async complete(system: string, user: string, options: LlmCallOptions = {}): Promise<{ text: string; usage: TokenUsage }> {
    const message = await this.call((signal) => this.chat.invoke(conversation(system, user), { signal }), options.signal);
    return { text: message.text, usage: usageOf(message) };
  }

  chatModel(): BaseChatModel {
    return this.chat;
  }

  /**
   * Our own deadline over the whole call (LangChain's retries included) rather than only the
   * SDK's per-request timeout, so a timeout is told apart from other connection failures reliably.
   */
  private async call<R>(run: (signal: AbortSignal) => Promise<R>, callerSignal?: AbortSignal): Promise<R> {
    const deadline = AbortSignal.timeout(this.settings.timeoutMs);
    try {
      return await run(callerSignal ? AbortSignal.any([callerSignal, deadline]) : deadline);
    } catch (error) {
      if (deadline.aborted && !callerSignal?.aborted) {
        throw new LlmError('timeout', `model call failed (timeout): no answer within ${this.settings.timeoutMs} ms`, { cause: error });
      }
      throw classifyLlmError(error);
    }
  }
}

/** Token usage as the provider reported it (`usage` → LangChain's usage_metadata); zero when it sent none. */
export function usageOf(message: BaseMessage | undefined): TokenUsage {
  const metadata = message && AIMessage.isInstance(message) ? message.usage_metadata : undefined;
  if (!metadata) return NO_USAGE;
  return { inputTokens: metadata.input_tokens ?? 0, outputTokens: metadata.output_tokens ?? 0 };
}

function conversation(system: string, user: string): BaseMessage[] {
  return [new SystemMessage(system), new HumanMessage(user)];
}

function jsonSchemaOf(schema: ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...jsonSchema } = toJsonSchema(schema) as Record<string, unknown>;
  return jsonSchema;
}

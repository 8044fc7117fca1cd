import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ZodType } from 'zod';

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0 };

export interface LlmCallOptions {
  /** Cancels the HTTP request (task cancelled or timed out); surfaces as LlmError code 'aborted'. */
  signal?: AbortSignal;
}

/**
 * The model provider as agents see it. `null` wherever a client is optional means
 * offline mode: no OPENAI_API_KEY / OPENAI_BASE_URL configured. Failed calls throw LlmError
 * (llm-error.ts): kind 'transient' (retry with backoff) or 'permanent' (fail the task).
 */
export interface LlmClient {
  readonly model: string;
  /** Structured output validated by a zod schema; usage comes from the provider's response. */
  structured<T>(schema: ZodType<T>, system: string, user: string, options?: LlmCallOptions): Promise<{ value: T; usage: TokenUsage }>;
  /** Plain completion. */
  complete(system: string, user: string, options?: LlmCallOptions): Promise<{ text: string; usage: TokenUsage }>;
  /** The underlying LangChain chat model, for tool-calling agents. */
  chatModel(): BaseChatModel;
}

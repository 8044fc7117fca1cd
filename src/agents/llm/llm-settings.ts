export type StructuredOutputMethod = 'jsonSchema' | 'functionCalling' | 'jsonMode';

/** How Steward reaches a chat-completions model (OpenAI, Ollama, vLLM, llama.cpp server, ...). */
export interface LlmSettings {
  apiKey?: string;
  /** e.g. http://localhost:11434/v1 for Ollama; unset means api.openai.com */
  baseUrl?: string;
  model: string;
  /** deadline for one structured()/complete() call (LangChain's retries included); also the SDK's per-request timeout */
  timeoutMs: number;
  /** LangChain's own retries for transient failures, before the error reaches the task executor */
  maxRetries: number;
  /** jsonSchema (response_format) by default; functionCalling for servers without json_schema support */
  structuredOutput: StructuredOutputMethod;
}

export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Local servers (Ollama, llama.cpp) ignore the key, but the OpenAI SDK refuses an empty one. */
export const PLACEHOLDER_API_KEY = 'steward-no-key';

const DEFAULTS: Omit<LlmSettings, 'apiKey' | 'baseUrl'> = {
  model: DEFAULT_LLM_MODEL,
  timeoutMs: 60_000,
  maxRetries: 2,
  structuredOutput: 'jsonSchema',
};

/** Fills defaults; blank strings count as unset, like in the config schema. */
export function llmSettings(partial: Partial<LlmSettings> = {}): LlmSettings {
  const apiKey = partial.apiKey?.trim() || undefined;
  const baseUrl = partial.baseUrl?.trim() || undefined;
  const model = partial.model?.trim() || DEFAULTS.model;
  return { ...DEFAULTS, ...withoutUndefined(partial), apiKey, baseUrl, model };
}

/** The three LLM settings AppConfig exposes (structural, so this file does not import config). */
export interface LlmConfigSource {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  llmModel?: string;
}

export function llmSettingsFromConfig(config: LlmConfigSource, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return llmSettings({ apiKey: config.openaiApiKey, baseUrl: config.openaiBaseUrl, model: config.llmModel, ...overrides });
}

/** A model is configured when there is a key (OpenAI) or a base URL (a local or self-hosted server). */
export function isLlmConfigured(settings: Pick<LlmSettings, 'apiKey' | 'baseUrl'>): boolean {
  return Boolean(settings.apiKey?.trim() || settings.baseUrl?.trim());
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

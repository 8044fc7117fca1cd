import { LangChainLlmClient } from './langchain-llm.client';
import { isLlmConfigured, type LlmSettings } from './llm-settings';
import type { LlmClient } from './llm.types';

export { UsageMeter } from './usage-meter';

/** The configured model, or null for offline mode (no API key and no base URL). */
export function createLlmClient(settings: LlmSettings): LlmClient | null {
  return isLlmConfigured(settings) ? new LangChainLlmClient(settings) : null;
}

import { Provider } from '@nestjs/common';
import { createLlmClient } from '../../agents/llm/llm.factory';
import { llmSettingsFromConfig } from '../../agents/llm/llm-settings';
import { AppConfig } from '../../config/app-config';

export const LLM_CLIENT = Symbol('LLM_CLIENT');

/** The configured model, or null for offline mode. */
export const llmClientProvider: Provider = {
  provide: LLM_CLIENT,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    createLlmClient(llmSettingsFromConfig({ openaiApiKey: config.openaiApiKey, openaiBaseUrl: config.openaiBaseUrl, llmModel: config.llmModel })),
};

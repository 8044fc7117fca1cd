import type { LlmClient, TokenUsage } from './llm/llm.types';

/** The rentable agents, by their public names (contracts/API.md). */
export const AGENT_NAMES = ['invoice-processor', 'email-sorter', 'data-entry'] as const;
export type AgentName = (typeof AGENT_NAMES)[number];

export type AgentMode = 'offline' | 'llm';

/** What a task hands an agent (POST /api/v1/tasks `input`). */
export interface AgentInput {
  text?: string;
  filename?: string;
  contentBase64?: string;
  mimeType?: string;
  /** data-entry only: a built-in schema name or an organization's own JSON Schema */
  target?: string | Record<string, unknown>;
}

export interface AgentRunContext {
  organizationId: string;
  /** the task being run: a stable key for idempotent side effects */
  taskId?: string;
  /** null when no model is configured: the agent answers with its offline methods */
  llm: LlmClient | null;
  signal?: AbortSignal;
  /** email-sorter only: the organization's stored corrections */
  emailCorrections?: { text: string; category: string }[];
}

export interface AgentRunResult<T = unknown> {
  output: T;
  mode: AgentMode;
  usage: TokenUsage;
}

/** Thrown by an agent for input it can never handle (retrying will not help). */
export class PermanentAgentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentAgentError';
  }
}

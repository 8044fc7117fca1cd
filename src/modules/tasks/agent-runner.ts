import type { AgentInput, AgentRunContext, AgentRunResult } from '../../agents/agent.types';

/** How the executor knows an agent: its price key, time limit and the function that runs it. */
export interface AgentRunner {
  name: string;
  /** price-list operation charged for one run */
  operation: string;
  timeoutMs: number;
  /** which input fields it needs, for a clear 400 before anything is charged */
  accepts: ('text' | 'file')[];
  run(input: AgentInput, context: AgentRunContext): Promise<AgentRunResult>;
  /** stops what the agent keeps running between tasks (worker threads); called when the application shuts down */
  shutdown?(): Promise<void>;
}

export const AGENT_RUNNERS = Symbol('AGENT_RUNNERS');
export type AgentRunners = Map<string, AgentRunner>;

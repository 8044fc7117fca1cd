import { PermanentAgentError, type AgentInput, type AgentRunContext } from '../agent.types';

/** Input of the autonomous task types; tasks created by Steward itself carry a `runKey`. */
export interface AutonomousInput extends AgentInput {
  runKey?: string;
  [key: string]: unknown;
}

/**
 * A key that stays the same when the task's job is redelivered, so side effects (a post, a
 * campaign, an activity) happen once: the `runKey` Steward puts on tasks it creates itself,
 * otherwise the id of the task being run (the executor passes it in the context).
 */
export function taskKey(context: AgentRunContext, input: AutonomousInput): string {
  if (typeof input.runKey === 'string' && input.runKey) return input.runKey;
  if (!context.taskId) throw new PermanentAgentError('task_not_found', 'This agent runs only as a task (its side effects are keyed by the task).');
  return context.taskId;
}

/** JSON object in `text` → its fields; anything else → the text itself. */
export function structuredText(text: string | undefined): Record<string, unknown> | null {
  const trimmed = text?.trim();
  if (!trimmed?.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

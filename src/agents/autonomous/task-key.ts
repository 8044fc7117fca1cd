import type { DataSource } from 'typeorm';
import { PermanentAgentError, type AgentInput, type AgentRunContext } from '../agent.types';

/** Input of the autonomous task types; tasks created by Steward itself carry a `runKey`. */
export interface AutonomousInput extends AgentInput {
  runKey?: string;
  [key: string]: unknown;
}

/**
 * A key that stays the same when the task's job is redelivered, so side effects (a post, a
 * campaign, an activity) happen once. Tasks Steward creates carry `runKey` (their own uuid);
 * for tasks created through POST /api/v1/tasks the key is the running task's id, found by its
 * stored input.
 */
export async function taskKey(db: DataSource, context: AgentRunContext, agent: string, input: AutonomousInput): Promise<string> {
  if (typeof input.runKey === 'string' && input.runKey) return input.runKey;
  const { contentBase64: _bytes, ...stored } = input;
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM tasks WHERE organization_id = $1 AND agent = $2 AND status = 'running' AND input = $3::jsonb ORDER BY started_at ASC, id ASC LIMIT 1`,
    [context.organizationId, agent, JSON.stringify(stored)],
  );
  if (!rows.length) throw new PermanentAgentError('task_not_found', 'The running task for this request could not be found.');
  return rows[0].id;
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

import { formatCredits } from '../../common/money';
import type { Task } from './entities/task.entity';

/** The contract's task shape: money as decimal strings, no file bytes. */
export function taskView(task: Task) {
  return {
    id: task.id,
    agent: task.agent,
    status: task.status,
    output: task.output ?? null,
    usage: { inputTokens: task.inputTokens, outputTokens: task.outputTokens },
    cost: task.cost === null ? null : formatCredits(task.cost),
    costBreakdown: task.costBreakdown,
    held: task.heldAmount === null ? null : formatCredits(task.heldAmount),
    mode: task.mode,
    ...(task.error ? { error: task.error } : {}),
    department: task.department,
    project: task.project,
    channel: task.channel,
    input: { filename: task.input.filename ?? null, mimeType: task.input.mimeType ?? null, hasText: Boolean(task.input.text), hasFile: task.input.hasFile !== false },
    attempts: task.attempts,
    createdAt: task.createdAt,
    startedAt: task.startedAt,
    finishedAt: task.finishedAt,
  };
}

export type TaskView = ReturnType<typeof taskView>;

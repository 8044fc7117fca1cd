import { Injectable, Logger } from '@nestjs/common';
import type { Task } from './entities/task.entity';

/**
 * Channels register a hook to act when their task reaches a final status (reply by mail,
 * post to Slack...). Hooks run in the worker after the task's final state is committed, and
 * again if the job is redelivered, so each hook must be idempotent (e.g. enqueue a job with a
 * deterministic id). A failing hook makes the job retry.
 */
export type TaskCompletionHook = (task: Task) => Promise<void>;

@Injectable()
export class TaskCompletionHooks {
  private readonly logger = new Logger('TaskCompletionHooks');
  private readonly hooks = new Map<string, TaskCompletionHook>();

  /** One hook per channel name (`task.channel`), e.g. 'email'. */
  register(channel: string, hook: TaskCompletionHook): void {
    if (this.hooks.has(channel)) throw new Error(`a completion hook for channel "${channel}" is already registered`);
    this.hooks.set(channel, hook);
  }

  async run(task: Task): Promise<void> {
    const hook = this.hooks.get(task.channel);
    if (!hook) return;
    try {
      await hook(task);
    } catch (error) {
      this.logger.warn({ msg: 'completion hook failed; the job will retry', taskId: task.id, channel: task.channel, error: (error as Error).message });
      throw error;
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../../../common/domain-error';
import { ReplyTargetsService } from '../../conversations/reply-targets.service';
import { AGENT_RUNNERS, AgentRunners } from '../../tasks/agent-runner';
import type { TaskView } from '../../tasks/task.view';
import { TasksService } from '../../tasks/tasks.service';
import type { CommandContext } from '../command-context';
import type { CommandReply } from '../command-reply';

/** `tasks [recent]` and `run <agent> <text or file>`. */
@Injectable()
export class TaskCommands {
  constructor(
    private readonly tasks: TasksService,
    private readonly replyTargets: ReplyTargetsService,
    @Inject(AGENT_RUNNERS) private readonly runners: AgentRunners,
  ) {}

  async recent(context: CommandContext, scope?: string): Promise<CommandReply> {
    if (scope && scope.toLowerCase() !== 'recent') throw new ValidationFailedError('Use `tasks` or `tasks recent`.');
    const { items } = await this.tasks.list(context.organizationId, { limit: 10 });
    return {
      ok: true,
      command: 'tasks',
      title: items.length ? `The last ${items.length} task${items.length === 1 ? '' : 's'}` : 'No tasks yet',
      blocks: items.length ? [{ kind: 'list', items: items.map(taskLine) }] : [{ kind: 'text', text: 'Start one with `run <agent> <text>`.' }],
      visibility: 'in_channel',
      cost: null,
      data: { items: items.map((task) => ({ id: task.id, agent: task.agent, status: task.status, cost: task.cost })) },
    };
  }

  async run(context: CommandContext, agent: string | undefined, text: string): Promise<CommandReply> {
    const agents = [...this.runners.keys()];
    if (!agent) throw new ValidationFailedError(`Say which agent: \`run <agent> <text>\` with one of ${agents.join(', ')}.`);
    const attachment = context.attachment;
    if (!text && !attachment) throw new ValidationFailedError(`Give ${agent} something to work on: text after the agent name or an attached file.`);
    const created = await this.tasks.create(
      context.organizationId,
      {
        agent: agent.toLowerCase(),
        input: { ...(text ? { text } : {}), ...(attachment ? { filename: attachment.filename, contentBase64: attachment.contentBase64, mimeType: attachment.mimeType } : {}) },
        channel: context.channel,
        idempotencyKey: context.idempotencyKey ? `cmd:${context.idempotencyKey}`.slice(0, 200) : null,
      },
      context.principal,
    );
    if (context.replyTarget) await this.replyTargets.remember(context.organizationId, created.id, context.channel, context.replyTarget);
    const task = await this.tasks.get(context.organizationId, created.id);
    const answerWhere = context.replyTarget ? 'I will post the result here when it finishes.' : `Follow it with GET /api/v1/tasks/${task.id}.`;
    return {
      ok: true,
      command: 'run',
      title: `Task started: ${task.agent}`,
      blocks: [
        { kind: 'fields', fields: [{ label: 'Task', value: task.id }, { label: 'Status', value: task.status }, { label: 'Held', value: `${task.held ?? '0'} credits` }] },
        { kind: 'text', text: `You pay what it uses, never more than the hold. ${answerWhere}` },
      ],
      visibility: 'in_channel',
      cost: '0',
      data: { taskId: task.id, status: task.status, held: task.held },
    };
  }
}

export function taskLine(task: Pick<TaskView, 'id' | 'agent' | 'status' | 'cost'>): string {
  return `${task.id.slice(0, 8)} ${task.agent} — ${task.status}${task.cost ? ` · ${task.cost} credits` : ''}`;
}

/** The message posted in the chat when a task started there finishes. */
export function taskFinishedReply(task: TaskView): CommandReply {
  const output = task.output ? JSON.stringify(task.output, null, 1).slice(0, 1500) : null;
  const blocks: CommandReply['blocks'] = [{ kind: 'fields', fields: [{ label: 'Task', value: task.id }, { label: 'Status', value: task.status }, { label: 'Mode', value: task.mode ?? 'n/a' }] }];
  if (task.error) blocks.push({ kind: 'text', text: task.error.message });
  if (output) blocks.push({ kind: 'text', text: output });
  return {
    ok: task.status === 'succeeded',
    command: 'run',
    title: `${task.agent} ${task.status === 'succeeded' ? 'finished' : task.status}`,
    blocks,
    visibility: 'in_channel',
    cost: task.cost ?? '0',
    ...(task.mode ? { mode: task.mode } : {}),
    data: { taskId: task.id, status: task.status },
  };
}

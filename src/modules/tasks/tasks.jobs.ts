import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { STALLED_RUNNING_TASKS, STRANDED_TASKS, taskStatementRunner, TaskStatementRunner } from './task.statements';
import { TasksService } from './tasks.service';

export const STRANDED_SWEEP_EVERY_MS = 60_000;
/** Longer than any enqueue takes; a task still waiting in a backlog is re-enqueued as a no-op. */
export const STRANDED_AFTER_SECONDS = 120;
/** Far longer than any agent's time limit times its attempts (90 s × 4 plus backoff). */
export const STALLED_RUNNING_AFTER_SECONDS = 15 * 60;
const BATCH = 500;

/**
 * A task commits as `queued` before its run-task job is added; a process that dies in between
 * leaves it stranded. So does a job that used up its attempts before the task was claimed (the
 * database unreachable throughout). This repeatable job enqueues such tasks again under the job
 * id they were first enqueued with (jobId('task', id)): a job the queue still has waiting,
 * running or completed is left alone, so the sweep is idempotent and never runs a task twice; a
 * job that failed for good gets a fresh set of attempts (the task's completion is idempotent).
 * Tasks left `running` long past any time limit get the same treatment: their job may have
 * failed for good after the claim, while the database was unreachable; an agent still at work
 * has its job active, and is left alone.
 */
@Injectable()
export class TasksJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('TasksJobs');
  private readonly statements: TaskStatementRunner;

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly queue: QueueService,
    private readonly tasks: TasksService,
  ) {
    this.statements = taskStatementRunner(db);
  }

  async onApplicationBootstrap() {
    await this.queue.schedule('tasks-sweep-stranded', JobName.SweepStrandedTasks, {}, STRANDED_SWEEP_EVERY_MS);
  }

  @JobHandler(JobName.SweepStrandedTasks)
  async sweepStranded(_payload: JobPayloads[JobName.SweepStrandedTasks]): Promise<number> {
    const queued = await this.enqueueAgain(STRANDED_TASKS, STRANDED_AFTER_SECONDS);
    const running = await this.enqueueAgain(STALLED_RUNNING_TASKS, STALLED_RUNNING_AFTER_SECONDS);
    if (queued.found || running.found) this.logger.log({ msg: 'tasks enqueued again', queued: queued.found, running: running.found, retried: queued.retried + running.retried });
    return queued.found + running.found;
  }

  /** Every task the statement finds (page by page), its job enqueued again. */
  private async enqueueAgain(statement: { name: string; sql: string }, olderThanSeconds: number) {
    let found = 0;
    let retried = 0;
    let after: string | null = null;
    for (;;) {
      const rows: { id: string }[] = await this.statements(statement.name, statement.sql, [BATCH, olderThanSeconds, after]);
      const outcomes = await Promise.all(rows.map((row) => this.tasks.enqueueRunAgain(row.id)));
      retried += outcomes.filter((outcome) => outcome === 'retried').length;
      found += rows.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
    return { found, retried };
  }
}

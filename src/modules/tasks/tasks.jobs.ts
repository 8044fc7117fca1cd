import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { STRANDED_TASKS, taskStatementRunner, TaskStatementRunner } from './task.statements';
import { TasksService } from './tasks.service';

export const STRANDED_SWEEP_EVERY_MS = 60_000;
/** Longer than any enqueue takes; a task still waiting in a backlog is re-enqueued as a no-op. */
export const STRANDED_AFTER_SECONDS = 120;
const BATCH = 500;

/**
 * A task commits as `queued` before its run-task job is added; a process that dies in between
 * leaves it stranded. So does a job that used up its attempts before the task was claimed (the
 * database unreachable throughout). This repeatable job enqueues such tasks again under the job
 * id they were first enqueued with (jobId('task', id)): a job the queue still has waiting,
 * running or completed is left alone, so the sweep is idempotent and never runs a task twice; a
 * job that failed for good gets a fresh set of attempts (the task's completion is idempotent).
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
    let enqueued = 0;
    let retried = 0;
    let after: string | null = null;
    for (;;) {
      const rows: { id: string; created_at: Date }[] = await this.statements(STRANDED_TASKS.name, STRANDED_TASKS.sql, [BATCH, STRANDED_AFTER_SECONDS, after]);
      const outcomes = await Promise.all(rows.map((row) => this.tasks.enqueueRunAgain(row.id)));
      retried += outcomes.filter((outcome) => outcome === 'retried').length;
      enqueued += rows.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
    if (enqueued) this.logger.log({ msg: 'queued tasks enqueued again', count: enqueued, retried });
    return enqueued;
  }
}

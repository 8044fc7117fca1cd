/**
 * Every job Steward runs. A payload carries ids, never documents (run-task may add a small
 * snapshot of its task that spares the first delivery a read). Each name must have exactly
 * one handler (checked at start by QueueService).
 */
export enum JobName {
  /** no-op job for health checks and benchmarks */
  Noop = 'noop',
  /** run one agent task (src/modules/tasks) */
  RunTask = 'run-task',
  /** run the agent tasks admitted together, each as run-task would (src/modules/tasks) */
  RunTasks = 'run-tasks',
  /** parse, check and route one recorded inbound mail (src/integrations/email) */
  IngestEmail = 'ingest-email',
  /** send the one reply to an inbound mail once its tasks are final (src/integrations/email) */
  SendEmailReply = 'send-email-reply',
  /** repeatable: re-enqueue tasks committed as queued whose enqueue never happened (src/modules/tasks) */
  SweepStrandedTasks = 'tasks-sweep-stranded',
  /** release credit holds past their expiry (src/modules/credits) */
  SweepHolds = 'credits-sweep-holds',
  /** expire promotional credits that came due (src/modules/credits) */
  ExpireCredits = 'credits-expire-grants',
  /** repeatable: enqueue a lead-scorer retrain per organization (src/modules/crm) */
  LeadScoringSweep = 'lead-scoring-sweep',
  /** retrain one organization's lead scorer and rescore its leads */
  TrainLeadScorer = 'train-lead-scorer',
  /** repeatable: enqueue publishing of scheduled content posts that are due (src/modules/content) */
  ContentPublishSweep = 'content-publish-sweep',
  /** publish one content post */
  PublishContentPost = 'publish-content-post',
  /** repeatable: enqueue an agentic run per pro/enterprise organization (src/agents/agentic-engine) */
  AgenticSweep = 'agentic-sweep',
  /** one agentic-engine run over one organization */
  AgenticRun = 'agentic-run',
  /** post one agentic run's digest to the organization's chosen channel (src/modules/commands) */
  DeliverAgenticDigest = 'deliver-agentic-digest',
}

export interface JobPayloads {
  [JobName.Noop]: { note?: string };
  /** `attemptsBefore`: the attempts a task made in a run-tasks job before this retry of it alone */
  [JobName.RunTask]: { taskId: string; task?: RunTaskSnapshot; attemptsBefore?: number };
  [JobName.RunTasks]: { tasks: { taskId: string; task?: RunTaskSnapshot }[] };
  [JobName.IngestEmail]: { inboundMessageId: string };
  [JobName.SendEmailReply]: { inboundMessageId: string };
  [JobName.SweepStrandedTasks]: Record<string, never>;
  [JobName.SweepHolds]: Record<string, never>;
  [JobName.ExpireCredits]: Record<string, never>;
  [JobName.LeadScoringSweep]: Record<string, never>;
  [JobName.TrainLeadScorer]: { organizationId: string };
  [JobName.ContentPublishSweep]: Record<string, never>;
  [JobName.PublishContentPost]: { postId: string };
  [JobName.AgenticSweep]: Record<string, never>;
  [JobName.AgenticRun]: { organizationId: string; trigger: 'schedule' | 'manual' };
  [JobName.DeliverAgenticDigest]: { organizationId: string; runId: string };
}

/**
 * What the worker needs to run a text-only task, as admitted (tasks.service.ts). Only a first
 * delivery may trust it: any later one reads the task as stored.
 */
export interface RunTaskSnapshot {
  organizationId: string;
  agent: string;
  holdId: string;
  heldAmount: string;
  channel: string;
  department: string | null;
  project: string | null;
  input: Record<string, unknown>;
}

export type JobPayload<N extends JobName> = JobPayloads[N];

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id again while it is known is a no-op. */
  jobId: string;
  delayMs?: number;
  /** Total tries including the first; default 5. */
  attempts?: number;
  /** First retry delay; doubles each time, capped at 5 minutes. Default 1000 ms. */
  backoffMs?: number;
  /**
   * Job ids this job stands for until they are forgotten (QueueBackend.forgetAliases) or a week
   * has passed: enqueueAgain under one of them finds this job while the queue knows it and it has
   * not failed (a run-tasks job stands for the run-task jobs of its tasks).
   */
  aliases?: string[];
}

export interface JobContext {
  id: string;
  name: JobName;
  /** 1 on the first try */
  attempt: number;
  maxAttempts: number;
  /** how many times a worker has started this job, this time included: retries and redeliveries after a worker stalled or died */
  starts: number;
}

/** Thrown by a handler when retrying cannot help; the job fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export function retryDelay(backoffMs: number, attempt: number): number {
  return Math.min(backoffMs * 2 ** (attempt - 1), 5 * 60_000);
}

/** Job ids may not contain ':' in BullMQ; keep them to a safe alphabet everywhere. */
export function jobId(...parts: (string | number)[]): string {
  return parts.map((part) => String(part).replace(/[^A-Za-z0-9_.-]/g, '_')).join('-');
}

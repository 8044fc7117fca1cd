/**
 * Every job Steward runs. A payload carries ids, never documents. Each name must have
 * exactly one handler (checked at start by QueueService).
 */
export enum JobName {
  /** no-op job for health checks and benchmarks */
  Noop = 'noop',
}

export interface JobPayloads {
  [JobName.Noop]: { note?: string };
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
}

export interface JobContext {
  id: string;
  name: JobName;
  /** 1 on the first try */
  attempt: number;
  maxAttempts: number;
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

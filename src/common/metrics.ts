import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; modules add their instruments here. */
export const metricsRegistry = new Registry();
let defaultsCollected = false;

export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'steward_' });
}

export const httpRequestDuration = new Histogram({
  name: 'steward_http_request_duration_seconds',
  help: 'HTTP request latency by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const jobsTotal = new Counter({
  name: 'steward_jobs_total',
  help: 'Jobs handled, by job name and outcome (completed, failed, retried)',
  labelNames: ['name', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'steward_job_duration_seconds',
  help: 'Job handler run time by job name',
  labelNames: ['name'] as const,
  buckets: [0.005, 0.025, 0.1, 0.5, 1, 5, 30, 120],
  registers: [metricsRegistry],
});

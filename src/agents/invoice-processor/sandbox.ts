/**
 * Runs the offline pipeline in a pool of worker threads with a V8 heap cap and a wall-clock
 * cap. A hostile file (zip bomb, endless loop, 200 pages) kills its worker, not the
 * service: the caller gets an empty invoice with a warning and the pool replaces the worker.
 * Workers are reused across files (startup, pdf.js and tesseract loading are paid once).
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OfflineInput } from './offline';
import { emptyInvoice, type OfflineResult } from './types';

export interface SandboxOptions {
  timeoutMs: number;
  maxMemoryMb: number;
}

interface Job {
  id: number;
  input: OfflineInput;
  options: SandboxOptions;
  resolve: (r: OfflineResult) => void;
}

interface Slot {
  worker: Worker;
  memoryMb: number;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const POOL_SIZE = Math.max(1, Math.min(availableParallelism(), 4));
const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

function spawn(memoryMb: number): Worker {
  const runningTs = __filename.endsWith('.ts');
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, memoryMb / 8)), stackSizeMb: 8 };
  if (!runningTs) return new Worker(join(__dirname, 'worker.js'), { resourceLimits, stdout: false, stderr: false });
  // Under ts-node / Jest the sources are TypeScript: compile them on the fly inside the worker.
  const project = resolve(__dirname, '../../../tsconfig.json');
  const code = `require('ts-node').register({ transpileOnly: true, project: ${JSON.stringify(project)} });\nrequire(${JSON.stringify(join(__dirname, 'worker.ts'))});`;
  return new Worker(code, { eval: true, resourceLimits });
}

function failed(message: string): OfflineResult {
  const invoice = emptyInvoice('text');
  invoice.warnings.push(message);
  return { invoice, text: '' };
}

function finish(slot: Slot, result: OfflineResult): void {
  const job = slot.job;
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.job = null;
  job?.resolve(result);
  pump();
}

function retire(slot: Slot, message: string): void {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  slot.worker.removeAllListeners();
  slot.worker.on('error', () => undefined);
  void slot.worker.terminate().catch(() => undefined);
  finish(slot, failed(message));
}

function createSlot(memoryMb: number): Slot {
  const slot: Slot = { worker: spawn(memoryMb), memoryMb, job: null, timer: null };
  slot.worker.unref();
  slot.worker.on('message', (msg: { id: number; ok: boolean; result?: OfflineResult; error?: string }) => {
    if (!slot.job || msg.id !== slot.job.id) return;
    finish(slot, msg.ok && msg.result ? msg.result : failed(`extraction failed: ${msg.error ?? 'unknown error'}`));
  });
  slot.worker.on('error', (err: Error & { code?: string }) => {
    const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message);
    retire(slot, oom ? `extraction aborted: memory limit of ${slot.memoryMb} MB exceeded` : `extraction aborted: ${err.message}`);
  });
  slot.worker.on('exit', (code) => {
    if (slots.includes(slot)) retire(slot, `extraction aborted: worker exited with code ${code}`);
  });
  slots.push(slot);
  return slot;
}

function start(slot: Slot, job: Job): void {
  slot.job = job;
  slot.timer = setTimeout(() => retire(slot, `extraction timed out after ${job.options.timeoutMs} ms`), job.options.timeoutMs);
  slot.worker.postMessage({ id: job.id, input: job.input });
}

function pump(): void {
  while (queue.length) {
    const job = queue[0];
    let slot = slots.find((s) => !s.job && s.memoryMb === job.options.maxMemoryMb);
    if (!slot && slots.length >= POOL_SIZE) {
      // replace an idle worker with the wrong memory cap, else wait for a busy one
      const idle = slots.find((s) => !s.job);
      if (!idle) return;
      slots.splice(slots.indexOf(idle), 1);
      void idle.worker.terminate().catch(() => undefined);
    }
    slot ??= createSlot(job.options.maxMemoryMb);
    queue.shift();
    start(slot, job);
  }
}

export function runSandboxed(input: OfflineInput, options: SandboxOptions): Promise<OfflineResult> {
  return new Promise((resolvePromise) => {
    queue.push({ id: nextId++, input, options, resolve: resolvePromise });
    pump();
  });
}

/** How many worker threads the pool holds now. */
export function invoiceSandboxWorkers(): number {
  return slots.length;
}

/** Terminates every worker (tests, graceful shutdown). Pending jobs resolve with a warning. */
export async function shutdownInvoiceSandbox(): Promise<void> {
  const all = slots.splice(0, slots.length);
  for (const job of queue.splice(0, queue.length)) job.resolve(failed('extraction cancelled: shutting down'));
  await Promise.all(
    all.map(async (s) => {
      if (s.timer) clearTimeout(s.timer);
      s.worker.removeAllListeners();
      s.job?.resolve(failed('extraction cancelled: shutting down'));
      await s.worker.terminate().catch(() => undefined);
    }),
  );
}

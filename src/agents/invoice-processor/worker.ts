/** Worker-thread entry: runs the offline pipeline for one request at a time. */
import { parentPort } from 'node:worker_threads';
import { extractOffline, type OfflineInput } from './offline';

export interface WorkerRequest {
  id: number;
  input: OfflineInput;
}

parentPort?.on('message', (msg: WorkerRequest) => {
  extractOffline(msg.input).then(
    (result) => parentPort?.postMessage({ id: msg.id, ok: true, result }),
    (err: unknown) => parentPort?.postMessage({ id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});

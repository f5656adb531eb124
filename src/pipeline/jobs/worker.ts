// Worker side of pool.ts: runs the job it was started with on each batch of rows it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { makeJob, type JobSpec } from './index.js';
import { decodeRows } from './rows-codec.js';

const job = makeJob(workerData as JobSpec);

parentPort!.on('message', ({ id, source, rows }: { id: number; source: number; rows: string }) => {
  try {
    const result = job({ source, rows: decodeRows(rows) }) as Record<string, unknown>;
    // Bytes the job made cross without a copy.
    const transfer = Object.values(result).flatMap((v) => (v instanceof Uint8Array ? [v.buffer as ArrayBuffer] : []));
    parentPort!.postMessage({ id, result }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});

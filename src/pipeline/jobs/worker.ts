// Worker side of pool.ts: runs the job it was started with on each batch of rows it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { makeJob, type JobSpec } from './index.js';
import { decodeRows } from './rows-codec.js';

const job = makeJob(workerData as JobSpec);

parentPort!.on('message', ({ id, source, rows }: { id: number; source: number; rows: string }) => {
  try {
    const result = job({ source, rows: decodeRows(rows) }) as Record<string, unknown>;
    const transfer = byteBuffers(result);
    parentPort!.postMessage({ id, result }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});

/** Shared memory crosses as it is; it cannot be in a transfer list. */
function transferable(bytes: Uint8Array, out: ArrayBuffer[]): void {
  if (!(bytes.buffer instanceof SharedArrayBuffer)) out.push(bytes.buffer);
}

/** The buffers of the result's byte arrays, at its top level or one object down (a PackedBatch):
 *  bytes the job made cross without a copy. */
function byteBuffers(result: Record<string, unknown>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(result)) {
    if (v instanceof Uint8Array) transferable(v, out);
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const w of Object.values(v)) if (w instanceof Uint8Array) transferable(w, out);
    }
  }
  return out;
}

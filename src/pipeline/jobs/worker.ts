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

/** The buffers of the result's typed arrays, at its top level or one object down (a PackedBatch,
 *  BatchValues), that own the whole of their buffer: what the job made crosses without a copy. */
function byteBuffers(result: Record<string, unknown>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const take = (v: unknown) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && !out.includes(v.buffer)) out.push(v.buffer);
  };
  for (const v of Object.values(result)) {
    take(v);
    if (v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) for (const w of Object.values(v)) take(w);
  }
  return out;
}

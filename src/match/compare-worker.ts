// Worker side of parallel-levels.ts: the same compiled comparisons over a copy of the columns,
// claiming chunks of the pairs and writing their levels into the shared arrays; then the done flag.
import { workerData } from 'node:worker_threads';
import { ColumnStore } from './columns.js';
import { compileComparison } from './levels.js';
import { computeChunks, type WorkerJob } from './parallel-levels.js';

const job = workerData as WorkerJob;
Atomics.store(job.status, 0, 3); // started: the main thread now waits without a time limit
Atomics.notify(job.status, 0);
try {
  const store = ColumnStore.fromColumns(job.size, job.columns);
  computeChunks(job.comparisons.map((c) => compileComparison(c, store)), job);
  Atomics.store(job.status, 0, 1);
} catch (err) {
  job.port.postMessage(err instanceof Error ? err.message : String(err));
  Atomics.store(job.status, 0, 2);
}
Atomics.notify(job.status, 0);

// Worker side of parallel-levels.ts: the same compiled comparisons over a copy of the columns,
// for one share of the pairs, written into the shared level arrays; then the done flag.
import { workerData } from 'node:worker_threads';
import { ColumnStore } from './columns.js';
import { compileComparison, computeLevels } from './levels.js';
import type { WorkerJob } from './parallel-levels.js';

const job = workerData as WorkerJob;
Atomics.store(job.status, 0, 3); // started: the main thread now waits without a time limit
Atomics.notify(job.status, 0);
try {
  const store = ColumnStore.fromColumns(job.size, job.columns);
  const count = job.to - job.from;
  job.comparisons.forEach((c, k) => {
    const levels = computeLevels(compileComparison(c, store), job.a, job.b, count);
    job.levels[k]!.set(levels, job.from);
  });
  Atomics.store(job.status, 0, 1);
} catch (err) {
  job.port.postMessage(err instanceof Error ? err.message : String(err));
  Atomics.store(job.status, 0, 2);
}
Atomics.notify(job.status, 0);

// Worker side of parallel-levels.ts: the same compiled comparisons over a copy of the columns; then,
// pair set after pair set as they are posted, claiming chunks and writing their levels into the
// shared arrays, until the main thread closes the threads.
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { ColumnStore } from './columns.js';
import { compileComparison } from './levels.js';
import { computeChunks, type ChunkedLevels, type WorkerJob } from './parallel-levels.js';

const job = workerData as WorkerJob;
Atomics.store(job.status, 0, 3); // started: the main thread now waits without a time limit
Atomics.notify(job.status, 0);
try {
  const store = ColumnStore.fromColumns(job.size, job.columns);
  const comps = job.comparisons.map((c) => compileComparison(c, store));
  for (let taken = 0; ; ) {
    const posted = Atomics.load(job.posted, 0);
    if (posted < 0) break; // closed
    if (posted === taken) {
      Atomics.wait(job.posted, 0, posted);
      continue;
    }
    // Posted before the count went up; should it not be readable yet, look again shortly.
    const message = receiveMessageOnPort(job.port);
    if (!message) {
      Atomics.wait(job.posted, 0, posted, 1);
      continue;
    }
    taken++;
    computeChunks(comps, message.message as ChunkedLevels);
  }
  Atomics.store(job.status, 0, 1);
} catch (err) {
  job.port.postMessage(err instanceof Error ? err.message : String(err));
  Atomics.store(job.status, 0, 2);
}
Atomics.notify(job.status, 0);

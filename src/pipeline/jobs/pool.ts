// Runs a row job over every row of the sources, on worker threads when there are enough rows to pay
// for them. Rows go in batches (one source each) to threads - 1 workers; this thread reads, writes,
// and takes a batch itself whenever every worker has two in hand, so no core idles. Results come
// back in input order, whatever thread made them, and are the same as on one thread: a job is a
// pure function of its rows (the normalizers' memo tables only save time). A worker that fails or
// cannot start has its batches done here instead, so the output never depends on whether threads
// were available. Run from TypeScript sources (the tests), everything stays on this thread: the
// worker runs compiled code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate as turn } from 'node:timers/promises';
import type { RawRow } from '../../types.js';
import { defaultThreads } from '../../threads.js';
import { InOrder } from '../../in-order.js';
import { RequestWorker } from '../../request-worker.js';
import type { OpenedSource } from '../sources.js';
import { makeJob, type JobSpec } from './index.js';
import { encodeRows } from './rows-codec.js';

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Batches a worker holds before this thread stops sending it more and takes one itself. */
const PER_WORKER = 2;

/**
 * A worker's young generation, small: the CLI's 64 MB semi-spaces (bin/recon.js) suit the main
 * thread's large heaps, but two threads allocating that much at once thrash the cache (clean bench,
 * 300k rows: 19.5 s with the worker at 64 MB, 15.7 s at 16 MB).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export interface PoolOptions {
  /** Threads, this one included (default: the machine's cores, at most 4); 1 = no workers. */
  threads?: number;
  /** Rows per batch. A run shorter than one batch stays on this thread. */
  batchSize?: number;
  /**
   * A cap on each worker's old generation, for a job whose memory budget is tight. A worker keeps
   * ~35 MB (the normalizers' tables and bounded memos), and uncapped V8 lets the garbage of a
   * million rows pile up to hundreds of MB before its first full collection. A worker that runs
   * out anyway fails over to this thread.
   */
  workerOldGenerationMb?: number;
}

/** Batches done by workers and by this thread in their stead since the process started, so a test
 * can tell that workers really ran. */
export const poolStats = { workerBatches: 0, fallbackBatches: 0 };

class WorkerPool {
  private readonly workers: RequestWorker[] = [];

  constructor(count: number, spec: JobSpec, oldGenerationMb: number | undefined) {
    const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...(oldGenerationMb ? { maxOldGenerationSizeMb: oldGenerationMb } : {}) };
    for (let t = 0; t < count; t++) this.workers.push(new RequestWorker(WORKER, spec, resourceLimits));
  }

  /** Sends a batch to the least busy worker; undefined when every worker has enough in hand, or
   *  once a worker failed. */
  run(source: number, rows: RawRow[]): Promise<unknown> | undefined {
    if (this.workers.some((w) => w.broken)) return undefined;
    const slot = this.workers.reduce((best, w) => (w.inHand < best.inHand ? w : best));
    if (slot.inHand >= PER_WORKER) return undefined;
    return slot.request({ source, rows: encodeRows(rows) }).then((reply) => reply.result);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The job's result for every batch of rows of `sources`, in input order. */
export async function* runJob<R>(sources: OpenedSource[], spec: JobSpec, opts: PoolOptions = {}): AsyncGenerator<R> {
  const threads = opts.threads ?? defaultThreads();
  const batchSize = opts.batchSize ?? 1024;
  const canUseWorkers = threads > 1 && existsSync(WORKER);
  const job = makeJob(spec);
  let pool: WorkerPool | undefined;
  const pending = new InOrder<R>({
    fromWorker: () => poolStats.workerBatches++,
    redone: (err) => {
      if (process.env.RECON_DEBUG) console.error(`recon: worker failed (${err.message}); doing its batch here`);
      poolStats.fallbackBatches++;
    },
  });
  const maxPending = 4 * threads;

  const submit = (source: number, rows: RawRow[], full: boolean) => {
    if (canUseWorkers && full && !pool) pool = new WorkerPool(threads - 1, spec, opts.workerOldGenerationMb);
    const sent = pool?.run(source, rows);
    if (sent) pending.pushSent(sent as Promise<R>, () => job({ source, rows }) as R);
    else pending.pushDone(job({ source, rows }) as R);
  };
  try {
    for (let source = 0; source < sources.length; source++) {
      let batch: RawRow[] = [];
      for await (const row of sources[source]!.table.rows) {
        batch.push(row);
        if (batch.length < batchSize) continue;
        // Reading rows only runs microtasks: let the event loop take in the workers' results first,
        // so a worker that is done gets the next batch instead of this thread.
        if (pool) await turn();
        submit(source, batch, true);
        batch = [];
        while (pending.headReady() || pending.length >= maxPending) yield await pending.next();
      }
      if (batch.length > 0) submit(source, batch, false);
    }
    while (pending.length > 0) yield await pending.next();
  } finally {
    await pool?.close();
  }
}

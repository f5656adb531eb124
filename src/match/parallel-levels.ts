// Comparison levels of the candidate pairs on several threads. Comparisons are plain data and
// columns are arrays, so a worker rebuilds the same compiled comparisons from a copy of the columns
// and fills its share of the pairs into shared level arrays. The call stays synchronous (the match
// stage is a plain function): the main thread computes its own share, then waits on an Atomics
// flag; a worker that fails has its share computed here instead, so the result never depends on
// whether threads were available.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Column, ColumnStore } from './columns.js';
import { computeLevels, type CompiledComparison } from './levels.js';
import type { PairBuffer } from './pair-buffer.js';
import type { Comparison } from './types.js';

const WORKER = fileURLToPath(new URL('./compare-worker.js', import.meta.url));
const START_TIMEOUT_MS = 20_000;

/** Below this many pairs a thread's start-up and column copies cost more than they save. */
export const PARALLEL_MIN_PAIRS = 400_000;

export interface WorkerJob {
  comparisons: Comparison[];
  size: number;
  columns: Column[];
  a: Int32Array;
  b: Int32Array;
  /** Shared level arrays (one per comparison, all pairs); the worker fills [from, to). */
  levels: Uint8Array[];
  from: number;
  to: number;
  /** Shared Int32 flag: 0 not started, 3 running, 1 done, 2 failed (the reason is posted on `port`). */
  status: Int32Array;
  port: MessagePort;
}

/** Shares done by workers and by the main thread in their stead, since the process started (so
 * a test can tell that workers really ran). */
export const parallelStats = { workerShares: 0, fallbacks: 0 };

function shared(count: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(Math.max(1, count)), 0, count);
}

/** Levels per comparison for all pairs, on up to `threads` threads. */
export function computeAllLevels(
  comparisons: Comparison[],
  comps: CompiledComparison[],
  store: ColumnStore,
  pairs: PairBuffer,
  threads: number,
  minPairs = PARALLEL_MIN_PAIRS,
): Uint8Array[] {
  const n = pairs.length;
  if (threads <= 1 || n < minPairs) return comps.map((c) => computeLevels(c, pairs.a, pairs.b, n));
  const levels = comps.map(() => shared(n));
  // Only what the comparisons read: each worker gets its own copy (blocking keys stay here).
  const specs = comparisonSpecs(comparisons);
  const columns = store.columns().filter((c) => specs.has(c.spec));
  const share = Math.ceil(n / threads);
  const jobs: { worker?: Worker; status: Int32Array; port: MessagePort; from: number; to: number }[] = [];
  for (let t = 1; t < threads; t++) {
    const from = t * share;
    const to = Math.min(n, from + share);
    if (from >= to) break;
    const status = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const job: WorkerJob = {
      comparisons, size: store.size, columns, a: pairs.a.subarray(from, to), b: pairs.b.subarray(from, to),
      levels, from, to, status, port: port2,
    };
    let worker: Worker | undefined;
    try {
      if (!existsSync(WORKER)) throw new Error('no compiled worker'); // run from TypeScript sources
      worker = new Worker(WORKER, { workerData: job, transferList: [port2] });
      worker.unref();
    } catch {
      Atomics.store(status, 0, 2); // done here below
    }
    jobs.push({ worker, status, port: port1, from, to });
  }
  const mine = Math.min(n, share);
  comps.forEach((c, k) => fill(c, pairs, 0, mine, levels[k]!));
  for (const job of jobs) {
    // A worker that has not even started in START_TIMEOUT_MS (it failed to load) is done without:
    // should it start later, it writes the same levels, so the race is harmless.
    Atomics.wait(job.status, 0, 0, START_TIMEOUT_MS);
    while (Atomics.load(job.status, 0) === 3) Atomics.wait(job.status, 0, 3, 1000);
    if (Atomics.load(job.status, 0) !== 1) {
      const why = receiveMessageOnPort(job.port)?.message;
      if (why && process.env.RECON_DEBUG) console.error(`recon: compare worker failed (${String(why)}); computing its share here`);
      comps.forEach((c, k) => fill(c, pairs, job.from, job.to, levels[k]!));
      parallelStats.fallbacks++;
    } else parallelStats.workerShares++;
    job.port.close();
    void job.worker?.terminate();
  }
  return levels;
}

/** Every column spec the comparisons' levels read. */
export function comparisonSpecs(comparisons: Comparison[]): Set<string> {
  const specs = new Set<string>();
  for (const c of comparisons) {
    for (const f of c.fields) specs.add(f);
    for (const l of c.levels) for (const f of [...(l.fields ?? []), ...(l.requireEqual ?? [])]) specs.add(f);
  }
  return specs;
}

function fill(comp: CompiledComparison, pairs: PairBuffer, from: number, to: number, out: Uint8Array): void {
  const part = computeLevels(comp, pairs.a.subarray(from, to), pairs.b.subarray(from, to), to - from);
  out.set(part, from);
}

// Comparison levels of the candidate pairs on several threads. Comparisons are plain data and
// columns are arrays, so a worker rebuilds the same compiled comparisons from a copy of the columns
// and fills chunks of the pairs into shared level arrays. Chunks are claimed from a shared counter,
// so a thread that is slower (a worker still starting, a core shared with another process) simply
// takes fewer; with fixed shares the main thread had waited seconds for the worker at 1M rows. The
// call stays synchronous (the match stage is a plain function): the main thread runs `meanwhile`
// (work that needs no levels), then claims chunks too, then waits on the workers' flags. A chunk a
// failed worker claimed but did not finish is computed here, so the result never depends on
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
/** Pairs per claimed chunk: ~30 ms of work at the default comparisons. */
const CHUNK = 32_768;

/** The chunked work shared by every thread. */
export interface ChunkedLevels {
  a: Int32Array;
  b: Int32Array;
  count: number;
  chunk: number;
  /** Shared level arrays (one per comparison, all pairs). */
  levels: Uint8Array[];
  /** Shared counter: the next chunk to claim. */
  next: Int32Array;
  /** Shared, per chunk: 1 once its levels are written. */
  done: Int32Array;
}

export interface WorkerJob extends ChunkedLevels {
  comparisons: Comparison[];
  size: number;
  columns: Column[];
  /** Shared Int32 flag: 0 not started, 3 running, 1 done, 2 failed (the reason is posted on `port`). */
  status: Int32Array;
  port: MessagePort;
}

export interface AllLevelsOptions {
  /** Pairs below which everything stays on this thread. */
  minPairs?: number;
  /** Work run on this thread while the workers start on the chunks (estimating u, say). */
  meanwhile?: () => void;
  /** false: this thread claims no chunk and computes only what a failed worker left (tests). */
  mainJoins?: boolean;
  chunk?: number;
}

/** Chunks done by workers and by the main thread, and chunks a failed worker left, since the
 * process started (so a test can tell that workers really ran). */
export const parallelStats = { workerChunks: 0, mainChunks: 0, fallbacks: 0 };

function sharedBytes(count: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(Math.max(1, count)), 0, count);
}

function sharedInts(values: Int32Array | number): Int32Array {
  const n = typeof values === 'number' ? values : values.length;
  const out = new Int32Array(new SharedArrayBuffer(Math.max(4, n * 4)), 0, n);
  if (typeof values !== 'number') out.set(values);
  return out;
}

/** Claims chunks until none is left; returns how many this thread did. */
export function computeChunks(comps: CompiledComparison[], work: ChunkedLevels): number {
  const chunks = Math.ceil(work.count / work.chunk);
  let did = 0;
  for (let c = Atomics.add(work.next, 0, 1); c < chunks; c = Atomics.add(work.next, 0, 1)) {
    fillChunk(comps, work, c);
    did++;
  }
  return did;
}

function fillChunk(comps: CompiledComparison[], work: ChunkedLevels, c: number): void {
  const from = c * work.chunk;
  const to = Math.min(work.count, from + work.chunk);
  const a = work.a.subarray(from, to);
  const b = work.b.subarray(from, to);
  comps.forEach((comp, k) => work.levels[k]!.set(computeLevels(comp, a, b, to - from), from));
  Atomics.store(work.done, c, 1);
}

/** Levels per comparison for all pairs, on up to `threads` threads. */
export function computeAllLevels(
  comparisons: Comparison[],
  comps: CompiledComparison[],
  store: ColumnStore,
  pairs: PairBuffer,
  threads: number,
  opts: AllLevelsOptions = {},
): Uint8Array[] {
  const n = pairs.length;
  if (threads <= 1 || n < (opts.minPairs ?? PARALLEL_MIN_PAIRS)) {
    opts.meanwhile?.();
    return comps.map((c) => computeLevels(c, pairs.a, pairs.b, n));
  }
  // The pairs move to shared memory (and the buffer is pointed at them, so they are not held twice).
  pairs.a = sharedInts(pairs.a.subarray(0, n));
  pairs.b = sharedInts(pairs.b.subarray(0, n));
  const chunk = opts.chunk ?? CHUNK;
  const work: ChunkedLevels = {
    a: pairs.a, b: pairs.b, count: n, chunk,
    levels: comps.map(() => sharedBytes(n)),
    next: sharedInts(1),
    done: sharedInts(Math.ceil(n / chunk)),
  };
  // Only what the comparisons read: each worker gets its own copy (blocking keys stay here).
  const specs = comparisonSpecs(comparisons);
  const columns = store.columns().filter((c) => specs.has(c.spec));
  const jobs: { worker?: Worker; status: Int32Array; port: MessagePort }[] = [];
  for (let t = 1; t < threads; t++) {
    const status = sharedInts(1);
    const { port1, port2 } = new MessageChannel();
    const job: WorkerJob = { ...work, comparisons, size: store.size, columns, status, port: port2 };
    let worker: Worker | undefined;
    try {
      if (!existsSync(WORKER)) throw new Error('no compiled worker'); // run from TypeScript sources
      worker = new Worker(WORKER, { workerData: job, transferList: [port2] });
      worker.unref();
    } catch {
      Atomics.store(status, 0, 2);
    }
    jobs.push({ worker, status, port: port1 });
  }
  opts.meanwhile?.();
  const mine = opts.mainJoins === false ? 0 : computeChunks(comps, work);
  for (const job of jobs) {
    // A worker that has not even started in START_TIMEOUT_MS (it failed to load) is done without:
    // the counter is spent by then, so should it start later it claims nothing.
    Atomics.wait(job.status, 0, 0, START_TIMEOUT_MS);
    while (Atomics.load(job.status, 0) === 3) Atomics.wait(job.status, 0, 3, 1000);
    if (Atomics.load(job.status, 0) !== 1) {
      const why = receiveMessageOnPort(job.port)?.message;
      if (why && process.env.RECON_DEBUG) console.error(`recon: compare worker failed (${String(why)}); its chunks are computed here`);
    }
    job.port.close();
    void job.worker?.terminate();
  }
  // Whatever no thread finished: chunks left by a failed worker, or all of them when none ran.
  let left = 0;
  for (let c = 0; c < work.done.length; c++) {
    if (Atomics.load(work.done, c) === 1) continue;
    fillChunk(comps, work, c);
    left++;
  }
  parallelStats.mainChunks += mine;
  parallelStats.fallbacks += left;
  parallelStats.workerChunks += work.done.length - mine - left;
  return work.levels;
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

// Comparison levels of pairs on several threads. Comparisons are plain data and columns are arrays,
// so a worker rebuilds the same compiled comparisons from a copy of the columns and fills chunks of
// the pairs into shared level arrays. Chunks are claimed from a shared counter, so a thread that is
// slower (a worker still starting, a core shared with another process) simply takes fewer; with
// fixed shares the main thread had waited seconds for the worker at 1M rows.
//
// The workers start before blocking and take pair sets one after another (LevelThreads.submit):
// first the random pairs u is counted over, which they work on while this thread blocks (a worker
// used to sit idle through blocking, then take the candidates' levels alone while this thread
// estimated u), then the candidates. The calls stay synchronous (the match stage is a plain
// function): this thread claims chunks too, then waits on the chunks' flags. A chunk that a failed
// worker claimed but did not finish is computed here, so the result never depends on whether
// threads were available.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Column, ColumnStore } from './columns.js';
import { computeLevels, type CompiledComparison } from './levels.js';
import type { Comparison } from './types.js';

const WORKER = fileURLToPath(new URL('./compare-worker.js', import.meta.url));
const START_TIMEOUT_MS = 20_000;

/** Below this many records the workers' start-up and column copies cost more than they save. */
export const PARALLEL_MIN_RECORDS = 50_000;
/** Pairs per claimed chunk: ~30 ms of work at the default comparisons. */
const CHUNK = 32_768;

/** One pair set's chunked work, shared by every thread. */
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

/** What a worker is started with; its pair sets come later, on `port`. */
export interface WorkerJob {
  comparisons: Comparison[];
  size: number;
  columns: Column[];
  /** Shared Int32 flag: 0 not started, 3 running, 1 done, 2 failed (the reason is posted on `port`). */
  status: Int32Array;
  /** Shared Int32: pair sets posted so far (a worker waits on it between sets); -1 once closed. */
  posted: Int32Array;
  port: MessagePort;
}

export interface LevelThreadsOptions {
  /** Records below which everything stays on this thread. */
  minRecords?: number;
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

interface Started {
  worker?: Worker;
  status: Int32Array;
  port: MessagePort;
}

/** A pair set handed to the threads; `levels` computes what is left and waits for the rest. */
export interface Submitted {
  levels(): Uint8Array[];
}

/**
 * Threads computing levels over pair sets, started once per match. With fewer than two threads, too
 * few records, or no compiled worker (run from TypeScript sources), everything is done here.
 */
export class LevelThreads {
  private readonly started: Started[] = [];
  private readonly posted = sharedInts(1);
  private readonly chunk: number;

  constructor(
    comparisons: Comparison[],
    private readonly comps: CompiledComparison[],
    store: ColumnStore,
    threads: number,
    private readonly opts: LevelThreadsOptions = {},
  ) {
    this.chunk = opts.chunk ?? CHUNK;
    if (threads <= 1 || store.size < (opts.minRecords ?? PARALLEL_MIN_RECORDS)) return;
    // Only what the comparisons read: each worker gets its own copy (blocking keys stay here).
    const specs = comparisonSpecs(comparisons);
    const columns = store.columns().filter((c) => specs.has(c.spec));
    for (let t = 1; t < threads; t++) {
      const status = sharedInts(1);
      const { port1, port2 } = new MessageChannel();
      const job: WorkerJob = { comparisons, size: store.size, columns, status, posted: this.posted, port: port2 };
      let worker: Worker | undefined;
      try {
        if (!existsSync(WORKER)) throw new Error('no compiled worker'); // run from TypeScript sources
        worker = new Worker(WORKER, { workerData: job, transferList: [port2] });
        worker.unref();
      } catch {
        Atomics.store(status, 0, 2);
      }
      this.started.push({ worker, status, port: port1 });
    }
  }

  /** Starts the threads on the levels of pairs (a[i], b[i]), i < count. */
  submit(a: Int32Array, b: Int32Array, count: number): Submitted {
    if (this.started.length === 0) return { levels: () => this.comps.map((c) => computeLevels(c, a, b, count)) };
    const work: ChunkedLevels = {
      a: a.buffer instanceof SharedArrayBuffer ? a.subarray(0, count) : sharedInts(a.subarray(0, count)),
      b: b.buffer instanceof SharedArrayBuffer ? b.subarray(0, count) : sharedInts(b.subarray(0, count)),
      count,
      chunk: this.chunk,
      levels: this.comps.map(() => sharedBytes(count)),
      next: sharedInts(1),
      done: sharedInts(Math.ceil(count / this.chunk)),
    };
    for (const s of this.started) s.port.postMessage(work);
    Atomics.add(this.posted, 0, 1);
    Atomics.notify(this.posted, 0);
    return { levels: () => this.finish(work) };
  }

  /** Pairs moved to shared memory for the threads (so a PairBuffer need not hold them twice). */
  static shared(values: Int32Array, count: number): Int32Array {
    return sharedInts(values.subarray(0, count));
  }

  get parallel(): boolean {
    return this.started.length > 0;
  }

  private finish(work: ChunkedLevels): Uint8Array[] {
    const mine = this.opts.mainJoins === false ? 0 : computeChunks(this.comps, work);
    let left = 0;
    const startBy = Date.now() + START_TIMEOUT_MS;
    for (let c = 0; c < work.done.length; c++) {
      // A chunk not done yet was claimed by a worker (or, with mainJoins false, by none so far).
      // Computed here when that worker may be gone: levels written twice are the same levels.
      while (Atomics.load(work.done, c) !== 1) {
        if (this.workersGone(startBy)) {
          fillChunk(this.comps, work, c);
          left++;
          break;
        }
        Atomics.wait(work.done, c, 0, 50);
      }
    }
    parallelStats.mainChunks += mine;
    parallelStats.fallbacks += left;
    parallelStats.workerChunks += work.done.length - mine - left;
    return work.levels;
  }

  /** A chunk left undone may never be done by a worker: one failed (it may have claimed the
   *  chunk), or none is running nor can still start by `startBy`. */
  private workersGone(startBy: number): boolean {
    const status = this.started.map((s) => Atomics.load(s.status, 0));
    return status.includes(2) || status.every((x) => x === 1 || (x === 0 && Date.now() > startBy));
  }

  close(): void {
    Atomics.store(this.posted, 0, -1);
    Atomics.notify(this.posted, 0);
    for (const s of this.started) {
      const why = Atomics.load(s.status, 0) === 2 ? receiveMessageOnPort(s.port)?.message : undefined;
      if (why && process.env.RECON_DEBUG) console.error(`recon: compare worker failed (${String(why)}); its chunks were computed here`);
      s.port.close();
      void s.worker?.terminate();
    }
  }
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

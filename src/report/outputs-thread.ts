// A worker for dedupe's output stage, which otherwise ran on one thread while the other cores idled
// (13 s of a 66 s run at 1M rows). It holds the records (their packed text in shared memory, not
// copied) and the clusters, and on request writes clusters.csv (while this thread writes the audit's
// pair lines) or the bytes of a run of golden lines (while this thread makes another run). A
// request that fails, or a worker that cannot start, is answered here instead by the caller, so the
// files never depend on whether the worker ran.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RequestWorker } from '../request-worker.js';
import type { CanonicalField } from '../types.js';
import type { MergeSettings } from '../merge/survivorship.js';
import type { SharedPackedRecords } from '../pipeline/packed-records.js';
import type { GoldenRun } from './golden-lines.js';

const WORKER = fileURLToPath(new URL('./outputs-worker.js', import.meta.url));

/** The worker's young generation: it allocates little that lives (see pool.ts). */
const YOUNG_GENERATION_MB = 16;

export interface OutputsWorkerData {
  records: SharedPackedRecords;
  /** Cluster id (a record index) per record (MatchResult.clusters). */
  clusters: Int32Array;
  /** Match probability per record (MatchResult.clusterProbability). */
  probability: Float64Array;
  fields: CanonicalField[];
  merge: MergeSettings;
}

export type OutputsRequest = { id: number; kind: 'clusters'; path: string; bom?: boolean } | { id: number; kind: 'golden'; from: number; to: number };

/** Requests the worker answered, and requests that failed (done here instead), since the process
 *  started: a test can tell that the worker really ran. */
export const outputsStats = { workerRequests: 0, failedRequests: 0 };

export class OutputsThread {
  private constructor(private readonly worker: RequestWorker) {}

  /** undefined when the worker cannot run here (the sources run uncompiled, as in the tests). */
  static start(data: OutputsWorkerData): OutputsThread | undefined {
    return existsSync(WORKER) ? new OutputsThread(new RequestWorker(WORKER, data, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB })) : undefined;
  }

  /** Requests sent and not yet answered. */
  get inHand(): number {
    return this.worker.inHand;
  }

  /** Writes clusters.csv (resolves once it is committed). */
  clusters(path: string, bom?: boolean): Promise<void> {
    return this.request({ kind: 'clusters', path, bom }).then(() => undefined);
  }

  /** The golden lines of clusters `from` to `to` (exclusive). */
  golden(from: number, to: number): Promise<GoldenRun> {
    return this.request({ kind: 'golden', from, to }) as unknown as Promise<GoldenRun>;
  }

  private request(body: { kind: 'clusters'; path: string; bom?: boolean } | { kind: 'golden'; from: number; to: number }): Promise<Record<string, unknown>> {
    return this.worker.request(body).then(
      (reply) => {
        outputsStats.workerRequests++;
        return reply;
      },
      (err: unknown) => {
        outputsStats.failedRequests++;
        throw err;
      },
    );
  }

  close(): Promise<void> {
    return this.worker.terminate();
  }
}

// What a row job is: a pure function from a batch of one source's raw rows to a plain-data result,
// made from plain-data settings, so that the same job runs on this thread or in a worker.
import type { HeaderMapping } from '../../schema/index.js';
import type { NormalizeContext, RawRow } from '../../types.js';

/** What a job needs to know of each source to map and standardize its rows. */
export interface SourceShape {
  source: string;
  file: string;
  mapping: HeaderMapping[];
  context: NormalizeContext;
}

export interface RowBatch {
  /** Index into the job's sources. */
  source: number;
  rows: RawRow[];
}

export type RowJob<R> = (batch: RowBatch) => R;

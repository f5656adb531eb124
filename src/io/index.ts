// The import layer: read exports (CSV/TSV/xlsx, any common encoding) as header + raw rows; write atomically.
export type { OpenedTable, ReadOptions, RejectSink, RowStats, TableMeta } from './types.js';
export type { HeaderScorer } from './header.js';
export type { AtomicWriter } from './atomic.js';
export { openTable, openTableFromStream } from './open.js';
export { InputError } from './errors.js';
export { writeFileAtomic, createAtomicWriter } from './atomic.js';

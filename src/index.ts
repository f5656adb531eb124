// The public library API: everything the CLI does is callable from code.
export * from './types.js';
export * from './io/index.js';
export * from './schema/index.js';
export * from './standardize/index.js';
export * from './match/index.js';
export * from './merge/survivorship.js';
export * from './merge/golden.js';
export { fieldBit, invalidMask } from './merge/validity.js';
export { loadConfig, parseConfig, defaultConfig } from './config/load.js';
export { configSchema, type ReconConfig, type SourceConfig } from './config/schema.js';
export { runClean, type CleanOptions, type CleanResult, type CleanSummary } from './pipeline/clean.js';
export { runDedupe, type DedupeOptions, type DedupeResult, type DedupeSummary } from './pipeline/dedupe.js';
export {
  explainPairs,
  matchSettingsFromConfig,
  type ExplainOptions,
  type ExplainResult,
  type ExplainStep,
  type ExplainedRecord,
  type PairExplanation,
  type PairOutcome,
} from './pipeline/explain.js';
export { RecordIndex, readReviewPairs, type PairRef } from './pipeline/record-refs.js';
export { renderExplanation, renderExplanations } from './report/explain-text.js';
export { inspectFiles, type InspectReport, type ColumnProfile } from './pipeline/inspect.js';
export { parseInputSpecs, openSources, readRecords, type InputSpec } from './pipeline/sources.js';
export { readDecisions, pairKey, type Decision } from './pipeline/decisions.js';
export { VERSION } from './version.js';

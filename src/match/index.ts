// The match stage's public API: blocking → comparisons → Fellegi–Sunter scoring → clustering.
export type {
  BlockingRule,
  Comparison,
  ComparisonLevel,
  Decision,
  LevelMethod,
  MatchResult,
  MatchSettings,
  MatchStats,
  TrainedLevel,
  TrainedModel,
  TrainingSession,
} from './types.js';
export { DEFAULT_BLOCKING, DEFAULT_COMPARISONS, DEFAULT_SETTINGS } from './defaults.js';
export { matchInput, matchRecords, recordsInput, resolveSettings, type MatchInput } from './match.js';
export { ColumnStore, recordValues, type ValueSource } from './columns.js';
export { ValueTable, settingsPaths } from './value-table.js';
export { createExplainer, explainPair } from './explain.js';
export { decisionKey, recordRef } from './decisions.js';
export { jaro, jaroWinkler } from './jaro.js';

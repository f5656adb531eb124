// recon.yaml's match section as match-stage settings, with options given in code on top: one place,
// so dedupe and explain train and score with the same settings.
import type { ReconConfig } from '../config/schema.js';
import type { MatchSettings } from '../match/index.js';

export function matchSettingsFromConfig(config: ReconConfig, extra: Partial<MatchSettings> = {}): Partial<MatchSettings> {
  const m = config.match;
  const s: Partial<MatchSettings> = {};
  if (m.matchThreshold !== undefined) s.matchThreshold = m.matchThreshold;
  if (m.reviewThreshold !== undefined) s.reviewThreshold = m.reviewThreshold;
  if (m.maxBlockSize !== undefined) s.maxBlockSize = m.maxBlockSize;
  if (m.linkOnly !== undefined) s.linkOnly = m.linkOnly;
  if (m.seed !== undefined) s.seed = m.seed;
  const threads = m.threads ?? config.defaults.threads;
  if (threads !== undefined) s.threads = threads;
  if (m.training !== undefined) s.training = m.training;
  if (m.blocking) s.blocking = m.blocking as MatchSettings['blocking'];
  if (m.comparisons) s.comparisons = m.comparisons as MatchSettings['comparisons'];
  return { ...s, ...extra };
}

// The row jobs a worker can run, by name: a worker is told a name and plain-data settings.
import { cleanJob, type CleanJobSettings } from './clean-job.js';
import { dedupeJob, type DedupeJobSettings } from './dedupe-job.js';
import type { ReconConfig } from '../../config/schema.js';
import { contextsBySource } from '../context.js';
import type { OpenedSource } from '../sources.js';
import type { RowJob, SourceShape } from './types.js';

export type JobSpec = { kind: 'clean'; settings: CleanJobSettings } | { kind: 'dedupe'; settings: DedupeJobSettings };

export function makeJob(spec: JobSpec): RowJob<unknown> {
  return spec.kind === 'clean' ? cleanJob(spec.settings) : dedupeJob(spec.settings);
}

/** What a job needs to know of each opened source: name, file, header mapping and context. */
export function sourceShapes(sources: OpenedSource[], config: ReconConfig): SourceShape[] {
  const contexts = contextsBySource(config, sources);
  return sources.map((s) => ({ source: s.spec.source, file: s.spec.path, mapping: s.mapping, context: contexts.get(s.spec.source)! }));
}

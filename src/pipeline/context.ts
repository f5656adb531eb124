// The normalize context each source's records get: the config's defaults, with a source's own region.
import type { ReconConfig } from '../config/schema.js';
import type { NormalizeContext } from '../types.js';
import type { OpenedSource } from './sources.js';

/** Built once per run, so the per-record hot path only looks a context up. */
export function contextsBySource(config: ReconConfig, sources: OpenedSource[]): Map<string, NormalizeContext> {
  const base: NormalizeContext = {
    defaultRegion: config.defaults.region,
    dateOrder: config.defaults.dateOrder,
    autoFix: config.defaults.autoFix,
  };
  return new Map(
    sources.map((s) => {
      const region = config.sources[s.spec.source]?.region;
      return [s.spec.source, region ? { ...base, defaultRegion: region } : base];
    }),
  );
}

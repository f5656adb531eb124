// The normalize context each source's records get: the config's defaults, with a source's own region
// and date order. A source without its own date order reads each date column in the order that
// column's values prove (OpenedSource.dateOrders), else in the default order.
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
      const sc = config.sources[s.spec.source];
      let ctx = base;
      if (sc?.region) ctx = { ...ctx, defaultRegion: sc.region };
      if (sc?.dateOrder) ctx = { ...ctx, dateOrder: sc.dateOrder };
      else if (s.dateOrders && Object.keys(s.dateOrders).length > 0) ctx = { ...ctx, dateOrders: { ...s.dateOrders } };
      return [s.spec.source, ctx];
    }),
  );
}

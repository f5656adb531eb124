// The values the match stage reads, collected record by record while records stream past, so the
// records themselves can be let go: one array of strings per field or match-key path, no object
// per record. The paths are known up front from the settings (settingsPaths).
import type { CleanRecord } from '../types.js';
import { specPath, type ValueSource } from './columns.js';
import type { MatchSettings } from './types.js';

/** Every field and match-key path the settings' blocking rules, comparisons and rules read. */
export function settingsPaths(s: Pick<MatchSettings, 'blocking' | 'comparisons' | 'deterministic'>): string[] {
  const specs: string[] = [];
  for (const rule of s.blocking) specs.push(...rule.keys);
  for (const c of s.comparisons) {
    specs.push(...c.fields);
    for (const l of c.levels) specs.push(...(l.fields ?? []), ...(l.requireEqual ?? []));
  }
  for (const d of s.deterministic ?? []) specs.push(...d.fields);
  return [...new Set(specs.map(specPath))].sort();
}

/** A record's values at each of `paths`, in that order ('' and absent as undefined). */
export function pathValues(paths: readonly string[], record: Pick<CleanRecord, 'fields' | 'keys'>): (string | undefined)[] {
  const fields = record.fields as Record<string, string | undefined>;
  return paths.map((p) => (p.startsWith('keys.') ? record.keys[p.slice(5)] : fields[p]) || undefined);
}

export class ValueTable implements ValueSource {
  private readonly columns = new Map<string, (string | undefined)[]>();
  private readonly ordered: (string | undefined)[][] = [];
  size = 0;

  constructor(readonly paths: readonly string[]) {
    for (const path of paths) {
      const values: (string | undefined)[] = [];
      this.columns.set(path, values);
      this.ordered.push(values);
    }
  }

  add(record: Pick<CleanRecord, 'fields' | 'keys'>): void {
    this.addValues(pathValues(this.paths, record));
  }

  /** One record's values, in the order of `paths` (pathValues, maybe in a worker). */
  addValues(values: readonly (string | undefined)[]): void {
    for (let k = 0; k < this.ordered.length; k++) this.ordered[k]!.push(values[k]);
    this.size++;
  }

  release(): void {
    this.columns.clear();
    this.ordered.length = 0;
  }

  reader(path: string): (i: number) => string | undefined {
    const values = this.columns.get(path);
    if (!values) throw new Error(`match input: "${path}" was not collected (known: ${[...this.columns.keys()].join(', ')})`);
    return (i) => values[i];
  }
}

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

export class ValueTable implements ValueSource {
  private readonly columns = new Map<string, (string | undefined)[]>();
  private readonly fieldPaths: [string, (string | undefined)[]][] = [];
  private readonly keyPaths: [string, (string | undefined)[]][] = [];
  size = 0;

  constructor(paths: readonly string[]) {
    for (const path of paths) {
      const values: (string | undefined)[] = [];
      this.columns.set(path, values);
      if (path.startsWith('keys.')) this.keyPaths.push([path.slice(5), values]);
      else this.fieldPaths.push([path, values]);
    }
  }

  add(record: Pick<CleanRecord, 'fields' | 'keys'>): void {
    const fields = record.fields as Record<string, string | undefined>;
    for (const [name, values] of this.fieldPaths) values.push(fields[name] || undefined);
    for (const [name, values] of this.keyPaths) values.push(record.keys[name] || undefined);
    this.size++;
  }

  release(): void {
    this.columns.clear();
    this.fieldPaths.length = 0;
    this.keyPaths.length = 0;
  }

  reader(path: string): (i: number) => string | undefined {
    const values = this.columns.get(path);
    if (!values) throw new Error(`match input: "${path}" was not collected (known: ${[...this.columns.keys()].join(', ')})`);
    return (i) => values[i];
  }
}

// Byte comparison of an output against its golden file, with a report a person can act on: the first
// differing lines side by side, not a 200 KB string diff.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Lines of each differing region shown, and regions shown per file. */
const CONTEXT = 2;
const MAX_REGIONS = 3;

/** Visible line endings: a CRLF or a BOM that changed must show in the report. */
function show(line: string | undefined): string {
  if (line === undefined) return '(end of file)';
  const s = line.replace(/\r$/, '⏎CR').replace(/^\uFEFF/, '⟨BOM⟩');
  return s.length > 300 ? s.slice(0, 300) + ` … (${s.length} chars)` : s;
}

/** Human-readable description of how actual differs from expected; '' when the bytes are equal. */
export function describeDifference(name: string, expected: Buffer, actual: Buffer): string {
  if (expected.equals(actual)) return '';
  const exp = expected.toString('utf8').split('\n');
  const act = actual.toString('utf8').split('\n');
  const lines = (b: Buffer) => b.toString('utf8').split('\n').length - 1; // as wc -l counts them
  const out = [`${name}: differs (expected ${lines(expected)} lines / ${expected.length} bytes, got ${lines(actual)} lines / ${actual.length} bytes)`];
  let regions = 0;
  for (let i = 0; i < Math.max(exp.length, act.length) && regions < MAX_REGIONS; i++) {
    if (exp[i] === act[i]) continue;
    regions++;
    out.push(`  first difference at line ${i + 1}:`);
    for (let k = Math.max(0, i - CONTEXT); k < i; k++) out.push(`      ${k + 1}| ${show(exp[k])}`);
    let j = i;
    // One region: the run of differing lines (at most a few), then skip to the next equal line.
    for (; j < Math.max(exp.length, act.length) && exp[j] !== act[j] && j < i + 4; j++) {
      out.push(`    - ${j + 1}| ${show(exp[j])}`);
      out.push(`    + ${j + 1}| ${show(act[j])}`);
    }
    while (j < Math.max(exp.length, act.length) && exp[j] !== act[j]) j++;
    i = j;
  }
  if (regions === 0) out.push('  (the lines are equal: the difference is in the bytes, e.g. encoding)');
  return out.join('\n');
}

/** Files of a directory tree, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Compares each named output in actualDir with goldenDir; with update, copies the outputs over
 * the golden files instead (and removes nothing: a vanished output still fails until deleted).
 * Returns the report of every difference ('' when all are equal).
 */
export function compareOrUpdate(goldenDir: string, actualDir: string, files: string[], update: boolean): string {
  const reports: string[] = [];
  for (const f of files) {
    const actualPath = join(actualDir, f);
    const goldenPath = join(goldenDir, f);
    if (!existsSync(actualPath)) {
      reports.push(`${f}: the run did not write it`);
      continue;
    }
    const actual = readFileSync(actualPath);
    if (update) {
      mkdirSync(dirname(goldenPath), { recursive: true });
      writeFileSync(goldenPath, actual);
      continue;
    }
    if (!existsSync(goldenPath)) {
      reports.push(`${f}: no golden file ${goldenPath} (create it with UPDATE_GOLDEN=1)`);
      continue;
    }
    reports.push(describeDifference(f, readFileSync(goldenPath), actual));
  }
  return reports.filter(Boolean).join('\n\n');
}

/** Source files newer than their compiled output: goldens regenerated from such a dist would be stale. */
export function staleBuild(srcDir: string, distDir: string): string[] {
  return listFiles(srcDir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => {
      const js = join(distDir, f.replace(/\.ts$/, '.js'));
      return !existsSync(js) || statSync(js).mtimeMs < statSync(join(srcDir, f)).mtimeMs;
    });
}

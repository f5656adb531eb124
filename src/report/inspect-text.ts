// The readable (TTY) rendering of `recon inspect`.
import type { ChalkInstance } from 'chalk';
import type { InspectReport } from '../pipeline/inspect.js';

const MAX_SAMPLE = 24;

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}

/** Display width: CJK characters take two terminal cells. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function table(rows: string[][], c: ChalkInstance): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows
    .map((r, ri) => {
      const line = r.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd();
      return ri === 0 ? c.bold(line) : line;
    })
    .join('\n');
}

export function renderInspect(reports: InspectReport[], c: ChalkInstance): string {
  const parts: string[] = [];
  for (const r of reports) {
    const head = `${c.bold(r.file)} ${c.dim(`(source ${r.source})`)}`;
    if (r.error) {
      parts.push(`${head}\n  ${c.red('error:')} ${r.error}`);
      continue;
    }
    const how = [
      r.format,
      r.encoding && `encoding ${r.encoding}`,
      r.delimiter && `delimiter ${JSON.stringify(r.delimiter)}`,
      r.sheet && `sheet "${r.sheet}"`,
      `header row ${r.headerRow}`,
      `${r.rows} rows`,
      r.blankRows ? `${r.blankRows} blank` : '',
      r.rejectedRows ? c.red(`${r.rejectedRows} rejected`) : '',
    ].filter(Boolean);
    const rows = [['column', 'maps to', 'filled', 'distinct', 'samples']];
    for (const col of r.columns ?? []) {
      rows.push([
        clip(col.header, 28),
        col.field ? col.field + (col.how === 'override' ? ' (override)' : '') : c.dim(col.how === 'duplicate' ? 'passthrough (dup)' : 'passthrough'),
        `${Math.round(col.fillRate * 100)}%`,
        `${col.distinctCapped ? '≥' : ''}${col.distinct}`,
        col.samples.map((s) => clip(s, MAX_SAMPLE)).join(' | '),
      ]);
    }
    const lines = [head, '  ' + how.join(' · '), table(rows, c).replace(/^/gm, '  ')];
    for (const p of r.problems ?? []) lines.push(`  ${c.yellow('problem:')} ${p}`);
    for (const rej of (r.rejects ?? []).slice(0, 5)) lines.push(`  ${c.red('rejected:')} row ${rej.row}: ${rej.reason}`);
    if ((r.rejects?.length ?? 0) > 5) lines.push(`  … ${r.rejects!.length - 5} more rejected rows`);
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n') + '\n';
}

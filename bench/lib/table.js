// The results table printed by bench/run.js: one line per benchmark, then details for the ones
// that carry more (per-stage times, F1), and skip/error lines as they came.

const num = (x, digits = 0) => (x === undefined || x === null ? '' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function row(b, r) {
  if (r.skip) return [b.name, 'skipped', r.skip];
  if (r.error) return [b.name, 'error', r.error];
  const base = b.baseline ? `${num(r.ratio, 2)}× (cpu ${num(r.cpuRatio, 2)}×) ${b.baseline}` : 'baseline';
  const vs = b.baseline && r.ratio === undefined ? `— (${b.baseline} did not run)` : base;
  return [b.name, num(r.rows), num(r.seconds, 2), num(r.cpuSeconds, 1), num(r.rowsPerSec), num(r.peakRssMB), vs, r.target ?? ''];
}

function pad(cells, widths) {
  return cells.map((c, i) => (i === 0 || i >= 6 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

export function printTable(benches, results) {
  const head = ['benchmark', 'rows', 'seconds', 'cpu s', 'rows/s', 'peak RSS MB', 'vs baseline', 'target'];
  const rows = benches.map((b) => row(b, results[b.name]));
  const full = rows.filter((r) => r.length === head.length);
  const widths = head.map((h, i) => Math.max(h.length, ...full.map((r) => String(r[i]).length)));
  const lines = [pad(head, widths), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) lines.push(r.length === head.length ? pad(r, widths) : `${r[0].padEnd(widths[0])}  ${r[1]}: ${r[2]}`);
  for (const b of benches) {
    const r = results[b.name];
    if (r.stages) lines.push(`${b.name}: stages ${Object.entries(r.stages).map(([k, v]) => `${k} ${v}s`).join(', ')}; match ${Object.entries(r.matchMs ?? {}).map(([k, v]) => `${k} ${v}ms`).join(', ')}`);
    if (r.quality) lines.push(`${b.name}: ${r.quality.error ? `scoring failed: ${r.quality.error}` : `precision ${r.quality.precision}, recall ${r.quality.recall}, F1 ${r.quality.f1} (${num(r.quality.truthPairs)} true pairs, ${num(r.candidates)} candidates)`}`);
    if (r.unit) lines.push(`${b.name}: rows are ${r.unit}; ${num(r.invalid)} invalid`);
  }
  console.log(lines.join('\n'));
}

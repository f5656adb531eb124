// Golden files of whole runs on fixtures/ (issue 4): `recon clean` and `recon dedupe` exactly as
// `npm run demo` runs them, through the built CLI, compared byte for byte with test/golden/<command>/.
// A legitimate change of outputs: `npm run golden:update`, then review and commit the diff (README.md).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname, homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { compareOrUpdate, describeDifference, staleBuild } from './diff.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN = join('test', 'golden');

const OUTPUTS = {
  clean: ['cleaned.csv', 'problems.csv', 'rejects.csv', 'summary.json', 'audit.ndjson'],
  dedupe: ['golden.csv', 'clusters.csv', 'review.csv', 'summary.json'],
} as const;

type GoldenCommand = keyof typeof OUTPUTS;

/** The arguments `npm run demo` gives a command, with --out pointing at `out`. */
function demoArgs(command: GoldenCommand, out: string): string[] {
  const demo = JSON.parse(readFileSync('package.json', 'utf8')).scripts.demo as string;
  const step = demo.split('&&').map((s) => s.trim().split(/\s+/)).find((w) => w[0] === 'node' && w[1] === 'bin/recon.js' && w[2] === command);
  if (!step) throw new Error(`package.json scripts.demo has no "node bin/recon.js ${command}" step`);
  const args = step.slice(2);
  const o = args.indexOf('--out');
  if (o < 0) throw new Error(`the demo's ${command} step has no --out`);
  args[o + 1] = out;
  return args;
}

const runs = new Map<GoldenCommand, string>();

/** Runs the built CLI once per command as a user would (cwd: the repo, so input paths are the demo's
 * relative ones); the output directory. */
function runDemoStep(command: GoldenCommand): string {
  const done = runs.get(command);
  if (done) return done;
  const out = tempDir(`recon-golden-${command}-`);
  const r = spawnSync(process.execPath, ['bin/recon.js', ...demoArgs(command, out)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status, `recon ${command} failed:\n${r.stderr}`).toBe(0);
  runs.set(command, out);
  return out;
}

const failureHint = `
If this change of output is intended (a standardize, match or merge change), regenerate, review and commit:
  npm run golden:update && git diff --stat test/golden
If not, the diff above is a regression. (Was dist/ built from the current src/? npm test builds it.)`;

describe('golden files of the demo runs on fixtures/', () => {
  if (UPDATE) {
    it('dist/ is built from the current src/ (goldens from a stale build would be wrong)', () => {
      expect(staleBuild('src', 'dist'), 'run npm run build first').toEqual([]);
    });
  }

  for (const command of Object.keys(OUTPUTS) as GoldenCommand[]) {
    it(`recon ${command}: ${OUTPUTS[command].join(', ')} are byte for byte the golden files`, () => {
      const out = runDemoStep(command);
      const report = compareOrUpdate(join(GOLDEN, command), out, [...OUTPUTS[command]], UPDATE);
      if (report) expect.fail(`recon ${command} outputs differ from ${join(GOLDEN, command)}/\n\n${report}\n${failureHint}`);
    }, 60_000);

    it(`recon ${command}: outputs hold nothing machine- or time-specific`, () => {
      const out = runDemoStep(command);
      const today = new Date().toISOString().slice(0, 10);
      const forbidden = [out, process.cwd(), homedir(), hostname(), today].filter((s) => s.length >= 4);
      for (const f of OUTPUTS[command]) {
        const text = readFileSync(join(out, f), 'utf8');
        for (const s of forbidden) expect(text.includes(s), `${f} contains "${s}"`).toBe(false);
        // No timings either: they differ run to run.
        expect(text, f).not.toMatch(/"timingsMs"|"elapsed|"durationMs"/);
      }
    }, 60_000);
  }
});

describe('the golden diff report', () => {
  it('names the first differing line with its neighbours, expected and actual', () => {
    const exp = Buffer.from('h\na\nb\nc\nd\n');
    const act = Buffer.from('h\na\nB\nc\nd\n');
    const r = describeDifference('x.csv', exp, act);
    expect(r).toMatch(/^x\.csv: differs \(expected 5 lines \/ 10 bytes, got 5 lines \/ 10 bytes\)/);
    expect(r).toContain('first difference at line 3:');
    expect(r).toContain('      2| a');
    expect(r).toContain('    - 3| b\n    + 3| B');
  });

  it('shows line endings and a BOM, which a plain text diff would hide', () => {
    expect(describeDifference('y.csv', Buffer.from('a\r\nb'), Buffer.from('a\nb'))).toContain('- 1| a⏎CR');
    expect(describeDifference('y.csv', Buffer.from('a'), Buffer.from('\uFEFFa'))).toContain('+ 1| ⟨BOM⟩a');
  });

  it('is empty for equal bytes', () => {
    expect(describeDifference('z', Buffer.from('same\n'), Buffer.from('same\n'))).toBe('');
  });
});

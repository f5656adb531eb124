// Match quality on public benchmark sets with ground truth (../shared/datasets): DEFAULT_SETTINGS,
// no per-dataset tuning. Floors sit a little below what the engine reaches, so a regression fails.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRecords } from '../../src/match/index.js';
import { DATASETS_DIR, loadDataset, scoreClusters, type DatasetName } from './datasets.js';

const floors: [DatasetName, number][] = [
  ['febrl1', 0.99], // reached: 1.000
  ['splink1k', 0.975], // reached: 0.986
];

describe.skipIf(!existsSync(join(DATASETS_DIR, 'febrl1')))('match quality (pairwise F1)', () => {
  it.each(floors)('%s stays above F1 %f', (name, floor) => {
    const ds = loadDataset(name);
    const res = matchRecords(ds.records);
    const score = scoreClusters(ds, res.clusters);
    expect(score.f1).toBeGreaterThanOrEqual(floor);
  });
});

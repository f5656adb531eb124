// The default e-mail comparison: a typo keeps digits and separators, so addresses other people
// made from the same name (grace.johnson@ / grace_johnson@ / gracejohnson52@) are not typos.
import { describe, expect, it } from 'vitest';
import { ColumnStore } from '../../src/match/columns.js';
import { DEFAULT_COMPARISONS } from '../../src/match/defaults.js';
import { compileComparison } from '../../src/match/levels.js';
import { minimalStandardize } from './datasets.js';

const cases: [string, string, string][] = [
  ['grace.johnson@gmail.com', 'grace.johnson@gmail.com', 'exact'],
  ['grace.johnson@gmail.com', 'grace.jonhson@gmail.com', 'typo'], // transposed letters
  ['grace.johnson@gmail.com', 'grace.johnson@gmial.com', 'typo'], // domain typo
  ['barrygary@flores.com', 'baorygary@flores.cm', 'typo'],
  ['sarahbrown@mckinney.com', 'sbraharown@ckinney.com', 'similar'],
  ['douglas53@watkins.info', 'douflas53@watkns.ingo', 'similar'],
  ['grace.johnson@gmail.com', 'grace_johnson@gmail.com', 'else'], // another person's separator
  ['grace.johnson@gmail.com', 'gracejohnson@gmail.com', 'else'],
  ['gracejohnson52@gmail.com', 'gracejohnson25@gmail.com', 'else'], // another person's number
  ['zhangwei1@163.com', 'zhangwei2@163.com', 'else'],
  ['jhm1700@163.com', 'jhm1700@126.com', 'else'],
  ['grace.johnson@gmail.com', '', 'null'],
];

describe('default e-mail comparison levels', () => {
  it.each(cases)('%s vs %s → %s', (x, y, level) => {
    const records = [x, y].map((email, i) => minimalStandardize('crm', i + 2, { email }));
    const email = DEFAULT_COMPARISONS.find((c) => c.name === 'email')!;
    const comp = compileComparison(email, new ColumnStore(records));
    expect(comp.levelNames[comp.levelOf(0, 1)]).toBe(level);
  });
});

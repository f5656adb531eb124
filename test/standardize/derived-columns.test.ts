// A field a normalizer derives needs a column in the outputs, or a file that lacks that column
// loses the value: "SMITH, John" in the only name column would come out as Smith.
import { describe, expect, it } from 'vitest';
import { outputColumns } from '../../src/pipeline/columns.js';
import type { OpenedSource } from '../../src/pipeline/sources.js';
import type { CanonicalField } from '../../src/types.js';

const onlyColumn = (field: CanonicalField) =>
  outputColumns([{ mapping: [{ header: field, index: 0, field, how: 'synonym' }] } as unknown as OpenedSource]).fields;

describe('outputColumns: derived fields get a column', () => {
  it.each<[CanonicalField, CanonicalField[]]>([
    ['last_name', ['first_name', 'last_name']],
    ['phone', ['phone', 'mobile']],
    ['mobile', ['phone', 'mobile']],
    ['city', ['city', 'region']],
  ])('a file with only %s writes %o', (field, fields) => {
    expect(onlyColumn(field)).toEqual(fields);
  });
});

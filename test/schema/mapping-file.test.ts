import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMappingFile } from '../../src/schema/index.js';

const dir = mkdtempSync(join(tmpdir(), 'recon-mapping-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadMappingFile', () => {
  it('reads YAML', async () => {
    const path = write('crm.yaml', '"Cust Name": name\nIgnore me: null\n客户级别: status\n');
    expect(await loadMappingFile(path)).toEqual({ 'Cust Name': 'name', 'Ignore me': null, 客户级别: 'status' });
  });

  it('reads JSON, with a BOM', async () => {
    const path = write('crm.json', '\uFEFF{ "Cust Name": "name", "Ignore me": null }');
    expect(await loadMappingFile(path)).toEqual({ 'Cust Name': 'name', 'Ignore me': null });
  });

  it('an empty file means no overrides', async () => {
    expect(await loadMappingFile(write('empty.yaml', ''))).toEqual({});
  });

  it('names the file, the key and the nearest field for an unknown field', async () => {
    const path = write('typo.yaml', 'Cust Name: nmae\nPhone: phone\n');
    await expect(loadMappingFile(path)).rejects.toThrow(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: key "Cust Name": unknown canonical field "nmae" \\(did you mean "name"\\?`),
    );
  });

  it.each<[string, string, RegExp]>([
    ['list.yaml', '- name\n- email\n', /list\.yaml: top level: expected a mapping/],
    ['number.yaml', 'Cust Name: 3\n', /number\.yaml: key "Cust Name": expected a canonical field name or null/],
    ['broken.json', '{ "a": ', /broken\.json: not valid YAML or JSON/],
  ])('%s is rejected with a clear message', async (name, text, message) => {
    await expect(loadMappingFile(write(name, text))).rejects.toThrow(message);
  });

  it('a missing file is an error naming it', async () => {
    await expect(loadMappingFile(join(dir, 'nope.yaml'))).rejects.toThrow(/nope\.yaml/);
  });
});

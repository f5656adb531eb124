import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../src/config/load.js';

describe('recon.yaml', () => {
  it('has working defaults when empty', () => {
    expect(parseConfig('', 'recon.yaml')).toEqual(defaultConfig());
    expect(defaultConfig().defaults).toEqual({ region: 'CN', dateOrder: 'ymd', autoFix: false });
  });

  it('reads per-source mappings and match settings', () => {
    const c = parseConfig(
      `defaults: { region: US, dateOrder: mdy }
sources:
  salesforce: { priority: 1, mapping: { "Cust Ref": id, "Internal": null } }
match: { matchThreshold: 0.95, seed: 7 }
`,
      'recon.yaml',
    );
    expect(c.defaults.region).toBe('US');
    expect(c.sources.salesforce!.mapping).toEqual({ 'Cust Ref': 'id', Internal: null });
    expect(c.match.matchThreshold).toBe(0.95);
  });

  it.each([
    ['defaults: { dateOrder: dd-mm }', /recon\.yaml: defaults\.dateOrder: /],
    ['sources: { crm: { mapping: { "X": nonsense } } }', /recon\.yaml: sources\.crm\.mapping\.X: /],
    ['match: { matchThreshold: "high" }', /recon\.yaml: match\.matchThreshold: /],
    ['colour: true', /recon\.yaml: \(top level\): Unrecognized key/],
    ['defaults: [unclosed', /recon\.yaml: not valid YAML/],
  ])('a bad config names the key: %s', (text, message) => {
    expect(() => parseConfig(text, 'recon.yaml')).toThrow(message);
  });
});

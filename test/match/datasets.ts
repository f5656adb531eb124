// Test helper (not a test): loads a benchmark dataset from ../shared/datasets into CleanRecords with
// a per-dataset column mapping and a deliberately minimal standardization of our own, and scores
// a clustering against truth.csv (pairwise precision / recall / F1, as score.mjs does).
// The lead will swap minimalStandardize for the real standardize stage.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { CleanRecord, FieldValues } from '../../src/types.js';

export const DATASETS_DIR =
  process.env.RECON_DATASETS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets');

export type DatasetName = 'febrl1' | 'febrl2' | 'febrl3' | 'splink1k';

type Row = Record<string, string>;

/** Column mapping only: each dataset's columns onto canonical fields. */
const MAPPINGS: Record<DatasetName, (r: Row) => FieldValues> = {
  febrl1: febrl,
  febrl2: febrl,
  febrl3: febrl,
  splink1k: (r) => ({ first_name: r.first_name, last_name: r.surname, birth_date: r.dob, city: r.city, email: r.email }),
};

function febrl(r: Row): FieldValues {
  const street = [r.street_number, r.address_1].filter((v) => v && v.trim()).join(' ');
  return {
    first_name: r.given_name,
    last_name: r.surname,
    address: [street, r.address_2].filter((v) => v && v.trim()).join(', '),
    city: r.suburb,
    postcode: r.postcode,
    region: r.state,
    birth_date: r.date_of_birth,
    national_id: r.soc_sec_id,
  };
}

const fold = (v: string) => v.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const titleCase = (v: string) => v.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());

/** yyyymmdd → yyyy-mm-dd without validating (a typo'd date stays comparable digit by digit). */
function isoDate(v: string): string {
  const t = v.trim();
  return /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : t;
}

/** Just enough standardization for the match stage: trim, case, ISO dates, name keys. */
export function minimalStandardize(source: string, row: number, raw: FieldValues): CleanRecord {
  const fields: FieldValues = {};
  for (const [k, v] of Object.entries(raw) as [keyof FieldValues, string | undefined][]) {
    const t = (v ?? '').replace(/\s+/g, ' ').trim();
    if (t !== '') fields[k] = t;
  }
  for (const f of ['first_name', 'last_name'] as const) if (fields[f]) fields[f] = titleCase(fields[f]!);
  for (const f of ['email', 'city', 'address', 'region'] as const) if (fields[f]) fields[f] = fields[f]!.toLowerCase();
  if (fields.birth_date) fields.birth_date = isoDate(fields.birth_date);
  const names = [fields.first_name, fields.last_name].filter((v): v is string => !!v).map(fold);
  const keys: Record<string, string> = {};
  if (names.length) {
    keys.name_key = names.join(' ');
    keys.pinyin_key = names.join(' ').split(' ').sort().join(' ');
  }
  if (fields.email?.includes('@')) keys.email_domain = fields.email.split('@')[1];
  return { source, file: `${source}.csv`, row, fields, extra: {}, keys, problems: [] };
}

export interface Dataset {
  name: DatasetName;
  ids: string[];
  records: CleanRecord[];
}

export function loadDataset(name: DatasetName): Dataset {
  const rows: Row[] = parse(readFileSync(join(DATASETS_DIR, name, 'input.csv')), { columns: true });
  const map = MAPPINGS[name];
  return {
    name,
    ids: rows.map((r) => r.id),
    records: rows.map((r, i) => minimalStandardize(name, i + 2, map(r))),
  };
}

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
}

const c2 = (n: number) => (n * (n - 1)) / 2;

/** Pairwise precision / recall / F1 of a clustering (cluster id per record) against truth.csv. */
export function scoreClusters(ds: Dataset, clusters: ArrayLike<number>): PairScore {
  const truthRows: Row[] = parse(readFileSync(join(DATASETS_DIR, ds.name, 'truth.csv')), { columns: true });
  const truthOf = new Map(truthRows.map((r) => [r.id, r.cluster]));
  const truthSize = new Map<string, number>();
  const predSize = new Map<number, number>();
  const both = new Map<string, number>();
  ds.ids.forEach((id, i) => {
    const t = truthOf.get(id)!;
    truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
    predSize.set(clusters[i], (predSize.get(clusters[i]) ?? 0) + 1);
    const k = `${t}\u0000${clusters[i]}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  });
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, n) => s + c2(n), 0);
  const tp = sum(both);
  const truePairs = sum(truthSize);
  const predictedPairs = sum(predSize);
  const precision = predictedPairs ? tp / predictedPairs : 1;
  const recall = truePairs ? tp / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePairs, predictedPairs };
}

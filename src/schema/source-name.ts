import { basename } from 'node:path';

/** Extensions dropped from a file name, with a compression suffix: "a.csv.gz" → "a". */
const EXTENSION_RE = /\.(csv|tsv|tab|txt|xlsx|xlsm|xls|json|ndjson)(\.(gz|bz2|zip))?$/iu;

/**
 * A source name from a file path: the base name without extension, NFKC, lower case, runs of
 * anything but letters and digits turned into one "_".
 * "exports/Salesforce_Contacts-2024.csv" → "salesforce_contacts_2024", "客户 列表.xlsx" → "客户_列表".
 */
export function sourceNameFromFile(path: string): string {
  if (path === '-') return 'stdin';
  const base = basename(path.replace(/\\/gu, '/')).replace(EXTENSION_RE, '');
  const name = base
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/gu, '');
  return name === '' ? 'source' : name;
}

// Public types of the import layer.
import type { RawRow } from '../types.js';
import type { HeaderScorer } from './header.js';

export interface ReadOptions {
  /** Override detection: 'utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb18030', 'windows-1252'... */
  encoding?: string;
  /** Override sniffing (',', ';', '\t' or 'tab', '|'). */
  delimiter?: string;
  /** xlsx: sheet name or 1-based index (default: the first sheet). */
  sheet?: string | number;
  /** 1-based; overrides header-row detection. */
  headerRow?: number;
  /** Optional scorer used by header-row detection: how header-like a row is (e.g. count of known synonyms). */
  headerScore?: HeaderScorer;
}

export interface TableMeta {
  file: string;
  format: 'csv' | 'xlsx';
  encoding?: string;
  bom?: boolean;
  delimiter?: string;
  quote?: string;
  lineEnding?: 'crlf' | 'lf' | 'cr';
  sheet?: string;
  sheets?: string[];
  /** 1-based row number of the header as a user sees it. */
  headerRow: number;
  /** Header cells, trimmed; duplicates made unique ("Email", "Email (2)"), empty ones "column_7". */
  header: string[];
  /** Non-fatal file-level findings (duplicate header names, header only, title rows skipped...). */
  problems: string[];
}

export interface RowStats {
  dataRows: number;
  blankRows: number;
  rejected: number;
}

export interface OpenedTable {
  meta: TableMeta;
  /** Data rows in header order; row = 1-based row as Excel shows it (one per record, blank ones included; line breaks in quoted cells do not count). Iterate once. */
  rows: AsyncIterable<RawRow>;
  /** Filled while iterating. */
  stats: RowStats;
}

export type RejectSink = (r: { row: number; column: string; value: string; reason: string }) => void;

/** Parsed records in batches (one per parsed chunk), with their row numbers as Excel shows them, before the header is known. */
export type RecordBatches = AsyncIterator<RawRow[]>;

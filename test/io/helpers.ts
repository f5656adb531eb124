// Test helpers: a fresh temp directory per test file, and reading a whole table into memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openTable, type OpenedTable, type ReadOptions } from '../../src/io/index.js';
import type { RawRow } from '../../src/types.js';

export interface Rejected {
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** A temp directory removed after the test file's tests. */
export function tempDir(prefix = 'recon-io-'): (name: string, data: string | Buffer) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, data) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
}

export interface ReadResult {
  table: OpenedTable;
  rows: RawRow[];
  rejects: Rejected[];
}

export async function drain(table: OpenedTable): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const r of table.rows) rows.push(r);
  return rows;
}

/** Opens a file and reads every row; rejects are collected. */
export async function readTable(path: string, opts?: ReadOptions): Promise<ReadResult> {
  const rejects: Rejected[] = [];
  const table = await openTable(path, opts, (r) => rejects.push(r));
  const rows = await drain(table);
  return { table, rows, rejects };
}

/** Cells of the rows only. */
export function cellsOf(rows: RawRow[]): string[][] {
  return rows.map((r) => r.cells);
}

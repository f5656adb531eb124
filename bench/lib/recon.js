// The read + map stages through recon's built library, shared by the import, clean and dedupe benchmarks.
import { loadDist } from './child.js';

/**
 * Opens `file` with openTable (header detection scored by the schema's synonyms), maps its headers
 * and returns the row → SourceRecord function. Rejected rows are counted, as the CLI would.
 */
export async function openMapped(file) {
  const io = await loadDist('io/index.js', ['openTable']);
  const schema = await loadDist('schema/index.js', ['mapHeaders', 'createRecordMapper', 'headerScore']);
  const rejected = { count: 0 };
  const table = await io.openTable(file, { headerScore: schema.headerScore }, () => rejected.count++);
  const mapping = schema.mapHeaders(table.meta.header);
  const toRecord = schema.createRecordMapper('customers', file, mapping);
  const mapped = Object.fromEntries(mapping.filter((m) => m.field !== undefined).map((m) => [m.header, m.field]));
  return { table, toRecord, mapped, rejected };
}

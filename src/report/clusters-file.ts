// clusters.csv: every record with its cluster's golden id and its match probability, in record order.
import { CsvFileWriter } from './csv-writer.js';
import { writeCellBytes, writeGoldenId, writeNumberCell, writeSourceCell } from './record-lines.js';
import { round } from './audit-lines.js';
import type { OutputRecords } from './output-records.js';
import type { Utf8Sink } from './utf8-sink.js';

export const CLUSTERS_HEADER = ['source', 'source_row', 'record_id', 'cluster_id', 'match_probability'];

/** What a clusters.csv line takes but for its source (a hint: the buffer grows for a longer id). */
const CLUSTER_LINE_HINT = 256;

export interface ClustersInput {
  records: OutputRecords;
  /** Golden number (goldenId's n) of each record's cluster, by record. */
  goldenOfRecord: Int32Array;
  /** Each record's match probability (MatchResult.clusterProbability). */
  probability: ArrayLike<number>;
}

/** Writes clusters.csv; each record's id is copied from its packed bytes without rebuilding it. */
export async function writeClustersFile(path: string, input: ClustersInput, bom?: boolean): Promise<void> {
  const { records, goldenOfRecord, probability } = input;
  const out = new CsvFileWriter(path, CLUSTERS_HEADER, { bom });
  try {
    for (let i = 0; i < records.length; i++) {
      const wait = out.writeInto(CLUSTER_LINE_HINT + 6 * records.source(i).length, (sink) => writeClusterLine(sink, records, i, goldenOfRecord[i]!, probability[i]!));
      if (wait) await wait;
    }
  } catch (err) {
    await out.abort();
    throw err;
  }
  await out.close();
}

/** clusters.csv's line for record i in cluster n: csvLine([source, row, id, goldenId(n), probability
 *  rounded to 6 decimals]) written into the buffer, the id copied from the record's packed bytes. */
export function writeClusterLine(sink: Utf8Sink, records: OutputRecords, i: number, n: number, probability: number): void {
  writeSourceCell(sink, records.source(i));
  sink.appendByte(0x2c); // ,
  writeNumberCell(sink, records.row(i));
  sink.appendByte(0x2c);
  writeCellBytes(sink, records.fieldSpan?.(i, 'id'), () => records.field(i, 'id'));
  sink.appendByte(0x2c);
  writeGoldenId(sink, n);
  sink.appendByte(0x2c);
  sink.text(String(round(probability, 6)));
  sink.appendByte(0x0a); // \n
}

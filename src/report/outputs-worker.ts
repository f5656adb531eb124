// Worker side of outputs-thread.ts: holds the records (their packed text in shared memory) and the
// clusters, and writes clusters.csv or a run of golden lines when asked.
import { parentPort, workerData } from 'node:worker_threads';
import { PackedRecords } from '../pipeline/packed-records.js';
import { ClusterGroups } from '../merge/golden.js';
import { writeClustersFile } from './clusters-file.js';
import { goldenRun, type GoldenInput } from './golden-lines.js';
import type { OutputsRequest, OutputsWorkerData } from './outputs-thread.js';

const data = workerData as OutputsWorkerData;
const records = PackedRecords.fromShared(data.records);
const groups = ClusterGroups.of(data.clusters);
const golden: GoldenInput = { records, groups, fields: data.fields, merge: data.merge };

parentPort!.on('message', (m: OutputsRequest) => {
  void answer(m).then(
    (reply) => parentPort!.postMessage(reply.message, reply.transfer),
    (err: unknown) => parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) }),
  );
});

async function answer(m: OutputsRequest): Promise<{ message: unknown; transfer: ArrayBuffer[] }> {
  if (m.kind === 'clusters') {
    await writeClustersFile(m.path, { records, goldenOfRecord: groups.numberOfRecords(), probability: data.probability }, m.bom);
    return { message: { id: m.id }, transfer: [] };
  }
  const run = goldenRun(golden, m.from, m.to);
  return { message: { id: m.id, ...run }, transfer: [run.golden.buffer as ArrayBuffer, run.audit.buffer as ArrayBuffer] };
}

// One worker thread answering numbered requests. A request settles with the worker's reply (the
// message carrying its id), or fails when the worker replies with an error, crashes or exits: then
// every request in hand fails and the worker is `broken`, and the caller does the work itself.
import { Worker, type ResourceLimits } from 'node:worker_threads';

type Reply = { id: number; error?: string } & Record<string, unknown>;

export class RequestWorker {
  private readonly worker: Worker;
  private readonly outstanding = new Map<number, (reply: Reply) => void>();
  private nextId = 0;
  broken = false;

  constructor(file: string, workerData: unknown, resourceLimits: ResourceLimits) {
    this.worker = new Worker(file, { workerData, resourceLimits });
    this.worker.on('message', (m: Reply) => {
      this.outstanding.get(m.id)?.(m);
      this.outstanding.delete(m.id);
    });
    const fail = (why: string) => {
      this.broken = true;
      for (const settle of this.outstanding.values()) settle({ id: -1, error: why });
      this.outstanding.clear();
    };
    this.worker.on('error', (err) => fail(err.message));
    this.worker.on('exit', (code) => fail(`exited with code ${code}`));
  }

  /** Requests sent and not yet answered. */
  get inHand(): number {
    return this.outstanding.size;
  }

  /** Posts `{ id, ...body }`; resolves with the worker's reply to it. */
  request(body: Record<string, unknown>): Promise<Reply> {
    if (this.broken) return Promise.reject(new Error('the worker stopped'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.outstanding.set(id, (m) => (m.error === undefined ? resolve(m) : reject(new Error(m.error))));
      this.worker.postMessage({ id, ...body });
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

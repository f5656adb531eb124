// Results of units of work in the order they were submitted, whichever thread made them: each is
// done here at once or sent to a worker (a promise), and one the worker fails is redone here, so the
// output never depends on whether the worker ran. The row-job pool and dedupe's output stage use it.

interface Item<T> {
  done?: T;
  sent?: Promise<T>;
  /** The sent promise has settled (resolved or failed). */
  settled: boolean;
  redo: () => T;
}

export interface InOrderHooks {
  /** A sent unit's result came back. */
  fromWorker?: () => void;
  /** A sent unit failed and was redone here. */
  redone?: (err: Error) => void;
}

export class InOrder<T> {
  private readonly items: Item<T>[] = [];

  constructor(private readonly hooks: InOrderHooks = {}) {}

  get length(): number {
    return this.items.length;
  }

  /** A unit done here. */
  pushDone(result: T): void {
    this.items.push({ done: result, settled: true, redo: () => result });
  }

  /** A unit sent to a worker; `redo` makes it here should the worker fail. */
  pushSent(sent: Promise<T>, redo: () => T): void {
    const item: Item<T> = { sent, settled: false, redo };
    const settled = () => (item.settled = true);
    sent.then(settled, settled); // a failure is handled when its turn comes
    this.items.push(item);
  }

  /** The oldest unit's result is at hand (no waiting). */
  headReady(): boolean {
    return this.items.length > 0 && this.items[0]!.settled;
  }

  /** The oldest unit's result, waiting for it if it was sent. */
  async next(): Promise<T> {
    const { done, sent, redo } = this.items.shift()!;
    if (sent === undefined) return done as T;
    try {
      const result = await sent;
      this.hooks.fromWorker?.();
      return result;
    } catch (err) {
      this.hooks.redone?.(err as Error);
      return redo();
    }
  }
}

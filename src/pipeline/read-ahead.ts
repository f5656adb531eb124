// The first rows of a stream, read before anyone iterates it (to learn from them, e.g. a date
// column's day/month order), then handed out again ahead of the rest: no row lost, none reordered.

export interface ReadAhead<T> {
  /** The first rows, at most the number asked for, in order. */
  sample: T[];
  /** Every row once: the sample, then the rest of the stream. Iterate once. */
  rows: AsyncIterable<T>;
}

/**
 * Reads up to `n` items of `rows` ahead. `onStart` runs when the returned rows are first asked for
 * (a caller holding back what reading ahead reported, such as rejects, releases it then). A read
 * error is not thrown here but where it would have been: after the rows read before it.
 */
export async function readAhead<T>(rows: AsyncIterable<T>, n: number, onStart?: () => void): Promise<ReadAhead<T>> {
  const it = rows[Symbol.asyncIterator]();
  const sample: T[] = [];
  let rest: AsyncIterator<T> | undefined = it;
  let error: { thrown: unknown } | undefined;
  try {
    while (sample.length < n) {
      const next = await it.next();
      if (next.done) {
        rest = undefined;
        break;
      }
      sample.push(next.value);
    }
  } catch (thrown) {
    error = { thrown };
    rest = undefined;
  }
  return { sample, rows: new Replay(sample.slice(), rest, error, onStart) };
}

/** A hand-written iterator (as io/table.ts's DataRows): past the sample, a row costs one call. */
class Replay<T> implements AsyncIterableIterator<T> {
  private i = 0;
  private started = false;

  constructor(
    private sample: T[],
    private rest: AsyncIterator<T> | undefined,
    private error: { thrown: unknown } | undefined,
    private readonly onStart: (() => void) | undefined,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<T>> {
    if (!this.started) {
      this.started = true;
      this.onStart?.();
    }
    if (this.i < this.sample.length) return Promise.resolve({ value: this.sample[this.i++]!, done: false });
    if (this.sample.length > 0) this.sample = []; // handed out: let the rows go
    if (this.rest) return this.rest.next();
    const error = this.error;
    if (error) {
      this.error = undefined;
      return Promise.reject(error.thrown);
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  /** The consumer stopped early (break, error): release the underlying stream. */
  async return(): Promise<IteratorResult<T>> {
    const rest = this.rest;
    this.rest = undefined;
    this.sample = [];
    this.i = 0;
    this.error = undefined;
    await rest?.return?.();
    return { value: undefined, done: true };
  }
}

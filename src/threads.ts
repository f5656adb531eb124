// How many threads a stage uses when the user does not say.
import { availableParallelism } from 'node:os';

/** The machine's cores, at most 4 (each thread holds its own copy of what it works on). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

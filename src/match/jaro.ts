// Jaro and Jaro-Winkler similarity (Winkler 1990): the usual name comparator in record linkage.
// Hand-written because it is short and the hot loop of comparisons; flag buffers are reused.

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

function ensureBuffers(n: number): void {
  if (flagsA.length < n) {
    flagsA = new Uint8Array(n * 2);
    flagsB = new Uint8Array(n * 2);
  }
}

/** Jaro similarity in [0, 1]; 1 for two equal strings (two empty strings included). */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  ensureBuffers(Math.max(la, lb));
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const ch = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === ch) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler: Jaro boosted by a common prefix of up to 4 characters (scale 0.1, when Jaro > 0.7). */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  const max = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

const counts = new Int16Array(128);

/** Characters the two strings share as multisets (ASCII only), an upper bound on Jaro's matches;
 * -1 when either string has non-ASCII characters. */
function sharedChars(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c > 127) {
      for (let k = 0; k < i; k++) counts[a.charCodeAt(k)] = 0;
      return -1;
    }
    counts[c]++;
  }
  let shared = 0;
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c > 127) {
      ascii = false;
      break;
    }
    if (counts[c] > 0) {
      counts[c]--;
      shared++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  return ascii ? shared : -1;
}

/**
 * Jaro-Winkler when it is at least 0.7; otherwise a cheap upper bound below 0.7. Exact for any
 * threshold ≥ 0.7 (below 0.7 there is no Winkler boost, so Jaro ≤ the bound), and much faster on
 * the dissimilar pairs that dominate random samples.
 */
export function jaroWinklerAbove07(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const shared = sharedChars(a, b);
  const m = shared < 0 ? Math.min(la, lb) : shared;
  const bound = (m / la + m / lb + 1) / 3;
  if (m === 0) return 0;
  if (bound < 0.7) return bound;
  return jaroWinkler(a, b);
}

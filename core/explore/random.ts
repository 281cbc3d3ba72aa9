/**
 * Counter-based random numbers: a uniform draw is a pure function of (seed, index, dimension), so a
 * shard of a sweep can compute its own slice without generating the points before it, and shards
 * concatenate to exactly the unsharded result. The mixer is the MurmurHash3 32-bit finaliser
 * applied twice over the three words (good avalanche, no state to carry between draws).
 */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1) for (seed, index, dimension). Indices up to 2³² − 1. */
export function uniformAt(seed: number, index: number, dimension: number): number {
  const high = Math.floor(index / 4294967296);
  let h = fmix32((seed ^ 0x9e3779b9) >>> 0);
  h = fmix32((h ^ (index >>> 0)) >>> 0);
  h = fmix32((h ^ Math.imul(dimension + 1, 0x27d4eb2f) ^ high) >>> 0);
  h = fmix32((h + 0x165667b1) >>> 0);
  return h / 4294967296;
}

/** A permutation of 0…n−1 from the seed (Fisher–Yates driven by `uniformAt`). */
export function permutation(n: number, seed: number, stream: number): Uint32Array {
  const values = new Uint32Array(n);
  for (let i = 0; i < n; i++) values[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(uniformAt(seed, i, 1_000_003 + stream) * (i + 1));
    const swap = values[i] as number;
    values[i] = values[j] as number;
    values[j] = swap;
  }
  return values;
}

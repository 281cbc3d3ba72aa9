/**
 * A small seeded generator (mulberry32): the same seed gives the same draws on every machine, so a
 * link-yield figure in a brief can be reproduced. Not for cryptography; its 2³² period is far above
 * the draws one interoperability matrix takes.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by the Box–Muller transform, two per pair of uniforms. */
export function normalSource(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = 1 - uniform(); // (0, 1]: log(0) cannot happen
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/** A per-pair seed: the matrix's cells do not depend on the order they are computed in. */
export function pairSeed(seed: number, txIndex: number, rxIndex: number): number {
  return (
    (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) +
      Math.imul(txIndex + 1, 0xc2b2ae35) +
      Math.imul(rxIndex + 1, 0x27d4eb2f)) >>>
    0
  );
}

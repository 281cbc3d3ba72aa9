import { extentOf, type ScenePart } from './scene';

/**
 * Pairs of parts whose boxes intersect by more than `tolerance_mm` on every axis, leaving out a
 * part and anything it sits in (its parent chain). Sweep along x, so a 3000-part scene is cheap.
 */
export function overlappingPairs(
  parts: readonly ScenePart[],
  tolerance_mm = 1e-6,
): [ScenePart, ScenePart][] {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const ancestors = (p: ScenePart): Set<string> => {
    const chain = new Set<string>();
    let parent = p.parentId;
    while (parent !== null && !chain.has(parent)) {
      chain.add(parent);
      parent = byId.get(parent)?.parentId ?? null;
    }
    return chain;
  };
  const boxes = parts
    .map((p) => ({ p, box: extentOf(p) }))
    .sort((a, b) => a.box[0][0] - b.box[0][0]);
  const found: [ScenePart, ScenePart][] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    if (a === undefined) continue;
    let chainA: Set<string> | null = null;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (b === undefined) continue;
      if (b.box[0][0] >= a.box[1][0] - tolerance_mm) break;
      const overlaps = ([1, 2] as const).every(
        (axis) =>
          Math.min(a.box[1][axis], b.box[1][axis]) - Math.max(a.box[0][axis], b.box[0][axis]) >
          tolerance_mm,
      );
      if (!overlaps) continue;
      chainA ??= ancestors(a.p);
      if (chainA.has(b.p.id) || ancestors(b.p).has(a.p.id)) continue;
      found.push([a.p, b.p]);
    }
  }
  return found;
}

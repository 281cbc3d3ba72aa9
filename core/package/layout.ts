import type { Vec3 } from './scene';

/**
 * Placement helpers shared by the builders. Parts are laid out in the x–z plane (y is up); a
 * "side" is the edge of a rectangle centred on the origin that parts line up along.
 */
export type Side = 'front' | 'back' | 'left' | 'right';

export interface SlotOnSide {
  readonly side: Side;
  /** Index along the side, 0 = most negative coordinate along it. */
  readonly index: number;
  /** Footprint: centre and size in x and z. */
  readonly center_mm: readonly [number, number];
  readonly size_mm: readonly [number, number];
}

export interface RingLayout {
  readonly slots: readonly SlotOnSide[];
  /** Half sizes of the rectangle the slots sit against (may have grown to make room). */
  readonly innerHalf_mm: readonly [number, number];
  /** Half sizes of the rectangle the slots fill out to. */
  readonly outerHalf_mm: readonly [number, number];
}

/**
 * Count parts of `edge_mm` × `depth_mm` placed side by side against the sides of a rectangle of
 * half sizes `innerHalf_mm` ([x, z]), dealt round-robin over `sides`, each with its edge along the
 * rectangle and its depth pointing away. Where a side's row is longer than the rectangle, the
 * rectangle grows so rows on neighbouring sides never meet at a corner.
 */
export function ringLayout(
  count: number,
  edge_mm: number,
  depth_mm: number,
  gap_mm: number,
  innerHalf_mm: readonly [number, number],
  sides: readonly Side[],
): RingLayout {
  const perSide = new Map<Side, number>(sides.map((side) => [side, 0]));
  for (let i = 0; i < count; i++) {
    const side = sides[i % sides.length];
    if (side !== undefined) perSide.set(side, (perSide.get(side) ?? 0) + 1);
  }
  const rowLength = (n: number) => (n > 0 ? n * edge_mm + (n - 1) * gap_mm : 0);
  const alongX = Math.max(
    rowLength(perSide.get('front') ?? 0),
    rowLength(perSide.get('back') ?? 0),
  );
  const alongZ = Math.max(
    rowLength(perSide.get('left') ?? 0),
    rowLength(perSide.get('right') ?? 0),
  );
  const hasX = (perSide.get('left') ?? 0) + (perSide.get('right') ?? 0) > 0;
  const hasZ = (perSide.get('front') ?? 0) + (perSide.get('back') ?? 0) > 0;
  // Rows along x must end inside the left/right rows' inner faces (and vice versa).
  const hx = Math.max(innerHalf_mm[0], hasX ? alongX / 2 + gap_mm : 0);
  const hz = Math.max(innerHalf_mm[1], hasZ ? alongZ / 2 + gap_mm : 0);
  const slots: SlotOnSide[] = [];
  for (const side of sides) {
    const n = perSide.get(side) ?? 0;
    const start = -rowLength(n) / 2;
    for (let index = 0; index < n; index++) {
      const along = start + index * (edge_mm + gap_mm) + edge_mm / 2;
      const out = side === 'front' || side === 'back' ? hz + depth_mm / 2 : hx + depth_mm / 2;
      const center: readonly [number, number] =
        side === 'front'
          ? [along, out]
          : side === 'back'
            ? [along, -out]
            : side === 'left'
              ? [-out, along]
              : [out, along];
      const size: readonly [number, number] =
        side === 'front' || side === 'back' ? [edge_mm, depth_mm] : [depth_mm, edge_mm];
      slots.push({ side, index, center_mm: center, size_mm: size });
    }
  }
  const outerX = Math.max(hx + (hasX ? depth_mm : 0), hasZ ? alongX / 2 : 0);
  const outerZ = Math.max(hz + (hasZ ? depth_mm : 0), hasX ? alongZ / 2 : 0);
  return { slots, innerHalf_mm: [hx, hz], outerHalf_mm: [outerX, outerZ] };
}

/** Unit vector pointing away from the rectangle on a side, in x–z. */
export function outward(side: Side): readonly [number, number] {
  switch (side) {
    case 'front':
      return [0, 1];
    case 'back':
      return [0, -1];
    case 'left':
      return [-1, 0];
    case 'right':
      return [1, 0];
  }
}

export function vec(x: number, y: number, z: number): Vec3 {
  return [x, y, z];
}

/** Positions of `count` items at `pitch_mm` centred on `center_mm`. */
export function centredRow(count: number, pitch_mm: number, center_mm = 0): number[] {
  return Array.from({ length: count }, (_, i) => center_mm + (i - (count - 1) / 2) * pitch_mm);
}

export interface PathBox {
  readonly center_mm: Vec3;
  readonly size_mm: Vec3;
  /** The axis the box runs along: 0 = x, 1 = y, 2 = z. */
  readonly axis: 0 | 1 | 2;
}

/**
 * Boxes along an axis-aligned path (consecutive points differ in one coordinate). Each corner
 * belongs to the segment leaving it, so the boxes abut without overlapping. `width_mm` is the
 * horizontal cross extent, `height_mm` the vertical one (a vertical run is `width_mm` square).
 */
export function axisPath(points: readonly Vec3[], width_mm: number, height_mm: number): PathBox[] {
  const boxes: PathBox[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k];
    const to = points[k + 1];
    if (from === undefined || to === undefined) continue;
    const axis = ([0, 1, 2] as const).find((a) => from[a] !== to[a]);
    if (axis === undefined) continue;
    const sign = Math.sign(to[axis] - from[axis]);
    const half = width_mm / 2;
    const start = k === 0 ? from[axis] : from[axis] - sign * half;
    const end = k + 2 === points.length ? to[axis] : to[axis] - sign * half;
    const center: [number, number, number] = [from[0], from[1], from[2]];
    center[axis] = (start + end) / 2;
    const size: [number, number, number] =
      axis === 0
        ? [Math.abs(end - start), height_mm, width_mm]
        : axis === 2
          ? [width_mm, height_mm, Math.abs(end - start)]
          : [width_mm, Math.abs(end - start), width_mm];
    if (size[axis] > 0) boxes.push({ center_mm: center, size_mm: size, axis });
  }
  return boxes;
}

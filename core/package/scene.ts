/**
 * A package scene: what the Package 3D view draws, as plain data. Every part is an axis-aligned
 * box or cylinder in millimetres (x across the faceplate, y up, z towards the front), carrying the
 * numbers the hover shows and the design parameter that sets it. Builders are pure functions of a
 * design's evaluation; the view never recomputes a number.
 */
export type Vec3 = readonly [number, number, number];

export const sceneKinds = ['pluggable-switch', 'cpo-switch', 'accelerator', 'cables'] as const;
export type SceneKind = (typeof sceneKinds)[number];

export type PartKind =
  | 'chassis'
  | 'board'
  | 'faceplate'
  | 'package'
  | 'asic'
  | 'trace'
  | 'cage'
  | 'module'
  | 'engine'
  | 'fiber-attach'
  | 'fiber'
  | 'front-connector'
  | 'laser-module'
  | 'accelerator'
  | 'hbm'
  | 'chiplet'
  | 'jacket'
  | 'insulation'
  | 'conductor'
  | 'ribbon'
  | 'buffer'
  | 'core';

/** Boxes are axis-aligned; a cylinder's axis is x, y or z and its other two extents are equal. */
export type PartShape = 'box' | 'cylinder-x' | 'cylinder-y' | 'cylinder-z';

export interface ScenePart {
  /** Unique within the scene, e.g. "engine-3", "fiber-3-17-1". */
  readonly id: string;
  readonly kind: PartKind;
  readonly shape: PartShape;
  readonly name: string;
  readonly center_mm: Vec3;
  /** Full extents along x, y and z. */
  readonly size_mm: Vec3;
  readonly bandwidth_gbps: number | null;
  readonly power_W: number | null;
  /** Power over the part's footprint (x × z), W/mm². */
  readonly power_density_W_per_mm2: number | null;
  /** The design parameter (inspector path) that sets this part, if one does. */
  readonly parameterPath: string | null;
  /** The part this one sits in or passes through; overlap with it is by construction. */
  readonly parentId: string | null;
  /** Displacement at full explosion. */
  readonly explode_mm: Vec3;
}

/** A measured span drawn with its length in mm. */
export interface SceneDimension {
  readonly from_mm: Vec3;
  readonly to_mm: Vec3;
  readonly length_mm: number;
  readonly label: string;
}

export interface SceneLabel {
  readonly at_mm: Vec3;
  readonly text: string;
}

export interface SceneCounts {
  readonly engines: number;
  readonly fibers: number;
  readonly cages: number;
  readonly modules: number;
  readonly lasers: number;
  readonly chiplets: number;
  readonly hbm: number;
  readonly lanes: number;
}

export interface PackageScene {
  readonly kind: SceneKind;
  readonly title: string;
  /** Ids of the designs the scene is built from (one, or one per cable). */
  readonly designIds: readonly string[];
  readonly parts: readonly ScenePart[];
  readonly dimensions: readonly SceneDimension[];
  readonly labels: readonly SceneLabel[];
  readonly counts: SceneCounts;
  readonly bounds_mm: { readonly min: Vec3; readonly max: Vec3 };
  /** What the camera frames first (the interesting region; the bounds when that is everything). */
  readonly focus_mm: { readonly min: Vec3; readonly max: Vec3 };
  /** One line each: how the scene follows from the design (shown under the picker). */
  readonly notes: readonly string[];
}

export interface PartInput {
  readonly id: string;
  readonly kind: PartKind;
  readonly name: string;
  readonly center_mm: Vec3;
  readonly size_mm: Vec3;
  readonly shape?: PartShape;
  readonly bandwidth_gbps?: number | null;
  readonly power_W?: number | null;
  readonly parameterPath?: string | null;
  readonly parentId?: string | null;
  readonly explode_mm?: Vec3;
}

/** The footprint power density: power ÷ (x × z extent). */
export function footprintPowerDensity_W_per_mm2(
  power_W: number | null,
  size_mm: Vec3,
): number | null {
  if (power_W === null || !Number.isFinite(power_W)) return null;
  const area = size_mm[0] * size_mm[2];
  return area > 0 ? power_W / area : null;
}

export function part(input: PartInput): ScenePart {
  const power = input.power_W ?? null;
  return {
    id: input.id,
    kind: input.kind,
    shape: input.shape ?? 'box',
    name: input.name,
    center_mm: input.center_mm,
    size_mm: input.size_mm,
    bandwidth_gbps: input.bandwidth_gbps ?? null,
    power_W: power,
    power_density_W_per_mm2: footprintPowerDensity_W_per_mm2(power, input.size_mm),
    parameterPath: input.parameterPath ?? null,
    parentId: input.parentId ?? null,
    explode_mm: input.explode_mm ?? [0, 0, 0],
  };
}

/** A box from its minimum corner and size, the way layouts are usually reasoned about. */
export function fromCorner(min_mm: Vec3, size_mm: Vec3): { center_mm: Vec3; size_mm: Vec3 } {
  return {
    center_mm: [min_mm[0] + size_mm[0] / 2, min_mm[1] + size_mm[1] / 2, min_mm[2] + size_mm[2] / 2],
    size_mm,
  };
}

/** A segment along one axis between two points that differ in that coordinate only. */
export function segment(
  from_mm: Vec3,
  to_mm: Vec3,
  thickness_mm: number,
): { center_mm: Vec3; size_mm: Vec3 } {
  const extent = (axis: 0 | 1 | 2) => Math.abs(to_mm[axis] - from_mm[axis]) || thickness_mm;
  const middle = (axis: 0 | 1 | 2) => (from_mm[axis] + to_mm[axis]) / 2;
  return {
    center_mm: [middle(0), middle(1), middle(2)],
    size_mm: [extent(0), extent(1), extent(2)],
  };
}

export function dimension(from_mm: Vec3, to_mm: Vec3, what: string): SceneDimension {
  const length = Math.hypot(to_mm[0] - from_mm[0], to_mm[1] - from_mm[1], to_mm[2] - from_mm[2]);
  return { from_mm, to_mm, length_mm: length, label: `${what} ${formatMm(length)}` };
}

export function formatMm(length_mm: number): string {
  const digits = length_mm >= 100 ? 0 : length_mm >= 10 ? 1 : length_mm >= 1 ? 2 : 3;
  return `${length_mm.toFixed(digits)} mm`;
}

export function boundsOf(parts: readonly ScenePart[]): PackageScene['bounds_mm'] {
  let min: Vec3 = [Infinity, Infinity, Infinity];
  let max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const [low, high] = extentOf(p);
    min = [Math.min(min[0], low[0]), Math.min(min[1], low[1]), Math.min(min[2], low[2])];
    max = [Math.max(max[0], high[0]), Math.max(max[1], high[1]), Math.max(max[2], high[2])];
  }
  return { min, max };
}

/** The part's axis-aligned bounding box as [min, max] corners, without explosion. */
export function extentOf(p: Pick<ScenePart, 'center_mm' | 'size_mm'>): readonly [Vec3, Vec3] {
  const [cx, cy, cz] = p.center_mm;
  const [sx, sy, sz] = p.size_mm;
  return [
    [cx - sx / 2, cy - sy / 2, cz - sz / 2],
    [cx + sx / 2, cy + sy / 2, cz + sz / 2],
  ];
}

export const EMPTY_COUNTS: SceneCounts = {
  engines: 0,
  fibers: 0,
  cages: 0,
  modules: 0,
  lasers: 0,
  chiplets: 0,
  hbm: 0,
  lanes: 0,
};

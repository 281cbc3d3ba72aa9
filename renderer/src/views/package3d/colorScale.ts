import type { PartKind, ScenePart } from '../../../../core';

/**
 * Colours of the 3D view. Parts that draw power are coloured by power density on a log scale
 * (cool → hot); the rest get a quiet colour by kind so the hot parts stand out.
 */
const HEAT_STOPS: readonly (readonly [number, number, number])[] = [
  [0.16, 0.32, 0.75],
  [0.1, 0.62, 0.72],
  [0.55, 0.78, 0.3],
  [0.98, 0.75, 0.15],
  [0.86, 0.24, 0.12],
];

export const KIND_COLORS: Readonly<Record<PartKind, number>> = {
  chassis: 0x9aa3b2,
  board: 0x2f5d46,
  faceplate: 0x4b5563,
  package: 0x6b5b3e,
  asic: 0x8b5cf6,
  trace: 0xc9a227,
  cage: 0xb8c0cc,
  module: 0x64748b,
  engine: 0x3b82f6,
  'fiber-attach': 0xd1d5db,
  fiber: 0xf2c94c,
  'front-connector': 0x0ea5e9,
  'laser-module': 0xea580c,
  accelerator: 0x475569,
  hbm: 0x334155,
  chiplet: 0xdb2777,
  jacket: 0x94a3b8,
  insulation: 0xe2e8f0,
  conductor: 0xb87333,
  ribbon: 0xcbd5e1,
  buffer: 0xf8fafc,
  core: 0x38bdf8,
};

export interface HeatDomain {
  readonly min_W_per_mm2: number;
  readonly max_W_per_mm2: number;
}

/** The range of power densities in a scene, or null when no part draws power. */
export function heatDomain(parts: readonly ScenePart[]): HeatDomain | null {
  let min = Infinity;
  let max = -Infinity;
  for (const p of parts) {
    const density = p.power_density_W_per_mm2;
    if (density === null || !(density > 0)) continue;
    min = Math.min(min, density);
    max = Math.max(max, density);
  }
  if (!Number.isFinite(min)) return null;
  // A single value still needs a span to place it on.
  return min === max
    ? { min_W_per_mm2: min / 2, max_W_per_mm2: max * 2 }
    : { min_W_per_mm2: min, max_W_per_mm2: max };
}

/** Position 0…1 of a density on the log scale of the domain. */
export function heatPosition(density: number, domain: HeatDomain): number {
  const low = Math.log10(domain.min_W_per_mm2);
  const high = Math.log10(domain.max_W_per_mm2);
  return Math.min(1, Math.max(0, (Math.log10(density) - low) / (high - low)));
}

export function heatRgb(position: number): [number, number, number] {
  const scaled = position * (HEAT_STOPS.length - 1);
  const index = Math.min(HEAT_STOPS.length - 2, Math.floor(scaled));
  const t = scaled - index;
  const a = HEAT_STOPS[index] ?? [0, 0, 0];
  const b = HEAT_STOPS[index + 1] ?? a;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function cssRgb([r, g, b]: readonly [number, number, number]): string {
  return `rgb(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)})`;
}

/** CSS gradient of the legend bar, low → high. */
export function legendGradient(): string {
  const stops = HEAT_STOPS.map(
    (stop, i) => `${cssRgb(stop)} ${(i / (HEAT_STOPS.length - 1)) * 100}%`,
  );
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** Three ticks: low, geometric middle and high. */
export function legendTicks(domain: HeatDomain): number[] {
  const middle = Math.sqrt(domain.min_W_per_mm2 * domain.max_W_per_mm2);
  return [domain.min_W_per_mm2, middle, domain.max_W_per_mm2];
}

import type { DesignEvaluation } from '../evaluate-scenario';
import type { Design } from '../scenario/schema';
import {
  AWG_DIAMETER_mm,
  CABLE_JACKET_WALL_mm,
  DAC_THIN_GAUGE_MAX_m,
  FIBER_CLADDING_DIAMETER_mm,
  FIBER_COATING_DIAMETER_mm,
  IMAGING_FIBER_DIAMETER_mm,
  TIGHT_BUFFER_DIAMETER_mm,
  TWINAX_INSULATION_PER_CONDUCTOR,
} from './constants';
import { packageNumbers, PATHS, type PackageNumbers } from './inputs';
import { centredRow } from './layout';
import {
  boundsOf,
  dimension,
  EMPTY_COUNTS,
  formatMm,
  part,
  type PackageScene,
  type SceneDimension,
  type SceneLabel,
  type ScenePart,
} from './scene';

export const cableMedia = ['copper-pairs', 'parallel-ribbon', 'duplex-wdm', 'imaging'] as const;
export type CableMedium = (typeof cableMedia)[number];

export const CABLE_MEDIUM_LABELS: Readonly<Record<CableMedium, string>> = {
  'copper-pairs': 'Copper twinax pairs',
  'parallel-ribbon': 'Parallel fibre ribbon',
  'duplex-wdm': 'Duplex fibre',
  imaging: 'Imaging fibre (microLED)',
};

/** Copper designs carry pairs; imaging fibre is the microLED link; > 4 fibres is a ribbon. */
export function cableMediumOf(design: Design): CableMedium {
  if (design.kind === 'electrical') return 'copper-pairs';
  if (design.kind === 'imdd' && design.fiber.type === 'imaging') return 'imaging';
  return design.technology.density.fibers_per_link > 4 ? 'parallel-ribbon' : 'duplex-wdm';
}

/** Length of the drawn cable piece: a short slice, viewed end-on. */
const SLICE_mm = 6;
/** Room between slices for their labels. */
const GAP_BETWEEN_CABLES_mm = 10;
/** Ribbon matrix thickness over the coated fibres. */
const RIBBON_THICKNESS_mm = FIBER_COATING_DIAMETER_mm.value + 0.06;

/** Exploded, the jacket slides back and the conductors or glass slide forward out of it. */
const EXPLODE_BY_KIND: Partial<Record<ScenePart['kind'], readonly [number, number, number]>> = {
  jacket: [0, 0, -10],
  fiber: [0, 0, 4],
  core: [0, 0, 8],
  conductor: [0, 0, 8],
};

interface Section {
  readonly parts: ScenePart[];
  readonly diameter_mm: number;
  readonly lanesPerDirection: number;
  readonly fibers: number;
  readonly summary: string;
}

type Round = (
  id: string,
  kind: ScenePart['kind'],
  name: string,
  x: number,
  y: number,
  diameter: number,
  parentId: string | null,
  extra?: { bandwidth_gbps?: number; parameterPath?: string },
) => ScenePart;

const roundPart =
  (prefix: string, offsetX: number): Round =>
  (id, kind, name, x, y, diameter, parentId, extra = {}) =>
    part({
      id: `${prefix}-${id}`,
      kind,
      shape: 'cylinder-z',
      name,
      center_mm: [offsetX + x, y, 0],
      size_mm: [diameter, diameter, SLICE_mm],
      parentId: parentId === null ? null : `${prefix}-${parentId}`,
      explode_mm: EXPLODE_BY_KIND[kind] ?? [0, 0, 0],
      ...extra,
    });

function jacket(round: Round, name: string, innerWidth: number, innerHeight: number) {
  const diameter = Math.hypot(innerWidth, innerHeight) + 2 * CABLE_JACKET_WALL_mm.value;
  return { part: round('jacket', 'jacket', name, 0, 0, diameter, null), diameter };
}

function copperSection(design: Design, n: PackageNumbers, round: Round): Section {
  const length_m = design.kind === 'electrical' ? design.cable.length_m : 0;
  const gauge = length_m <= DAC_THIN_GAUGE_MAX_m.value ? 30 : 26;
  const conductor = AWG_DIAMETER_mm.value[gauge];
  const insulation = conductor * TWINAX_INSULATION_PER_CONDUCTOR.value;
  const pairs = 2 * n.lanes;
  const cellW = 2 * insulation + 0.2;
  const cellH = insulation + 0.2;
  const columns = Math.ceil(Math.sqrt(pairs / 2));
  const rows = Math.ceil(pairs / columns);
  const outer = jacket(round, `${n.designName}: cable jacket`, columns * cellW, rows * cellH);
  const parts: ScenePart[] = [outer.part];
  const xs = centredRow(columns, cellW);
  const ys = centredRow(rows, cellH);
  for (let pair = 0; pair < pairs; pair++) {
    const x = xs[pair % columns] ?? 0;
    const y = ys[Math.floor(pair / columns)] ?? 0;
    const direction = pair < n.lanes ? 'Tx' : 'Rx';
    for (const side of [-1, 1]) {
      const id = `pair-${pair}-${side < 0 ? 'p' : 'n'}`;
      const cx = x + (side * insulation) / 2;
      parts.push(
        round(
          id,
          'insulation',
          `Twinax pair ${pair + 1} of ${pairs} (${direction})`,
          cx,
          y,
          insulation,
          'jacket',
          {
            bandwidth_gbps: n.lanePayload_gbps,
            parameterPath: PATHS.lanes,
          },
        ),
        round(
          `${id}-cu`,
          'conductor',
          `${gauge} AWG conductor, Ø ${formatMm(conductor)}`,
          cx,
          y,
          conductor,
          id,
          {
            parameterPath: PATHS.cableLength,
          },
        ),
      );
    }
  }
  return {
    parts,
    diameter_mm: outer.diameter,
    lanesPerDirection: n.lanes,
    fibers: 0,
    summary: `${pairs} pairs (${n.lanes} lanes × 2), ${gauge} AWG`,
  };
}

function glass(
  round: Round,
  id: string,
  name: string,
  x: number,
  y: number,
  parentId: string,
  n: PackageNumbers,
) {
  return [
    round(id, 'fiber', name, x, y, FIBER_COATING_DIAMETER_mm.value, parentId, {
      bandwidth_gbps: n.lanePayload_gbps * n.wavelengthsPerFiber,
      parameterPath: PATHS.fibersPerLink,
    }),
    round(
      `${id}-clad`,
      'core',
      `${name}: cladding Ø 125 µm`,
      x,
      y,
      FIBER_CLADDING_DIAMETER_mm.value,
      id,
    ),
  ];
}

function ribbonSection(n: PackageNumbers, round: Round, offsetX: number, prefix: string): Section {
  const fibers = n.fibersPerLink;
  const pitch = Math.max(n.fiberPitch_mm, FIBER_COATING_DIAMETER_mm.value * 1.01);
  const width = fibers * pitch + 0.1;
  const outer = jacket(round, `${n.designName}: cable jacket`, width, RIBBON_THICKNESS_mm);
  const ribbon = part({
    id: `${prefix}-ribbon`,
    kind: 'ribbon',
    name: `${fibers}-fibre ribbon at ${(pitch * 1000).toFixed(0)} µm`,
    center_mm: [offsetX, 0, 0],
    size_mm: [width, RIBBON_THICKNESS_mm, SLICE_mm],
    parentId: `${prefix}-jacket`,
    parameterPath: PATHS.fiberPitch,
  });
  const parts: ScenePart[] = [outer.part, ribbon];
  centredRow(fibers, pitch).forEach((x, i) => {
    parts.push(
      ...glass(
        round,
        `fiber-${i}`,
        `Fibre ${i + 1} of ${fibers} (${i < fibers / 2 ? 'Tx' : 'Rx'})`,
        x,
        0,
        'ribbon',
        n,
      ),
    );
  });
  return {
    parts,
    diameter_mm: outer.diameter,
    lanesPerDirection: (fibers / 2) * n.wavelengthsPerFiber,
    fibers,
    summary: `${fibers} fibres, ${n.wavelengthsPerFiber} λ each`,
  };
}

function duplexSection(n: PackageNumbers, round: Round): Section {
  const fibers = Math.max(1, n.fibersPerLink);
  const buffer = TIGHT_BUFFER_DIAMETER_mm.value;
  const outer = jacket(round, `${n.designName}: duplex cord jacket`, fibers * buffer, buffer);
  const parts: ScenePart[] = [outer.part];
  centredRow(fibers, buffer).forEach((x, i) => {
    parts.push(
      round(`buffer-${i}`, 'buffer', `Tight buffer, fibre ${i + 1}`, x, 0, buffer * 0.99, 'jacket'),
      ...glass(
        round,
        `fiber-${i}`,
        `Fibre ${i + 1} of ${fibers}, ${n.wavelengthsPerFiber} λ`,
        x,
        0,
        `buffer-${i}`,
        n,
      ),
    );
  });
  return {
    parts,
    diameter_mm: outer.diameter,
    lanesPerDirection: (fibers / 2) * n.wavelengthsPerFiber,
    fibers,
    summary: `${fibers} fibres × ${n.wavelengthsPerFiber} λ`,
  };
}

/** Centres of a hexagonal lattice of pitch `pitch` that fit in a circle, cores fully inside. */
function hexLattice(radius: number, pitch: number): [number, number][] {
  const points: [number, number][] = [];
  const rowStep = (pitch * Math.sqrt(3)) / 2;
  const rows = Math.floor(radius / rowStep);
  for (let r = -rows; r <= rows; r++) {
    const y = r * rowStep;
    const shift = Math.abs(r) % 2 === 1 ? pitch / 2 : 0;
    const columns = Math.ceil(radius / pitch) + 1;
    for (let c = -columns; c <= columns; c++) {
      const x = c * pitch + shift;
      if (Math.hypot(x, y) + pitch / 2 <= radius) points.push([x, y]);
    }
  }
  return points;
}

/** The largest lattice pitch that still fits `count` cores in a circle of `radius`. */
export function hexPitchFor(count: number, radius: number): number {
  let low = 0;
  let high = 2 * radius;
  for (let i = 0; i < 40; i++) {
    const middle = (low + high) / 2;
    if (hexLattice(radius, middle).length >= count) low = middle;
    else high = middle;
  }
  return low;
}

function imagingSection(n: PackageNumbers, round: Round): Section {
  const fibers = Math.max(1, n.fibersPerLink);
  const diameter = IMAGING_FIBER_DIAMETER_mm.value;
  const cores = Math.ceil(n.lanes / Math.max(1, fibers / 2));
  const pitch = hexPitchFor(cores, diameter / 2);
  const lattice = hexLattice(diameter / 2, pitch)
    .sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]))
    .slice(0, cores);
  const spacing = diameter * 1.1;
  const outer = jacket(round, `${n.designName}: cable jacket`, fibers * spacing, spacing);
  const parts: ScenePart[] = [outer.part];
  centredRow(fibers, spacing).forEach((x, i) => {
    parts.push(
      round(
        `imaging-${i}`,
        'fiber',
        `Imaging fibre ${i + 1} of ${fibers} (${cores} cores)`,
        x,
        0,
        diameter,
        'jacket',
        {
          bandwidth_gbps: cores * n.lanePayload_gbps,
          parameterPath: PATHS.fibersPerLink,
        },
      ),
    );
    lattice.forEach(([cx, cy], k) => {
      parts.push(
        round(
          `imaging-${i}-core-${k}`,
          'core',
          `Core ${k + 1} of ${cores}, fibre ${i + 1}`,
          x + cx,
          cy,
          pitch * 0.7,
          `imaging-${i}`,
          {
            bandwidth_gbps: n.lanePayload_gbps,
            parameterPath: PATHS.lanes,
          },
        ),
      );
    });
  });
  return {
    parts,
    diameter_mm: outer.diameter,
    lanesPerDirection: n.lanes,
    fibers,
    summary: `${fibers} × ${cores} cores at ${(pitch * 1000).toFixed(0)} µm`,
  };
}

/**
 * End-on slices of each design's cable, side by side and to scale: copper twinax pairs, a
 * parallel fibre ribbon, duplex WDM fibres, or imaging fibres with one core per microLED lane.
 */
export function buildCables(evaluations: readonly DesignEvaluation[]): PackageScene {
  const parts: ScenePart[] = [];
  const labels: SceneLabel[] = [];
  const dimensions: SceneDimension[] = [];
  const notes: string[] = [];
  let x = 0;
  let lanes = 0;
  let fibers = 0;
  evaluations.forEach((evaluation, index) => {
    const n = packageNumbers(evaluation);
    const medium = cableMediumOf(evaluation.design);
    const prefix = `cable-${index}`;
    // Build at the origin to learn the diameter, then shift into place.
    const probe = (offset: number): Section => {
      const round = roundPart(prefix, offset);
      switch (medium) {
        case 'copper-pairs':
          return copperSection(evaluation.design, n, round);
        case 'parallel-ribbon':
          return ribbonSection(n, round, offset, prefix);
        case 'duplex-wdm':
          return duplexSection(n, round);
        case 'imaging':
          return imagingSection(n, round);
      }
    };
    const size = probe(0).diameter_mm;
    const center = x + size / 2;
    const section = probe(center);
    x += size + GAP_BETWEEN_CABLES_mm;
    parts.push(...section.parts);
    lanes += section.lanesPerDirection;
    fibers += section.fibers;
    const r = size / 2;
    labels.push({
      at_mm: [center, r + 2.5, 0],
      text: `${CABLE_MEDIUM_LABELS[medium]}\n${section.lanesPerDirection} lanes/direction`,
    });
    dimensions.push(
      dimension([center - r, -r - 1.5, SLICE_mm / 2], [center + r, -r - 1.5, SLICE_mm / 2], 'Ø'),
    );
    notes.push(
      `${n.designName}: ${CABLE_MEDIUM_LABELS[medium].toLowerCase()}, ${section.summary}, Ø ${formatMm(size)}`,
    );
  });
  // Centre the row on the origin.
  const shift = -(x - GAP_BETWEEN_CABLES_mm) / 2;
  const moved = parts.map((p) => ({
    ...p,
    center_mm: [p.center_mm[0] + shift, p.center_mm[1], p.center_mm[2]] as const,
  }));
  return {
    kind: 'cables',
    title: 'Cable cross-sections, to scale',
    designIds: evaluations.map((e) => e.design.id),
    parts: moved,
    dimensions: dimensions.map((d) => ({
      ...d,
      from_mm: [d.from_mm[0] + shift, d.from_mm[1], d.from_mm[2]] as const,
      to_mm: [d.to_mm[0] + shift, d.to_mm[1], d.to_mm[2]] as const,
    })),
    labels: labels.map((l) => ({
      ...l,
      at_mm: [l.at_mm[0] + shift, l.at_mm[1], l.at_mm[2]] as const,
    })),
    counts: { ...EMPTY_COUNTS, lanes, fibers },
    bounds_mm: boundsOf(moved),
    focus_mm: boundsOf(moved),
    notes,
  };
}

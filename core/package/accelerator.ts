import type { DesignEvaluation } from '../evaluate-scenario';
import {
  ACCELERATOR_DIE_mm,
  CHIPLET_DEPTH_PER_EDGE,
  CHIPLET_GAP_mm,
  DIE_HEIGHT_mm,
  ENGINE_HEIGHT_mm,
  FIBER_ATTACH_LENGTH_mm,
  FIBER_COATING_DIAMETER_mm,
  FIBER_STUB_mm,
  HBM_STACK_mm,
  HBM_STACKS,
  PACKAGE_HEIGHT_mm,
  SUBSTRATE_MARGIN_mm,
} from './constants';
import { packageNumbers, partsFor, PATHS } from './inputs';
import { centredRow, ringLayout } from './layout';
import {
  boundsOf,
  dimension,
  EMPTY_COUNTS,
  fromCorner,
  part,
  type PackageScene,
  type ScenePart,
  type Vec3,
} from './scene';

export interface AcceleratorOptions {
  /** Optical I/O the accelerator needs, per direction, Gb/s. */
  readonly ioBandwidth_gbps: number;
}

export interface ChipletGeometry {
  readonly count: number;
  readonly edge_mm: number;
  readonly depth_mm: number;
  readonly fibersPerChiplet: number;
  readonly fiberRows: number;
  readonly fiberColumns: number;
}

/**
 * Chiplet count = I/O bandwidth ÷ chiplet rate; each chiplet's edge = its rate ÷ the core's
 * shoreline density; fibres per chiplet = fibres per link, in rows at the fibre pitch.
 */
export function chipletGeometry(
  evaluation: DesignEvaluation,
  ioBandwidth_gbps: number,
): ChipletGeometry {
  const n = packageNumbers(evaluation);
  if (n.shoreline_gbps_per_mm === null) {
    throw new Error(`${n.designName}: optical I/O chiplets need a shoreline density`);
  }
  const edge = n.moduleRate_gbps / n.shoreline_gbps_per_mm;
  const depth =
    n.engineArea_mm2 === null ? edge * CHIPLET_DEPTH_PER_EDGE.value : n.engineArea_mm2 / edge;
  const fibers = n.fibersPerLink;
  const rows = Math.max(1, Math.ceil((fibers * n.fiberPitch_mm) / edge - 1e-9));
  return {
    count: partsFor(ioBandwidth_gbps, n.moduleRate_gbps),
    edge_mm: edge,
    depth_mm: depth,
    fibersPerChiplet: fibers,
    fiberRows: rows,
    fiberColumns: Math.ceil(fibers / rows),
  };
}

/**
 * An accelerator package with optical I/O: a reticle-sized die, HBM stacks on its long sides and
 * optical I/O chiplets in rows along the package's front and back edges, each with a fibre array.
 */
export function buildAccelerator(
  evaluation: DesignEvaluation,
  options: AcceleratorOptions,
): PackageScene {
  const n = packageNumbers(evaluation);
  const g = chipletGeometry(evaluation, options.ioBandwidth_gbps);
  const die = ACCELERATOR_DIE_mm.value;
  const hbm = HBM_STACK_mm.value;
  const gap = CHIPLET_GAP_mm.value;
  const stacksPerSide = Math.ceil(HBM_STACKS.value / 2);
  const hbmColumn = stacksPerSide * hbm.depth_mm + (stacksPerSide - 1) * gap;
  const coreHalfX = die.width_mm / 2 + gap + hbm.width_mm;
  const coreHalfZ = Math.max(die.depth_mm, hbmColumn) / 2;
  const ring = ringLayout(
    g.count,
    g.edge_mm,
    g.depth_mm,
    gap,
    [coreHalfX, coreHalfZ + gap],
    ['front', 'back'],
  );
  const halfX = Math.max(coreHalfX, ring.outerHalf_mm[0]) + SUBSTRATE_MARGIN_mm.value;
  const halfZ = ring.outerHalf_mm[1];
  const top = PACKAGE_HEIGHT_mm.value;
  const parts: ScenePart[] = [
    part({
      id: 'substrate',
      kind: 'package',
      name: `Accelerator package substrate (${(2 * halfX).toFixed(1)} × ${(2 * halfZ).toFixed(1)} mm)`,
      ...fromCorner([-halfX, 0, -halfZ], [2 * halfX, top, 2 * halfZ]),
    }),
    part({
      id: 'accelerator-die',
      kind: 'accelerator',
      name: `Accelerator die (${die.width_mm} × ${die.depth_mm} mm; compute power not modelled)`,
      ...fromCorner(
        [-die.width_mm / 2, top, -die.depth_mm / 2],
        [die.width_mm, DIE_HEIGHT_mm.value, die.depth_mm],
      ),
      bandwidth_gbps: options.ioBandwidth_gbps,
      explode_mm: [0, 20, 0],
    }),
  ];
  let stack = 0;
  for (const sign of [-1, 1]) {
    for (const z of centredRow(stacksPerSide, hbm.depth_mm + gap)) {
      if (stack >= HBM_STACKS.value) break;
      parts.push(
        part({
          id: `hbm-${stack}`,
          kind: 'hbm',
          name: `HBM stack ${stack + 1} of ${HBM_STACKS.value}`,
          center_mm: [
            sign * (die.width_mm / 2 + gap + hbm.width_mm / 2),
            top + hbm.height_mm / 2,
            z,
          ],
          size_mm: [hbm.width_mm, hbm.height_mm, hbm.depth_mm],
          explode_mm: [0, 12, 0],
        }),
      );
      stack++;
    }
  }

  const pitch = n.fiberPitch_mm;
  const fiberDiameter = Math.min(FIBER_COATING_DIAMETER_mm.value, pitch * 0.98);
  const attach = FIBER_ATTACH_LENGTH_mm.value;
  const lift: Vec3 = [0, 8, 0];
  let fiberCount = 0;
  ring.slots.forEach((slot, index) => {
    const [cx, cz] = slot.center_mm;
    const [sx, sz] = slot.size_mm;
    const out = slot.side === 'front' ? 1 : -1;
    parts.push(
      part({
        id: `chiplet-${index}`,
        kind: 'chiplet',
        name: `Optical I/O chiplet ${index + 1} of ${g.count}`,
        center_mm: [cx, top + ENGINE_HEIGHT_mm.value / 2, cz],
        size_mm: [sx, ENGINE_HEIGHT_mm.value, sz],
        bandwidth_gbps: n.moduleRate_gbps,
        power_W: n.modulePower_W,
        parameterPath: PATHS.moduleRate,
        explode_mm: lift,
      }),
    );
    const edgeZ = cz + (out * sz) / 2;
    const height = g.fiberRows * pitch + 0.6;
    parts.push(
      part({
        id: `attach-${index}`,
        kind: 'fiber-attach',
        name: `Fibre array, chiplet ${index + 1} (${g.fibersPerChiplet} fibres at ${(pitch * 1000).toFixed(0)} µm)`,
        center_mm: [cx, top + height / 2, edgeZ + (out * attach) / 2],
        size_mm: [g.fiberColumns * pitch, height, attach],
        bandwidth_gbps: n.moduleRate_gbps,
        parameterPath: PATHS.fiberPitch,
        explode_mm: lift,
      }),
    );
    const face = edgeZ + out * attach;
    let drawn = 0;
    for (let row = 0; row < g.fiberRows; row++) {
      for (const x of centredRow(g.fiberColumns, pitch, cx)) {
        if (drawn >= g.fibersPerChiplet) break;
        parts.push(
          part({
            id: `fiber-${fiberCount}`,
            kind: 'fiber',
            shape: 'cylinder-z',
            name: `Fibre ${drawn + 1} of chiplet ${index + 1}`,
            center_mm: [x, top + 0.3 + (row + 0.5) * pitch, face + (out * FIBER_STUB_mm.value) / 2],
            size_mm: [fiberDiameter, fiberDiameter, FIBER_STUB_mm.value],
            bandwidth_gbps: n.lanePayload_gbps * n.wavelengthsPerFiber,
            parameterPath: PATHS.fibersPerLink,
            explode_mm: lift,
          }),
        );
        drawn++;
        fiberCount++;
      }
    }
  });

  const label = top + 5;
  const dimensions = [
    dimension(
      [-halfX, label, halfZ + FIBER_STUB_mm.value + 10],
      [halfX, label, halfZ + FIBER_STUB_mm.value + 10],
      'Package',
    ),
    dimension([-die.width_mm / 2, label, 0], [die.width_mm / 2, label, 0], 'Die'),
  ];
  const first = ring.slots[0];
  if (first !== undefined) {
    const [cx, cz] = first.center_mm;
    dimensions.push(
      dimension([cx - g.edge_mm / 2, label, cz], [cx + g.edge_mm / 2, label, cz], 'Chiplet edge'),
    );
  }
  return {
    kind: 'accelerator',
    title: `Accelerator with optical I/O — ${n.designName}`,
    designIds: [n.designId],
    parts,
    dimensions,
    labels: [],
    counts: {
      ...EMPTY_COUNTS,
      chiplets: g.count,
      engines: g.count,
      fibers: fiberCount,
      hbm: stack,
      lanes: g.count * n.lanes,
    },
    bounds_mm: boundsOf(parts),
    focus_mm: boundsOf(parts),
    notes: [
      `${g.count} chiplets = ${(options.ioBandwidth_gbps / 1000).toFixed(1)} Tb/s per direction ÷ ${n.moduleRate_gbps} Gb/s`,
      `Chiplet edge ${g.edge_mm.toFixed(2)} mm = ${n.moduleRate_gbps} Gb/s ÷ ${(n.shoreline_gbps_per_mm ?? 0).toFixed(0)} Gb/s/mm shoreline`,
      `${g.fibersPerChiplet} fibres per chiplet, ${fiberCount} in all; ${n.modulePower_W === null ? 'power infeasible (laser cannot be sized)' : `${n.modulePower_W.toFixed(1)} W`} per chiplet`,
    ],
  };
}

import type { DesignEvaluation } from '../evaluate-scenario';
import { buildChassis } from './chassis';
import {
  CAGE_WALL_mm,
  CHASSIS_WIDTH_mm,
  CPO_CHASSIS_RU,
  DIE_HEIGHT_mm,
  ENGINE_DEPTH_PER_EDGE,
  ENGINE_GAP_mm,
  ENGINE_HEIGHT_mm,
  FIBER_ATTACH_LENGTH_mm,
  FIBER_COATING_DIAMETER_mm,
  FIBER_LEAD_mm,
  FRONT_CONNECTOR_DEPTH_mm,
  LASERS_PER_ELSFP,
  MODULE_PROTRUSION_mm,
  OSFP_MODULE,
  PACKAGE_HEIGHT_mm,
  SUBSTRATE_MARGIN_mm,
  SWITCH_DIE_EDGE_mm,
} from './constants';
import { packageNumbers, partsFor, PATHS } from './inputs';
import { axisPath, centredRow, ringLayout, type SlotOnSide } from './layout';
import type { SwitchOptions } from './pluggable-switch';
import { switchAsicPower_W } from './pluggable-switch';
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

/** The package, its fibres and the front panel: everything in front of `back_mm` but the walls. */
function focusOf(parts: readonly ScenePart[], back_mm: number): PackageScene['focus_mm'] {
  const inside = parts.filter(
    (p) => p.kind === 'fiber' || p.kind === 'package' || p.kind === 'front-connector',
  );
  const { min, max } = boundsOf(inside);
  return {
    min: [min[0] - 10, 0, Math.min(min[2], back_mm)],
    max: [max[0] + 10, max[1] + 20, max[2] + 20],
  };
}

/** Where the package sits: centred across, a little behind the middle of the box. */
const PACKAGE_Z_mm = -40;

export interface EngineGeometry {
  readonly count: number;
  readonly edge_mm: number;
  readonly depth_mm: number;
  readonly fibersPerEngine: number;
  readonly fiberRows: number;
  readonly fiberColumns: number;
}

/**
 * @method package-geometry Package geometry in 3D
 * The 3D scenes are built from the core's density model: a co-packaged switch of bandwidth B_sw
 * carries engines of rate R_eng, each as wide as its rate over the shoreline density S, tiled
 * around the die; a pluggable switch needs one cage per port of its radix:
 * $$ n_{\mathrm{eng}} = \left\lceil \frac{B_{\mathrm{sw}}}{R_{\mathrm{eng}}} \right\rceil, \qquad w_{\mathrm{eng}} = \frac{R_{\mathrm{eng}}}{S}, \qquad n_{\mathrm{cage}} = \frac{B_{\mathrm{sw}}}{R_{\mathrm{port}}} $$
 * Parts never overlap (checked pairwise by their bounding boxes); numbers shown are the core's.
 * @assumes Engines four to a side around the die; fibres at the MT-ferrule pitch of 250 µm.
 */

/**
 * Engine count and footprint: count = switch bandwidth ÷ engine rate; the edge each engine takes
 * along the die is its rate ÷ the core's shoreline density; its depth is area ÷ edge when the
 * design gives an area. Fibres per engine = ports per engine × fibres per link, in as many rows
 * at the fibre pitch as the edge needs.
 */
export function engineGeometry(
  evaluation: DesignEvaluation,
  switchBandwidth_gbps: number,
): EngineGeometry {
  const n = packageNumbers(evaluation);
  if (n.engineRate_gbps === null || n.shoreline_gbps_per_mm === null) {
    throw new Error(
      `${n.designName}: a co-packaged switch needs ${PATHS.engineRate} and a shoreline density`,
    );
  }
  const edge = n.engineRate_gbps / n.shoreline_gbps_per_mm;
  const depth =
    n.engineArea_mm2 === null ? edge * ENGINE_DEPTH_PER_EDGE.value : n.engineArea_mm2 / edge;
  const fibers = Math.ceil((n.engineRate_gbps / n.moduleRate_gbps) * n.fibersPerLink - 1e-9);
  const rows = Math.max(1, Math.ceil((fibers * n.fiberPitch_mm) / edge - 1e-9));
  return {
    count: partsFor(switchBandwidth_gbps, n.engineRate_gbps),
    edge_mm: edge,
    depth_mm: depth,
    fibersPerEngine: fibers,
    fiberRows: rows,
    fiberColumns: Math.ceil(fibers / rows),
  };
}

interface FiberRun {
  readonly engine: number;
  /** Points of the route in x–z; y is the row's height. */
  readonly route: readonly (readonly [number, number])[];
}

/**
 * Co-packaged switch: the switch die in the middle of the substrate, optical engines tiled around
 * it, a fibre-attach unit on each engine's outer edge, every fibre routed to front-panel adapters,
 * and external laser modules (ELSFP) at the faceplate.
 */
export function buildCpoSwitch(evaluation: DesignEvaluation, options: SwitchOptions): PackageScene {
  const n = packageNumbers(evaluation);
  const g = engineGeometry(evaluation, options.switchBandwidth_gbps);
  const engineRate = n.engineRate_gbps ?? 0;
  const radix = partsFor(options.switchBandwidth_gbps, n.moduleRate_gbps);
  const portsPerEngine = engineRate / n.moduleRate_gbps;
  const pitch = n.fiberPitch_mm;
  const fiberDiameter = Math.min(FIBER_COATING_DIAMETER_mm.value, pitch * 0.98);
  const die = SWITCH_DIE_EDGE_mm.value;
  const gap = ENGINE_GAP_mm.value;
  const ring = ringLayout(
    g.count,
    g.edge_mm,
    g.depth_mm,
    gap,
    [die / 2 + gap, die / 2 + gap],
    ['front', 'back', 'left', 'right'],
  );
  const attach = FIBER_ATTACH_LENGTH_mm.value;
  const substrateHalf =
    Math.max(ring.outerHalf_mm[0], ring.outerHalf_mm[1]) + attach + SUBSTRATE_MARGIN_mm.value;

  const chassis = buildChassis(CPO_CHASSIS_RU.value, CHASSIS_WIDTH_mm.value, null);
  const parts: ScenePart[] = [...chassis.parts];
  const substrateTop = chassis.boardTop_mm + PACKAGE_HEIGHT_mm.value;
  const z0 = PACKAGE_Z_mm;
  const lift: Vec3 = [0, 15, 0];
  parts.push(
    part({
      id: 'substrate',
      kind: 'package',
      name: `Package substrate (${(2 * substrateHalf).toFixed(1)} mm square)`,
      ...fromCorner(
        [-substrateHalf, chassis.boardTop_mm, z0 - substrateHalf],
        [2 * substrateHalf, PACKAGE_HEIGHT_mm.value, 2 * substrateHalf],
      ),
      parameterPath: PATHS.engineEdge,
      explode_mm: [0, 5, 0],
    }),
  );
  const asicPower = switchAsicPower_W(options.switchBandwidth_gbps, radix, n.hostPower_W);
  parts.push(
    part({
      id: 'switch-die',
      kind: 'asic',
      name: `Switch die, ${(options.switchBandwidth_gbps / 1000).toFixed(1)} Tb/s`,
      ...fromCorner([-die / 2, substrateTop, z0 - die / 2], [die, DIE_HEIGHT_mm.value, die]),
      bandwidth_gbps: options.switchBandwidth_gbps,
      power_W: asicPower,
      parameterPath: PATHS.hostSerdes,
      explode_mm: [0, 35, 0],
    }),
  );

  const enginePower =
    n.modulePower_W === null || n.laserPower_W === null
      ? null
      : (n.modulePower_W - n.laserPower_W) * portsPerEngine;
  const rowY = (row: number) => substrateTop + 0.3 + (row + 0.5) * pitch;
  const runs: FiberRun[] = [];
  const leftBase = -(substrateHalf + FIBER_LEAD_mm.value);
  const rightBase = substrateHalf + FIBER_LEAD_mm.value;
  const connectorBack = chassis.faceplateInner_mm - FRONT_CONNECTOR_DEPTH_mm.value;
  const bySide = (side: SlotOnSide['side']) =>
    ring.slots.map((slot, engine) => ({ slot, engine })).filter(({ slot }) => slot.side === side);

  ring.slots.forEach((slot, engine) => {
    const [cx, czLocal] = slot.center_mm;
    const [sx, sz] = slot.size_mm;
    parts.push(
      part({
        id: `engine-${engine}`,
        kind: 'engine',
        name: `Optical engine ${engine + 1} of ${g.count} (${slot.side})`,
        center_mm: [cx, substrateTop + ENGINE_HEIGHT_mm.value / 2, z0 + czLocal],
        size_mm: [sx, ENGINE_HEIGHT_mm.value, sz],
        bandwidth_gbps: engineRate,
        power_W: enginePower,
        parameterPath: PATHS.engineRate,
        explode_mm: lift,
      }),
    );
    // The fibre-attach unit against the engine's outer edge.
    const span = g.fiberColumns * pitch;
    const height = g.fiberRows * pitch + 0.6;
    const horizontal = slot.side === 'front' || slot.side === 'back';
    const out = slot.side === 'front' || slot.side === 'right' ? 1 : -1;
    const faceOffset = (horizontal ? sz : sx) / 2 + attach / 2;
    parts.push(
      part({
        id: `attach-${engine}`,
        kind: 'fiber-attach',
        name: `Fibre attach, engine ${engine + 1} (${g.fibersPerEngine} fibres, ${g.fiberRows} × ${g.fiberColumns})`,
        center_mm: horizontal
          ? [cx, substrateTop + height / 2, z0 + czLocal + out * faceOffset]
          : [cx + out * faceOffset, substrateTop + height / 2, z0 + czLocal],
        size_mm: horizontal ? [span, height, attach] : [attach, height, span],
        bandwidth_gbps: engineRate,
        parameterPath: PATHS.fiberPitch,
        explode_mm: lift,
      }),
    );
  });

  // Front: straight to the faceplate.
  for (const { slot, engine } of bySide('front')) {
    const face = z0 + slot.center_mm[1] + slot.size_mm[1] / 2 + attach;
    for (const x of centredRow(g.fiberColumns, pitch, slot.center_mm[0])) {
      runs.push({
        engine,
        route: [
          [x, face],
          [x, connectorBack],
        ],
      });
    }
  }
  // Sides: out, then forward; the frontmost fibre turns innermost so no two runs cross.
  let leftCount = 0;
  let rightCount = 0;
  for (const side of ['left', 'right'] as const) {
    const sign = side === 'left' ? -1 : 1;
    const base = side === 'left' ? leftBase : rightBase;
    const engines = bySide(side).sort((a, b) => b.slot.center_mm[1] - a.slot.center_mm[1]);
    let j = 0;
    for (const { slot, engine } of engines) {
      const face = slot.center_mm[0] + sign * (slot.size_mm[0] / 2 + attach);
      const zs = centredRow(g.fiberColumns, pitch, z0 + slot.center_mm[1]).reverse();
      for (const z of zs) {
        const turn = base + sign * j * pitch;
        runs.push({
          engine,
          route: [
            [face, z],
            [turn, z],
            [turn, connectorBack],
          ],
        });
        j++;
      }
    }
    if (side === 'left') leftCount = j;
    else rightCount = j;
  }
  // Back: out, across to beyond the side runs, then forward.
  const backTurn = z0 - (substrateHalf + FIBER_LEAD_mm.value);
  for (const sign of [-1, 1] as const) {
    const engines = bySide('back')
      .filter(({ slot }) => (sign < 0 ? slot.center_mm[0] <= 0 : slot.center_mm[0] > 0))
      .sort((a, b) => sign * (b.slot.center_mm[0] - a.slot.center_mm[0]));
    const outerBase =
      sign < 0 ? leftBase - (leftCount + 8) * pitch : rightBase + (rightCount + 8) * pitch;
    let m = 0;
    for (const { slot, engine } of engines) {
      const face = z0 + slot.center_mm[1] - slot.size_mm[1] / 2 - attach;
      const xs = centredRow(g.fiberColumns, pitch, slot.center_mm[0]);
      for (const x of sign < 0 ? xs : xs.reverse()) {
        const z = backTurn - m * pitch;
        const outX = outerBase + sign * m * pitch;
        runs.push({
          engine,
          route: [
            [x, face],
            [x, z],
            [outX, z],
            [outX, connectorBack],
          ],
        });
        m++;
      }
    }
  }

  // Every fibre of every row, and one front-panel adapter block per engine.
  const span = new Map<number, [number, number]>();
  const perEngine = new Map<number, number>();
  let fiberCount = 0;
  for (const run of runs) {
    const last = run.route[run.route.length - 1];
    if (last !== undefined) {
      const [low, high] = span.get(run.engine) ?? [Infinity, -Infinity];
      span.set(run.engine, [Math.min(low, last[0]), Math.max(high, last[0])]);
    }
    for (let row = 0; row < g.fiberRows; row++) {
      const drawn = perEngine.get(run.engine) ?? 0;
      if (drawn >= g.fibersPerEngine) break;
      perEngine.set(run.engine, drawn + 1);
      const y = rowY(row);
      const points = run.route.map(([x, z]): Vec3 => [x, y, z]);
      axisPath(points, fiberDiameter, fiberDiameter).forEach((box, index) => {
        parts.push(
          part({
            id: `fiber-${fiberCount}-${index}`,
            kind: 'fiber',
            shape: box.axis === 0 ? 'cylinder-x' : box.axis === 2 ? 'cylinder-z' : 'cylinder-y',
            name: `Fibre ${fiberCount + 1} (engine ${run.engine + 1})`,
            center_mm: box.center_mm,
            size_mm: box.size_mm,
            bandwidth_gbps: n.lanePayload_gbps * n.wavelengthsPerFiber,
            parameterPath: PATHS.fibersPerLink,
            explode_mm: lift,
          }),
        );
      });
      fiberCount++;
    }
  }
  const connectorHeight = Math.max(g.fiberRows * pitch + 1, 6);
  for (const [engine, [low, high]] of span) {
    parts.push(
      part({
        id: `connector-${engine}`,
        kind: 'front-connector',
        name: `Front-panel fibre adapters, engine ${engine + 1}`,
        ...fromCorner(
          [low - pitch / 2, rowY(0) - 0.5, connectorBack],
          [high - low + pitch, connectorHeight, chassis.faceplateOuter_mm + 6 - connectorBack],
        ),
        bandwidth_gbps: engineRate,
        parentId: chassis.faceplateId,
        parameterPath: PATHS.fibersPerLink,
        explode_mm: chassis.faceplateExplode_mm,
      }),
    );
  }

  // External laser sources: enough lasers for every lane, LASERS_PER_ELSFP per module.
  const lasers =
    n.lanesPerLaser === null ? 0 : Math.ceil((radix * n.lanes) / n.lanesPerLaser - 1e-9);
  const elsfpCount = Math.ceil(lasers / LASERS_PER_ELSFP.value);
  const osfp = OSFP_MODULE.value;
  const cageWidth = osfp.width_mm + 2 * CAGE_WALL_mm.value;
  const cageLength = osfp.length_mm - MODULE_PROTRUSION_mm.value + 2;
  const topRowY = chassis.boardTop_mm + (chassis.height_mm - chassis.boardTop_mm) * 0.72;
  const elsfpPower =
    n.laserPower_W === null ? null : elsfpCount > 0 ? (n.laserPower_W * radix) / elsfpCount : 0;
  const laserPitch = cageWidth + 4;
  const perRow = Math.max(1, Math.floor((2 * chassis.innerHalfWidth_mm - 20) / laserPitch));
  const laserRows = Math.ceil(elsfpCount / perRow);
  const slots = Array.from({ length: laserRows }, (_, row) => {
    const inRow = Math.min(perRow, elsfpCount - row * perRow);
    const y = topRowY - row * (osfp.height_mm + 2 * CAGE_WALL_mm.value + 3);
    return centredRow(inRow, laserPitch).map((x) => [x, y] as const);
  }).flat();
  slots.forEach(([x, y], index) => {
    const cageId = `laser-cage-${index}`;
    parts.push(
      part({
        id: cageId,
        kind: 'cage',
        name: `ELSFP cage ${index + 1}`,
        center_mm: [x, y, chassis.faceplateOuter_mm - cageLength / 2],
        size_mm: [cageWidth, osfp.height_mm + 2 * CAGE_WALL_mm.value, cageLength],
        parentId: chassis.faceplateId,
        parameterPath: PATHS.lanesPerLaser,
        explode_mm: chassis.faceplateExplode_mm,
      }),
      part({
        id: `laser-${index}`,
        kind: 'laser-module',
        name: `External laser source (ELSFP) ${index + 1} of ${elsfpCount}, ${LASERS_PER_ELSFP.value} lasers`,
        center_mm: [
          x,
          y,
          chassis.faceplateOuter_mm + MODULE_PROTRUSION_mm.value - osfp.length_mm / 2,
        ],
        size_mm: [osfp.width_mm, osfp.height_mm, osfp.length_mm],
        power_W: elsfpPower,
        parentId: cageId,
        parameterPath: PATHS.lanesPerLaser,
        explode_mm: [0, 0, chassis.faceplateExplode_mm[2] + 90],
      }),
    );
  });

  const top = substrateTop + 6;
  const dimensions = [
    dimension(
      [-substrateHalf - 4, top, z0 - substrateHalf],
      [-substrateHalf - 4, top, z0 + substrateHalf],
      'Substrate',
    ),
    dimension([-die / 2, top, z0], [die / 2, top, z0], 'Die'),
    dimension(
      [-chassis.width_mm / 2, 0, chassis.faceplateOuter_mm + 30],
      [chassis.width_mm / 2, 0, chassis.faceplateOuter_mm + 30],
      'Chassis width',
    ),
  ];
  const measured = ring.slots.find((slot) => slot.side === 'right') ?? ring.slots[0];
  if (measured !== undefined) {
    const [cx, cz] = measured.center_mm;
    const along = measured.side === 'right' || measured.side === 'left';
    dimensions.push(
      along
        ? dimension(
            [cx, top, z0 + cz - g.edge_mm / 2],
            [cx, top, z0 + cz + g.edge_mm / 2],
            'Engine edge',
          )
        : dimension(
            [cx - g.edge_mm / 2, top, z0 + cz],
            [cx + g.edge_mm / 2, top, z0 + cz],
            'Engine edge',
          ),
    );
  }
  return {
    kind: 'cpo-switch',
    title: `Co-packaged switch — ${n.designName}`,
    designIds: [n.designId],
    parts,
    dimensions,
    labels: [],
    counts: {
      ...EMPTY_COUNTS,
      engines: g.count,
      fibers: fiberCount,
      lasers: elsfpCount,
      modules: elsfpCount,
      cages: elsfpCount,
      lanes: radix * n.lanes,
    },
    bounds_mm: boundsOf(parts),
    focus_mm: focusOf(parts, z0 - substrateHalf - FIBER_LEAD_mm.value - 10),
    notes: [
      `${g.count} engines = ${(options.switchBandwidth_gbps / 1000).toFixed(1)} Tb/s ÷ ${(engineRate / 1000).toFixed(1)} Tb/s`,
      `Engine edge ${g.edge_mm.toFixed(2)} mm = ${engineRate} Gb/s ÷ ${(n.shoreline_gbps_per_mm ?? 0).toFixed(0)} Gb/s/mm shoreline`,
      `${g.fibersPerEngine} fibres per engine (${g.fiberRows} rows at ${(pitch * 1000).toFixed(0)} µm), ${fiberCount} in all`,
      `${lasers} lasers (${n.lanesPerLaser ?? '–'} lanes each) in ${elsfpCount} ELSFP modules, ${elsfpPower === null ? 'power infeasible (laser cannot be sized)' : `${elsfpPower.toFixed(1)} W each`}`,
    ],
  };
}

import type { DesignEvaluation } from '../evaluate-scenario';
import { buildChassis } from './chassis';
import {
  CAGE_GAP_mm,
  CAGE_ROWS_PER_RU,
  CAGE_WALL_mm,
  CHASSIS_WALL_mm,
  CHASSIS_WIDTH_mm,
  DIE_HEIGHT_mm,
  MODULE_PROTRUSION_mm,
  PACKAGE_HEIGHT_mm,
  RACK_UNIT_mm,
  SWITCH_CORE_pJ_PER_BIT,
  SWITCH_DIE_EDGE_mm,
  SWITCH_PACKAGE_EDGE_mm,
} from './constants';
import { moduleOutlineFor, packageNumbers, partsFor, PATHS } from './inputs';
import { axisPath, centredRow } from './layout';
import {
  boundsOf,
  dimension,
  EMPTY_COUNTS,
  fromCorner,
  part,
  type PackageScene,
  type SceneDimension,
  type ScenePart,
} from './scene';

export interface SwitchOptions {
  /** Switch ASIC bandwidth, Gb/s (25 600, 51 200, 102 400). */
  readonly switchBandwidth_gbps: number;
}

const TRACE_WIDTH_mm = 2;
const TRACE_HEIGHT_mm = 0.05;

/** Switch ASIC power: core energy × bandwidth, plus the host SerDes of every port (core's figure). */
export function switchAsicPower_W(bandwidth_gbps: number, ports: number, hostPerPort_W: number) {
  return SWITCH_CORE_pJ_PER_BIT.value * 1e-3 * bandwidth_gbps + ports * hostPerPort_W;
}

/**
 * A pluggable switch: a rack-mount box of as many RU as the radix needs at the design's ports per
 * RU, the switch ASIC on the main board, one host-trace bundle per cage column to the front, and
 * the faceplate with one cage per port (radix = switch bandwidth ÷ port rate), a module in each.
 */
export function buildPluggableSwitch(
  evaluation: DesignEvaluation,
  options: SwitchOptions,
): PackageScene {
  const n = packageNumbers(evaluation);
  if (n.portsPerRu === null) {
    throw new Error(`${n.designName}: a pluggable switch needs ${PATHS.portsPerRu}`);
  }
  const radix = partsFor(options.switchBandwidth_gbps, n.moduleRate_gbps);
  const rows = CAGE_ROWS_PER_RU.value;
  const columns = Math.ceil(n.portsPerRu / rows);
  const rackUnits = Math.max(1, Math.ceil(radix / n.portsPerRu));
  const outline = moduleOutlineFor(n.formFactor);
  const wall = CAGE_WALL_mm.value;
  const cage = {
    width: outline.width_mm + 2 * wall,
    height: outline.height_mm + 2 * wall,
    length: outline.length_mm - MODULE_PROTRUSION_mm.value + 2,
  };
  const pitchX = cage.width + CAGE_GAP_mm.value;
  const width = Math.max(CHASSIS_WIDTH_mm.value, columns * pitchX + 2 * CHASSIS_WALL_mm.value + 10);
  const chassis = buildChassis(rackUnits, width, PATHS.portsPerRu);
  const parts: ScenePart[] = [...chassis.parts];

  // Cages fill the faceplate above the board, rows evenly spaced, columns left to right.
  const totalRows = rackUnits * rows;
  const rowPitch = (chassis.height_mm - chassis.boardTop_mm - 1) / totalRows;
  const columnX = centredRow(columns, pitchX);
  const cageFront = chassis.faceplateOuter_mm;
  const explode = chassis.faceplateExplode_mm;
  const portsInColumn = new Array<number>(columns).fill(0);
  let port = 0;
  for (let row = 0; row < totalRows && port < radix; row++) {
    const y = chassis.boardTop_mm + 0.5 + (row + 0.5) * rowPitch;
    for (let column = 0; column < columns && port < radix; column++, port++) {
      const x = columnX[column] ?? 0;
      portsInColumn[column] = (portsInColumn[column] ?? 0) + 1;
      const cageId = `cage-${port}`;
      parts.push(
        part({
          id: cageId,
          kind: 'cage',
          name: `Cage, port ${port + 1} of ${radix}`,
          center_mm: [x, y, cageFront - cage.length / 2],
          size_mm: [cage.width, cage.height, cage.length],
          parentId: chassis.faceplateId,
          parameterPath: PATHS.portsPerRu,
          explode_mm: explode,
        }),
      );
      const moduleFront = cageFront + MODULE_PROTRUSION_mm.value;
      parts.push(
        part({
          id: `module-${port}`,
          kind: 'module',
          name: `${n.designName} — port ${port + 1}`,
          center_mm: [x, y, moduleFront - outline.length_mm / 2],
          size_mm: [outline.width_mm, outline.height_mm, outline.length_mm],
          bandwidth_gbps: n.moduleRate_gbps,
          power_W: n.modulePower_W,
          parentId: cageId,
          parameterPath: PATHS.moduleRate,
          explode_mm: [explode[0], explode[1], explode[2] + 90],
        }),
      );
    }
  }

  // The switch package and die on the board, behind the middle of the box.
  const packageEdge = SWITCH_PACKAGE_EDGE_mm.value;
  const packageZ = -chassis.depth_mm / 2 + 60 + packageEdge / 2;
  const packageTop = chassis.boardTop_mm + PACKAGE_HEIGHT_mm.value;
  const asicPower = switchAsicPower_W(options.switchBandwidth_gbps, radix, n.hostPower_W);
  parts.push(
    part({
      id: 'switch-package',
      kind: 'package',
      name: 'Switch package substrate',
      ...fromCorner(
        [-packageEdge / 2, chassis.boardTop_mm, packageZ - packageEdge / 2],
        [packageEdge, PACKAGE_HEIGHT_mm.value, packageEdge],
      ),
      explode_mm: [0, 20, 0],
    }),
    part({
      id: 'switch-asic',
      kind: 'asic',
      name: `Switch ASIC, ${(options.switchBandwidth_gbps / 1000).toFixed(1)} Tb/s (${radix} × ${n.moduleRate_gbps}G)`,
      ...fromCorner(
        [-SWITCH_DIE_EDGE_mm.value / 2, packageTop, packageZ - SWITCH_DIE_EDGE_mm.value / 2],
        [SWITCH_DIE_EDGE_mm.value, DIE_HEIGHT_mm.value, SWITCH_DIE_EDGE_mm.value],
      ),
      bandwidth_gbps: options.switchBandwidth_gbps,
      power_W: asicPower,
      parameterPath: PATHS.hostSerdes,
      explode_mm: [0, 40, 0],
    }),
  );

  // Host traces: one bundle per occupied cage column, fanned out from the package's front edge.
  const used = portsInColumn.flatMap((count, column) => (count > 0 ? [column] : []));
  const startPitch = Math.min(TRACE_WIDTH_mm + 1.5, (packageEdge - 4) / Math.max(1, used.length));
  const starts = centredRow(used.length, startPitch);
  const traceY = chassis.boardTop_mm + TRACE_HEIGHT_mm / 2;
  const traceStart = packageZ + packageEdge / 2;
  const traceEnd = cageFront - cage.length;
  const turnPitch = TRACE_WIDTH_mm + 1;
  const leftward = used
    .map((column, k) => ({ column, k }))
    .filter(({ column, k }) => {
      return (columnX[column] ?? 0) < (starts[k] ?? 0);
    });
  const rightward = used
    .map((column, k) => ({ column, k }))
    .filter(({ column, k }) => (columnX[column] ?? 0) > (starts[k] ?? 0))
    .reverse();
  const turnOf = new Map<number, number>();
  leftward.forEach(({ k }, order) => turnOf.set(k, traceStart + 6 + order * turnPitch));
  rightward.forEach(({ k }, order) => turnOf.set(k, traceStart + 6 + order * turnPitch));
  used.forEach((column, k) => {
    const s = starts[k] ?? 0;
    const t = columnX[column] ?? 0;
    const turn = turnOf.get(k);
    const points: [number, number, number][] =
      turn === undefined
        ? [
            [s, traceY, traceStart],
            [s, traceY, traceEnd],
          ]
        : [
            [s, traceY, traceStart],
            [s, traceY, turn],
            [t, traceY, turn],
            [t, traceY, traceEnd],
          ];
    const ports = portsInColumn[column] ?? 0;
    axisPath(points, TRACE_WIDTH_mm, TRACE_HEIGHT_mm).forEach((box, index) => {
      parts.push(
        part({
          id: `trace-${column}-${index}`,
          kind: 'trace',
          name: `Host traces to cage column ${column + 1} (${ports} ports × ${n.lanes} lanes)`,
          center_mm: box.center_mm,
          size_mm: box.size_mm,
          bandwidth_gbps: ports * n.moduleRate_gbps,
          parameterPath: PATHS.hostSerdes,
          explode_mm: [0, 10, 0],
        }),
      );
    });
  });

  const front = chassis.faceplateOuter_mm + MODULE_PROTRUSION_mm.value + 8;
  const dimensions: SceneDimension[] = [
    dimension([-width / 2, 0, front], [width / 2, 0, front], 'Chassis width'),
    dimension(
      [width / 2 + 8, 0, front],
      [width / 2 + 8, rackUnits * RACK_UNIT_mm.value, front],
      `${rackUnits}RU`,
    ),
    dimension(
      [(columnX[0] ?? 0) - cage.width / 2, chassis.height_mm + 4, front],
      [(columnX[0] ?? 0) + cage.width / 2, chassis.height_mm + 4, front],
      'Cage',
    ),
    dimension(
      [-packageEdge / 2, packageTop + 4, packageZ - packageEdge / 2 - 4],
      [packageEdge / 2, packageTop + 4, packageZ - packageEdge / 2 - 4],
      'Package',
    ),
  ];
  return {
    kind: 'pluggable-switch',
    title: `Pluggable switch — ${n.designName}`,
    designIds: [n.designId],
    parts,
    dimensions,
    labels: [],
    counts: { ...EMPTY_COUNTS, cages: radix, modules: radix, lanes: radix * n.lanes },
    bounds_mm: boundsOf(parts),
    focus_mm: boundsOf(parts),
    notes: [
      `Radix ${radix} = ${(options.switchBandwidth_gbps / 1000).toFixed(1)} Tb/s ÷ ${n.moduleRate_gbps} Gb/s per port`,
      `${n.portsPerRu} ports per RU → ${rackUnits}RU; ${outline === moduleOutlineFor('QSFP') ? 'QSFP-DD' : 'OSFP'} cages`,
      `Module ${n.modulePower_W === null ? 'power infeasible (laser cannot be sized)' : `${n.modulePower_W.toFixed(1)} W`}; ASIC ${asicPower.toFixed(0)} W incl. host SerDes ${n.hostPower_W.toFixed(2)} W/port`,
    ],
  };
}

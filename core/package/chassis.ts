import {
  BOARD_STANDOFF_mm,
  BOARD_THICKNESS_mm,
  CHASSIS_DEPTH_mm,
  CHASSIS_WALL_mm,
  RACK_UNIT_mm,
} from './constants';
import { fromCorner, part, type ScenePart } from './scene';

/** An open rack-mount box (no lid, so the inside shows), its faceplate and main board. */
export interface Chassis {
  readonly parts: readonly ScenePart[];
  readonly width_mm: number;
  readonly depth_mm: number;
  readonly height_mm: number;
  readonly boardTop_mm: number;
  /** z of the faceplate's inner face; parts behind it must stay at z ≤ this. */
  readonly faceplateInner_mm: number;
  readonly faceplateOuter_mm: number;
  readonly innerHalfWidth_mm: number;
  readonly faceplateId: string;
  /** Explosion of the faceplate; what sits in it moves with it. */
  readonly faceplateExplode_mm: readonly [number, number, number];
}

export function buildChassis(
  rackUnits: number,
  width_mm: number,
  portsPath: string | null,
): Chassis {
  const wall = CHASSIS_WALL_mm.value;
  const depth = CHASSIS_DEPTH_mm.value;
  const height = rackUnits * RACK_UNIT_mm.value;
  const halfW = width_mm / 2;
  const halfD = depth / 2;
  const boardBottom = wall + BOARD_STANDOFF_mm.value;
  const boardTop = boardBottom + BOARD_THICKNESS_mm.value;
  const faceplateExplode = [0, 0, 60] as const;
  const parts: ScenePart[] = [
    part({
      id: 'chassis-floor',
      kind: 'chassis',
      name: `Chassis floor (${rackUnits}RU)`,
      ...fromCorner([-halfW, 0, -halfD], [width_mm, wall, depth - wall]),
    }),
    part({
      id: 'chassis-left',
      kind: 'chassis',
      name: 'Chassis side wall',
      ...fromCorner([-halfW, wall, -halfD], [wall, height - wall, depth - wall]),
    }),
    part({
      id: 'chassis-right',
      kind: 'chassis',
      name: 'Chassis side wall',
      ...fromCorner([halfW - wall, wall, -halfD], [wall, height - wall, depth - wall]),
    }),
    part({
      id: 'chassis-back',
      kind: 'chassis',
      name: 'Chassis rear wall',
      ...fromCorner([-halfW + wall, wall, -halfD], [width_mm - 2 * wall, height - wall, wall]),
    }),
    part({
      id: 'faceplate',
      kind: 'faceplate',
      name: `Faceplate (${rackUnits}RU × ${width_mm.toFixed(0)} mm)`,
      parameterPath: portsPath,
      explode_mm: faceplateExplode,
      ...fromCorner([-halfW, 0, halfD - wall], [width_mm, height, wall]),
    }),
    part({
      id: 'board',
      kind: 'board',
      name: 'Main board',
      explode_mm: [0, -20, 0],
      ...fromCorner(
        [-halfW + wall + 2, boardBottom, -halfD + wall + 2],
        [width_mm - 2 * wall - 4, BOARD_THICKNESS_mm.value, depth - 2 * wall - 4],
      ),
    }),
  ];
  return {
    parts,
    width_mm,
    depth_mm: depth,
    height_mm: height,
    boardTop_mm: boardTop,
    faceplateInner_mm: halfD - wall,
    faceplateOuter_mm: halfD,
    innerHalfWidth_mm: halfW - wall,
    faceplateId: 'faceplate',
    faceplateExplode_mm: faceplateExplode,
  };
}

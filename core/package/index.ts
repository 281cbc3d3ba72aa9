import type { DesignEvaluation } from '../evaluate-scenario';
import type { Design } from '../scenario/schema';
import { buildAccelerator } from './accelerator';
import { buildCables } from './cables';
import { ACCELERATOR_IO_gbps, SWITCH_BANDWIDTHS_gbps } from './constants';
import { buildCpoSwitch } from './cpo-switch';
import { buildPluggableSwitch } from './pluggable-switch';
import type { PackageScene, SceneKind } from './scene';

/**
 * Package geometry for the 3D view: pure builders from a design's evaluation to a scene of boxes
 * and cylinders in mm. See scene.ts for the data, one file per scene for the layouts.
 */
export {
  sceneKinds,
  extentOf,
  formatMm,
  type PackageScene,
  type ScenePart,
  type SceneKind,
  type SceneCounts,
  type SceneDimension,
  type SceneLabel,
  type PartKind,
  type PartShape,
  type Vec3,
} from './scene';
export { overlappingPairs } from './overlap';
export { buildPluggableSwitch, switchAsicPower_W, type SwitchOptions } from './pluggable-switch';
export { buildCpoSwitch, engineGeometry, type EngineGeometry } from './cpo-switch';
export {
  buildAccelerator,
  chipletGeometry,
  type AcceleratorOptions,
  type ChipletGeometry,
} from './accelerator';
export {
  buildCables,
  cableMediumOf,
  cableMedia,
  hexPitchFor,
  CABLE_MEDIUM_LABELS,
  type CableMedium,
} from './cables';
export { packageNumbers, moduleOutlineFor, partsFor, type PackageNumbers } from './inputs';
export { PACKAGE_REFERENCES } from './package-references';

export const SCENE_LABELS: Readonly<Record<SceneKind, string>> = {
  'pluggable-switch': 'Pluggable switch',
  'cpo-switch': 'Co-packaged switch',
  accelerator: 'Accelerator with optical I/O',
  cables: 'Cable cross-sections',
};

/** The bandwidth choices of a scene (switch bandwidth, or accelerator I/O per direction), Gb/s. */
export function bandwidthOptions_gbps(kind: SceneKind): readonly number[] {
  if (kind === 'accelerator') return ACCELERATOR_IO_gbps.value;
  if (kind === 'cables') return [];
  return SWITCH_BANDWIDTHS_gbps.value;
}

/** Whether a design can drive a scene (it has the numbers the scene's geometry needs). */
export function sceneFits(kind: SceneKind, design: Design): boolean {
  const { category, density } = design.technology;
  switch (kind) {
    case 'pluggable-switch':
      return density.ports_per_ru !== undefined && category !== 'cpo' && category !== 'optical-io';
    case 'cpo-switch':
      return category === 'cpo' && density.engine_rate_gbps !== undefined;
    case 'accelerator':
      return category === 'optical-io';
    case 'cables':
      return true;
  }
}

/** Catalog designs that stand in when the scenario has none that fits. */
export const SCENE_DEFAULT_DESIGN: Readonly<Record<Exclude<SceneKind, 'cables'>, string>> = {
  'pluggable-switch': 'dr8-800g',
  'cpo-switch': 'cpo-102t-davisson-class',
  accelerator: 'optical-io-teraphy-class',
};
export const CABLE_DEFAULT_DESIGNS = {
  'copper-pairs': 'dac-800g-100g-lane',
  'parallel-ribbon': 'dr8-800g',
  'duplex-wdm': 'fr4-800g-2xfr4',
  imaging: 'microled-800g-mosaic-class',
} as const;

export interface SceneRequest {
  readonly kind: SceneKind;
  /** One evaluation; for cables, one per cross-section. */
  readonly evaluations: readonly DesignEvaluation[];
  readonly bandwidth_gbps: number;
}

export function buildPackageScene(request: SceneRequest): PackageScene {
  const [first] = request.evaluations;
  if (request.kind === 'cables') return buildCables(request.evaluations);
  if (first === undefined) throw new Error('a package scene needs a design');
  switch (request.kind) {
    case 'pluggable-switch':
      return buildPluggableSwitch(first, { switchBandwidth_gbps: request.bandwidth_gbps });
    case 'cpo-switch':
      return buildCpoSwitch(first, { switchBandwidth_gbps: request.bandwidth_gbps });
    case 'accelerator':
      return buildAccelerator(first, { ioBandwidth_gbps: request.bandwidth_gbps });
  }
}

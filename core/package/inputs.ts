import type { DesignEvaluation } from '../evaluate-scenario';
import { designLanes } from '../link/evaluate';
import { HOST_SERDES_PJ_PER_BIT } from '../power/host-serdes';
import { FIBER_PITCH_um, OSFP_MODULE, QSFPDD_MODULE, type ModuleOutline } from './constants';

/**
 * The numbers a package scene takes from a design's evaluation. Powers, shoreline and rates are the
 * core's own results (metrics.energy, metrics.density); nothing here is modelled again.
 */
export interface PackageNumbers {
  readonly designId: string;
  readonly designName: string;
  readonly moduleRate_gbps: number;
  readonly lanes: number;
  /** Payload per lane: port rate ÷ lanes. */
  readonly lanePayload_gbps: number;
  readonly wavelengthsPerFiber: number;
  readonly fibersPerLink: number;
  readonly portsPerRu: number | null;
  readonly engineRate_gbps: number | null;
  readonly engineArea_mm2: number | null;
  readonly fiberPitch_mm: number;
  readonly shoreline_gbps_per_mm: number | null;
  /** What the module or engine share draws (no host SerDes), W per port; null when infeasible. */
  readonly modulePower_W: number | null;
  /** The laser part of it, W per port (external in co-packaged designs); null when infeasible. */
  readonly laserPower_W: number | null;
  /** Host SerDes, W per port: drawn by the switch or accelerator. */
  readonly hostPower_W: number;
  readonly lanesPerLaser: number | null;
  readonly formFactor: string;
}

export function packageNumbers(evaluation: DesignEvaluation): PackageNumbers {
  const { design, metrics } = evaluation;
  const technology = design.technology;
  const lanes = designLanes(design);
  const laser = technology.power.laser;
  return {
    designId: design.id,
    designName: design.name,
    moduleRate_gbps: technology.module_rate_gbps,
    lanes,
    lanePayload_gbps: technology.module_rate_gbps / lanes,
    wavelengthsPerFiber: technology.density.wavelengths_per_fiber,
    fibersPerLink: technology.density.fibers_per_link,
    portsPerRu: technology.density.ports_per_ru ?? null,
    engineRate_gbps: technology.density.engine_rate_gbps ?? null,
    engineArea_mm2: technology.density.engine_area_mm2 ?? null,
    fiberPitch_mm: (technology.density.fiber_pitch_um ?? FIBER_PITCH_um.value) / 1000,
    shoreline_gbps_per_mm: metrics.density.shoreline_gbps_per_mm,
    // An infeasible design (its laser cannot be sized) has no module power: parts show no colour.
    modulePower_W: metrics.energy?.module_power_W ?? null,
    laserPower_W: metrics.energy
      ? (metrics.energy.parts.find((p) => p.id === 'laser')?.power_W ?? 0)
      : null,
    // The host SerDes does not depend on the laser: it exists even when the module power does not.
    hostPower_W:
      metrics.energy?.host_power_W ??
      HOST_SERDES_PJ_PER_BIT[technology.power.host_serdes].value *
        1e-3 *
        technology.module_rate_gbps,
    lanesPerLaser: laser.mode === 'none' ? null : laser.lanes_per_laser,
    formFactor: technology.form_factor,
  };
}

/** QSFP-family form factors get the QSFP-DD outline; everything else the (larger) OSFP one. */
export function moduleOutlineFor(formFactor: string): ModuleOutline {
  return /^\s*QSFP/i.test(formFactor) ? QSFPDD_MODULE.value : OSFP_MODULE.value;
}

/** Parts needed to carry `total_gbps` at `each_gbps` apiece (a partial part still counts). */
export function partsFor(total_gbps: number, each_gbps: number): number {
  if (!(each_gbps > 0) || !(total_gbps > 0)) return 0;
  // Guard against 102400 / 6400 landing a hair above 16 in floating point.
  return Math.ceil(total_gbps / each_gbps - 1e-9);
}

export const PATHS = {
  moduleRate: 'technology.module_rate_gbps',
  portsPerRu: 'technology.density.ports_per_ru',
  engineRate: 'technology.density.engine_rate_gbps',
  engineEdge: 'technology.density.engine_edge_mm',
  engineArea: 'technology.density.engine_area_mm2',
  fiberPitch: 'technology.density.fiber_pitch_um',
  fibersPerLink: 'technology.density.fibers_per_link',
  wavelengthsPerFiber: 'technology.density.wavelengths_per_fiber',
  hostSerdes: 'technology.power.host_serdes',
  lanesPerLaser: 'technology.power.laser.lanes_per_laser',
  driver: 'technology.power.driver_pJ_per_bit',
  lanes: 'lane.lanes',
  cableLength: 'cable.length_m',
} as const;

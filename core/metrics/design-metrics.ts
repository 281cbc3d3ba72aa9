import type { Assumptions, Technology } from '../scenario/technology-schema';
import type { LinkResult } from '../link/results';
import { energyBreakdown, type EnergyBreakdown, type PowerInputs } from '../power/energy';
import { temperatureCorners, type TemperatureCorners } from '../power/thermal-corners';
import { HOST_SERDES_PJ_PER_BIT } from '../power/host-serdes';
import type { LaserInputs } from '../power/laser-power';
import { densityOf, type DensityInputs, type DensityResult } from '../density/density';
import { linkCost, type CostInputs, type LinkCost } from '../cost/bom';
import { totalCostOfOwnership, type Tco } from '../cost/tco';
import { linkReliability, type Reliability, type ReliabilityInputs } from '../reliability/fit';
import { linkLatency, type Latency, type LatencyInputs } from '../latency/latency';
import type { MetricId } from './registry';
import {
  INFEASIBLE_MECHANISM_LABELS,
  MAX_LASER_LAUNCH_OMA_DBM,
  type Infeasibility,
} from '../link/feasibility';

/**
 * Everything a design produces beyond its link budget: power, density, cost, reliability and
 * latency, each from its own model, and the flat metric record the CLI, Compare view and sweeps use.
 * A metric that does not exist is null, never NaN or ±∞, with the reason in `missing`: not
 * applicable (no faceplate on a chiplet) or infeasible (the laser sized to close the link cannot
 * be sized, so its power, energy and TCO do not exist — `energy` and `tco` are then null).
 */
export interface DesignMetrics {
  readonly energy: EnergyBreakdown | null;
  readonly density: DensityResult;
  readonly cost: LinkCost;
  readonly tco: Tco | null;
  readonly reliability: Reliability;
  readonly latency: Latency;
  /** Power at the hot and cold case corners, when the technology gives a temperature range. */
  readonly temperature_corners: TemperatureCorners | null;
  readonly values: Readonly<Record<MetricId, number | null>>;
  /** Why each null metric is null. */
  readonly missing: Readonly<Partial<Record<MetricId, string>>>;
  /** Why the laser cannot be sized (and the power metrics do not exist), or null. */
  readonly infeasible: Infeasibility | null;
}

/** The Tx OMA that leaves exactly the required margin: tx − (margin − required). */
export function omaToClose_dBm(txOma_dBm: number, margin_dB: number, required_dB: number): number {
  return txOma_dBm - (margin_dB - required_dB);
}

/** The Tx OMA that leaves exactly the required margin at the design length; null when none does. */
export function launchOmaToClose_dBm(link: LinkResult): number | null {
  if (link.kind !== 'imdd' || link.link_margin_dB === null) return null;
  return omaToClose_dBm(link.tx_oma_dBm, link.link_margin_dB, link.required_margin_dB);
}

/** Lasers per link end: lanes ÷ lanes per laser (none without a laser). */
export function lasersPerEndOf(technology: Technology, laneTotal: number): number {
  const laser = technology.power.laser;
  return laser.mode === 'none' ? 0 : laneTotal / laser.lanes_per_laser;
}

/*
 * The model inputs of a technology, built in one place: designMetrics (the object path) and the
 * columnar kernel (core/kernel, which evaluates them once per sweep) both call these.
 */
export function powerInputsOf(
  technology: Technology,
  laneTotal: number,
  laneRate_gbps: number,
  laserInputs: LaserInputs | null,
): PowerInputs {
  const { power } = technology;
  const laser = power.laser;
  return {
    lanes: laneTotal,
    laneLineRate_gbps: laneRate_gbps,
    moduleRate_gbps: technology.module_rate_gbps,
    laser: laserInputs,
    driver_pJ_per_bit: power.driver_pJ_per_bit,
    tia_pJ_per_bit: power.tia_pJ_per_bit,
    dsp_pJ_per_bit: power.dsp_pJ_per_bit,
    ringTuning_mW_per_lane: power.ring_tuning_mW_per_lane,
    laserFixed_W:
      laser.mode === 'fixed' ? laser.power_W_per_laser * lasersPerEndOf(technology, laneTotal) : 0,
    management_W: power.management_W,
    hostSerdes_pJ_per_bit: HOST_SERDES_PJ_PER_BIT[power.host_serdes].value,
  };
}

export function densityInputsOf(technology: Technology, laneRate_gbps: number): DensityInputs {
  const { density } = technology;
  return {
    moduleRate_gbps: technology.module_rate_gbps,
    portsPerRu: density.ports_per_ru ?? null,
    engineRate_gbps: density.engine_rate_gbps ?? null,
    engineEdge_mm: density.engine_edge_mm ?? null,
    engineArea_mm2: density.engine_area_mm2 ?? null,
    fiberPitch_um: density.fiber_pitch_um ?? null,
    wavelengthsPerFiber: density.wavelengths_per_fiber,
    laneRate_gbps,
  };
}

export function costInputsOf(technology: Technology, length_m: number): CostInputs {
  const { cost } = technology;
  return {
    moduleRate_gbps: technology.module_rate_gbps,
    length_m,
    moduleUsd: cost.module_usd,
    externalLaserUsd: cost.external_laser_usd,
    cableFixedUsd: cost.cable_fixed_usd,
    cableUsdPerM: cost.cable_usd_per_m,
    shuffleUsd: cost.shuffle_usd,
    learningRate: cost.learning_rate,
    referenceVolume: cost.reference_volume,
    volume: cost.volume,
  };
}

export function reliabilityInputsOf(technology: Technology, laneTotal: number): ReliabilityInputs {
  const { reliability } = technology;
  return {
    moduleFit: reliability.module_fit,
    laserFit: reliability.laser_fit,
    lasersPerEnd: lasersPerEndOf(technology, laneTotal),
    cableFit: reliability.cable_fit,
    blastRadiusPorts: reliability.blast_radius_ports,
  };
}

export function latencyInputsOf(technology: Technology, length_m: number): LatencyInputs {
  return {
    moduleRate_gbps: technology.module_rate_gbps,
    length_m,
    medium: technology.latency.medium,
    fec_ns: technology.latency.fec_ns,
    dspPerEnd_ns: technology.latency.dsp_ns_per_end,
  };
}

/** Metrics the laser's size feeds: they do not exist when it cannot be sized. */
const POWER_METRICS = [
  'energy_pJ_per_bit',
  'module_energy_pJ_per_bit',
  'module_power_W',
  'port_power_W',
  'link_power_W',
  'tco_usd',
] as const satisfies readonly MetricId[];

/**
 * Why a laser sized to close the link cannot be sized: the link cannot close, it has no optical
 * power budget to size on (coherent, copper), or it needs more launch than a laser gives.
 */
export function laserSizingProblem(link: LinkResult): Infeasibility | null {
  if (link.infeasible) {
    return {
      mechanism: 'laser-cannot-be-sized',
      reason: `the laser cannot be sized to close the link: ${INFEASIBLE_MECHANISM_LABELS[link.infeasible.mechanism]} (${link.infeasible.reason})`,
    };
  }
  const needed = launchOmaToClose_dBm(link);
  if (needed === null) {
    return {
      mechanism: 'laser-cannot-be-sized',
      reason: `a laser sized to close the link needs an IM-DD optical power budget; this ${link.kind} design has none (give a fixed laser draw or none)`,
    };
  }
  if (needed > MAX_LASER_LAUNCH_OMA_DBM.value) {
    return {
      mechanism: 'laser-cannot-be-sized',
      reason: `the laser cannot be sized: closing the link needs ${needed.toFixed(1)} dBm OMA per lane, above the ${MAX_LASER_LAUNCH_OMA_DBM.value} dBm a laser launches`,
    };
  }
  return null;
}

export function designMetrics(
  technology: Technology,
  link: LinkResult,
  /** Lanes per port (designLanes: one carrier for coherent). */
  laneTotal: number,
  assumptions: Assumptions,
): DesignMetrics {
  const { density, power } = technology;
  const laser = power.laser;
  const infeasible = laser.mode === 'to-close' ? laserSizingProblem(link) : null;
  const launchOma_dBm = launchOmaToClose_dBm(link);
  const laserInputs: LaserInputs | null =
    laser.mode === 'to-close' && launchOma_dBm !== null
      ? {
          launchOma_dBm,
          extinctionRatio_dB: laser.extinction_ratio_dB,
          excessLoss_dB: laser.excess_loss_dB,
          wallPlugEfficiency: laser.wall_plug_efficiency,
        }
      : null;
  const powerInputs = powerInputsOf(technology, laneTotal, link.lane_rate_gbps, laserInputs);
  const sizedEnergy = energyBreakdown(powerInputs);
  const energy = infeasible ? null : sizedEnergy;
  const densityResult = densityOf(densityInputsOf(technology, link.lane_rate_gbps));
  const costResult = linkCost(costInputsOf(technology, link.length_m));
  const reliabilityResult = linkReliability(reliabilityInputsOf(technology, laneTotal));
  const sizedTco = totalCostOfOwnership({
    capexUsd: costResult.link_capex_usd,
    linkPower_W: sizedEnergy.link_power_W,
    pue: assumptions.pue,
    energyUsdPerKwh: assumptions.energy_usd_per_kWh,
    lifetimeYears: assumptions.lifetime_years,
    failuresPerYear: reliabilityResult.failures_per_year,
    replacementUsd: costResult.module_usd_at_volume,
  });
  const tco = infeasible ? null : sizedTco;
  const latencyResult = linkLatency(latencyInputsOf(technology, link.length_m));
  const values: Record<MetricId, number | null> = {
    energy_pJ_per_bit: energy?.energy_pJ_per_bit ?? null,
    module_energy_pJ_per_bit: energy?.module_energy_pJ_per_bit ?? null,
    module_power_W: energy?.module_power_W ?? null,
    port_power_W: energy?.port_power_W ?? null,
    link_power_W: energy?.link_power_W ?? null,
    max_reach_m: link.max_reach_m,
    link_margin_dB: link.link_margin_dB,
    faceplate_tbps_per_ru: densityResult.faceplate_tbps_per_ru,
    shoreline_gbps_per_mm: densityResult.shoreline_gbps_per_mm,
    area_tbps_per_mm2: densityResult.area_tbps_per_mm2,
    fibers_per_link: density.fibers_per_link,
    cost_usd_per_gbps: costResult.cost_usd_per_gbps,
    link_capex_usd: costResult.link_capex_usd,
    tco_usd: tco?.tco_usd ?? null,
    fit: reliabilityResult.fit,
    failures_per_year: reliabilityResult.failures_per_year,
    blast_radius_ports: reliabilityResult.blast_radius_ports,
    latency_ns: latencyResult.latency_ns,
  };
  const missing: Partial<Record<MetricId, string>> = {};
  if (link.infeasible) missing.link_margin_dB = link.infeasible.reason;
  if (infeasible) for (const id of POWER_METRICS) missing[id] = infeasible.reason;
  if (values.faceplate_tbps_per_ru === null)
    missing.faceplate_tbps_per_ru = 'not applicable: no ports per RU given';
  if (values.shoreline_gbps_per_mm === null)
    missing.shoreline_gbps_per_mm = 'not applicable: no engine edge or fibre pitch given';
  if (values.area_tbps_per_mm2 === null)
    missing.area_tbps_per_mm2 = 'not applicable: no engine rate and area given';
  return {
    energy,
    density: densityResult,
    cost: costResult,
    tco,
    reliability: reliabilityResult,
    latency: latencyResult,
    temperature_corners: infeasible ? null : temperatureCorners(powerInputs, power),
    values,
    missing,
    infeasible,
  };
}

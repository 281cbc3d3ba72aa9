import { wrightCost } from '../cost/learning-curve';
import { cableUsd, costPerGbps_usd, linkCapexSum_usd } from '../cost/bom';
import { lifetimeEnergy_usd, replacements_usd, tcoSum_usd } from '../cost/tco';
import { densityOf } from '../density/density';
import { latencySum_ns, linkLatency, propagation_ns_per_m } from '../latency/latency';
import { coherentMarginAt_dB, coherentMaxReach } from '../link/coherent-link';
import { electricalMarginAt_dB, electricalMaxReach_m } from '../link/electrical-link';
import { designLaneRate_gbps, designLanes, designLength_m } from '../link/evaluate';
import { imddMarginAt_dB, imddMaxReach_m, prepareImdd, type PreparedImdd } from '../link/imdd-link';
import { meetsMargin } from '../link/results';
import {
  densityInputsOf,
  latencyInputsOf,
  omaToClose_dBm,
  powerInputsOf,
  reliabilityInputsOf,
} from '../metrics/design-metrics';
import {
  energyBreakdown,
  energyPerBit_pJ,
  laserPartPower_W,
  linkPowerOf_W,
  portPowerSum_W,
  type EnergyPartId,
} from '../power/energy';
import { laserElectricalOf_W, laserWattsPerOmaMw } from '../power/laser-power';
import { MAX_LASER_LAUNCH_OMA_DBM } from '../link/feasibility';
import { linkReliability } from '../reliability/fit';
import type { CoherentDesign, Design, ElectricalDesign, ImddDesign } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';
import { METRIC_COUNT, METRIC_SLOT, type MetricNeeds } from './metric-needs';
import {
  IMDD_LATE_PATHS,
  isTechnologyPath,
  LANE_PATHS,
  parentOf,
  reachDependsOn,
  SET_CABLE_LENGTH,
  SET_COHERENT_LENGTH,
  SET_IMDD_LENGTH,
  SET_OMA,
  SET_REQUIRED,
  setterCodeOf,
} from './paths';

export { reachDependsOn } from './paths';

/**
 * @method kernel Columnar evaluation kernel
 * A sweep evaluates one design at many points that differ in a few fields. The kernel splits the
 * evaluation in three stages by what each term depends on: the link preparation (everything
 * length-independent: sensitivity, attenuation, dispersion, fixed losses, the ISI table), the
 * technology statics (energy parts other than a laser sized to close the link, learning-curve
 * prices, FIT, density, fixed latency), and the per-point stage (margin at the length, the reach
 * solve, the laser to close, cable cost, TCO, propagation). A stage runs again only when a swept
 * field feeds it; the per-point stage allocates nothing and writes numbers into preallocated
 * columns. Every number comes from the same scalar function the object path
 * (evaluateDesignFully) calls, so both agree to rounding.
 * $$ y_i = g\bigl(h_{\mathrm{link}}(\theta),\ h_{\mathrm{tech}}(\theta),\ x_i\bigr) $$
 * with θ the fields held fixed, x_i the swept fields of point i and h evaluated once.
 * @assumes Fields a sweep varies are written into the design in place before each point.
 */
const LASER_NONE = 0;
export const LASER_TO_CLOSE = 1;
const LASER_FIXED = 2;

export class DesignKernel {
  private prepared: PreparedImdd | null = null;
  // Technology statics (public for the block evaluator, core/kernel/block.ts; written only here).
  private kindCode = 0;
  lanes = 0;
  moduleRate_gbps = 0;
  laserMode = LASER_NONE;
  wattsPerOmaMw = 0;
  laserFixed_W = 0;
  staticLaser_W = 0;
  driver_W = 0;
  ring_W = 0;
  tia_W = 0;
  dsp_W = 0;
  management_W = 0;
  host_W = 0;
  moduleUsd = 0;
  laserUsd = 0;
  cableFixedUsd = 0;
  cableUsdPerM = 0;
  shuffleUsd = 0;
  replacement_usd = 0;
  fit = 0;
  failuresPerYear = 0;
  blastRadius = 0;
  faceplate = 0;
  shoreline = 0;
  area = 0;
  fibers = 0;
  serialization_ns = 0;
  fec_ns = 0;
  dspLatency_ns = 0;
  propagation_ns_per_m = 0;
  private memoReach_m = Number.NaN;
  private linkDirty = false;
  private techDirty = false;
  private reachDirty = true;
  /** Metric outputs of the last evaluation, one slot per metric (METRIC_SLOT). */
  readonly out = new Float64Array(METRIC_COUNT);
  private readonly setterCode: Int8Array;
  private readonly parents: Record<string, unknown>[];
  private readonly leaves: string[];
  private readonly last: Float64Array;
  private readonly feedsLink: Uint8Array;
  private readonly feedsTech: Uint8Array;
  /** Whether a swept field feeds the technology statics (then they are refreshed per point). */
  readonly techVaries: boolean;
  private readonly feedsReach: Uint8Array;

  /**
   * `design` is the kernel's own working copy: the caller writes swept values into it before each
   * `evaluate` and nothing else holds it. `sweptPaths` are the fields the caller will vary.
   */
  constructor(
    private readonly design: Design,
    private readonly assumptions: Assumptions,
    private readonly needs: MetricNeeds,
    sweptPaths: readonly string[],
  ) {
    const measured = design.kind === 'imdd' && design.channel.measured_loss_dB !== undefined;
    this.kindCode = design.kind === 'imdd' ? 0 : design.kind === 'coherent' ? 1 : 2;
    const keys = sweptPaths.map((path) => path.split('.'));
    this.setterCode = Int8Array.from(sweptPaths, (path) => setterCodeOf(design, path));
    this.parents = keys.map((k) => parentOf(design, k));
    this.leaves = keys.map((k) => k[k.length - 1] as string);
    this.last = new Float64Array(sweptPaths.length).fill(Number.NaN);
    this.feedsLink = Uint8Array.from(sweptPaths, (path) =>
      design.kind === 'imdd' &&
      !isTechnologyPath(path) &&
      (!IMDD_LATE_PATHS.has(path) || (measured && path === 'channel.length_m'))
        ? 1
        : 0,
    );
    this.feedsTech = Uint8Array.from(sweptPaths, (path) =>
      isTechnologyPath(path) || LANE_PATHS.has(path) ? 1 : 0,
    );
    this.techVaries = this.feedsTech.includes(1);
    this.feedsReach = Uint8Array.from(sweptPaths, (path) => (reachDependsOn(design, path) ? 1 : 0));
    this.refreshLink();
    this.refreshTechnology();
  }

  /**
   * Writes point `row` of the swept-value columns (one per swept path, in constructor order) into
   * the working design. Only values that changed are written; a change to a field the link
   * preparation or the technology statics read marks that stage for the next `evaluate`.
   */
  setPoint(columns: readonly Float64Array[], row: number): void {
    const design = this.design;
    const last = this.last;
    for (let j = 0; j < last.length; j++) {
      const value = (columns[j] as Float64Array)[row] as number;
      if (value === last[j]) continue;
      last[j] = value;
      switch (this.setterCode[j]) {
        case SET_OMA:
          (design as ImddDesign).tx.oma_dBm = value;
          break;
        case SET_IMDD_LENGTH:
          (design as ImddDesign).channel.length_m = value;
          break;
        case SET_REQUIRED:
          design.required_margin_dB = value;
          break;
        case SET_COHERENT_LENGTH:
          (design as CoherentDesign).length_km = value;
          break;
        case SET_CABLE_LENGTH:
          (design as ElectricalDesign).cable.length_m = value;
          break;
        default:
          (this.parents[j] as Record<string, unknown>)[this.leaves[j] as string] = value;
      }
      if (this.feedsLink[j] === 1) this.linkDirty = true;
      if (this.feedsTech[j] === 1) this.techDirty = true;
      if (this.feedsReach[j] === 1) this.reachDirty = true;
    }
  }

  /** Link preparation: everything in the IM-DD budget that does not depend on the length. */
  private refreshLink(): void {
    this.prepared = this.design.kind === 'imdd' ? prepareImdd(this.design) : null;
    this.memoReach_m = Number.NaN;
  }

  /** Technology statics: every metric part that no per-point field feeds. */
  private refreshTechnology(): void {
    const design = this.design;
    const technology = design.technology;
    const lanes = designLanes(design);
    const laneRate = designLaneRate_gbps(design);
    const laser = technology.power.laser;
    this.lanes = lanes;
    this.moduleRate_gbps = technology.module_rate_gbps;
    this.laserMode =
      laser.mode === 'to-close'
        ? LASER_TO_CLOSE
        : laser.mode === 'fixed'
          ? LASER_FIXED
          : LASER_NONE;
    this.wattsPerOmaMw =
      laser.mode === 'to-close'
        ? laserWattsPerOmaMw(
            laser.extinction_ratio_dB,
            laser.excess_loss_dB,
            laser.wall_plug_efficiency,
          )
        : 0;
    const powerInputs = powerInputsOf(technology, lanes, laneRate, null);
    this.laserFixed_W = powerInputs.laserFixed_W;
    const parts = energyBreakdown(powerInputs).parts;
    const part = (id: EnergyPartId) => parts.find((p) => p.id === id)?.power_W ?? Number.NaN;
    this.staticLaser_W = part('laser');
    this.driver_W = part('driver');
    this.ring_W = part('ring-tuning');
    this.tia_W = part('tia');
    this.dsp_W = part('dsp');
    this.management_W = part('management');
    this.host_W = part('host-serdes');
    const cost = technology.cost;
    const learn = (usd: number) =>
      wrightCost(usd, cost.reference_volume, cost.volume, cost.learning_rate);
    this.moduleUsd = learn(cost.module_usd);
    this.laserUsd = learn(cost.external_laser_usd);
    this.cableFixedUsd = cost.cable_fixed_usd;
    this.cableUsdPerM = cost.cable_usd_per_m;
    this.shuffleUsd = cost.shuffle_usd;
    const reliability = linkReliability(reliabilityInputsOf(technology, lanes));
    this.fit = reliability.fit;
    this.failuresPerYear = reliability.failures_per_year;
    this.blastRadius = reliability.blast_radius_ports;
    this.replacement_usd = replacements_usd(
      reliability.failures_per_year,
      this.assumptions.lifetime_years,
      this.moduleUsd,
    );
    const density = densityOf(densityInputsOf(technology, laneRate));
    this.faceplate = density.faceplate_tbps_per_ru ?? Number.NaN;
    this.shoreline = density.shoreline_gbps_per_mm ?? Number.NaN;
    this.area = density.area_tbps_per_mm2 ?? Number.NaN;
    this.fibers = technology.density.fibers_per_link;
    const latency = linkLatency(latencyInputsOf(technology, 0));
    this.serialization_ns = latency.serialization_ns;
    this.fec_ns = latency.fec_ns;
    this.dspLatency_ns = latency.dsp_ns;
    this.propagation_ns_per_m = propagation_ns_per_m(technology.latency.medium);
    const out = this.out;
    out[METRIC_SLOT.faceplate_tbps_per_ru] = this.faceplate;
    out[METRIC_SLOT.shoreline_gbps_per_mm] = this.shoreline;
    out[METRIC_SLOT.area_tbps_per_mm2] = this.area;
    out[METRIC_SLOT.fibers_per_link] = this.fibers;
    out[METRIC_SLOT.fit] = this.fit;
    out[METRIC_SLOT.failures_per_year] = this.failuresPerYear;
    out[METRIC_SLOT.blast_radius_ports] = this.blastRadius;
  }

  /** The link margin at the design's length, dB (the shared per-kind margin function). */
  private margin_dB(length_m: number): number {
    if (this.kindCode === 0) return imddMarginAt_dB(this.prepared as PreparedImdd, length_m);
    if (this.kindCode === 1) return coherentMarginAt_dB(this.design as CoherentDesign, length_m);
    return electricalMarginAt_dB(this.design as ElectricalDesign, length_m);
  }

  private reach_m(): number {
    const design = this.design;
    if (design.kind === 'imdd') return imddMaxReach_m(this.prepared as PreparedImdd);
    if (design.kind === 'coherent') return coherentMaxReach(design).max_reach_m;
    return electricalMaxReach_m(design);
  }

  /** Link figures of the last `linkPoint`: length (m), Tx OMA (dBm, IM-DD), required margin, margin. */
  length_m = 0;
  txOma_dBm = Number.NaN;
  required_dB = 0;
  margin = 0;
  /** The reach of the last `linkPoint` (when the needs ask for it), m. */
  reach = Number.NaN;
  /**
   * Infeasibility of the last `linkPoint`, as the object path decides it (core/link/feasibility.ts):
   * the link cannot close (its margin is not a number: closed eye, CD beyond the DSP, a noise
   * floor), or a laser sized to close it cannot be sized. The numbers that do not exist are NaN.
   */
  linkInfeasible = false;
  laserInfeasible = false;
  get infeasible(): boolean {
    return this.linkInfeasible || this.laserInfeasible;
  }

  /**
   * The link stage of one point: refreshes what a changed field feeds, then the margin at the
   * length and (when asked) the reach — `knownReach_m` is one the caller memoised for these values
   * (NaN: solve it, or reuse the last one when no field the reach depends on changed). Returns
   * whether the link meets its required margin.
   */
  linkPoint(knownReach_m: number): boolean {
    // Cleared only once the refresh succeeded: a point whose preparation throws stays an error.
    if (this.linkDirty) {
      this.refreshLink();
      this.linkDirty = false;
    }
    if (this.techDirty) {
      this.refreshTechnology();
      this.techDirty = false;
    }
    const design = this.design;
    const length_m =
      this.kindCode === 0 ? (design as ImddDesign).channel.length_m : designLength_m(design);
    this.length_m = length_m;
    this.txOma_dBm = this.kindCode === 0 ? (design as ImddDesign).tx.oma_dBm : Number.NaN;
    const margin = this.margin_dB(length_m);
    this.margin = margin;
    const required = design.required_margin_dB;
    this.required_dB = required;
    // As the object path decides: an IM-DD eye is closed when a penalty is unbounded (margin −∞);
    // a coherent link when its margin is not finite (CD beyond the DSP); copper always closes.
    const linkInfeasible =
      this.kindCode === 0
        ? margin !== margin || margin === Number.NEGATIVE_INFINITY
        : this.kindCode === 1 && !Number.isFinite(margin);
    this.linkInfeasible = linkInfeasible;
    this.laserInfeasible =
      this.laserMode === LASER_TO_CLOSE &&
      (linkInfeasible ||
        this.kindCode !== 0 ||
        omaToClose_dBm(this.txOma_dBm, margin, required) > MAX_LASER_LAUNCH_OMA_DBM.value);
    if (this.needs.reach) {
      let reach = knownReach_m;
      if (reach !== reach) {
        if (this.reachDirty || this.memoReach_m !== this.memoReach_m)
          this.memoReach_m = this.reach_m();
        reach = this.memoReach_m;
        this.reachDirty = false;
      }
      this.reach = reach;
    }
    return meetsMargin(margin, required);
  }

  /**
   * Evaluates the design as it stands into `out` (one slot per metric, METRIC_SLOT; only the wanted
   * ones are written; the technology statics are there from the last refresh). Returns whether
   * the link meets its required margin. `knownReach_m` as for `linkPoint`.
   */
  evaluate(knownReach_m: number): boolean {
    const meets = this.linkPoint(knownReach_m);
    const out = this.out;
    const needs = this.needs;
    const length_m = this.length_m;
    const margin = this.margin;
    const required = this.required_dB;
    if (needs.wanted[METRIC_SLOT.link_margin_dB] === 1)
      out[METRIC_SLOT.link_margin_dB] = this.linkInfeasible ? Number.NaN : margin;
    if (needs.reach) out[METRIC_SLOT.max_reach_m] = this.reach;
    if (needs.energy) {
      let port: number;
      if (this.laserMode === LASER_TO_CLOSE) {
        const oma = omaToClose_dBm(this.txOma_dBm, margin, required);
        const laser = laserPartPower_W(
          laserElectricalOf_W(oma, this.wattsPerOmaMw),
          this.lanes,
          this.laserFixed_W,
        );
        port = this.portPower_W(laser);
      } else port = this.portPower_W(this.staticLaser_W);
      const rate = this.moduleRate_gbps;
      const link = linkPowerOf_W(port);
      out[METRIC_SLOT.energy_pJ_per_bit] = energyPerBit_pJ(port, rate);
      out[METRIC_SLOT.module_energy_pJ_per_bit] = energyPerBit_pJ(port - this.host_W, rate);
      out[METRIC_SLOT.module_power_W] = port - this.host_W;
      out[METRIC_SLOT.port_power_W] = port;
      out[METRIC_SLOT.link_power_W] = link;
      if (this.laserInfeasible) {
        out[METRIC_SLOT.energy_pJ_per_bit] = Number.NaN;
        out[METRIC_SLOT.module_energy_pJ_per_bit] = Number.NaN;
        out[METRIC_SLOT.module_power_W] = Number.NaN;
        out[METRIC_SLOT.port_power_W] = Number.NaN;
        out[METRIC_SLOT.link_power_W] = Number.NaN;
      }
      if (needs.cost) {
        const capex = this.capex_usd(length_m);
        out[METRIC_SLOT.cost_usd_per_gbps] = costPerGbps_usd(capex, rate);
        out[METRIC_SLOT.link_capex_usd] = capex;
        if (needs.tco) {
          const a = this.assumptions;
          out[METRIC_SLOT.tco_usd] = tcoSum_usd(
            capex,
            lifetimeEnergy_usd(link, a.pue, a.lifetime_years, a.energy_usd_per_kWh),
            this.replacement_usd,
          );
          if (this.laserInfeasible) out[METRIC_SLOT.tco_usd] = Number.NaN;
        }
      }
    } else if (needs.cost) {
      const capex = this.capex_usd(length_m);
      out[METRIC_SLOT.cost_usd_per_gbps] = costPerGbps_usd(capex, this.moduleRate_gbps);
      out[METRIC_SLOT.link_capex_usd] = capex;
    }
    if (needs.latency) {
      out[METRIC_SLOT.latency_ns] = latencySum_ns(
        this.serialization_ns,
        this.fec_ns,
        this.dspLatency_ns,
        this.propagation_ns_per_m * length_m,
      );
    }
    return meets;
  }

  portPower_W(laser_W: number): number {
    return portPowerSum_W(
      laser_W,
      this.driver_W,
      this.ring_W,
      this.tia_W,
      this.dsp_W,
      this.management_W,
      this.host_W,
    );
  }

  capex_usd(length_m: number): number {
    return linkCapexSum_usd(
      this.moduleUsd,
      this.laserUsd,
      cableUsd(this.cableFixedUsd, this.cableUsdPerM, length_m),
      this.shuffleUsd,
    );
  }
}

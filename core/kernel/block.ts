import { costPerGbps_usd } from '../cost/bom';
import { lifetimeEnergy_usd, tcoSum_usd } from '../cost/tco';
import { latencySum_ns } from '../latency/latency';
import { omaToClose_dBm } from '../metrics/design-metrics';
import { energyPerBit_pJ, laserPartPower_W, linkPowerOf_W } from '../power/energy';
import { laserElectricalOf_W } from '../power/laser-power';
import type { Assumptions } from '../scenario/technology-schema';
import { LASER_TO_CLOSE, type DesignKernel } from './design-kernel';
import { METRIC_SLOT, type MetricNeeds } from './metric-needs';

/**
 * One design's rows of a block, column by column: a first pass runs the link stage point by point
 * (margin, reach) into scratch columns, then each wanted metric is one tight loop over its output
 * column from those columns and the hoisted statics. Writing one column at a time instead of
 * every metric of a row keeps the stores sequential, which on this class of machine is three to
 * five times faster than interleaving 18 output streams. Each loop calls the same scalar function
 * the object path does.
 */
export const Status = { Ok: 0, LinkFails: 1, NotANumber: 2, Error: 3, Infeasible: 4 } as const;

/** The metrics a laser sized to close the link feeds: gone when it cannot be sized. */
const LASER_FED_SLOTS = [
  METRIC_SLOT.energy_pJ_per_bit,
  METRIC_SLOT.module_energy_pJ_per_bit,
  METRIC_SLOT.module_power_W,
  METRIC_SLOT.port_power_W,
  METRIC_SLOT.link_power_W,
  METRIC_SLOT.tco_usd,
];

/** Reusable scratch columns, grown as needed: no allocation per block once warm. */
class Scratch {
  length = new Float64Array(0);
  oma = new Float64Array(0);
  required = new Float64Array(0);
  margin = new Float64Array(0);
  reach = new Float64Array(0);
  port = new Float64Array(0);
  capex = new Float64Array(0);
  linkOut = new Uint8Array(0);
  laserOut = new Uint8Array(0);

  ensure(count: number): void {
    if (this.length.length >= count) return;
    this.length = new Float64Array(count);
    this.oma = new Float64Array(count);
    this.required = new Float64Array(count);
    this.margin = new Float64Array(count);
    this.reach = new Float64Array(count);
    this.port = new Float64Array(count);
    this.capex = new Float64Array(count);
    this.linkOut = new Uint8Array(count);
    this.laserOut = new Uint8Array(count);
  }
}
const scratch = new Scratch();

export interface BlockRows {
  /** Swept-value columns of the block (row-indexed, all designs interleaved). */
  readonly parameters: readonly Float64Array[];
  /** Output column per metric slot (null: not wanted), row-indexed. */
  readonly metrics: readonly (Float64Array | null)[];
  readonly status: Uint8Array;
  /** This design's rows are design, design + stride, … (count of them). */
  readonly design: number;
  readonly stride: number;
  readonly count: number;
  /** First point of the block, for the reach memo's grid digit. */
  readonly startPoint: number;
}

export interface GridReachMemo {
  readonly stride: number;
  readonly size: number;
  readonly reach_m: Float64Array;
}

export function evaluateBlock(
  kernel: DesignKernel,
  needs: MetricNeeds,
  assumptions: Assumptions,
  rows: BlockRows,
  memo: GridReachMemo | null,
): void {
  const { parameters, metrics, status, design: d, stride: D, count } = rows;
  scratch.ensure(count);
  const { length, oma, required, margin, reach, port, capex, linkOut, laserOut } = scratch;
  let errors = 0;
  // The memo's grid digit of the point, stepped as the points go by instead of divided out.
  const memoStride = memo ? memo.stride : 1;
  const memoSize = memo ? memo.size : 1;
  let digit = Math.floor(rows.startPoint / memoStride) % memoSize;
  let untilNextDigit = memoStride - (rows.startPoint % memoStride);
  for (let i = 0; i < count; i++, untilNextDigit--) {
    const r = i * D + d;
    if (untilNextDigit === 0) {
      untilNextDigit = memoStride;
      digit = digit + 1 === memoSize ? 0 : digit + 1;
    }
    try {
      kernel.setPoint(parameters, r);
      const meets = kernel.linkPoint(memo ? (memo.reach_m[digit] as number) : Number.NaN);
      if (memo) memo.reach_m[digit] = kernel.reach;
      status[r] = kernel.infeasible ? Status.Infeasible : meets ? Status.Ok : Status.LinkFails;
      linkOut[i] = kernel.linkInfeasible ? 1 : 0;
      laserOut[i] = kernel.laserInfeasible ? 1 : 0;
      length[i] = kernel.length_m;
      oma[i] = kernel.txOma_dBm;
      required[i] = kernel.required_dB;
      margin[i] = kernel.margin;
      reach[i] = kernel.reach;
    } catch {
      status[r] = Status.Error;
      errors++;
    }
  }
  const column = (slot: number) => metrics[slot] ?? null;
  // A one-design block's rows are contiguous: native copies and fills.
  const copy = (slot: number, from: Float64Array) => {
    const out = column(slot);
    if (!out) return;
    if (D === 1) out.set(from.subarray(0, count));
    else for (let i = 0; i < count; i++) out[i * D + d] = from[i] as number;
  };
  const fill = (slot: number, value: number) => {
    const out = column(slot);
    if (!out) return;
    if (D === 1) out.fill(value, 0, count);
    else for (let i = 0; i < count; i++) out[i * D + d] = value;
  };
  copy(METRIC_SLOT.link_margin_dB, margin);
  if (needs.reach) copy(METRIC_SLOT.max_reach_m, reach);
  const rate = kernel.moduleRate_gbps;
  if (needs.energy) {
    if (kernel.laserMode === LASER_TO_CLOSE) {
      const wattsPerOmaMw = kernel.wattsPerOmaMw;
      const lanes = kernel.lanes;
      const fixed_W = kernel.laserFixed_W;
      for (let i = 0; i < count; i++) {
        const launch = omaToClose_dBm(oma[i] as number, margin[i] as number, required[i] as number);
        port[i] = kernel.portPower_W(
          laserPartPower_W(laserElectricalOf_W(launch, wattsPerOmaMw), lanes, fixed_W),
        );
      }
    } else port.fill(kernel.portPower_W(kernel.staticLaser_W), 0, count);
    const host = kernel.host_W;
    const energy = column(METRIC_SLOT.energy_pJ_per_bit);
    if (energy)
      for (let i = 0; i < count; i++) energy[i * D + d] = energyPerBit_pJ(port[i] as number, rate);
    const moduleEnergy = column(METRIC_SLOT.module_energy_pJ_per_bit);
    if (moduleEnergy)
      for (let i = 0; i < count; i++)
        moduleEnergy[i * D + d] = energyPerBit_pJ((port[i] as number) - host, rate);
    const modulePower = column(METRIC_SLOT.module_power_W);
    if (modulePower)
      for (let i = 0; i < count; i++) modulePower[i * D + d] = (port[i] as number) - host;
    copy(METRIC_SLOT.port_power_W, port);
    const linkPower = column(METRIC_SLOT.link_power_W);
    if (linkPower)
      for (let i = 0; i < count; i++) linkPower[i * D + d] = linkPowerOf_W(port[i] as number);
  }
  if (needs.cost) {
    for (let i = 0; i < count; i++) capex[i] = kernel.capex_usd(length[i] as number);
    copy(METRIC_SLOT.link_capex_usd, capex);
    const perGbps = column(METRIC_SLOT.cost_usd_per_gbps);
    if (perGbps)
      for (let i = 0; i < count; i++)
        perGbps[i * D + d] = costPerGbps_usd(capex[i] as number, rate);
    const tco = column(METRIC_SLOT.tco_usd);
    if (tco && needs.energy) {
      const { pue, lifetime_years, energy_usd_per_kWh } = assumptions;
      const replacement = kernel.replacement_usd;
      for (let i = 0; i < count; i++) {
        const energy_usd = lifetimeEnergy_usd(
          linkPowerOf_W(port[i] as number),
          pue,
          lifetime_years,
          energy_usd_per_kWh,
        );
        tco[i * D + d] = tcoSum_usd(capex[i] as number, energy_usd, replacement);
      }
    }
  }
  const latency = column(METRIC_SLOT.latency_ns);
  if (latency) {
    const { serialization_ns, fec_ns, dspLatency_ns, propagation_ns_per_m } = kernel;
    for (let i = 0; i < count; i++)
      latency[i * D + d] = latencySum_ns(
        serialization_ns,
        fec_ns,
        dspLatency_ns,
        propagation_ns_per_m * (length[i] as number),
      );
  }
  fill(METRIC_SLOT.faceplate_tbps_per_ru, kernel.faceplate);
  fill(METRIC_SLOT.shoreline_gbps_per_mm, kernel.shoreline);
  fill(METRIC_SLOT.area_tbps_per_mm2, kernel.area);
  fill(METRIC_SLOT.fibers_per_link, kernel.fibers);
  fill(METRIC_SLOT.fit, kernel.fit);
  fill(METRIC_SLOT.failures_per_year, kernel.failuresPerYear);
  fill(METRIC_SLOT.blast_radius_ports, kernel.blastRadius);
  // What does not exist for an infeasible row: its margin, and what a laser that cannot be sized feeds.
  const linkGone = [column(METRIC_SLOT.link_margin_dB)];
  const laserGone = LASER_FED_SLOTS.map(column);
  for (let i = 0; i < count; i++) {
    const r = i * D + d;
    if (linkOut[i] === 1) for (const out of linkGone) if (out) out[r] = Number.NaN;
    if (laserOut[i] === 1) for (const out of laserGone) if (out) out[r] = Number.NaN;
  }
  if (errors > 0) {
    for (let i = 0; i < count; i++) {
      const r = i * D + d;
      if (status[r] !== Status.Error) continue;
      for (const out of metrics) if (out) out[r] = Number.NaN;
    }
  }
}

import { wrightCost } from './learning-curve';

/**
 * Per-link bill of materials: the optics at both ends (module, or the engine's share per port),
 * their external laser share, the cable by length and any fibre shuffle. Optics follow the learning
 * curve from their reference price; cables and shuffles are commodity and held at their price.
 */
export interface CostInputs {
  readonly moduleRate_gbps: number;
  readonly length_m: number;
  /** Price of one end's module or engine share at the reference volume, USD. */
  readonly moduleUsd: number;
  /** External laser source share per port, USD (0 when lasers are inside the module). */
  readonly externalLaserUsd: number;
  readonly cableFixedUsd: number;
  readonly cableUsdPerM: number;
  readonly shuffleUsd: number;
  readonly learningRate: number;
  readonly referenceVolume: number;
  readonly volume: number;
}

export interface BomLine {
  readonly item: string;
  readonly quantity: number;
  readonly unitUsd: number;
  readonly totalUsd: number;
}

export interface LinkCost {
  readonly lines: readonly BomLine[];
  readonly link_capex_usd: number;
  readonly cost_usd_per_gbps: number;
  /** Module price after the learning curve at the chosen volume. */
  readonly module_usd_at_volume: number;
}

const ENDS_PER_LINK = 2;

/** The cable by length, USD (shared with the columnar kernel). */
export function cableUsd(fixedUsd: number, usdPerM: number, length_m: number): number {
  return fixedUsd + usdPerM * length_m;
}

/** Link capex: both ends' module and laser shares, the cable, the shuffle (BOM line order). */
export function linkCapexSum_usd(
  moduleUsd: number,
  laserUsd: number,
  cable_usd: number,
  shuffleUsd: number,
): number {
  return 0 + ENDS_PER_LINK * moduleUsd + ENDS_PER_LINK * laserUsd + cable_usd + shuffleUsd;
}

export function costPerGbps_usd(capex_usd: number, moduleRate_gbps: number): number {
  return capex_usd / moduleRate_gbps;
}

export function linkCost(inputs: CostInputs): LinkCost {
  const learn = (usd: number) =>
    wrightCost(usd, inputs.referenceVolume, inputs.volume, inputs.learningRate);
  const module = learn(inputs.moduleUsd);
  const laser = learn(inputs.externalLaserUsd);
  const cable = cableUsd(inputs.cableFixedUsd, inputs.cableUsdPerM, inputs.length_m);
  const lines: BomLine[] = [
    {
      item: 'Module / engine share',
      quantity: ENDS_PER_LINK,
      unitUsd: module,
      totalUsd: ENDS_PER_LINK * module,
    },
    {
      item: 'External laser share',
      quantity: ENDS_PER_LINK,
      unitUsd: laser,
      totalUsd: ENDS_PER_LINK * laser,
    },
    { item: 'Cable', quantity: 1, unitUsd: cable, totalUsd: cable },
    { item: 'Fiber shuffle', quantity: 1, unitUsd: inputs.shuffleUsd, totalUsd: inputs.shuffleUsd },
  ];
  const link_capex_usd = linkCapexSum_usd(module, laser, cable, inputs.shuffleUsd);
  return {
    lines,
    link_capex_usd,
    cost_usd_per_gbps: costPerGbps_usd(link_capex_usd, inputs.moduleRate_gbps),
    module_usd_at_volume: module,
  };
}

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

export function linkCost(inputs: CostInputs): LinkCost {
  const learn = (usd: number) =>
    wrightCost(usd, inputs.referenceVolume, inputs.volume, inputs.learningRate);
  const module = learn(inputs.moduleUsd);
  const laser = learn(inputs.externalLaserUsd);
  const cable = inputs.cableFixedUsd + inputs.cableUsdPerM * inputs.length_m;
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
  const link_capex_usd = lines.reduce((sum, line) => sum + line.totalUsd, 0);
  return {
    lines,
    link_capex_usd,
    cost_usd_per_gbps: link_capex_usd / inputs.moduleRate_gbps,
    module_usd_at_volume: module,
  };
}

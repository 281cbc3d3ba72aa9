/**
 * Total cost of ownership of one link over its life:
 *   capex + energy + replacements
 *   energy       = link power × PUE × hours per year × years × price per kWh
 *   replacements = failures per year × years × cost of one replacement
 */
export const HOURS_PER_YEAR = 8766;

export interface TcoInputs {
  readonly capexUsd: number;
  readonly linkPower_W: number;
  readonly pue: number;
  readonly energyUsdPerKwh: number;
  readonly lifetimeYears: number;
  readonly failuresPerYear: number;
  readonly replacementUsd: number;
}

export interface Tco {
  readonly capex_usd: number;
  readonly energy_usd: number;
  readonly replacement_usd: number;
  readonly tco_usd: number;
}

export function totalCostOfOwnership(inputs: TcoInputs): Tco {
  const energy_kWh =
    (inputs.linkPower_W / 1000) * inputs.pue * HOURS_PER_YEAR * inputs.lifetimeYears;
  const energy_usd = energy_kWh * inputs.energyUsdPerKwh;
  const replacement_usd = inputs.failuresPerYear * inputs.lifetimeYears * inputs.replacementUsd;
  return {
    capex_usd: inputs.capexUsd,
    energy_usd,
    replacement_usd,
    tco_usd: inputs.capexUsd + energy_usd + replacement_usd,
  };
}

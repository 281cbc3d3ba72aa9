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

/** Energy bought over the lifetime, USD (shared with the columnar kernel). */
export function lifetimeEnergy_usd(
  linkPower_W: number,
  pue: number,
  lifetimeYears: number,
  energyUsdPerKwh: number,
): number {
  return (linkPower_W / 1000) * pue * HOURS_PER_YEAR * lifetimeYears * energyUsdPerKwh;
}

export function replacements_usd(
  failuresPerYear: number,
  lifetimeYears: number,
  replacementUsd: number,
): number {
  return failuresPerYear * lifetimeYears * replacementUsd;
}

export function tcoSum_usd(capex_usd: number, energy_usd: number, replacement_usd: number): number {
  return capex_usd + energy_usd + replacement_usd;
}

export function totalCostOfOwnership(inputs: TcoInputs): Tco {
  const energy_usd = lifetimeEnergy_usd(
    inputs.linkPower_W,
    inputs.pue,
    inputs.lifetimeYears,
    inputs.energyUsdPerKwh,
  );
  const replacement_usd = replacements_usd(
    inputs.failuresPerYear,
    inputs.lifetimeYears,
    inputs.replacementUsd,
  );
  return {
    capex_usd: inputs.capexUsd,
    energy_usd,
    replacement_usd,
    tco_usd: tcoSum_usd(inputs.capexUsd, energy_usd, replacement_usd),
  };
}

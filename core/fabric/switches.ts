import { totalCostOfOwnership } from '../cost/tco';
import { FIT_HOURS } from '../reliability/fit';
import type { Assumptions } from '../scenario/technology-schema';
import {
  SWITCH_ASIC_PJ_PER_BIT,
  SWITCH_FIT,
  SWITCH_SERDES_PJ_PER_BIT,
  SWITCH_SYSTEM_OVERHEAD,
  SWITCH_USD_PER_TBPS,
} from './constants';
import type { Fabric } from './schema';

/** One switch box: its draw without optics, its price without optics, its failure rate. */
export interface SwitchUnit {
  readonly power_W: number;
  readonly cost_usd: number;
  readonly fit: number;
}

/**
 * Defaults scale with capacity: power = (ASIC − SerDes already charged by the links) pJ/bit ×
 * capacity × system overhead (pJ/bit × Tb/s = W); price = $/Tb/s × capacity. A file's `switch`
 * overrides apply to scale-out switches only.
 */
export function switchUnit(bandwidth_tbps: number, overrides?: Fabric['switch']): SwitchUnit {
  const core_pJ_per_bit = SWITCH_ASIC_PJ_PER_BIT.value - SWITCH_SERDES_PJ_PER_BIT.value;
  return {
    power_W: overrides?.power_W ?? core_pJ_per_bit * bandwidth_tbps * SWITCH_SYSTEM_OVERHEAD.value,
    cost_usd: overrides?.cost_usd ?? SWITCH_USD_PER_TBPS.value * bandwidth_tbps,
    fit: overrides?.fit ?? SWITCH_FIT.value,
  };
}

export interface SwitchTotals {
  readonly switches: number;
  readonly power_W: number;
  readonly capex_usd: number;
  /** Capex + energy over the lifetime; switch repairs are under support and not charged. */
  readonly tco_usd: number;
  readonly failures_per_day: number;
}

export function switchTotals(
  switches: number,
  unit: SwitchUnit,
  assumptions: Assumptions,
): SwitchTotals {
  const tco = totalCostOfOwnership({
    capexUsd: switches * unit.cost_usd,
    linkPower_W: switches * unit.power_W,
    pue: assumptions.pue,
    energyUsdPerKwh: assumptions.energy_usd_per_kWh,
    lifetimeYears: assumptions.lifetime_years,
    failuresPerYear: 0,
    replacementUsd: 0,
  });
  return {
    switches,
    power_W: switches * unit.power_W,
    capex_usd: tco.capex_usd,
    tco_usd: tco.tco_usd,
    failures_per_day: (switches * unit.fit * 24) / FIT_HOURS,
  };
}

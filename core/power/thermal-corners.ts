import type { Technology } from '../scenario/technology-schema';
import { laserWpeAt, ringTuningAt_mW } from '../physics/temperature';
import { energyBreakdown, type PowerInputs } from './energy';

/** Power and energy at one case-temperature corner. */
export interface CornerEnergy {
  readonly case_C: number;
  /** Wall-plug efficiency of a to-close laser at this case (NaN without one). */
  readonly laser_wall_plug_efficiency: number;
  readonly ring_tuning_mW_per_lane: number;
  readonly laser_power_W: number;
  readonly ring_tuning_power_W: number;
  readonly module_power_W: number;
  readonly port_power_W: number;
  readonly energy_pJ_per_bit: number;
}

export interface TemperatureCorners {
  /** Hottest case: least efficient laser; the corner the laser budget is sized at. */
  readonly hot: CornerEnergy;
  /** Coldest case: most ring heater power. */
  readonly cold: CornerEnergy;
}

/**
 * The port's power at the hot and cold case corners (see the case-temperature method), or null
 * when the design gives no temperature range. Everything but the laser efficiency and the ring
 * heater power is held at its 25 °C value.
 */
export function temperatureCorners(
  inputs: PowerInputs,
  power: Technology['power'],
): TemperatureCorners | null {
  const range = power.temperature;
  if (!range) return null;
  const at = (case_C: number): CornerEnergy => {
    const wpe = inputs.laser
      ? laserWpeAt(inputs.laser.wallPlugEfficiency, case_C, range.laser_wpe_characteristic_K)
      : Number.NaN;
    const ring = ringTuningAt_mW(
      inputs.ringTuning_mW_per_lane,
      case_C,
      range.ring_shift_nm_per_K,
      range.ring_heater_nm_per_mW,
    );
    const energy = energyBreakdown({
      ...inputs,
      laser: inputs.laser ? { ...inputs.laser, wallPlugEfficiency: wpe } : null,
      ringTuning_mW_per_lane: ring,
    });
    const part = (id: string) => energy.parts.find((p) => p.id === id)?.power_W ?? 0;
    return {
      case_C,
      laser_wall_plug_efficiency: wpe,
      ring_tuning_mW_per_lane: ring,
      laser_power_W: part('laser'),
      ring_tuning_power_W: part('ring-tuning'),
      module_power_W: energy.module_power_W,
      port_power_W: energy.port_power_W,
      energy_pJ_per_bit: energy.energy_pJ_per_bit,
    };
  };
  return { hot: at(range.case_max_C), cold: at(range.case_min_C) };
}

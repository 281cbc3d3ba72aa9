import { laserElectricalPerLane_W, type LaserInputs } from './laser-power';

/**
 * @method energy-per-bit Energy per bit and power
 * Energy per bit as a sum of named parts, for one end of a link (one port):
 *   laser        optical power needed ÷ wall-plug efficiency (grows with loss and reach)
 *   driver       modulator / laser driver, per line bit
 *   ring tuning  thermal tuning of micro-rings, per lane
 *   TIA          receiver front end, per line bit
 *   DSP / CDR    retiming, equalisation, per line bit
 *   management   module controller, per module
 *   host SerDes  the switch or accelerator's electrical link to the optics, per payload bit
 * module_power_W is what the module or engine draws; port_power_W adds the host SerDes;
 * link_power_W is both ends. With per-line-bit energies e_i over lanes × line rate, per-lane
 * tuning, a fixed management draw and the host SerDes per payload bit:
 * $$ P_{\mathrm{port}} = P_{\mathrm{laser}} + \sum_i e_i\, n\, R_{\mathrm{line}} + n P_{\mathrm{ring}} + P_{\mathrm{mgmt}} + e_{\mathrm{host}} R, \qquad E_b = \frac{P_{\mathrm{port}}}{R} $$
 * so the breakdown's energies add up to energy_pJ_per_bit exactly.
 * @assumes Power per end; host SerDes energy by electrical reach class (XSR/VSR/MR/LR).
 * @valid Parts 0–200 pJ/bit; module rates from 1 Mb/s to 1 Pb/s.
 * @ref HOST_SERDES_EST AYAR_AI
 */
export const energyPartIds = [
  'laser',
  'driver',
  'ring-tuning',
  'tia',
  'dsp',
  'management',
  'host-serdes',
] as const;
export type EnergyPartId = (typeof energyPartIds)[number];

export const ENERGY_PART_LABELS: Readonly<Record<EnergyPartId, string>> = {
  laser: 'Laser',
  driver: 'Driver / modulator',
  'ring-tuning': 'Ring thermal tuning',
  tia: 'TIA',
  dsp: 'DSP / CDR',
  management: 'Management',
  'host-serdes': 'Host SerDes',
};

export interface PowerInputs {
  readonly lanes: number;
  /** Line rate per lane (with FEC overhead), Gb/s. */
  readonly laneLineRate_gbps: number;
  /** Payload rate of the module or port, Gb/s. */
  readonly moduleRate_gbps: number;
  /** A laser sized to close the link; null where there is none or its draw is fixed. */
  readonly laser: LaserInputs | null;
  /** Fixed laser draw for the whole port, W (tunable coherent lasers, LED arrays). */
  readonly laserFixed_W: number;
  readonly driver_pJ_per_bit: number;
  readonly tia_pJ_per_bit: number;
  readonly dsp_pJ_per_bit: number;
  readonly ringTuning_mW_per_lane: number;
  readonly management_W: number;
  readonly hostSerdes_pJ_per_bit: number;
}

export interface EnergyPart {
  readonly id: EnergyPartId;
  readonly label: string;
  readonly power_W: number;
  readonly energy_pJ_per_bit: number;
}

export interface EnergyBreakdown {
  readonly parts: readonly EnergyPart[];
  readonly module_power_W: number;
  readonly host_power_W: number;
  readonly port_power_W: number;
  readonly link_power_W: number;
  readonly energy_pJ_per_bit: number;
  readonly module_energy_pJ_per_bit: number;
  /** Laser optical output per lane, mW (null without a laser sized to close the link). */
  readonly laser_optical_mW_per_lane: number | null;
}

const PJ_PER_BIT_TO_W_PER_GBPS = 1e-3;
const ENDS_PER_LINK = 2;

/*
 * The scalar pieces below are the only place each power figure is computed: energyBreakdown (the
 * object path) and the columnar kernel (core/kernel) both call them.
 */

/** Power of a per-bit energy at a bit rate, W. */
export function perBitPower_W(pJ_per_bit: number, rate_gbps: number): number {
  return pJ_per_bit * PJ_PER_BIT_TO_W_PER_GBPS * rate_gbps;
}

/** The laser part: per-lane electrical power over the lanes plus any fixed draw, W. */
export function laserPartPower_W(perLane_W: number, lanes: number, fixed_W: number): number {
  return perLane_W * lanes + fixed_W;
}

/** Port power: the parts in `energyPartIds` order, summed from zero. */
export function portPowerSum_W(
  laser: number,
  driver: number,
  ringTuning: number,
  tia: number,
  dsp: number,
  management: number,
  hostSerdes: number,
): number {
  return 0 + laser + driver + ringTuning + tia + dsp + management + hostSerdes;
}

/** Both ends of the link, W. */
export function linkPowerOf_W(portPower_W: number): number {
  return ENDS_PER_LINK * portPower_W;
}

/** Energy per payload bit, pJ/bit. */
export function energyPerBit_pJ(power_W: number, moduleRate_gbps: number): number {
  return (power_W / moduleRate_gbps) * 1000;
}

export function energyBreakdown(inputs: PowerInputs): EnergyBreakdown {
  const lineRate = inputs.lanes * inputs.laneLineRate_gbps;
  const laserPerLane_W = inputs.laser ? laserElectricalPerLane_W(inputs.laser) : 0;
  const power: Record<EnergyPartId, number> = {
    laser: laserPartPower_W(laserPerLane_W, inputs.lanes, inputs.laserFixed_W),
    driver: perBitPower_W(inputs.driver_pJ_per_bit, lineRate),
    'ring-tuning': (inputs.ringTuning_mW_per_lane / 1000) * inputs.lanes,
    tia: perBitPower_W(inputs.tia_pJ_per_bit, lineRate),
    dsp: perBitPower_W(inputs.dsp_pJ_per_bit, lineRate),
    management: inputs.management_W,
    'host-serdes': perBitPower_W(inputs.hostSerdes_pJ_per_bit, inputs.moduleRate_gbps),
  };
  const toEnergy = (watts: number) => energyPerBit_pJ(watts, inputs.moduleRate_gbps);
  const parts = energyPartIds.map((id) => ({
    id,
    label: ENERGY_PART_LABELS[id],
    power_W: power[id],
    energy_pJ_per_bit: toEnergy(power[id]),
  }));
  const host_power_W = power['host-serdes'];
  const port_power_W = portPowerSum_W(
    power.laser,
    power.driver,
    power['ring-tuning'],
    power.tia,
    power.dsp,
    power.management,
    host_power_W,
  );
  const module_power_W = port_power_W - host_power_W;
  return {
    parts,
    module_power_W,
    host_power_W,
    port_power_W,
    link_power_W: linkPowerOf_W(port_power_W),
    energy_pJ_per_bit: toEnergy(port_power_W),
    module_energy_pJ_per_bit: toEnergy(module_power_W),
    laser_optical_mW_per_lane: inputs.laser
      ? laserPerLane_WToOptical(laserPerLane_W, inputs.laser.wallPlugEfficiency)
      : null,
  };
}

function laserPerLane_WToOptical(electrical_W: number, wallPlugEfficiency: number): number {
  return electrical_W * wallPlugEfficiency * 1000;
}

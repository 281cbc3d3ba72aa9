import { dBToLinear, dBmToMw } from '../units';

/**
 * Optical and electrical laser power needed per lane to launch a given OMA.
 *
 * With extinction ratio r = P1/P0 the average launched power is P_avg = OMA·(r + 1)/(2·(r − 1))
 * (for M-PAM with equiprobable levels the average is the midpoint of the outer levels, so the same
 * relation holds for OMA_outer). Between the laser and the fibre the light loses
 * `excessLoss_dB` (modulator insertion loss, coupling, splitter excess); a laser shared by N lanes
 * must supply N times the per-lane power. Electrical power is optical ÷ wall-plug efficiency.
 */
export interface LaserInputs {
  readonly launchOma_dBm: number;
  readonly extinctionRatio_dB: number;
  readonly excessLoss_dB: number;
  readonly wallPlugEfficiency: number;
}

/** Average launched power for an OMA and an extinction ratio, mW. */
export function averagePowerFromOma_mW(oma_dBm: number, extinctionRatio_dB: number): number {
  const ratio = dBToLinear(extinctionRatio_dB);
  return (dBmToMw(oma_dBm) * (ratio + 1)) / (2 * (ratio - 1));
}

/** Laser optical output needed per lane, mW. */
export function laserOpticalPerLane_mW(inputs: LaserInputs): number {
  return (
    averagePowerFromOma_mW(inputs.launchOma_dBm, inputs.extinctionRatio_dB) *
    dBToLinear(inputs.excessLoss_dB)
  );
}

/** Laser electrical (wall-plug) power per lane, W. */
export function laserElectricalPerLane_W(inputs: LaserInputs): number {
  return laserOpticalPerLane_mW(inputs) / inputs.wallPlugEfficiency / 1000;
}

import { dBToLinear, dBmToMw } from '../units';

/**
 * @method laser-power Laser power needed to close the link
 * The laser is sized to launch the OMA that leaves exactly the required margin at the design
 * length, so it grows with loss and reach. With extinction ratio r = P1/P0 the average launched
 * power is (for M-PAM the average is the midpoint of the outer levels, so OMA_outer works too)
 * $$ P_{\mathrm{avg}} = \mathrm{OMA}\,\frac{r + 1}{2(r - 1)} $$
 * Between the laser and the fibre the light loses the excess loss X (modulator insertion loss,
 * coupling, splitter excess); electrical power is optical ÷ wall-plug efficiency η:
 * $$ P_{\mathrm{laser,el}} = \frac{P_{\mathrm{avg}} \cdot 10^{X/10}}{\eta} $$
 * @assumes Equiprobable levels; a shared laser supplies each lane's share through the excess loss.
 * @valid Wall-plug efficiency 0.001–1; extinction ratio 0.5–20 dB.
 * @ref VCSEL_WIDTH_EST
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

/**
 * Wall-plug watts per milliwatt of launched OMA: everything but the OMA itself, so a sweep that
 * varies only the launch computes it once (extinction, excess loss and efficiency held).
 */
export function laserWattsPerOmaMw(
  extinctionRatio_dB: number,
  excessLoss_dB: number,
  wallPlugEfficiency: number,
): number {
  const ratio = dBToLinear(extinctionRatio_dB);
  return (
    (((ratio + 1) / (2 * (ratio - 1))) * dBToLinear(excessLoss_dB)) / wallPlugEfficiency / 1000
  );
}

/** Laser electrical power per lane from the launch OMA and `laserWattsPerOmaMw`, W. */
export function laserElectricalOf_W(launchOma_dBm: number, wattsPerOmaMw: number): number {
  return dBmToMw(launchOma_dBm) * wattsPerOmaMw;
}

/** Laser electrical (wall-plug) power per lane, W. */
export function laserElectricalPerLane_W(inputs: LaserInputs): number {
  return laserElectricalOf_W(
    inputs.launchOma_dBm,
    laserWattsPerOmaMw(inputs.extinctionRatio_dB, inputs.excessLoss_dB, inputs.wallPlugEfficiency),
  );
}

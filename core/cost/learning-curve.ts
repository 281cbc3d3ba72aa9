/**
 * Wright's law: each doubling of cumulative volume multiplies unit cost by the learning rate.
 *   C(V) = C_ref · (V / V_ref)^b,  b = log2(learning rate)
 * A learning rate of 0.85 means 15 % cheaper per doubling. V and V_ref in units shipped.
 */
export function wrightCost(
  referenceCost: number,
  referenceVolume: number,
  volume: number,
  learningRate: number,
): number {
  return referenceCost * (volume / referenceVolume) ** Math.log2(learningRate);
}

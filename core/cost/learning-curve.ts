/**
 * @method cost Cost: bill of materials, learning curve, TCO
 * Wright's law: each doubling of cumulative volume multiplies unit cost by the learning rate λ
 * (0.85 means 15 % cheaper per doubling):
 * $$ C(V) = C_{\mathrm{ref}} \left(\frac{V}{V_{\mathrm{ref}}}\right)^{\log_2 \lambda} $$
 * A link's bill of materials is both ends' modules (or engine shares) and external-laser shares at
 * the chosen volume, the cable (fixed + per metre) and any fibre shuffle; $/Gb/s divides it by the
 * port rate. The total cost of ownership adds the energy of both ends at the data centre's PUE and
 * the replacements of failed parts over the lifetime T:
 * $$ \mathrm{TCO} = \mathrm{capex} + P_{\mathrm{link}}\,\mathrm{PUE}\, 8766\,T\, c_{\mathrm{kWh}} + f\,T\, C_{\mathrm{repl}} $$
 * @assumes Cables and shuffles are commodity (no learning); a failure replaces one module.
 * @valid Learning rate 0.5–1; volumes 1–1e12 units.
 * @ref TCO_ASSUMPTIONS_EST
 */
export function wrightCost(
  referenceCost: number,
  referenceVolume: number,
  volume: number,
  learningRate: number,
): number {
  return referenceCost * (volume / referenceVolume) ** Math.log2(learningRate);
}

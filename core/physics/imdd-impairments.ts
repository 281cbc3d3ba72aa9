import { sourced } from '../provenance';
import { dBToLinear } from '../units';

/**
 * Modelled IM-DD impairments that used to be typed in as penalties: laser RIN, multipath
 * interference (MPI) from reflections, and adjacent-channel crosstalk through a WDM mux. Each is
 * a pure scalar function of the design's figures; the link budget shows each as its own step.
 */

/**
 * @method rin-penalty RIN penalty
 * The laser's relative intensity noise, referred to OMA as IEEE 802.3 specifies it (RINxOMA: the
 * noise power in a bandwidth B over the electrical power of a square wave of amplitude OMA, so
 * σ_RIN = √(RIN·B)·OMA/2), adds in quadrature to the receiver noise. Keeping the NRZ-equivalent
 * Q-factor q = R·OMA/(2σ) the target BER needs (M-PAM included) raises the OMA required by
 * $$ \Pi_{\mathrm{RIN}} = -5\log_{10}\!\left(1 - q^2\,10^{\mathrm{RIN}/10} B\right) \ \mathrm{dB} $$
 * (Agrawal's RIN penalty with the noise on every level). B is the receiver's noise bandwidth: the
 * noise-model bandwidth, else the ISI model's receiver bandwidth, else half the symbol rate (the
 * reference receiver). Infinite — an error floor — once q²·RIN·B reaches one.
 * @assumes Gaussian RIN, equal on every level; RIN as measured at the link's ORL (RINxOMA).
 * @valid RIN −180 … −100 dB/Hz; finite while q²·RIN·B < 1 (penalties up to ~3 dB are meaningful).
 * @ref AGRAWAL_FOCS IEEE_8023_RIN EC_FR4_TX
 */
export function rinPenalty_dB(
  rin_dB_per_Hz: number,
  noiseBandwidth_GHz: number,
  requiredQ: number,
): number {
  const x = requiredQ * requiredQ * dBToLinear(rin_dB_per_Hz) * noiseBandwidth_GHz * 1e9;
  return x >= 1 ? Number.POSITIVE_INFINITY : -5 * Math.log10(1 - x);
}

/** The IEEE link spreadsheets discount the upper bound for phase randomisation (10GEPBud: 0.6). */
export const MPI_UPPER_BOUND_DISCOUNT = sourced(1, {
  source: 'IEEE_8023_MPI',
  year: 2016,
  kind: 'standard',
  range: [0.6, 1],
  note: '1 = the upper bound; the 802.3 link spreadsheet applies 0.6 for phase randomisation',
});

/**
 * @method mpi-penalty MPI penalty from reflections
 * Every pair of reflectors (i, j) sends a doubly reflected copy of the signal to the receiver with
 * a field ratio √(R_i R_j). The IEEE upper-bound approach adds the copies in phase, with the
 * interferers at the top level, so a level P_k is shifted by up to 2A·√(P_k P_top) with
 * $$ A = \delta \sum_{i<j} \sqrt{R_i R_j} $$
 * (δ the discount, 1 for the bound). The top eye, between P_{M−2} and P_{M−1}, closes most; with
 * level spacing d = OMA/(M−1) and extinction ratio r = P_{M−1}/P_0 the penalty is the eye closure
 * $$ \Pi_{\mathrm{MPI}} = -10\log_{10}\!\left(1 - \frac{2A\,(P_{M-1} + \sqrt{P_{M-2}P_{M-1}})}{d}\right), \qquad \frac{P_0}{d} = \frac{M-1}{r-1} $$
 * Reflectors are the channel's connectors (count and reflectance) and, when given, the Tx and Rx.
 * @assumes Worst-case phase and polarisation alignment; loss between reflections neglected (conservative).
 * @valid Reflectances −80 … −14 dB; finite while the closure is below one eye (else infinite).
 * @ref IEEE_8023_MPI IEEE_8023_MPI_STAT AGRAWAL_FOCS
 */
export function mpiAmplitude(reflectances_dB: readonly number[], discount: number): number {
  const linear = reflectances_dB.map(dBToLinear);
  let sum = 0;
  linear.forEach((ri, i) => {
    for (const rj of linear.slice(i + 1)) sum += Math.sqrt(ri * rj);
  });
  return discount * sum;
}

export function mpiPenalty_dB(
  reflectances_dB: readonly number[],
  levels: number,
  extinctionRatio_dB: number,
  discount = MPI_UPPER_BOUND_DISCOUNT.value,
): number {
  const amplitude = mpiAmplitude(reflectances_dB, discount);
  if (amplitude === 0) return 0;
  const ratio = dBToLinear(extinctionRatio_dB);
  // Powers in units of the level spacing d.
  const bottom = (levels - 1) / (ratio - 1);
  const top = bottom + (levels - 1);
  const belowTop = top - 1;
  const closure = 2 * amplitude * (top + Math.sqrt(belowTop * top));
  return closure >= 1 ? Number.POSITIVE_INFINITY : -10 * Math.log10(1 - closure);
}

/**
 * @method crosstalk-penalty Adjacent-channel crosstalk through the mux
 * In a WDM (CWDM4/LR4) or CPO ring-filter demux each neighbouring channel leaks through with the
 * demux isolation I (dB), so the crosstalk ratio is X = n·10^{−I/10} for n neighbours (two for
 * an inner lane). Incoherent crosstalk adds the neighbour's full swing to every level; the worst
 * case closes an eye of spacing OMA/(M−1) by X·OMA, the classic worst-case interchannel penalty
 * generalised to M-PAM:
 * $$ \Pi_{\mathrm{XT}} = -10\log_{10}\!\left(1 - (M-1)\,n\,10^{-I/10}\right) $$
 * @assumes Neighbours at the same OMA; incoherent (different wavelengths: no beat in the receiver bandwidth).
 * @valid Isolation 5 … 60 dB; finite while (M−1)·X < 1.
 * @ref RAMASWAMI_OPTNET
 */
export function crosstalkPenalty_dB(
  isolation_dB: number,
  adjacentChannels: number,
  levels: number,
): number {
  const closure = (levels - 1) * adjacentChannels * dBToLinear(-isolation_dB);
  return closure >= 1 ? Number.POSITIVE_INFINITY : -10 * Math.log10(1 - closure);
}

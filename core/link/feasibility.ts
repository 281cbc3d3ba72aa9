import { sourced } from '../provenance';

/**
 * @method infeasible-design Infeasible designs
 * A design is infeasible when no number describes it: its link cannot close at the design length
 * whatever margin is asked for, or the laser meant to close it cannot be sized. Lightbench then
 * says which mechanism makes it so and leaves the numbers that do not exist out (null in JSON,
 * empty in CSV, "—" in tables), instead of writing ±∞ or NaN:
 *   eye closed by dispersion or modal bandwidth   4·B·σ ≥ 1 (Agrawal's broadening criterion)
 *   eye closed by ISI                              the statistical eye's penalty is unbounded
 *   target BER beyond the format                   no Q gives it (PAM-M's error rate tops out below 0.5)
 *   RIN, MPI or crosstalk floor                    the modelled impairment alone closes the eye
 *                                                  at the target BER (its penalty is unbounded)
 *   chromatic dispersion beyond the DSP            |D|·L above the coherent DSP's tolerance
 *   laser cannot be sized                          the launch needed exceeds the largest a laser gives,
 *                                                  or the link has no optical power budget to size it on
 * A design that closes but misses its required margin is *not* infeasible: it fails the margin and
 * keeps every number.
 * $$ \text{feasible} \iff 4B\sigma(L) < 1 \;\wedge\; \Pi_{\mathrm{ISI}}(L) < \infty \;\wedge\; |D|L \le \mathrm{CD_{tol}} \;\wedge\; P_{\mathrm{OMA,needed}} \le P_{\mathrm{OMA,max}} $$
 * @assumes The largest launch a laser can be sized to is the Tx OMA field's upper bound.
 * @valid Every valid design: each is either feasible with finite numbers or infeasible with a mechanism.
 * @ref AGRAWAL_FOCS LASER_LAUNCH_MAX_EST
 */
export type InfeasibleMechanism =
  | 'eye-closed-dispersion'
  | 'eye-closed-modal-bandwidth'
  | 'eye-closed-isi'
  | 'noise-floor-rin'
  | 'noise-floor-mpi'
  | 'noise-floor-crosstalk'
  | 'target-ber-unreachable'
  | 'cd-beyond-dsp-tolerance'
  | 'laser-cannot-be-sized';

export interface Infeasibility {
  readonly mechanism: InfeasibleMechanism;
  /** One sentence a user reads: what fails, at which length, and the figure that says so. */
  readonly reason: string;
}

export const INFEASIBLE_MECHANISM_LABELS: Readonly<Record<InfeasibleMechanism, string>> = {
  'eye-closed-dispersion': 'eye closed by chromatic dispersion',
  'eye-closed-modal-bandwidth': 'eye closed by modal bandwidth',
  'eye-closed-isi': 'eye closed by ISI',
  'noise-floor-rin': 'RIN floor above the target BER',
  'noise-floor-mpi': 'MPI floor above the target BER',
  'noise-floor-crosstalk': 'crosstalk floor above the target BER',
  'target-ber-unreachable': 'target BER beyond the format',
  'cd-beyond-dsp-tolerance': 'dispersion beyond the DSP tolerance',
  'laser-cannot-be-sized': 'laser cannot be sized',
};

/**
 * The largest per-lane OMA a laser can be sized to launch, dBm: the upper bound of the Tx OMA
 * field. Datacom lasers launch well below it (+3 … +10 dBm per lane); a budget that needs more is
 * not closed by a bigger laser.
 */
export const MAX_LASER_LAUNCH_OMA_DBM = sourced(20, {
  source: 'LASER_LAUNCH_MAX_EST',
  year: 2026,
  kind: 'estimate',
  range: [10, 20],
});

/** A number that exists, or null (the reason is the design's infeasibility or a note beside it). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** A length for a reason sentence: metres below 10 km, kilometres above. */
export function lengthText(length_m: number): string {
  return length_m >= 10_000
    ? `${Number((length_m / 1000).toPrecision(4))} km`
    : `${Number(length_m.toPrecision(4))} m`;
}

import { BROADENING_LIMIT_PER_BAUD } from '../physics/dispersion-penalty';
import { mToKm } from '../units';
import { lengthText, type InfeasibleMechanism, type Infeasibility } from './feasibility';
import type { ImddImpairments } from './imdd-impairments';
import type { LengthTerms, PreparedImdd } from './imdd-link';

// Why an IM-DD link cannot close at its length (core/link/feasibility.ts lists the mechanisms):
// the sentence a user reads, with the figure that decides it.

/** A modelled RIN, MPI or crosstalk penalty that is unbounded: the floor alone misses the target BER. */
function noiseFloor(impairments: ImddImpairments): Infeasibility | null {
  const floors: readonly [number, InfeasibleMechanism, string][] = [
    [impairments.rin_dB, 'noise-floor-rin', 'the laser RIN'],
    [
      impairments.mpiSource === 'modelled' ? impairments.mpi_dB : 0,
      'noise-floor-mpi',
      'multipath interference from the reflections',
    ],
    [impairments.crosstalk_dB, 'noise-floor-crosstalk', 'adjacent-channel crosstalk'],
  ];
  for (const [penalty_dB, mechanism, what] of floors)
    if (!Number.isFinite(penalty_dB))
      return {
        mechanism,
        reason: `${what} alone closes the eye at the target BER, at any length (penalty unbounded)`,
      };
  return null;
}

/**
 * Whether broadening (Agrawal: 4·B·σ ≥ 1) or the statistical eye's ISI closes the eye at the
 * design length, and what says so; null when the eye is open. Any finite margin, however
 * negative, is feasible: the link misses its margin but has one.
 */
export function closedEye(p: PreparedImdd, t: LengthTerms, length_m: number): Infeasibility | null {
  const at = lengthText(length_m);
  const floor = noiseFloor(p.impairments);
  if (floor) return floor;
  if (!Number.isFinite(t.isi_dB)) {
    return {
      mechanism: 'eye-closed-isi',
      reason: `ISI closes the statistical eye at ${at}: no sampling phase and threshold reach the target BER (penalty unbounded)`,
    };
  }
  if (Number.isFinite(t.dispersion_dB) && Number.isFinite(t.modal_dB)) return null;
  const length_km = mToKm(length_m);
  const spread_ps = Math.hypot(
    p.chromaticSpread_ps_per_km * length_km,
    p.modalSpread_ps_per_km * length_km,
  );
  const x = BROADENING_LIMIT_PER_BAUD * p.design.lane.baud_GBd * 1e9 * spread_ps * 1e-12;
  const figure = `4·B·σ = ${x.toPrecision(3)} ≥ 1 (σ = ${spread_ps.toPrecision(3)} ps at ${Number(p.design.lane.baud_GBd.toPrecision(4))} GBd)`;
  return Number.isFinite(t.dispersion_dB)
    ? {
        mechanism: 'eye-closed-modal-bandwidth',
        reason: `modal bandwidth closes the eye at ${at}: ${figure}`,
      }
    : {
        mechanism: 'eye-closed-dispersion',
        reason: `chromatic dispersion closes the eye at ${at}: ${figure}`,
      };
}

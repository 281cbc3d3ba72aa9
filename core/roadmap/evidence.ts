import type { Scenario } from '../scenario/schema';
import {
  supplierEvidence as supplierSampleEvidence,
  type SupplierEvidence,
} from '../suppliers/milestones';
import type { EvidenceKey, Roadmap } from './schema';

/**
 * The seam between the gates and where their evidence comes from. A gate criterion reads one
 * value per (subject, key) — a technology's or a supplier's margin, Cpk, yield, FIT — at two
 * confidences: P50 (the central estimate) and P90 (the value it is 90 % sure to reach, the
 * pessimistic side). Three producers feed it: the link model (design metrics at the gate's
 * date), supplier data (core/suppliers: samples, Cpk, yield, demonstrated FIT) and evidence typed
 * in by hand. Later producers win: measured beats modelled, a signed report beats both.
 */
export type EvidenceOrigin = 'model' | 'supplier' | 'manual';

export interface GateEvidence {
  /** Technology or supplier id. */
  readonly subject: string;
  readonly key: EvidenceKey;
  readonly p50: number;
  readonly p90: number;
  readonly origin: EvidenceOrigin;
  /** Where the value came from, for the gate table ("supplier-b sample report 2026-03"). */
  readonly note: string;
}

export type EvidenceIndex = ReadonlyMap<string, GateEvidence>;

export function evidenceId(subject: string, key: EvidenceKey): string {
  return `${subject}\u0000${key}`;
}

/** One index from several producers; for the same subject and key, the later list wins. */
export function mergeEvidence(...lists: readonly (readonly GateEvidence[])[]): EvidenceIndex {
  const index = new Map<string, GateEvidence>();
  for (const list of lists)
    for (const evidence of list) index.set(evidenceId(evidence.subject, evidence.key), evidence);
  return index;
}

/** The roadmap's hand-entered evidence. */
export function manualEvidence(roadmap: Roadmap): GateEvidence[] {
  return (roadmap.evidence ?? []).map((entry) => ({
    subject: entry.subject,
    key: entry.key,
    p50: entry.p50,
    p90: entry.p90,
    origin: 'manual',
    note: `${entry.provenance.source} (${entry.provenance.year}, ${entry.provenance.kind})`,
  }));
}

/**
 * One-sided 90 % normal quantile, for the P90 side of a Cpk estimate (Bissell's approximation of
 * the Cpk sampling error).
 */
const Z_90 = 1.2815515655446004;

/**
 * @method cpk-lower-bound Lower confidence bound on Cpk
 * A gate's P90 Cpk is the lower 90 % bound of the sampled Cpk, from Bissell's normal
 * approximation of its sampling error:
 * $$ \widehat{C}_{pk,90} = \widehat{C}_{pk} - z_{0.90}\sqrt{\frac{1}{9n} + \frac{\widehat{C}_{pk}^2}{2(n-1)}} $$
 * @valid n ≥ 2 samples; normal data (the suppliers view warns where Anderson–Darling rejects it).
 * @ref BISSELL_1990
 */
export function cpkLowerBound90(cpk: number, n: number): number {
  if (n < 2) return Number.NEGATIVE_INFINITY;
  return cpk - Z_90 * Math.sqrt(1 / (9 * n) + (cpk * cpk) / (2 * (n - 1)));
}

/**
 * Evidence drawn from the scenario's supplier data (core/suppliers): per supplier, the samples
 * tested (the fewest over its limited parameters), the worst Cpk (P50 the estimate, P90 its
 * lower bound) and the link yield of its own Tx × Rx pair (P50 the Monte Carlo fraction, P90 the
 * lower end of its 95 % interval, a little more pessimistic than a 90 % bound).
 */
export function supplierEvidence(scenario: Scenario): GateEvidence[] {
  const bySupplier = new Map<string, SupplierEvidence[]>();
  for (const entry of supplierSampleEvidence(scenario)) {
    const list = bySupplier.get(entry.supplier) ?? [];
    list.push(entry);
    bySupplier.set(entry.supplier, list);
  }
  const evidence: GateEvidence[] = [];
  for (const [subject, entries] of bySupplier) {
    const parameters = entries.filter((entry) => entry.parameter !== 'link_yield');
    if (parameters.length > 0) {
      const samples = Math.min(...parameters.map((entry) => entry.n));
      evidence.push({
        subject,
        key: 'samples_tested',
        p50: samples,
        p90: samples,
        origin: 'supplier',
        note: `${subject}: fewest samples over ${parameters.length} limited parameters`,
      });
    }
    const withCpk = parameters.filter((entry) => entry.cpk !== null && entry.n >= 2);
    if (withCpk.length > 0) {
      const worst = withCpk.reduce((a, b) => ((a.cpk ?? 0) <= (b.cpk ?? 0) ? a : b));
      const cpk = worst.cpk ?? 0;
      evidence.push({
        subject,
        key: 'cpk',
        p50: cpk,
        p90: cpkLowerBound90(cpk, worst.n),
        origin: 'supplier',
        note: `${subject}: worst Cpk ${worst.parameter} (n = ${worst.n})`,
      });
    }
    const linkYield = entries.find((entry) => entry.parameter === 'link_yield');
    if (linkYield?.fraction != null && linkYield.interval)
      evidence.push({
        subject,
        key: 'yield',
        p50: linkYield.fraction,
        p90: linkYield.interval[0],
        origin: 'supplier',
        note: `${subject}: link yield, own Tx × Rx, ${linkYield.n} draws`,
      });
  }
  return evidence;
}

import type { Scenario } from '../scenario/schema';
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
 * Evidence drawn from the scenario's supplier data (samples tested, Cpk, yield, demonstrated FIT
 * per supplier). The suppliers section is a placeholder on this branch, so there is nothing to
 * read yet; the adapter is wired when core/suppliers lands.
 */
export function supplierEvidence(_scenario: Scenario): GateEvidence[] {
  return [];
}

import type { Months } from './dates';
import { evidenceId, type EvidenceIndex, type GateEvidence } from './evidence';
import type { EvidenceKey, Gate, GateCriterion } from './schema';
import { supplierEvidenceKeys } from './schema';

/**
 * @method roadmap-gates Gate status from evidence at P50 and P90
 * Each gate criterion compares one evidence value with its threshold; the margin is positive when
 * it passes:
 * $$ m_{\ge} = x - t, \qquad m_{\le} = t - x, \qquad x \in \{x_{50},\ x_{90}\} $$
 * Evidence has a central value (P50) and a value it
 * is 90 % sure of (P90). A gate **fails** when any criterion fails at P50, has **no data** when
 * any criterion has no evidence, is **at risk** when all pass at P50 but one fails at P90, and
 * **passes** otherwise. Modelled metrics are read at the gate's P50 date; their P90 is read as if
 * the technology ran late by its readiness spread (the P90 − P50 of its latest milestone).
 * @assumes Criteria of one gate are independent; the worst one sets the status.
 * @ref AIAG_PPAP_2006
 */
export type GateStatus = 'pass' | 'at-risk' | 'fail' | 'no-data';

export interface CriterionOutcome {
  readonly criterion: GateCriterion;
  readonly evidence: GateEvidence | null;
  readonly margin_p50: number;
  readonly margin_p90: number;
  readonly status: GateStatus;
  /** What to bring when there is no evidence. */
  readonly missing: string | null;
}

export interface GateOutcome {
  readonly gate: Gate;
  readonly date_p50: Months;
  readonly date_p90: Months;
  readonly status: GateStatus;
  readonly criteria: readonly CriterionOutcome[];
  readonly missing: readonly string[];
}

/** Model values of a technology at a date, or null when the design cannot be evaluated there. */
export type ModelAt = (
  technologyId: string,
  at: Months,
) => Readonly<Record<string, number | null>> | null;

export function criterionMargin(criterion: GateCriterion, value: number): number {
  return criterion.op === '>=' ? value - criterion.value : criterion.value - value;
}

/** Equal within rounding passes, as in core/explore/criteria.ts. */
const passes = (margin: number, value: number) =>
  Number.isFinite(margin) && margin >= -1e-9 * Math.max(1, Math.abs(value));

const isSupplierKey = (key: EvidenceKey) =>
  (supplierEvidenceKeys as readonly string[]).includes(key);

function findEvidence(
  gate: Gate,
  key: EvidenceKey,
  index: EvidenceIndex,
  model: (key: EvidenceKey) => GateEvidence | null,
): GateEvidence | null {
  const subjects = gate.supplier_id ? [gate.supplier_id, gate.technology_id] : [gate.technology_id];
  for (const subject of subjects) {
    const found = index.get(evidenceId(subject, key));
    if (found) return found;
  }
  return isSupplierKey(key) ? null : model(key);
}

export function evaluateGate(
  gate: Gate,
  date_p50: Months,
  date_p90: Months,
  index: EvidenceIndex,
  modelAt: ModelAt,
  readinessSpread_months: number,
): GateOutcome {
  const central = modelAt(gate.technology_id, date_p50);
  const late = modelAt(gate.technology_id, date_p50 - readinessSpread_months);
  const model = (key: EvidenceKey): GateEvidence | null => {
    const p50 = central?.[key];
    const p90 = late?.[key];
    // A metric the model cannot give (null: infeasible or not applicable) is no evidence.
    if (p50 === undefined || p90 === undefined || p50 === null || p90 === null) return null;
    return {
      subject: gate.technology_id,
      key,
      p50,
      p90,
      origin: 'model',
      note: 'link model at the gate date',
    };
  };
  const criteria = gate.criteria.map((criterion): CriterionOutcome => {
    const evidence = findEvidence(gate, criterion.key, index, model);
    if (evidence === null) {
      const who = isSupplierKey(criterion.key)
        ? (gate.supplier_id ?? gate.technology_id)
        : gate.technology_id;
      return {
        criterion,
        evidence,
        margin_p50: Number.NaN,
        margin_p90: Number.NaN,
        status: 'no-data',
        missing: `${criterion.key} for ${who}${isSupplierKey(criterion.key) ? ' (supplier data)' : ''}`,
      };
    }
    const margin_p50 = criterionMargin(criterion, evidence.p50);
    const margin_p90 = criterionMargin(criterion, evidence.p90);
    const status: GateStatus = !passes(margin_p50, evidence.p50)
      ? 'fail'
      : passes(margin_p90, evidence.p90)
        ? 'pass'
        : 'at-risk';
    return { criterion, evidence, margin_p50, margin_p90, status, missing: null };
  });
  const has = (status: GateStatus) => criteria.some((outcome) => outcome.status === status);
  const status: GateStatus = has('fail')
    ? 'fail'
    : has('no-data')
      ? 'no-data'
      : has('at-risk')
        ? 'at-risk'
        : 'pass';
  return {
    gate,
    date_p50,
    date_p90,
    status,
    criteria,
    missing: criteria.flatMap((outcome) => (outcome.missing ? [outcome.missing] : [])),
  };
}

import type { Scenario } from '../scenario/schema';
import type { ParameterId } from './parameters';
import { analyzeSuppliers, type SupplierAnalysis } from './qualify';

/** What the roadmap reads from the suppliers section. */
export type SupplierMilestoneKind = 'sample' | 'qualification' | 'volume';

export interface SupplierMilestone {
  /** Supplier id. */
  readonly supplier: string;
  readonly supplier_name: string;
  readonly milestone: SupplierMilestoneKind;
  /** Promised date, YYYY-MM-DD. */
  readonly date_iso: string;
}

const KINDS: readonly SupplierMilestoneKind[] = ['sample', 'qualification', 'volume'];

/** Every promised supplier date, by supplier then milestone order (for the roadmap's gates). */
export function supplierMilestones(scenario: Scenario): SupplierMilestone[] {
  const milestones: SupplierMilestone[] = [];
  for (const supplier of scenario.suppliers?.suppliers ?? [])
    for (const milestone of KINDS) {
      const date_iso = supplier.dates[milestone];
      if (date_iso)
        milestones.push({
          supplier: supplier.id,
          supplier_name: supplier.name,
          milestone,
          date_iso,
        });
    }
  return milestones;
}

export interface SupplierEvidence {
  readonly supplier: string;
  /** A measured parameter, or "link_yield" for the supplier's own Tx × Rx link. */
  readonly parameter: ParameterId | 'link_yield';
  readonly n: number;
  /** null for link_yield or without a limit. */
  readonly cpk: number | null;
  readonly ppm: number | null;
  /** In-spec fraction (parameters) or link yield, 0 … 1, with its 95 % interval. */
  readonly fraction: number | null;
  readonly interval: readonly [number, number] | null;
}

/**
 * Evidence per supplier and parameter — Cpk, ppm, in-spec fraction — plus each supplier's own link
 * yield (the matrix diagonal), for the roadmap's readiness gates. Pass an analysis already made to
 * skip the Monte Carlo.
 */
export function supplierEvidence(
  scenario: Scenario,
  analysis: SupplierAnalysis | null = analyzeSuppliers(scenario),
): SupplierEvidence[] {
  if (!analysis) return [];
  const evidence: SupplierEvidence[] = analysis.stats
    .filter((s) => s.lsl !== null || s.usl !== null)
    .map((s) => ({
      supplier: s.supplier,
      parameter: s.parameter,
      n: s.n,
      cpk: s.cpk,
      ppm: s.ppm,
      fraction: s.inSpec?.fraction ?? null,
      interval: s.inSpec ? [s.inSpec.interval.lower, s.inSpec.interval.upper] : null,
    }));
  analysis.matrix?.suppliers.forEach((supplier, index) => {
    const cell = analysis.matrix?.cells[index]?.[index];
    if (cell?.ok)
      evidence.push({
        supplier,
        parameter: 'link_yield',
        n: cell.draws,
        cpk: null,
        ppm: null,
        fraction: cell.yield,
        interval: [cell.interval.lower, cell.interval.upper],
      });
  });
  return evidence;
}

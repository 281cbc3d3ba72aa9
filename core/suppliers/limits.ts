import { prepareImdd } from '../link/imdd-link';
import type { LaunchCriteria } from '../explore/criteria';
import type { Design, ImddDesign } from '../scenario/schema';
import type { ParameterId } from './parameters';
import type { SpecLimit } from './schema';

interface PmdLimit {
  readonly parameter: ParameterId;
  readonly lsl?: number;
  readonly usl?: number;
  readonly source: string;
}

/**
 * Per-lane limits of published PMD tables (as reproduced in datasheets; the IEEE text was not
 * available — see /work/shared/reference/pmd-specs.md). 800GBASE-DR8's receiver table was not
 * found: the Clause 124 DR4 sensitivity of the same PMD family is used, as in examples/datacenter-pmds.json.
 */
export const PMD_LIMITS: Readonly<Record<string, readonly PmdLimit[]>> = {
  '800GBASE-DR8': [
    { parameter: 'tx_oma_dBm', lsl: -0.8, usl: 4.2, source: 'TRIXON_DR8' },
    { parameter: 'tx_power_avg_dBm', lsl: -2.9, usl: 4.0, source: 'TRIXON_DR8' },
    { parameter: 'tdecq_dB', usl: 3.4, source: 'TRIXON_DR8' },
    { parameter: 'extinction_ratio_dB', lsl: 3.5, source: 'TRIXON_DR8' },
    { parameter: 'wavelength_nm', lsl: 1304.5, usl: 1317.5, source: 'TRIXON_DR8' },
    { parameter: 'rx_sensitivity_oma_dBm', usl: -4.4, source: 'EC_DR4' },
  ],
  '400GBASE-DR4': [
    { parameter: 'tx_oma_dBm', lsl: -0.8, usl: 4.2, source: 'EC_DR4' },
    { parameter: 'tx_power_avg_dBm', lsl: -2.9, usl: 4.0, source: 'EC_DR4' },
    { parameter: 'tdecq_dB', usl: 3.4, source: 'EC_DR4' },
    { parameter: 'extinction_ratio_dB', lsl: 3.5, source: 'EC_DR4' },
    { parameter: 'rx_sensitivity_oma_dBm', usl: -4.4, source: 'EC_DR4' },
  ],
};

export function pmdLimits(pmd: string): SpecLimit[] {
  return (PMD_LIMITS[pmd] ?? []).map((l) => ({
    parameter: l.parameter,
    ...(l.lsl === undefined ? {} : { lsl: l.lsl }),
    ...(l.usl === undefined ? {} : { usl: l.usl }),
    source: 'pmd',
    note: `${pmd} (${l.source})`,
  }));
}

/**
 * The limits the design's budget assumes: at least its Tx OMA, at most its receiver sensitivity
 * and (when it counts one) its TDECQ, and the wavelength range its provenance gives.
 */
export function designLimits(design: ImddDesign): SpecLimit[] {
  const note = `assumed by design ${design.id}`;
  const limits: SpecLimit[] = [
    { parameter: 'tx_oma_dBm', lsl: design.tx.oma_dBm, source: 'design', note },
    {
      parameter: 'rx_sensitivity_oma_dBm',
      usl: prepareImdd(design).sensitivity_dBm,
      source: 'design',
      note,
    },
  ];
  if (design.penalties.tdecq_dB > 0 && design.penalties.model_isi !== true)
    limits.push({ parameter: 'tdecq_dB', usl: design.penalties.tdecq_dB, source: 'design', note });
  const range = design.provenance?.['lane.wavelength_nm']?.range;
  if (range && range[0] < range[1])
    limits.push({
      parameter: 'wavelength_nm',
      lsl: range[0],
      usl: range[1],
      source: 'design',
      note,
    });
  return limits;
}

export function isImdd(design: Design | undefined): design is ImddDesign {
  return design?.kind === 'imdd';
}

export interface CriteriaLimits {
  readonly limits: SpecLimit[];
  /** The bar's link-margin floor, for the link-yield Monte Carlo; null when it sets none. */
  readonly requiredMargin_dB: number | null;
}

/**
 * What a launch bar says about the parts: its module-power ceiling is the power limit, and its
 * link-margin floor is the margin each Monte Carlo link must keep. Its other criteria (cost,
 * energy, reach…) are about the design, not a sample's measured values.
 */
export function criteriaLimits(criteria: LaunchCriteria): CriteriaLimits {
  const limits: SpecLimit[] = [];
  let requiredMargin_dB: number | null = null;
  for (const criterion of criteria.criteria) {
    if (criterion.metric === 'module_power_W' && criterion.op === '<=')
      limits.push({
        parameter: 'power_W',
        usl: criterion.value,
        source: 'criteria',
        note: criteria.name,
      });
    if (criterion.metric === 'link_margin_dB' && criterion.op === '>=')
      requiredMargin_dB = Math.max(requiredMargin_dB ?? 0, criterion.value);
  }
  return { limits, requiredMargin_dB };
}

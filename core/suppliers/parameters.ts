/**
 * The measured parameters a sample report may carry, each with its canonical unit (in its id) and
 * the units a supplier's header may give it in, with the factor to the canonical unit. Log units
 * (dB, dBm) convert only to themselves: a linear power (mW) for an OMA is a different quantity
 * and is refused, not guessed.
 */
export const PARAMETER_IDS = [
  'tx_oma_dBm',
  'tx_power_avg_dBm',
  'extinction_ratio_dB',
  'tdecq_dB',
  'rx_sensitivity_oma_dBm',
  'power_W',
  'wavelength_nm',
  'smsr_dB',
] as const;

export type ParameterId = (typeof PARAMETER_IDS)[number];

/** Which end of a link a parameter describes: the Monte Carlo draws Tx and Rx from different suppliers. */
export type ParameterEnd = 'tx' | 'rx' | 'module';

export interface ParameterInfo {
  readonly label: string;
  readonly unit: string;
  readonly end: ParameterEnd;
  /** Header units accepted (normalised, lower case) → factor to the canonical unit. */
  readonly units: Readonly<Record<string, number>>;
  /** Header names (normalised: lower case, words joined by "_", unit and lane removed). */
  readonly aliases: readonly string[];
  /** Plausible values in the canonical unit: a cell outside is a typo or a wrong unit, not a sample. */
  readonly range: readonly [number, number];
}

const DBM = { dbm: 1 } as const;
const DB = { db: 1 } as const;

export const PARAMETERS: Readonly<Record<ParameterId, ParameterInfo>> = {
  tx_oma_dBm: {
    label: 'Tx OMA (outer)',
    unit: 'dBm',
    end: 'tx',
    units: DBM,
    aliases: [
      'tx_oma',
      'oma',
      'oma_outer',
      'omaouter',
      'tx_oma_outer',
      'tx_omaouter',
      'launch_oma',
    ],
    range: [-40, 20],
  },
  tx_power_avg_dBm: {
    label: 'Tx average launch power',
    unit: 'dBm',
    end: 'tx',
    units: DBM,
    aliases: ['tx_power_avg', 'tx_avg_power', 'avg_power', 'pavg', 'launch_power', 'tx_power'],
    range: [-40, 20],
  },
  extinction_ratio_dB: {
    label: 'Extinction ratio',
    unit: 'dB',
    end: 'tx',
    units: DB,
    aliases: ['extinction_ratio', 'er', 'tx_er', 'ext_ratio'],
    range: [0, 30],
  },
  tdecq_dB: {
    label: 'TDECQ',
    unit: 'dB',
    end: 'tx',
    units: DB,
    aliases: ['tdecq', 'tx_tdecq'],
    range: [0, 20],
  },
  rx_sensitivity_oma_dBm: {
    label: 'Rx sensitivity (OMA)',
    unit: 'dBm',
    end: 'rx',
    units: DBM,
    aliases: [
      'rx_sensitivity_oma',
      'rx_sensitivity',
      'rx_sens',
      'rx_sens_oma',
      'sensitivity',
      'sensitivity_oma',
      'sens_oma',
    ],
    range: [-50, 10],
  },
  power_W: {
    label: 'Module power',
    unit: 'W',
    end: 'module',
    units: { w: 1, mw: 1e-3 },
    aliases: ['power', 'module_power', 'pwr', 'power_consumption', 'power_dissipation'],
    range: [0, 1000],
  },
  wavelength_nm: {
    label: 'Centre wavelength',
    unit: 'nm',
    end: 'tx',
    units: { nm: 1, um: 1000, µm: 1000 },
    aliases: [
      'wavelength',
      'lambda',
      'center_wavelength',
      'centre_wavelength',
      'peak_wavelength',
      'wl',
    ],
    range: [400, 1700],
  },
  smsr_dB: {
    label: 'Side-mode suppression ratio',
    unit: 'dB',
    end: 'tx',
    units: DB,
    aliases: ['smsr', 'side_mode_suppression_ratio'],
    range: [0, 80],
  },
};

/** Header name (normalised) → parameter, over every alias. */
export const PARAMETER_BY_ALIAS: ReadonlyMap<string, ParameterId> = new Map(
  PARAMETER_IDS.flatMap((id) => PARAMETERS[id].aliases.map((alias) => [alias, id] as const)),
);

export function isParameterId(text: string): text is ParameterId {
  return (PARAMETER_IDS as readonly string[]).includes(text);
}

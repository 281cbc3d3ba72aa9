import type { Provenance } from '../provenance';
import type { Assumptions, Technology } from './technology-schema';

/**
 * Defaults used where a file predates a section (version-1 scenarios had no technology or
 * assumptions). Generic, labelled estimates: the upgraded file says so in each value's provenance.
 */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  energy_usd_per_kWh: 0.08,
  pue: 1.3,
  lifetime_years: 5,
};

export const DEFAULT_ASSUMPTIONS_PROVENANCE: Readonly<Record<keyof Assumptions, Provenance>> = {
  energy_usd_per_kWh: {
    source: 'TCO_ASSUMPTIONS_EST',
    year: 2026,
    kind: 'estimate',
    range: [0.04, 0.15],
    note: 'industrial electricity price',
  },
  pue: {
    source: 'TCO_ASSUMPTIONS_EST',
    year: 2026,
    kind: 'estimate',
    range: [1.1, 1.6],
    note: 'AI data-centre power usage effectiveness',
  },
  lifetime_years: {
    source: 'TCO_ASSUMPTIONS_EST',
    year: 2026,
    kind: 'estimate',
    range: [3, 7],
    note: 'network refresh cycle',
  },
};

export const MIGRATED_TECHNOLOGY_PROVENANCE: Provenance = {
  source: 'V1_MIGRATION_DEFAULTS',
  year: 2026,
  kind: 'estimate',
  note: 'generic default filled in when a version-1 file was upgraded; replace with your own figure',
};

/** A generic DSP-retimed pluggable; multimode gets a VCSEL, coherent a fixed tunable laser. */
export function genericTechnology(
  kind: 'smf' | 'mmf' | 'coherent',
  moduleRate_gbps: number,
  lanes: number,
): Technology {
  const coherent = kind === 'coherent';
  return {
    category: coherent ? 'coherent' : kind === 'mmf' ? 'pluggable-mmf' : 'pluggable-smf',
    form_factor: coherent ? 'QSFP-DD' : 'OSFP',
    module_rate_gbps: moduleRate_gbps,
    power: {
      laser: coherent
        ? { mode: 'fixed', power_W_per_laser: 2.5, lanes_per_laser: 1 }
        : {
            mode: 'to-close',
            wall_plug_efficiency: kind === 'mmf' ? 0.3 : 0.1,
            excess_loss_dB: kind === 'mmf' ? 1 : 4,
            extinction_ratio_dB: 3.5,
            lanes_per_laser: 1,
          },
      driver_pJ_per_bit: coherent ? 5 : 4,
      tia_pJ_per_bit: 1.5,
      dsp_pJ_per_bit: coherent ? 25 : 7,
      ring_tuning_mW_per_lane: 0,
      management_W: 1,
      host_serdes: 'VSR',
    },
    density: {
      ports_per_ru: 32,
      wavelengths_per_fiber: 1,
      fibers_per_link: coherent ? 2 : 2 * lanes,
      connectors_per_link: 2,
    },
    cost: {
      module_usd: moduleRate_gbps * (coherent ? 5 : 1.5),
      external_laser_usd: 0,
      cable_fixed_usd: 50,
      cable_usd_per_m: 1,
      shuffle_usd: 0,
      learning_rate: 0.85,
      reference_volume: 1e6,
      volume: 1e6,
    },
    reliability: { module_fit: 200, laser_fit: 50, cable_fit: 10, blast_radius_ports: 1 },
    latency: { medium: 'fiber', fec_ns: 100, dsp_ns_per_end: coherent ? 500 : 50 },
  };
}

import {
  fecIds,
  fiberTypes,
  hostSerdesClasses,
  media,
  pamLevels,
  technologyCategories,
} from '../../../../core';
import type {
  CoherentDesign,
  Design,
  ElectricalDesign,
  ImddDesign,
  LaserSpec,
} from '../../../../core';

/**
 * What the inspector shows for each kind of design, in the order an engineer reads a link budget.
 * Ranges and units are not repeated here: they come from the core schema (see fieldRange.ts).
 */
export interface Choice {
  readonly value: string | number;
  readonly label: string;
}

export type FieldSpec =
  | {
      readonly kind: 'number';
      readonly path: string;
      readonly label: string;
      /** Empty means "use the model default"; the key is removed from the design. */
      readonly optional?: boolean;
    }
  | {
      readonly kind: 'choice';
      readonly path: string;
      readonly label: string;
      readonly choices: readonly Choice[];
    }
  | { readonly kind: 'toggle'; readonly path: string; readonly label: string }
  | { readonly kind: 'text'; readonly path: string; readonly label: string };

export interface FieldGroup {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

const PAM_NAMES: Record<number, string> = { 2: 'NRZ', 4: 'PAM4', 6: 'PAM6', 8: 'PAM8' };
const FEC_NAMES: Record<string, string> = {
  kp4: 'KP4 RS(544,514)',
  kr4: 'KR4 RS(528,514)',
  none: 'None',
};

/** '' stands for "use the model default": the key is removed from the design. */
const FILTER_CHOICES: readonly Choice[] = [
  { value: '', label: 'Model default' },
  { value: 'gaussian', label: 'Gaussian' },
  { value: 'bessel-thomson', label: '4th-order Bessel–Thomson' },
  { value: 'none', label: 'None (ideal)' },
];

const number = (path: string, label: string, optional = false): FieldSpec =>
  optional ? { kind: 'number', path, label, optional } : { kind: 'number', path, label };

const designFields: FieldGroup = {
  title: 'Design',
  fields: [
    { kind: 'text', path: 'name', label: 'Name' },
    number('required_margin_dB', 'Required margin'),
  ],
};

function imddGroups(design: ImddDesign): FieldGroup[] {
  const sensitivity: FieldSpec[] =
    design.rx.sensitivity.mode === 'given'
      ? [number('rx.sensitivity.oma_dBm', 'Sensitivity (OMA)')]
      : [
          number('rx.sensitivity.responsivity_A_per_W', 'Responsivity'),
          number('rx.sensitivity.noise_density_pA_per_rtHz', 'TIA noise density'),
          number('rx.sensitivity.bandwidth_GHz', 'Noise bandwidth'),
        ];
  return [
    designFields,
    {
      title: 'Lane',
      fields: [
        number('lane.baud_GBd', 'Symbol rate'),
        {
          kind: 'choice',
          path: 'lane.pam_levels',
          label: 'Modulation',
          choices: pamLevels.map((levels) => ({
            value: levels,
            label: PAM_NAMES[levels] ?? `PAM${levels}`,
          })),
        },
        number('lane.lanes', 'Lanes'),
        number('lane.wavelength_nm', 'Wavelength'),
      ],
    },
    {
      title: 'Transmitter',
      fields: [
        number('tx.oma_dBm', 'Launch OMA'),
        number('tx.rms_spectral_width_nm', 'Spectral width'),
        number('tx.bandwidth_GHz', 'Bandwidth (ISI model)', true),
        {
          kind: 'choice',
          path: 'tx.filter_shape',
          label: 'Filter shape',
          choices: FILTER_CHOICES,
        },
      ],
    },
    {
      title: 'Receiver',
      fields: [
        {
          kind: 'choice',
          path: 'rx.sensitivity.mode',
          label: 'Sensitivity from',
          choices: [
            { value: 'given', label: 'Datasheet / standard' },
            { value: 'noise', label: 'Noise model' },
          ],
        },
        ...sensitivity,
        {
          kind: 'choice',
          path: 'fec',
          label: 'FEC',
          choices: fecIds.map((id) => ({ value: id, label: FEC_NAMES[id] ?? id })),
        },
        number('target_ber', 'Target BER', true),
        number('rx.bandwidth_GHz', 'Bandwidth (ISI model)', true),
        { kind: 'choice', path: 'rx.filter_shape', label: 'Filter shape', choices: FILTER_CHOICES },
      ],
    },
    {
      title: 'Fiber',
      fields: [
        {
          kind: 'choice',
          path: 'fiber.type',
          label: 'Type',
          choices: fiberTypes.map((type) => ({ value: type, label: type })),
        },
        number('fiber.attenuation_dB_per_km', 'Attenuation', true),
        number('fiber.zero_dispersion_wavelength_nm', 'Zero-dispersion λ', true),
        number('fiber.dispersion_slope_ps_per_nm2_km', 'Dispersion slope', true),
        number('fiber.modal_bandwidth_MHz_km', 'Modal bandwidth', true),
      ],
    },
    {
      title: 'Channel',
      fields: [
        number('channel.length_m', 'Length'),
        number('channel.connectors', 'Connectors'),
        number('channel.connector_loss_dB', 'Loss per connector'),
        number('channel.splices', 'Splices'),
        number('channel.splice_loss_dB', 'Loss per splice'),
        number('channel.mux_demux_loss_dB', 'Mux/demux loss'),
        number('channel.coupling_loss_dB', 'Coupling loss'),
        number('channel.measured_loss_dB', 'Measured loss', true),
      ],
    },
    {
      title: 'Penalties',
      fields: [
        number('penalties.tdecq_dB', 'TDECQ'),
        number('penalties.mpi_dB', 'MPI'),
        number('penalties.other_dB', 'Other'),
        { kind: 'toggle', path: 'penalties.model_dispersion', label: 'Model dispersion penalty' },
        { kind: 'toggle', path: 'penalties.model_modal', label: 'Model modal-bandwidth penalty' },
        {
          kind: 'toggle',
          path: 'penalties.model_isi',
          label: 'Model ISI penalty (statistical eye, replaces TDECQ)',
        },
      ],
    },
  ];
}

/** Coherent line parameters mapped onto the same groups so the inspector reads the same way. */
function coherentGroups(_design: CoherentDesign): FieldGroup[] {
  return [
    designFields,
    {
      title: 'Lane',
      fields: [
        number('line_rate_gbps', 'Line rate'),
        number('baud_GBd', 'Symbol rate'),
        number('wavelength_nm', 'Wavelength'),
      ],
    },
    { title: 'Transmitter', fields: [number('launch_power_dBm_per_ch', 'Launch power / ch')] },
    {
      title: 'Receiver',
      fields: [
        number('required_osnr_dB', 'Required OSNR'),
        number('cd_tolerance_ps_per_nm', 'CD tolerance'),
      ],
    },
    {
      title: 'Fiber',
      fields: [
        number('fiber_attenuation_dB_per_km', 'Attenuation'),
        number('span_length_km', 'Span length'),
        number('amplifier_noise_figure_dB', 'Amplifier NF'),
      ],
    },
    {
      title: 'Channel',
      fields: [number('length_km', 'Length'), number('span_extra_loss_dB', 'Extra loss per span')],
    },
    { title: 'Penalties', fields: [number('osnr_penalty_dB', 'OSNR penalty')] },
  ];
}

/** Copper: lanes, the cable, and the host SerDes budget. */
function electricalGroups(_design: ElectricalDesign): FieldGroup[] {
  return [
    designFields,
    {
      title: 'Lane',
      fields: [
        number('lane.baud_GBd', 'Symbol rate'),
        {
          kind: 'choice',
          path: 'lane.pam_levels',
          label: 'Modulation',
          choices: pamLevels.map((levels) => ({
            value: levels,
            label: PAM_NAMES[levels] ?? `PAM${levels}`,
          })),
        },
        number('lane.lanes', 'Lanes'),
      ],
    },
    {
      title: 'Channel',
      fields: [
        number('cable.length_m', 'Length'),
        number('cable.loss_dB_per_m', 'Twinax loss'),
        number('cable.fixed_loss_dB', 'Connectors & paddle cards'),
        { kind: 'toggle', path: 'retimed', label: 'Retimed (AEC)' },
      ],
    },
    {
      title: 'Host',
      fields: [
        number('host.channel_budget_dB', 'SerDes channel budget'),
        number('host.host_loss_dB_per_end', 'Host trace loss per end'),
      ],
    },
  ];
}

const LASER_MODES: readonly Choice[] = [
  { value: 'to-close', label: 'Sized to close the link' },
  { value: 'fixed', label: 'Fixed power' },
  { value: 'none', label: 'No laser' },
];

function laserFields(laser: LaserSpec): FieldSpec[] {
  const mode: FieldSpec = {
    kind: 'choice',
    path: 'technology.power.laser.mode',
    label: 'Laser',
    choices: LASER_MODES,
  };
  switch (laser.mode) {
    case 'none':
      return [mode];
    case 'fixed':
      return [
        mode,
        number('technology.power.laser.power_W_per_laser', 'Power per laser'),
        number('technology.power.laser.lanes_per_laser', 'Lanes per laser'),
      ];
    case 'to-close':
      return [
        mode,
        number('technology.power.laser.wall_plug_efficiency', 'Wall-plug efficiency'),
        number('technology.power.laser.excess_loss_dB', 'Laser-to-fiber loss'),
        number('technology.power.laser.extinction_ratio_dB', 'Extinction ratio'),
        number('technology.power.laser.lanes_per_laser', 'Lanes per laser'),
      ];
  }
}

/** The technology half: power parts, density, cost, reliability, latency. */
function technologyGroups(design: Design): FieldGroup[] {
  const t = 'technology';
  return [
    {
      title: 'Technology',
      fields: [
        {
          kind: 'choice',
          path: `${t}.category`,
          label: 'Category',
          choices: technologyCategories.map((category) => ({ value: category, label: category })),
        },
        { kind: 'text', path: `${t}.form_factor`, label: 'Form factor' },
        number(`${t}.module_rate_gbps`, 'Port rate'),
      ],
    },
    {
      title: 'Power',
      fields: [
        ...laserFields(design.technology.power.laser),
        number(`${t}.power.driver_pJ_per_bit`, 'Driver / modulator'),
        number(`${t}.power.tia_pJ_per_bit`, 'TIA'),
        number(`${t}.power.dsp_pJ_per_bit`, 'DSP / CDR'),
        number(`${t}.power.ring_tuning_mW_per_lane`, 'Ring tuning per lane'),
        number(`${t}.power.management_W`, 'Management'),
        {
          kind: 'choice',
          path: `${t}.power.host_serdes`,
          label: 'Host SerDes',
          choices: hostSerdesClasses.map((id) => ({ value: id, label: id })),
        },
      ],
    },
    {
      title: 'Density',
      fields: [
        number(`${t}.density.ports_per_ru`, 'Ports per RU', true),
        number(`${t}.density.engine_rate_gbps`, 'Engine rate', true),
        number(`${t}.density.engine_edge_mm`, 'Engine edge', true),
        number(`${t}.density.engine_area_mm2`, 'Engine area', true),
        number(`${t}.density.fiber_pitch_um`, 'Fiber pitch', true),
        number(`${t}.density.wavelengths_per_fiber`, 'Wavelengths per fiber'),
        number(`${t}.density.fibers_per_link`, 'Fibers per link'),
        number(`${t}.density.connectors_per_link`, 'Connectors per link'),
      ],
    },
    {
      title: 'Cost',
      fields: [
        number(`${t}.cost.module_usd`, 'Module / engine share'),
        number(`${t}.cost.external_laser_usd`, 'External laser share'),
        number(`${t}.cost.cable_fixed_usd`, 'Cable, fixed'),
        number(`${t}.cost.cable_usd_per_m`, 'Cable per metre'),
        number(`${t}.cost.shuffle_usd`, 'Fiber shuffle'),
        number(`${t}.cost.learning_rate`, 'Learning rate'),
        number(`${t}.cost.reference_volume`, 'Reference volume'),
        number(`${t}.cost.volume`, 'Volume'),
      ],
    },
    {
      title: 'Reliability',
      fields: [
        number(`${t}.reliability.module_fit`, 'Module FIT'),
        number(`${t}.reliability.laser_fit`, 'Laser FIT'),
        number(`${t}.reliability.cable_fit`, 'Cable FIT'),
        number(`${t}.reliability.blast_radius_ports`, 'Blast radius'),
      ],
    },
    {
      title: 'Latency',
      fields: [
        {
          kind: 'choice',
          path: `${t}.latency.medium`,
          label: 'Medium',
          choices: media.map((medium) => ({ value: medium, label: medium })),
        },
        number(`${t}.latency.fec_ns`, 'FEC'),
        number(`${t}.latency.dsp_ns_per_end`, 'DSP per end'),
      ],
    },
  ];
}

function linkGroups(design: Design): FieldGroup[] {
  switch (design.kind) {
    case 'imdd':
      return imddGroups(design);
    case 'coherent':
      return coherentGroups(design);
    case 'electrical':
      return electricalGroups(design);
  }
}

export function fieldGroupsFor(design: Design): FieldGroup[] {
  return [...linkGroups(design), ...technologyGroups(design)];
}

/** The path of the link length input: the one parameter every view and test reaches for. */
export function lengthPath(design: Design): string {
  switch (design.kind) {
    case 'imdd':
      return 'channel.length_m';
    case 'coherent':
      return 'length_km';
    case 'electrical':
      return 'cable.length_m';
  }
}

/** Switching the laser mode selects a different record shape; typical starting values. */
export function laserFor(mode: string, laser: LaserSpec): LaserSpec {
  if (mode === laser.mode) return laser;
  const lanesPerLaser = laser.mode === 'none' ? 1 : laser.lanes_per_laser;
  if (mode === 'fixed')
    return { mode: 'fixed', power_W_per_laser: 1, lanes_per_laser: lanesPerLaser };
  if (mode === 'to-close') {
    return {
      mode: 'to-close',
      wall_plug_efficiency: 0.1,
      excess_loss_dB: 4,
      extinction_ratio_dB: 3.5,
      lanes_per_laser: lanesPerLaser,
    };
  }
  return { mode: 'none' };
}

/**
 * Switching how sensitivity is specified replaces the whole sub-record; these starting values are
 * typical of a 50 GBd PIN + TIA receiver and are meant to be edited.
 */
export function sensitivityFor(mode: string, design: ImddDesign): unknown {
  if (mode === design.rx.sensitivity.mode) return design.rx.sensitivity;
  if (mode === 'noise') {
    return {
      mode: 'noise',
      responsivity_A_per_W: 0.8,
      noise_density_pA_per_rtHz: 15,
      bandwidth_GHz: Math.min(500, Math.max(0.01, design.lane.baud_GBd * 0.75)),
    };
  }
  return { mode: 'given', oma_dBm: -8 };
}

import { fecIds, fiberTypes, pamLevels } from '../../../../core';
import type { CoherentDesign, Design, ElectricalDesign, ImddDesign } from '../../../../core';
import { numberField as number, type Choice, type FieldGroup, type FieldSpec } from './fieldSpec';
import { technologyGroups } from './technologyFieldGroups';
import { coherentPhysicsGroups, imddPhysicsGroups } from './physicsFieldGroups';

/**
 * What the inspector shows for each kind of design, in the order an engineer reads a link budget.
 * Ranges and units are not repeated here: they come from the core schema (see fieldRange.ts).
 */
export type { Choice, FieldGroup, FieldSpec } from './fieldSpec';
export { laserFor } from './technologyFieldGroups';

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
    ...imddPhysicsGroups(design),
  ];
}

/** Coherent line parameters mapped onto the same groups so the inspector reads the same way. */
function coherentGroups(design: CoherentDesign): FieldGroup[] {
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
    ...coherentPhysicsGroups(design),
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

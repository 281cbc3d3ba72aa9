import type { CoherentDesign, ImddDesign } from '../../../../core';
import { numberField as number, type FieldGroup, type FieldSpec } from './fieldSpec';

/**
 * Inspector groups for the physics-depth models (issue 17): each optional sub-model is switched
 * on with a labelled default and its figures appear only while it is on.
 */
const DISPERSION_CASES = [
  { value: '', label: 'Typical (λ0, S0 of the fibre)' },
  { value: 'ieee-worst-case', label: 'IEEE worst case at the lane corners' },
];

/** Defaults when a model is switched on: DR/FR-class reflectances, CWDM demux isolation. */
const MPI_DEFAULT = { connector_reflectance_dB: -35, extinction_ratio_dB: 3.5 };
const CROSSTALK_DEFAULT = { isolation_dB: 25, adjacent_channels: 2 };
/** A 75 GHz DWDM grid filled across the C band for a 60 GBd carrier. */
const GN_DEFAULT = { model: 'gn', channels: 64, channel_spacing_GHz: 75 };
const TRANSCEIVER_DEFAULT = { tx_osnr_dB: 34, required_osnr_includes_rx: true };

export function imddPhysicsGroups(design: ImddDesign): FieldGroup[] {
  const { penalties } = design;
  const mpi: FieldSpec[] = penalties.mpi_model
    ? [
        number('penalties.mpi_model.connector_reflectance_dB', 'Connector reflectance'),
        number('penalties.mpi_model.tx_reflectance_dB', 'Tx reflectance', true),
        number('penalties.mpi_model.rx_reflectance_dB', 'Rx reflectance', true),
        number('penalties.mpi_model.extinction_ratio_dB', 'Extinction ratio'),
        number('penalties.mpi_model.discount', 'Phase discount', true),
      ]
    : [];
  const crosstalk: FieldSpec[] = penalties.crosstalk_model
    ? [
        number('penalties.crosstalk_model.isolation_dB', 'Demux isolation'),
        number('penalties.crosstalk_model.adjacent_channels', 'Neighbours'),
      ]
    : [];
  return [
    {
      title: 'Impairment models',
      fields: [
        {
          kind: 'choice',
          path: 'fiber.dispersion_case',
          label: 'Dispersion case',
          choices: DISPERSION_CASES,
        },
        number('lane.wavelength_min_nm', 'Shortest lane λ', true),
        number('lane.wavelength_max_nm', 'Longest lane λ', true),
        number('tx.rin_dB_per_Hz', 'Laser RIN (OMA)', true),
        {
          kind: 'section',
          path: 'penalties.mpi_model',
          label: 'Model MPI from reflections (replaces MPI)',
          defaultValue: MPI_DEFAULT,
        },
        ...mpi,
        {
          kind: 'section',
          path: 'penalties.crosstalk_model',
          label: 'Model adjacent-channel crosstalk',
          defaultValue: CROSSTALK_DEFAULT,
        },
        ...crosstalk,
      ],
    },
  ];
}

export function coherentPhysicsGroups(design: CoherentDesign): FieldGroup[] {
  const gn: FieldSpec[] = design.nonlinearity
    ? [
        number('nonlinearity.channels', 'Channels'),
        number('nonlinearity.channel_spacing_GHz', 'Channel spacing'),
        number('nonlinearity.band_GHz', 'Band', true),
        number('nonlinearity.gamma_per_W_km', 'Nonlinear γ', true),
        number('nonlinearity.dispersion_ps_per_nm_km', 'Dispersion (NLI)', true),
      ]
    : [];
  const trx: FieldSpec[] = design.transceiver
    ? [
        number('transceiver.tx_osnr_dB', 'Tx OSNR (0.1 nm)'),
        number('transceiver.rx_snr_dB', 'Rx implementation SNR', true),
        {
          kind: 'toggle',
          path: 'transceiver.required_osnr_includes_rx',
          label: 'Required OSNR includes the Rx',
        },
      ]
    : [];
  return [
    {
      title: 'Nonlinearity & transceiver',
      fields: [
        {
          kind: 'section',
          path: 'nonlinearity',
          label: 'Nonlinear interference (GN model)',
          defaultValue: GN_DEFAULT,
        },
        ...gn,
        {
          kind: 'section',
          path: 'transceiver',
          label: 'Transceiver noise',
          defaultValue: TRANSCEIVER_DEFAULT,
        },
        ...trx,
      ],
    },
  ];
}

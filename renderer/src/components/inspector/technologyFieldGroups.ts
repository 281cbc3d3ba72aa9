import { hostSerdesClasses, media, technologyCategories } from '../../../../core';
import type { Design, LaserSpec } from '../../../../core';
import { numberField as number, type Choice, type FieldGroup, type FieldSpec } from './fieldSpec';

/**
 * The technology half of the inspector: the parts that feed the power, density, cost,
 * reliability and latency models. Ranges and units come from the core schema.
 */
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

/** Case temperature (laser efficiency and ring heaters at the corners), switched on with 0–70 °C. */
function temperatureFields(design: Design): FieldSpec[] {
  const t = 'technology.power.temperature';
  const toggle: FieldSpec = {
    kind: 'section',
    path: t,
    label: 'Case temperature corners',
    defaultValue: { case_min_C: 0, case_max_C: 70 },
  };
  if (design.technology.power.temperature === undefined) return [toggle];
  return [
    toggle,
    number(`${t}.case_min_C`, 'Coldest case'),
    number(`${t}.case_max_C`, 'Hottest case'),
    number(`${t}.laser_wpe_characteristic_K`, 'Laser WPE T₀', true),
    number(`${t}.ring_shift_nm_per_K`, 'Ring drift', true),
    number(`${t}.ring_heater_nm_per_mW`, 'Heater efficiency', true),
  ];
}

/** The technology half: power parts, density, cost, reliability, latency. */
export function technologyGroups(design: Design): FieldGroup[] {
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
        ...temperatureFields(design),
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

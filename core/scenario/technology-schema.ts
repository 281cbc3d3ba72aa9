import { z } from 'zod';
import { hostSerdesClasses } from '../power/host-serdes';
import { media } from '../latency/latency';
import { numberIn } from './fields';

/**
 * The technology half of a design: what its ends are made of and what they cost, draw, fail and
 * delay. The link half (imdd / coherent / electrical) says whether the signal arrives; this half
 * feeds the power, density, cost, reliability and latency models.
 */
export const technologyCategories = [
  'copper-dac',
  'copper-aec',
  'aoc',
  'pluggable-mmf',
  'pluggable-smf',
  'lpo',
  'lro',
  'cpo',
  'optical-io',
  'microled',
  'coherent',
] as const;
export type TechnologyCategory = (typeof technologyCategories)[number];

const pJ = () => numberIn({ min: 0, max: 200, unit: 'pJ/bit' });

const laserSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('none') }),
  /** Sized to close the link: the launch the link needs, through the excess loss, ÷ wall-plug efficiency. */
  z.strictObject({
    mode: z.literal('to-close'),
    wall_plug_efficiency: numberIn({ min: 0.001, max: 1, unit: '' }),
    excess_loss_dB: numberIn({ min: 0, max: 40, unit: 'dB' }),
    extinction_ratio_dB: numberIn({ min: 0.5, max: 20, unit: 'dB' }),
    lanes_per_laser: numberIn({ min: 1, max: 1024, unit: 'lanes', integer: true }),
  }),
  /** A laser whose draw is fixed by its design (tunable coherent lasers, microLED arrays). */
  z.strictObject({
    mode: z.literal('fixed'),
    power_W_per_laser: numberIn({ min: 0, max: 100, unit: 'W' }),
    lanes_per_laser: numberIn({ min: 1, max: 1024, unit: 'lanes', integer: true }),
  }),
]);

const powerSchema = z.strictObject({
  laser: laserSchema,
  driver_pJ_per_bit: pJ(),
  tia_pJ_per_bit: pJ(),
  dsp_pJ_per_bit: pJ(),
  ring_tuning_mW_per_lane: numberIn({ min: 0, max: 1000, unit: 'mW' }),
  management_W: numberIn({ min: 0, max: 100, unit: 'W' }),
  host_serdes: z.enum(hostSerdesClasses),
  /** Case temperature range: laser efficiency and ring tuning at the corners (core/physics/temperature). */
  temperature: z
    .strictObject({
      case_min_C: numberIn({ min: -40, max: 125, unit: '°C' }),
      case_max_C: numberIn({ min: -40, max: 125, unit: '°C' }),
      laser_wpe_characteristic_K: numberIn({ min: 20, max: 1000, unit: 'K' }).optional(),
      ring_shift_nm_per_K: numberIn({ min: 0, max: 1, unit: 'nm/K' }).optional(),
      ring_heater_nm_per_mW: numberIn({ min: 0.01, max: 10, unit: 'nm/mW' }).optional(),
    })
    .refine((t) => t.case_max_C >= t.case_min_C, {
      path: ['case_max_C'],
      error: 'must be at least case_min_C (allowed case_min_C … 125 °C)',
    })
    .optional(),
});

const optionalPositive = (max: number, unit: string) =>
  numberIn({ min: 1e-6, max, unit }).optional();

const densitySchema = z.strictObject({
  ports_per_ru: optionalPositive(10000, 'ports/RU'),
  engine_rate_gbps: optionalPositive(1_000_000, 'Gb/s'),
  engine_edge_mm: optionalPositive(1000, 'mm'),
  engine_area_mm2: optionalPositive(100000, 'mm²'),
  fiber_pitch_um: optionalPositive(10000, 'µm'),
  wavelengths_per_fiber: numberIn({ min: 1, max: 256, unit: 'λ', integer: true }),
  fibers_per_link: numberIn({ min: 0, max: 10000, unit: 'fibers', integer: true }),
  connectors_per_link: numberIn({ min: 0, max: 100, unit: 'connectors', integer: true }),
});

const usd = () => numberIn({ min: 0, max: 10_000_000, unit: 'USD' });

const costSchema = z.strictObject({
  module_usd: usd(),
  external_laser_usd: usd(),
  cable_fixed_usd: usd(),
  cable_usd_per_m: numberIn({ min: 0, max: 100000, unit: 'USD/m' }),
  shuffle_usd: usd(),
  /** Price multiplier per doubling of cumulative volume (Wright's law). */
  learning_rate: numberIn({ min: 0.5, max: 1, unit: '' }),
  reference_volume: numberIn({ min: 1, max: 1e12, unit: 'units' }),
  volume: numberIn({ min: 1, max: 1e12, unit: 'units' }),
});

const fit = () => numberIn({ min: 0, max: 1e9, unit: 'FIT' });

const reliabilitySchema = z.strictObject({
  module_fit: fit(),
  laser_fit: fit(),
  cable_fit: fit(),
  blast_radius_ports: numberIn({ min: 1, max: 100000, unit: 'ports', integer: true }),
});

const latencySchema = z.strictObject({
  medium: z.enum(media),
  fec_ns: numberIn({ min: 0, max: 100000, unit: 'ns' }),
  dsp_ns_per_end: numberIn({ min: 0, max: 100000, unit: 'ns' }),
});

export const technologySchema = z.strictObject({
  category: z.enum(technologyCategories),
  form_factor: z.string().min(1).max(100),
  /** Payload rate of one module, port or engine share, Gb/s. */
  module_rate_gbps: numberIn({ min: 0.001, max: 1_000_000, unit: 'Gb/s' }),
  power: powerSchema,
  density: densitySchema,
  cost: costSchema,
  reliability: reliabilitySchema,
  latency: latencySchema,
});

export type Technology = z.infer<typeof technologySchema>;
export type LaserSpec = Technology['power']['laser'];

/** Scenario-wide economic assumptions for the TCO. */
export const assumptionsSchema = z.strictObject({
  energy_usd_per_kWh: numberIn({ min: 0, max: 10, unit: 'USD/kWh' }),
  pue: numberIn({ min: 1, max: 5, unit: '' }),
  lifetime_years: numberIn({ min: 0.1, max: 50, unit: 'years' }),
});
export type Assumptions = z.infer<typeof assumptionsSchema>;

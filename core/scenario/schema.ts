import { z } from 'zod';
import { numberIn } from './fields';
import { berPrefactor } from '../physics/modulation';
import { launchCriteriaSchema } from '../explore/criteria';
import { filterShapes } from '../signal/filters';
import { assumptionsSchema, technologySchema } from './technology-schema';
import { fabricSchema } from '../fabric/schema';
import { dispersionCases } from '../physics/ieee-dispersion';
import { imddPhysicsIssues } from './physics-checks';
import { supplierWorkspaceSchema } from '../suppliers/schema';
import { roadmapSchema } from '../roadmap/schema';
import { fleetSchema } from '../fleet/schema';
import { workloadSchema } from '../workload/schema';

/**
 * The scenario file format, version 3 (older files are migrated on load, one version at a time).
 * Units live in key names. The zod schema is the single source of the TypeScript types
 * (`z.infer`), the validation and the renderer's field ranges. Version 3 adds the program
 * sections: supplier qualification, roadmap and gates, fleet telemetry, and the training workload,
 * each defined beside its model (core/suppliers, core/roadmap, core/fleet, core/workload).
 */
export const SCENARIO_SCHEMA_VERSION = 3;

const provenanceSchema = z.strictObject({
  source: z.string().min(1),
  year: numberIn({ min: 1900, max: 2100, unit: '', integer: true }),
  kind: z.enum(['standard', 'datasheet', 'paper', 'estimate']),
  range: z.tuple([z.number(), z.number()]).optional(),
  note: z.string().optional(),
});

/** Provenance of a design's numbers, keyed by parameter path (e.g. "tx.oma_dBm"). */
/**
 * Keys are field paths. zod's record skips a "__proto__" key without a word (JSON.parse makes it
 * an own key), so it is reported before the record sees it.
 */
const provenanceMapSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__'))
      ctx.addIssue({
        code: 'custom',
        path: ['__proto__'],
        message: '"__proto__" is not a field path',
      });
  })
  .pipe(z.record(z.string(), provenanceSchema));

/** 'imaging' is multicore imaging fibre (wide-and-slow microLED links): give its loss and bandwidth. */
export const fiberTypes = ['SMF', 'OM3', 'OM4', 'OM5', 'imaging'] as const;
export const fecIds = ['kp4', 'kr4', 'none'] as const;

export const pamLevels = [2, 4, 6, 8] as const;

const laneSchema = z.strictObject({
  /** Symbol rate per lane, GBd. */
  baud_GBd: numberIn({ min: 0.1, max: 500, unit: 'GBd' }),
  /** Number of amplitude levels: 2 = NRZ, 4 = PAM4. */
  pam_levels: z.literal(pamLevels),
  lanes: numberIn({ min: 1, max: 4096, unit: 'lanes', integer: true }),
  wavelength_nm: numberIn({ min: 400, max: 1700, unit: 'nm' }),
  /** Shortest and longest wavelength any of the link's lanes may have (the grid's corners), for the IEEE worst-case dispersion. */
  wavelength_min_nm: numberIn({ min: 400, max: 1700, unit: 'nm' }).optional(),
  wavelength_max_nm: numberIn({ min: 400, max: 1700, unit: 'nm' }).optional(),
});

const txSchema = z.strictObject({
  /** Minimum outer optical modulation amplitude launched per lane. */
  oma_dBm: numberIn({ min: -40, max: 20, unit: 'dBm' }),
  /** RMS spectral width including chirp broadening; drives the dispersion penalty. */
  rms_spectral_width_nm: numberIn({ min: 0, max: 10, unit: 'nm' }),
  /** Transmitter −3 dB bandwidth for the modelled ISI penalty (default 0.7 × baud). */
  bandwidth_GHz: numberIn({ min: 1, max: 500, unit: 'GHz' }).optional(),
  filter_shape: z.enum(filterShapes).optional(),
  /** Laser relative intensity noise referred to OMA (IEEE RINxOMA); models the RIN penalty when set. */
  rin_dB_per_Hz: numberIn({ min: -180, max: -100, unit: 'dB/Hz' }).optional(),
});

const givenSensitivitySchema = z.strictObject({
  mode: z.literal('given'),
  /** Receiver sensitivity (OMA) at the target pre-FEC BER, from a standard or datasheet. */
  oma_dBm: numberIn({ min: -50, max: 10, unit: 'dBm' }),
});

const noiseSensitivitySchema = z.strictObject({
  mode: z.literal('noise'),
  responsivity_A_per_W: numberIn({ min: 0.01, max: 20, unit: 'A/W' }),
  /** Input-referred current noise density of the TIA. */
  noise_density_pA_per_rtHz: numberIn({ min: 0.1, max: 1000, unit: 'pA/√Hz' }),
  /** Receiver noise-equivalent bandwidth. */
  bandwidth_GHz: numberIn({ min: 0.01, max: 500, unit: 'GHz' }),
});

const rxSchema = z.strictObject({
  sensitivity: z.discriminatedUnion('mode', [givenSensitivitySchema, noiseSensitivitySchema]),
  /** Receiver −3 dB bandwidth for the modelled ISI penalty (default: the reference receiver, 0.5 × baud). */
  bandwidth_GHz: numberIn({ min: 1, max: 500, unit: 'GHz' }).optional(),
  filter_shape: z.enum(filterShapes).optional(),
});

const fiberSchema = z.strictObject({
  type: z.enum(fiberTypes),
  /** Overrides the band default of the fiber model when set. */
  /** Up to 2000 dB/km (2 dB/m) to cover imaging fibre for microLED links. */
  attenuation_dB_per_km: numberIn({ min: 0, max: 2000, unit: 'dB/km' }).optional(),
  zero_dispersion_wavelength_nm: numberIn({ min: 1200, max: 1700, unit: 'nm' }).optional(),
  dispersion_slope_ps_per_nm2_km: numberIn({ min: 0, max: 1, unit: 'ps/(nm²·km)' }).optional(),
  /** Effective modal bandwidth override for multimode fiber. */
  modal_bandwidth_MHz_km: numberIn({ min: 1, max: 100000, unit: 'MHz·km' }).optional(),
  /** 'typical' (default): λ0 and S0 as given or typical; 'ieee-worst-case': IEEE 802.3 window at the lane corners (SMF). */
  dispersion_case: z.enum(dispersionCases).optional(),
});

const channelSchema = z.strictObject({
  length_m: numberIn({ min: 0, max: 10_000_000, unit: 'm' }),
  connectors: numberIn({ min: 0, max: 100, unit: 'connectors', integer: true }),
  connector_loss_dB: numberIn({ min: 0, max: 10, unit: 'dB' }),
  splices: numberIn({ min: 0, max: 1000, unit: 'splices', integer: true }),
  splice_loss_dB: numberIn({ min: 0, max: 5, unit: 'dB' }),
  mux_demux_loss_dB: numberIn({ min: 0, max: 30, unit: 'dB' }),
  coupling_loss_dB: numberIn({ min: 0, max: 30, unit: 'dB' }),
  /** A measured total channel loss (OTDR, power meter); replaces the computed loss when set. */
  measured_loss_dB: numberIn({ min: 0, max: 100, unit: 'dB' }).optional(),
});

const penaltySchema = z.strictObject({
  tdecq_dB: numberIn({ min: 0, max: 20, unit: 'dB' }),
  mpi_dB: numberIn({ min: 0, max: 20, unit: 'dB' }),
  other_dB: numberIn({ min: 0, max: 20, unit: 'dB' }),
  /** Model the chromatic-dispersion penalty from the fiber and the source width. */
  model_dispersion: z.boolean(),
  /** Model the modal-bandwidth penalty (multimode fiber only). */
  model_modal: z.boolean(),
  /**
   * Replace TDECQ and the dispersion/modal penalties by the ISI penalty of the statistical eye
   * (Tx filter → fibre → Rx filter, TDECQ-style reference equaliser): see core/signal.
   */
  model_isi: z.boolean().optional(),
  /** Model MPI from the reflectances (replaces mpi_dB): the channel's connectors plus the Tx and Rx. */
  mpi_model: z
    .strictObject({
      connector_reflectance_dB: numberIn({ min: -80, max: -14, unit: 'dB' }),
      tx_reflectance_dB: numberIn({ min: -80, max: -14, unit: 'dB' }).optional(),
      rx_reflectance_dB: numberIn({ min: -80, max: -14, unit: 'dB' }).optional(),
      extinction_ratio_dB: numberIn({ min: 0.5, max: 20, unit: 'dB' }),
      /** 1 = the upper bound; the IEEE spreadsheet's phase-randomisation discount is 0.6. */
      discount: numberIn({ min: 0, max: 1, unit: '' }).optional(),
    })
    .optional(),
  /** Model adjacent-channel crosstalk from the demux isolation (WDM, CPO ring filters). */
  crosstalk_model: z
    .strictObject({
      isolation_dB: numberIn({ min: 5, max: 60, unit: 'dB' }),
      adjacent_channels: numberIn({ min: 1, max: 2, unit: 'channels', integer: true }),
    })
    .optional(),
});

const designBase = {
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  provenance: provenanceMapSchema.optional(),
  /** The catalog entry this design started from; the brief lists what differs from it. */
  catalog_id: z.string().min(1).max(200).optional(),
  /** Margin the link must keep at its length; max reach is solved against it. */
  required_margin_dB: numberIn({ min: 0, max: 30, unit: 'dB' }),
  /** What the ends are made of: feeds the power, density, cost, reliability and latency models. */
  technology: technologySchema,
};

export const imddDesignSchema = z.strictObject({
  ...designBase,
  kind: z.literal('imdd'),
  lane: laneSchema,
  tx: txSchema,
  rx: rxSchema,
  fec: z.enum(fecIds),
  /** Overrides the FEC preset's pre-FEC BER threshold. */
  target_ber: numberIn({ min: 1e-18, max: 0.5, unit: '' }).optional(),
  fiber: fiberSchema,
  channel: channelSchema,
  penalties: penaltySchema,
});

export const coherentDesignSchema = z.strictObject({
  ...designBase,
  kind: z.literal('coherent'),
  line_rate_gbps: numberIn({ min: 1, max: 5000, unit: 'Gb/s' }),
  baud_GBd: numberIn({ min: 1, max: 500, unit: 'GBd' }),
  wavelength_nm: numberIn({ min: 1500, max: 1630, unit: 'nm' }),
  /** Launch power per channel into each span. */
  launch_power_dBm_per_ch: numberIn({ min: -20, max: 20, unit: 'dBm' }),
  span_length_km: numberIn({ min: 1, max: 200, unit: 'km' }),
  fiber_attenuation_dB_per_km: numberIn({ min: 0.1, max: 1, unit: 'dB/km' }),
  /** Extra loss per span (connectors, patch panels, filters). */
  span_extra_loss_dB: numberIn({ min: 0, max: 20, unit: 'dB' }),
  amplifier_noise_figure_dB: numberIn({ min: 3, max: 15, unit: 'dB' }),
  required_osnr_dB: numberIn({ min: 0, max: 40, unit: 'dB' }),
  /** OSNR penalties allocated to PMD, PDL, filtering, nonlinearity. */
  osnr_penalty_dB: numberIn({ min: 0, max: 20, unit: 'dB' }),
  cd_tolerance_ps_per_nm: numberIn({ min: 0, max: 1_000_000, unit: 'ps/nm' }),
  length_km: numberIn({ min: 0, max: 10000, unit: 'km' }),
});

/** Copper (DAC, AEC): an insertion-loss budget at Nyquist instead of an optical one. */
export const electricalDesignSchema = z.strictObject({
  ...designBase,
  kind: z.literal('electrical'),
  lane: z.strictObject({
    baud_GBd: numberIn({ min: 0.1, max: 500, unit: 'GBd' }),
    pam_levels: laneSchema.shape.pam_levels,
    lanes: numberIn({ min: 1, max: 4096, unit: 'lanes', integer: true }),
  }),
  cable: z.strictObject({
    length_m: numberIn({ min: 0, max: 100, unit: 'm' }),
    /** Twinax insertion loss per metre at the Nyquist frequency. */
    loss_dB_per_m: numberIn({ min: 0, max: 100, unit: 'dB/m' }),
    /** Connectors, paddle cards and vias of the cable assembly. */
    fixed_loss_dB: numberIn({ min: 0, max: 50, unit: 'dB' }),
  }),
  host: z.strictObject({
    /** End-to-end loss the SerDes equalises at Nyquist. */
    channel_budget_dB: numberIn({ min: 0, max: 80, unit: 'dB' }),
    host_loss_dB_per_end: numberIn({ min: 0, max: 50, unit: 'dB' }),
  }),
  /** Active electrical cable: retimers at both cable ends. */
  retimed: z.boolean(),
});

export const designSchema = z.discriminatedUnion('kind', [
  imddDesignSchema,
  coherentDesignSchema,
  electricalDesignSchema,
]);

/**
 * Loose at the top level only: keys this version does not know (written by a newer Lightbench or
 * another tool) are kept and saved back unchanged; parseScenario warns about each of them.
 */
export const scenarioSchema = z
  .looseObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    name: z.string().min(1).max(200),
    description: z.string().max(20000).optional(),
    assumptions: assumptionsSchema,
    /** Provenance of the assumptions, keyed by field name. */
    assumptions_provenance: provenanceMapSchema.optional(),
    designs: z.array(designSchema).max(10000),
    /** Named technical bars the designs are checked against. */
    launch_criteria: z.array(launchCriteriaSchema).max(100).optional(),
    fabrics: z.array(fabricSchema).max(20).optional(),
    /** Supplier qualification: suppliers, their sample data and the spec limits (core/suppliers). */
    suppliers: supplierWorkspaceSchema.optional(),
    /** Dated trajectories, readiness milestones and program gates (core/roadmap). */
    roadmap: roadmapSchema.optional(),
    /** Fleet telemetry, failure logs and the calibration drawn from them (core/fleet). */
    fleet: fleetSchema.optional(),
    /** The training job the fabric options are judged on (core/workload). */
    workload: workloadSchema.optional(),
  })
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.designs.forEach((design, index) => {
      if (design.kind === 'imdd' && design.target_ber !== undefined) {
        const limit = maximumTargetBer(design.lane.pam_levels);
        // Values outside the field's own range are reported by the field; this is the PAM limit.
        if (design.target_ber >= limit && design.target_ber <= 0.5) {
          ctx.addIssue({
            code: 'custom',
            path: ['designs', index, 'target_ber'],
            message: `${design.target_ber} is too high for ${design.lane.pam_levels}-level PAM (allowed 1e-18 … below ${limit.toPrecision(4)}, the error rate of guessing)`,
          });
        }
      }
      if (design.kind === 'imdd') {
        for (const issue of imddPhysicsIssues(design))
          ctx.addIssue({
            code: 'custom',
            path: ['designs', index, ...issue.path],
            message: issue.message,
          });
      }
      if (seen.has(design.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['designs', index, 'id'],
          message: `duplicate design id ${JSON.stringify(design.id)}`,
        });
      }
      seen.add(design.id);
    });
  });

/** BER targets at or above half the M-PAM prefactor cannot be inverted (Q would be negative). */
export function maximumTargetBer(levels: number): number {
  return berPrefactor(levels) / 2;
}

export type ImddDesign = z.infer<typeof imddDesignSchema>;
export type CoherentDesign = z.infer<typeof coherentDesignSchema>;
export type ElectricalDesign = z.infer<typeof electricalDesignSchema>;
export type Design = z.infer<typeof designSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type FiberType = (typeof fiberTypes)[number];
export type FecId = (typeof fecIds)[number];
export type PamLevels = (typeof pamLevels)[number];
export type DesignProvenance = NonNullable<Design['provenance']>;

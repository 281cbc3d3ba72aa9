import { z } from 'zod';
import { numberIn } from '../scenario/fields';
import { DEFAULT_RAILS } from './constants';
import { fabricCapacityIssue } from './topology';

/**
 * One fabric option of a scenario: an AI cluster's scale-out network (and optionally its scale-up
 * domains) — how many accelerators, how fast their ports, which switch, how many tiers, and per
 * tier where the links run and what technology carries them. Units live in the key names.
 */

/** Share of a tier's links with lengths in [lo, hi] metres. */
export const reachBinSchema = z.strictObject({
  label: z.string().min(1).max(60),
  share: numberIn({ min: 0, max: 1, unit: '' }),
  length_m: z.tuple([
    numberIn({ min: 0, max: 100_000, unit: 'm' }),
    numberIn({ min: 0, max: 100_000, unit: 'm' }),
  ]),
});

/** A design from the scenario or the catalog, or the best one that closes the tier's longest link. */
export const tierTechnologySchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('chosen'), design_id: z.string().min(1).max(200) }),
  z.strictObject({
    mode: z.literal('auto'),
    /** cost: the lowest capex for the tier; power: the lowest watts. */
    objective: z.enum(['cost', 'power']),
    /** Name of one of the scenario's launch criteria the design must also pass. */
    criteria: z.string().min(1).max(200).optional(),
  }),
]);

export const fabricTierSchema = z.strictObject({
  name: z.string().min(1).max(100),
  reach_bins: z.array(reachBinSchema).min(1).max(12),
  technology: tierTechnologySchema,
  /** Margin every link must keep at the tier's longest reach; the design's own when absent. */
  required_margin_dB: numberIn({ min: 0, max: 30, unit: 'dB' }).optional(),
});

export const scaleUpSchema = z.strictObject({
  accelerators_per_domain: numberIn({ min: 2, max: 100_000, unit: 'accelerators', integer: true }),
  /** Scale-up bandwidth of one accelerator, one direction. */
  bandwidth_per_accelerator_gbps: numberIn({ min: 1, max: 1_000_000, unit: 'Gb/s' }),
  /** copper: auto-selection looks only at copper designs; optical: only at optical ones. */
  medium: z.enum(['copper', 'optical']),
  switch_bandwidth_tbps: numberIn({ min: 0.1, max: 2000, unit: 'Tb/s' }),
  tier: fabricTierSchema,
});

/** Overrides of the switch defaults (core/fabric/constants.ts). */
export const switchOverridesSchema = z.strictObject({
  power_W: numberIn({ min: 0, max: 100_000, unit: 'W' }).optional(),
  cost_usd: numberIn({ min: 0, max: 10_000_000, unit: 'USD' }).optional(),
  fit: numberIn({ min: 0, max: 1e9, unit: 'FIT' }).optional(),
});

export const checkpointSchema = z.strictObject({
  /** Time to write one checkpoint (δ). */
  cost_s: numberIn({ min: 0, max: 86_400, unit: 's' }),
  /** Time to restart after an interruption: reschedule, reload, warm up. */
  restart_s: numberIn({ min: 0, max: 86_400, unit: 's' }),
  /** Interruptions per accelerator-day from outside the network (GPU, HBM, host). */
  other_interruptions_per_accelerator_day: numberIn({ min: 0, max: 1, unit: '/day' }).optional(),
  /** Share of link and switch failures that interrupt the job. */
  network_interrupt_share: numberIn({ min: 0, max: 1, unit: '' }).optional(),
});

const fabricObjectSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  accelerators: numberIn({ min: 1, max: 10_000_000, unit: 'accelerators', integer: true }),
  /** Power of one accelerator with its host share (CPU, NIC, power supplies), network excluded. */
  accelerator_power_W: numberIn({ min: 0, max: 100_000, unit: 'W' }),
  /** Scale-out ports per accelerator (NICs × ports); each is one endpoint of the fabric. */
  ports_per_accelerator: numberIn({ min: 1, max: 64, unit: 'ports', integer: true }),
  port_speed_gbps: numberIn({ min: 1, max: 10_000, unit: 'Gb/s' }),
  switch_bandwidth_tbps: numberIn({ min: 0.1, max: 2000, unit: 'Tb/s' }),
  /** Leaf downlink : uplink bandwidth; 1 is non-blocking. Tiers above the leaf are non-blocking. */
  oversubscription: numberIn({ min: 1, max: 16, unit: ':1' }),
  /** Leaves per rail: port r of every accelerator in a rail group lands on the rail-r leaves. */
  rail_optimized: z.boolean(),
  /** Rails of a rail-optimized fabric (GPUs per server × ports); 8 when absent. */
  rails: numberIn({ min: 1, max: 64, unit: 'rails', integer: true }).optional(),
  /** One entry per switch tier, from the accelerators up: 2 (leaf–spine) or 3 (leaf–spine–core). */
  tiers: z.array(fabricTierSchema).min(2).max(3),
  scale_up: scaleUpSchema.optional(),
  switch: switchOverridesSchema.optional(),
  checkpoint: checkpointSchema,
});

export const fabricSchema = fabricObjectSchema.superRefine((fabric, ctx) => {
  fabric.tiers.forEach((tier, index) => checkTier(tier, ['tiers', index], ctx));
  if (fabric.scale_up) checkTier(fabric.scale_up.tier, ['scale_up', 'tier'], ctx);
  const issue = fabricCapacityIssue({
    accelerators: fabric.accelerators,
    ports_per_accelerator: fabric.ports_per_accelerator,
    port_speed_gbps: fabric.port_speed_gbps,
    switch_bandwidth_tbps: fabric.switch_bandwidth_tbps,
    oversubscription: fabric.oversubscription,
    tier_count: fabric.tiers.length === 3 ? 3 : 2,
    rails: fabric.rail_optimized ? (fabric.rails ?? DEFAULT_RAILS.value) : 1,
  });
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
});

const SHARE_TOLERANCE = 1e-6;

function checkTier(
  tier: FabricTier,
  path: readonly (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const total = tier.reach_bins.reduce((sum, bin) => sum + bin.share, 0);
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'reach_bins'],
      message: `shares add up to ${Number(total.toPrecision(6))} (allowed: they must add up to 1)`,
    });
  }
  tier.reach_bins.forEach((bin, index) => {
    const [lo, hi] = bin.length_m;
    if (lo > hi) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'reach_bins', index, 'length_m'],
        message: `[${lo}, ${hi}] m runs backwards (allowed: [shortest, longest] with shortest ≤ longest)`,
      });
    }
  });
}

export type ReachBin = z.infer<typeof reachBinSchema>;
export type TierTechnology = z.infer<typeof tierTechnologySchema>;
export type FabricTier = z.infer<typeof fabricTierSchema>;
export type ScaleUp = z.infer<typeof scaleUpSchema>;
export type Fabric = z.infer<typeof fabricSchema>;

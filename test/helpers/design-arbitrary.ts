import fc from 'fast-check';
import { z } from 'zod';
import { assumptionsSchema, type Assumptions } from '../../core/scenario/technology-schema';
import { designSchema, maximumTargetBer, type Design } from '../../core/scenario/schema';
import { rangeOf } from '../../core/scenario/fields';

/**
 * Random valid designs drawn from the schema itself: every numeric field across its whole allowed
 * range (fast-check favours the ends and zero), every enum value, every union branch (so every
 * design kind, laser mode and sensitivity mode), every optional field present or absent. Text
 * fields are fixed and provenance is left out: no model reads them.
 */
function arbitraryOf(schema: z.ZodType, key: string): fc.Arbitrary<unknown> | null {
  if (key === 'provenance' || key === 'description' || key === 'catalog_id') return null;
  if (schema instanceof z.ZodOptional) {
    const inner = arbitraryOf(schema.unwrap() as z.ZodType, key);
    return inner === null ? null : fc.option(inner, { nil: undefined });
  }
  const range = rangeOf(schema);
  if (range) {
    return range.integer
      ? fc.integer({ min: range.min, max: Math.min(range.max, 2 ** 31 - 1) })
      : fc.double({ min: range.min, max: range.max, noNaN: true, noDefaultInfinity: true });
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, child] of Object.entries(shape)) {
      const arbitrary = arbitraryOf(child, name);
      if (arbitrary !== null) fields[name] = arbitrary;
    }
    return fc.record(fields).map((record) => {
      // Absent optional fields are left out, as a file would leave them.
      const out: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(record))
        if (value !== undefined) out[name] = value;
      return out;
    });
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const options = schema.options as readonly z.ZodType[];
    return fc.oneof(...options.map((option) => arbitraryOf(option, key) as fc.Arbitrary<unknown>));
  }
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as string[]));
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...(schema.values as Set<unknown>));
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodString) return fc.constant(key === 'id' ? 'design' : 'x');
  throw new Error(`design-arbitrary: no arbitrary for field ${key}`);
}

/** The BER target is drawn log-uniformly (1e-18 … 0.1), below the PAM limit, or left out. */
const targetBerArb = fc.option(
  fc.double({ min: -18, max: -1, noNaN: true }).map((exponent) => 10 ** exponent),
  { nil: undefined },
);

/**
 * `modelIsi`: whether `penalties.model_isi` may be drawn on. Off by default: each such design
 * builds a statistical-eye table (tens of milliseconds), so those get their own smaller test.
 */
export function designArb(options: { readonly modelIsi?: boolean } = {}): fc.Arbitrary<Design> {
  const base = arbitraryOf(designSchema, 'design') as fc.Arbitrary<Record<string, unknown>>;
  return fc.tuple(base, targetBerArb).map(([raw, targetBer]) => {
    const design = repairCrossFieldRules(raw as unknown as Design);
    if (design.kind !== 'imdd') return design;
    const { target_ber: _drawn, ...rest } = design;
    const penalties = options.modelIsi ? rest.penalties : { ...rest.penalties, model_isi: false };
    const limit = maximumTargetBer(rest.lane.pam_levels);
    return targetBer !== undefined && targetBer < limit
      ? { ...rest, penalties, target_ber: targetBer }
      : { ...rest, penalties };
  });
}

/**
 * The few rules that tie fields together (scenario/physics-checks.ts and the technology's
 * temperature range): drawn values are reordered or dropped so the design stays valid.
 */
function repairCrossFieldRules(design: Design): Design {
  const power = design.technology.power;
  const temperature = power.temperature;
  const technology =
    temperature && temperature.case_max_C < temperature.case_min_C
      ? {
          ...design.technology,
          power: {
            ...power,
            temperature: {
              ...temperature,
              case_min_C: temperature.case_max_C,
              case_max_C: temperature.case_min_C,
            },
          },
        }
      : design.technology;
  if (design.kind !== 'imdd') return { ...design, technology };
  const { lane, fiber } = design;
  const { dispersion_case: dispersionCase, ...fiberRest } = fiber;
  return {
    ...design,
    technology,
    lane: {
      ...lane,
      ...(lane.wavelength_min_nm === undefined
        ? {}
        : { wavelength_min_nm: Math.min(lane.wavelength_min_nm, lane.wavelength_nm) }),
      ...(lane.wavelength_max_nm === undefined
        ? {}
        : { wavelength_max_nm: Math.max(lane.wavelength_max_nm, lane.wavelength_nm) }),
    },
    fiber: dispersionCase === 'ieee-worst-case' && fiber.type !== 'SMF' ? fiberRest : fiber,
  };
}

export const assumptionsArb: fc.Arbitrary<Assumptions> = arbitraryOf(
  assumptionsSchema,
  'assumptions',
) as fc.Arbitrary<Assumptions>;

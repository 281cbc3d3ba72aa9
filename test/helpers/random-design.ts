import type { z } from 'zod';
import { rangeOf } from '../../core/scenario/fields';
import { designSchema, scenarioSchema, SCENARIO_SCHEMA_VERSION } from '../../core/scenario/schema';
import type { Design, Scenario } from '../../core/scenario/schema';
import { uniformAt } from '../../core/explore/random';

/**
 * Random *valid* designs drawn from the zod schema itself, so every field (present now or added
 * later) is drawn across its whole allowed range, every design kind and every enum value:
 * numbers hit both bounds, the middle, and (for ranges spanning decades) every decade; optional
 * fields are sometimes left out. A draw is a pure function of (seed, index), so a failure names
 * the index that reproduces it. Draws the scenario's cross-field rules reject are drawn again.
 */

/** The parts of zod's internal definition the walker reads (zod 4: schema._zod.def). */
interface ZodDefLike {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly options?: readonly z.ZodType[];
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly innerType?: z.ZodType;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string } } }[];
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

export interface DrawOptions {
  /**
   * Chance that penalties.model_isi is true (default 0.5). The statistical eye costs ~100 ms per
   * design, so million-design runs lower it; every other field keeps its full range.
   */
  readonly isiProbability?: number;
}

class Draws {
  private dimension = 0;
  constructor(
    private readonly seed: number,
    private readonly index: number,
    readonly options: DrawOptions = {},
  ) {}
  next(): number {
    return uniformAt(this.seed, this.index, this.dimension++);
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.min(values.length - 1, Math.floor(this.next() * values.length))] as T;
  }
}

/** Decades a range must span before draws are taken log-uniformly half of the time. */
const LOG_DRAW_DECADES = 3;

function drawNumber(schema: z.ZodType, draws: Draws): number {
  const range = rangeOf(schema);
  const min = range?.min ?? -1e6;
  const max = range?.max ?? 1e6;
  const mode = draws.next();
  let value: number;
  if (mode < 0.08) value = min;
  else if (mode < 0.16) value = max;
  else if (mode < 0.58 && min > 0 && Math.log10(max / min) >= LOG_DRAW_DECADES) {
    value = min * (max / min) ** draws.next();
  } else if (mode < 0.58 && min >= 0 && max / Math.max(min, 1e-3) > 10 ** LOG_DRAW_DECADES) {
    // zero-based wide ranges: a log draw over [1e-3, max] keeps small values common
    value = Math.min(max, 1e-3 * (max / 1e-3) ** draws.next());
  } else value = min + (max - min) * draws.next();
  if (range?.integer) value = Math.min(max, Math.max(min, Math.round(value)));
  return Math.min(max, Math.max(min, value));
}

function drawValue(schema: z.ZodType, draws: Draws, path: string): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'number':
      return drawNumber(schema, draws);
    case 'boolean':
      return (
        draws.next() < (path.endsWith('model_isi') ? (draws.options.isiProbability ?? 0.5) : 0.5)
      );
    case 'string':
      return `${path}-${Math.floor(draws.next() * 1e6)}`;
    case 'literal':
      return draws.pick(def.values ?? []);
    case 'enum':
      return draws.pick(Object.values(def.entries ?? {}));
    case 'optional':
      // provenance maps and free text are left out: they do not reach any model
      if (path.endsWith('provenance') || path.endsWith('description')) return undefined;
      if (path.endsWith('model_isi')) return drawValue(def.innerType as z.ZodType, draws, path);
      return draws.next() < 0.4 ? undefined : drawValue(def.innerType as z.ZodType, draws, path);
    case 'union':
      return drawValue(draws.pick(def.options ?? []), draws, path);
    case 'object': {
      const record: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const value = drawValue(field, draws, `${path}.${key}`);
        if (value !== undefined) record[key] = value;
      }
      return record;
    }
    default:
      throw new Error(`random-design: no generator for a zod ${def.type} at ${path}`);
  }
}

const ASSUMPTIONS = { energy_usd_per_kWh: 0.1, pue: 1.3, lifetime_years: 5 } as const;

/** One random valid design (index i of the seed's sequence), and the scenario holding it. */
export function randomDesign(
  seed: number,
  index: number,
  options: DrawOptions = {},
): { readonly design: Design; readonly scenario: Scenario; readonly attempts: number } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const draws = new Draws(seed + attempt * 7919, index, options);
    const design = drawValue(designSchema, draws, 'design');
    const drawnAssumptions = drawValue(
      scenarioSchema.shape.assumptions as unknown as z.ZodType,
      draws,
      'assumptions',
    );
    const parsed = scenarioSchema.safeParse({
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      name: 'random',
      assumptions: draws.next() < 0.5 ? ASSUMPTIONS : drawnAssumptions,
      designs: [design],
    });
    if (parsed.success) {
      const first = parsed.data.designs[0];
      if (first) return { design: first, scenario: parsed.data, attempts: attempt + 1 };
    }
  }
  throw new Error(`random-design: no valid design drawn for seed ${seed}, index ${index}`);
}

/**
 * Every non-finite number in a value tree, by path ("link.link_margin_dB"). The property tests and
 * the fuzz harness use it on results and on parsed exports alike.
 */
export function nonFinitePaths(value: unknown, path = '', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path}=${String(value)}`);
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const array = value as unknown as ArrayLike<number>;
    for (let i = 0; i < array.length; i++) nonFinitePaths(array[i], `${path}[${i}]`, found);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nonFinitePaths(item, `${path}[${i}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item !== 'function') nonFinitePaths(item, path ? `${path}.${key}` : key, found);
    }
  }
  return found;
}

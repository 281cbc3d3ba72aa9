import { z } from 'zod';

/**
 * Numeric field builders. Each field knows its unit and its allowed range, so a bad value is
 * reported as "designs[0].channel.length_m: -5 is below the minimum (allowed 0 … 1000000 m)".
 * The same ranges drive the renderer's inputs, so the app and the file loader agree.
 */
export interface FieldRange {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  /** Whole numbers only (counts). */
  readonly integer?: boolean;
}

const rangeRegistry = new WeakMap<z.ZodType, FieldRange>();

function describeRange(range: FieldRange): string {
  const unit = range.unit ? ` ${range.unit}` : '';
  return `allowed ${range.min} … ${range.max}${unit}${range.integer ? ', whole number' : ''}`;
}

/** A finite number within [min, max]; the message names the range and the unit. */
export function numberIn(range: FieldRange) {
  const allowed = describeRange(range);
  let schema = z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `is required (${allowed})`
          : `must be a finite number, got ${formatValue(issue.input)} (${allowed})`,
    })
    .min(range.min, {
      error: (issue) => `${formatValue(issue.input)} is below the minimum (${allowed})`,
    })
    .max(range.max, {
      error: (issue) => `${formatValue(issue.input)} is above the maximum (${allowed})`,
    });
  if (range.integer) {
    schema = schema.int({
      error: (issue) => `${formatValue(issue.input)} is not a whole number (${allowed})`,
    });
  }
  rangeRegistry.set(schema, range);
  return schema;
}

/** The unit and range declared for a field, if it was built by `numberIn`. */
export function rangeOf(schema: z.ZodType): FieldRange | undefined {
  return rangeRegistry.get(schema);
}

export function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : String(value);
}

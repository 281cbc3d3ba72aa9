import { z } from 'zod';
import { designSchema } from '../../../../core';
import type { Design } from '../../../../core';
import { rangeOf } from '../../../../core';
import type { FieldRange } from '../../../../core';
import { getAtPath } from '../../store/designEdit';

/**
 * Finds the schema of one design field by walking the core zod schema along the path, choosing
 * union branches by the design's own values (its `kind`, the receiver's sensitivity `mode`).
 * Inputs then show exactly the range and unit the file loader enforces.
 */
function fieldSchema(design: Design, path: string): z.ZodType | undefined {
  let schema: z.ZodType = designSchema;
  let value: unknown = design;
  for (const key of path.split('.')) {
    schema = resolveBranch(schema, value);
    if (!(schema instanceof z.ZodObject)) return undefined;
    const child = (schema.shape as Record<string, z.ZodType | undefined>)[key];
    if (child === undefined) return undefined;
    schema = child;
    value = getAtPath(value, key);
  }
  return resolveBranch(schema, value);
}

function resolveBranch(schema: z.ZodType, value: unknown): z.ZodType {
  if (schema instanceof z.ZodOptional) return resolveBranch(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = schema.def.discriminator;
    const tag = getAtPath(value, discriminator);
    const options = schema.options as readonly z.ZodType[];
    const match = options.find(
      (option) =>
        option instanceof z.ZodObject &&
        (option.shape as Record<string, z.ZodType>)[discriminator]?.safeParse(tag).success,
    );
    return match ?? schema;
  }
  return schema;
}

export function fieldRange(design: Design, path: string): FieldRange | undefined {
  const schema = fieldSchema(design, path);
  return schema === undefined ? undefined : rangeOf(schema);
}

/** "0 … 10000000 m, whole number": the tooltip and the inline hint. */
export function describeRange(range: FieldRange): string {
  const unit = range.unit ? ` ${range.unit}` : '';
  return `${range.min} … ${range.max}${unit}${range.integer === true ? ', whole number' : ''}`;
}

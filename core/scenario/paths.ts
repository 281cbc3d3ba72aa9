import { z } from 'zod';
import { ownValue } from '../own-key';
import { rangeOf, type FieldRange } from './fields';
import { designSchema, type Design } from './schema';

/**
 * Dotted paths into a design ("channel.length_m", "technology.power.dsp_pJ_per_bit"): how the
 * inspector edits a field, how a sweep names a parameter, and how provenance is keyed.
 */
export type FieldPath = string;

/**
 * A copy of `target` with `value` at `path`, sharing every untouched branch so memoised results of
 * unchanged parts stay valid. `undefined` removes an optional key.
 */
export function setAtPath<T extends object>(target: T, path: FieldPath, value: unknown): T {
  return setAtKeys(target, path.split('.'), value);
}

/** `setAtPath` with the path already split: sweeps split each path once, not once per point. */
export function setAtKeys<T extends object>(
  target: T,
  keys: readonly string[],
  value: unknown,
  from = 0,
): T {
  const head = keys[from];
  if (head === undefined || head === '') return target;
  const record = target as Record<string, unknown>;
  if (from === keys.length - 1) {
    if (value !== undefined) return { ...record, [head]: value } as T;
    const { [head]: _removed, ...remaining } = record;
    return remaining as T;
  }
  const child = ownValue(record, head);
  const base = typeof child === 'object' && child !== null ? child : {};
  return { ...record, [head]: setAtKeys(base, keys, value, from + 1) } as T;
}

export function getAtPath(target: unknown, path: FieldPath): unknown {
  let node: unknown = target;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = ownValue(node as Record<string, unknown>, key);
  }
  return node;
}

/** The schema of one design field, choosing union branches by the design's own values. */
function fieldSchema(design: Design, path: FieldPath): z.ZodType | undefined {
  let schema: z.ZodType = designSchema;
  let value: unknown = design;
  for (const key of path.split('.')) {
    schema = resolveBranch(schema, value);
    if (!(schema instanceof z.ZodObject)) return undefined;
    const child = ownValue(schema.shape as Record<string, z.ZodType>, key);
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

/** Unit and allowed range of a numeric design field, as the file loader enforces them. */
export function fieldRangeAt(design: Design, path: FieldPath): FieldRange | undefined {
  const schema = fieldSchema(design, path);
  return schema === undefined ? undefined : rangeOf(schema);
}

/** Every numeric field a design has (the parameters a sweep or a tornado can vary). */
export function numericFieldPaths(design: Design): FieldPath[] {
  const paths: FieldPath[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'provenance') continue;
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof child === 'number') {
        if (fieldRangeAt(design, path) !== undefined) paths.push(path);
      } else walk(child, path);
    }
  };
  walk(design, '');
  return paths;
}

import { designSchema } from '../../../core';
import type { Design } from '../../../core';

/** Dotted path into a design, e.g. "channel.length_m" or "rx.sensitivity.oma_dBm". */
export type FieldPath = string;

export type EditOutcome = { ok: true; design: Design } | { ok: false; message: string };

/**
 * Returns a copy of `target` with `value` at `path`, sharing every untouched branch so that
 * memoised results of unchanged designs stay valid. `undefined` removes an optional key.
 */
export function setAtPath<T extends object>(target: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return target;
  const record = target as Record<string, unknown>;
  if (rest.length === 0) {
    if (value !== undefined) return { ...record, [head]: value } as T;
    const { [head]: _removed, ...remaining } = record;
    return remaining as T;
  }
  const child = record[head];
  const base = typeof child === 'object' && child !== null ? child : {};
  return { ...record, [head]: setAtPath(base, rest.join('.'), value) } as T;
}

export function getAtPath(target: unknown, path: FieldPath): unknown {
  let node: unknown = target;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Applies one edit and validates the whole design with the same schema the file loader uses,
 * so the app can never hold a design that the file format would reject. The message of a
 * rejected number names its allowed range and unit (see core/scenario/fields.ts).
 */
export function editDesign(design: Design, path: FieldPath, value: unknown): EditOutcome {
  if (path === 'id' || path === 'kind') {
    return { ok: false, message: `${path} cannot be edited` };
  }
  const candidate = setAtPath(design, path, value);
  const parsed = designSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, design: candidate };
  const issues = parsed.error.issues;
  const own = issues.find((issue) => issue.path.join('.') === path) ?? issues[0];
  return { ok: false, message: own?.message ?? 'invalid value' };
}

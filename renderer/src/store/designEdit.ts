import { designPhysicsIssues, designSchema, setAtPath } from '../../../core';
import type { Design, FieldPath } from '../../../core';

/** Path helpers live in the core, where sweeps and the tornado use them too. */
export { getAtPath, setAtPath, type FieldPath } from '../../../core';

export type EditOutcome = { ok: true; design: Design } | { ok: false; message: string };

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
  if (parsed.success) {
    // Cross-field physics (spacing below the symbol rate, a comb wider than the band…).
    const [physics] = designPhysicsIssues(parsed.data);
    if (physics === undefined) return { ok: true, design: candidate };
    return { ok: false, message: physics.message };
  }
  const issues = parsed.error.issues;
  const own = issues.find((issue) => issue.path.join('.') === path) ?? issues[0];
  return { ok: false, message: own?.message ?? 'invalid value' };
}

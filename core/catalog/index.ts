import { z } from 'zod';
import catalogData from './catalog.json';
import { formatPath, type ScenarioIssue } from '../scenario/parse';
import { designSchema, type Design } from '../scenario/schema';

/**
 * The technology catalog: one complete, sourced design per archetype (copper, AOC, VCSEL SR,
 * DR/FR/LR pluggables, LPO/LRO, co-packaged optics, optical I/O, microLED, coherent). It is data
 * (catalog.json, sources in catalog-references.ts and README.md), validated with the same schema as
 * a scenario's designs when the module loads. Invalid entries are left out and listed in
 * CATALOG_ISSUES (a test keeps that list empty).
 */
const parsed = z
  .array(z.unknown())
  .parse(catalogData)
  .map((entry, index) => ({ index, result: designSchema.safeParse(entry) }));

export const CATALOG: readonly Design[] = parsed.flatMap(({ result }) =>
  result.success ? [{ ...result.data, catalog_id: result.data.id }] : [],
);

export const CATALOG_ISSUES: readonly ScenarioIssue[] = parsed.flatMap(({ index, result }) =>
  result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: formatPath([index, ...issue.path]),
        message: issue.message,
      })),
);

export function catalogDesign(id: string): Design | undefined {
  return CATALOG.find((design) => design.id === id);
}

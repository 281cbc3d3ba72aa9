import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DesignKernel,
  evaluateDesignFully,
  METRIC_SLOT,
  metricIds,
  metricNeeds,
  numericFieldPaths,
  planSweep,
  runSweepRange,
  runSweepRangeObject,
  designSchema,
  type Assumptions,
  type Design,
  type Scenario,
} from '../../../core/index';
import { assumptionsArb, designArb } from '../../helpers/design-arbitrary';
import { fieldRangeAt, getAtPath } from '../../../core/scenario/paths';
import { imddPhysicsIssues } from '../../../core/scenario/physics-checks';
import { metricNumber, type MetricId } from '../../../core/metrics/registry';

/** Agreement required between the kernel and the object path, relative. */
const RELATIVE = 1e-9;

function agrees(kernel: number, object: number): boolean {
  if (Number.isNaN(kernel) || Number.isNaN(object))
    return Number.isNaN(kernel) && Number.isNaN(object);
  if (kernel === object) return true;
  return Math.abs(kernel - object) <= RELATIVE * Math.max(Math.abs(kernel), Math.abs(object));
}

const ALL = metricNeeds([...metricIds]);

/** The object path's numbers, or the error it threw. */
function objectPath(design: Design, assumptions: Assumptions) {
  try {
    const { link, metrics } = evaluateDesignFully(design, assumptions);
    return {
      ok: true as const,
      meets: link.meets_required_margin,
      infeasible: link.infeasible !== null || metrics.infeasible !== null,
      // A metric that does not exist is null in the object path and NaN in the kernel's columns.
      values: Object.fromEntries(
        metricIds.map((id) => [id, metricNumber(metrics.values, id)]),
      ) as Record<MetricId, number>,
    };
  } catch (error) {
    return { ok: false as const, error };
  }
}

describe('the columnar kernel agrees with the object path (fast-check)', () => {
  it('on 100 000 random valid designs of every kind, every output, to 1e-9', () => {
    const kinds = { imdd: 0, coherent: 0, electrical: 0 };
    let compared = 0;
    fc.assert(
      fc.property(designArb(), assumptionsArb, (design, assumptions) => {
        expect(designSchema.safeParse(design).success).toBe(true);
        if (design.kind === 'imdd') expect(imddPhysicsIssues(design)).toEqual([]);
        kinds[design.kind]++;
        const reference = objectPath(design, assumptions);
        let kernel: DesignKernel;
        let meets: boolean;
        try {
          kernel = new DesignKernel(structuredClone(design), assumptions, ALL, []);
          meets = kernel.evaluate(Number.NaN);
        } catch {
          expect(reference.ok).toBe(false);
          return;
        }
        expect(reference.ok).toBe(true);
        if (!reference.ok) return;
        expect(meets).toBe(reference.meets);
        expect(kernel.infeasible).toBe(reference.infeasible);
        for (const id of metricIds) {
          const value = kernel.out[METRIC_SLOT[id]] as number;
          if (!agrees(value, reference.values[id]))
            throw new Error(`${id}: kernel ${value}, object path ${reference.values[id]}`);
        }
        compared++;
      }),
      { seed: 1212, numRuns: Number(process.env['KERNEL_PROPERTY_RUNS'] ?? 100_000) },
    );
    // Every kind drawn in earnest, and nearly every design evaluated (not thrown away).
    const runs = kinds.imdd + kinds.coherent + kinds.electrical;
    expect(Math.min(kinds.imdd, kinds.coherent, kinds.electrical)).toBeGreaterThan(runs / 4);
    expect(compared).toBeGreaterThan(runs * 0.95);
  }, 300_000);

  it('row by row in sweeps over random fields (hoisting, memoised reach, column passes)', () => {
    const sweepArb = fc
      .tuple(
        designArb(),
        assumptionsArb,
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([design, assumptions, first, second, spread]) => {
        const paths = numericFieldPaths(design);
        const picked = [...new Set([paths[first % paths.length], paths[second % paths.length]])];
        const parameters = picked.flatMap((path) => {
          if (path === undefined) return [];
          const range = fieldRangeAt(design, path);
          const stored = getAtPath(design, path);
          if (!range || typeof stored !== 'number') return [];
          const span = (range.max - range.min) * spread;
          const values = [stored, range.min, Math.min(range.max, range.min + span), range.max].map(
            (v) => (range.integer ? Math.round(v) : v),
          );
          return [{ path, values }];
        });
        return { design, assumptions, parameters };
      });
    fc.assert(
      fc.property(sweepArb, ({ design, assumptions, parameters }) => {
        const scenario = {
          schemaVersion: 3,
          name: 'kernel property',
          assumptions,
          designs: [design, { ...structuredClone(design), id: 'second' }],
        } as Scenario;
        const planned = planSweep(
          { schemaVersion: 1, parameters, sampling: { method: 'grid' }, metrics: [...metricIds] },
          scenario,
        );
        if (!planned.ok) return; // a combination of values the field check refuses
        const kernel = runSweepRange(planned.plan, assumptions, 0, planned.plan.pointCount);
        const object = runSweepRangeObject(planned.plan, assumptions, 0, planned.plan.pointCount);
        const statusOf = (c: typeof kernel) => Array.from(c.status).join(',');
        if (statusOf(kernel) !== statusOf(object))
          throw new Error(`status kernel ${statusOf(kernel)} object ${statusOf(object)}`);
        metricIds.forEach((id, m) => {
          const a = kernel.metrics[m] as Float64Array;
          const b = object.metrics[m] as Float64Array;
          for (let r = 0; r < kernel.rowCount; r++) {
            if (!agrees(a[r] as number, b[r] as number))
              throw new Error(
                `${id} row ${r} (${parameters.map((p) => p.path).join(', ')}): kernel ${a[r]}, object ${b[r]}`,
              );
          }
        });
      }),
      { seed: 3434, numRuns: 3_000 },
    );
  }, 300_000);
});

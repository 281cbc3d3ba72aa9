import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMethods, METHODS_FILE } from '../../../scripts/extract-methods.mjs';
import { equationMathMl, METHODS, METRICS, metricIds, referenceFor } from '../../../core/index';

describe('Methods documentation', () => {
  it('is generated from the current doc comments (run `npm run methods` after editing one)', () => {
    expect(JSON.parse(readFileSync(METHODS_FILE, 'utf8'))).toEqual(extractMethods());
  });

  it('covers every model, each with equations, assumptions and resolvable references', () => {
    const ids = METHODS.map((m) => m.id);
    for (const id of [
      'link-budget',
      'max-reach',
      'receiver-sensitivity',
      'mpam-ber',
      'fiber',
      'broadening-penalty',
      'coherent-osnr',
      'copper-budget',
      'energy-per-bit',
      'laser-power',
      'density',
      'cost',
      'reliability',
      'latency',
      'pareto',
      'criteria',
      'sensitivity',
      'sweeps',
      'optimisation',
    ]) {
      expect(ids, id).toContain(id);
    }
    for (const method of METHODS) {
      expect(method.equations.length, method.id).toBeGreaterThan(0);
      for (const key of method.references)
        expect(referenceFor(key), `${method.id} → ${key}`).toBeDefined();
    }
  });

  it('typesets every equation as MathML without error', () => {
    for (const method of METHODS) {
      for (const latex of method.equations) {
        const mathml = equationMathMl(latex);
        expect(mathml, `${method.id}: ${latex}`).toContain('<math');
        expect(mathml).not.toContain('katex-error');
      }
    }
  });

  it('links every metric to a method that exists', () => {
    for (const id of metricIds)
      expect(
        METHODS.map((m) => m.id),
        id,
      ).toContain(METRICS[id].method);
  });

  it('puts every equation placeholder in the prose exactly once', () => {
    for (const method of METHODS) {
      const placeholders = method.paragraphs.filter((p) => /^\{\{equation \d+\}\}$/.test(p));
      expect(placeholders.length, method.id).toBe(method.equations.length);
    }
  });
});

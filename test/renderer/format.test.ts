import { describe, expect, it } from 'vitest';
import type { LinkResult } from '../../core';
import {
  formatBer,
  formatDecibels,
  formatLength,
  formatSignificant,
} from '../../renderer/src/format';
import { marginCurveLengths } from '../../renderer/src/views/link/marginCurveLengths';
import { wrapLabel } from '../../renderer/src/charts/wrapLabel';

describe('number formatting', () => {
  it.each([
    [1.234, '1.23 dB'],
    [-0.456, '−0.46 dB'],
    [-0.001, '0.00 dB'],
    [Number.NaN, '—'],
  ])('formatDecibels(%s) = %s', (value, expected) => {
    expect(formatDecibels(value)).toBe(expected);
  });

  it.each([
    [2000, '2 km'],
    [2180.4, '2.18 km'],
    [500, '500 m'],
    [3.14159, '3.14 m'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('formatLength(%s) = %s', (value, expected) => {
    expect(formatLength(value)).toBe(expected);
  });

  it.each([
    [2.4e-4, '2.4 × 10⁻⁴'],
    [1e-12, '1.0 × 10⁻¹²'],
    [0, '< 10⁻³⁰'],
  ])('formatBer(%s) = %s', (value, expected) => {
    expect(formatBer(value)).toBe(expected);
  });

  it('keeps whole numbers whole', () => {
    expect(formatSignificant(12345, 3)).toBe('12345');
  });
});

describe('margin curve lengths', () => {
  const result = (length_m: number, max_reach_m: number) =>
    ({ length_m, max_reach_m }) as LinkResult;

  it('runs from 1 m to three times the reach, log-spaced and increasing', () => {
    const lengths = marginCurveLengths(result(500, 2000));
    expect(lengths[0]).toBeCloseTo(1);
    expect(lengths[lengths.length - 1]).toBeCloseTo(6000);
    for (let i = 1; i < lengths.length; i += 1)
      expect(lengths[i]).toBeGreaterThan(lengths[i - 1] ?? 0);
  });

  it('always includes the design length, even far beyond the reach', () => {
    const lengths = marginCurveLengths(result(50_000, 2000));
    expect(lengths[lengths.length - 1]).toBeGreaterThanOrEqual(50_000);
  });

  it('falls back to ten times the length when the reach is unbounded', () => {
    const lengths = marginCurveLengths(result(100, Number.POSITIVE_INFINITY));
    expect(lengths[lengths.length - 1]).toBeCloseTo(1000);
  });
});

describe('chart label wrapping', () => {
  it.each([
    ['Tx OMA', 'Tx OMA'],
    ['Modal-bandwidth penalty', 'Modal-bandwidth<br>penalty'],
    ['ASE reference (h·ν·0.1 nm)', 'ASE<br>reference<br>(h·ν·0.1 nm)'],
  ])('%s', (label, expected) => {
    expect(wrapLabel(label)).toBe(expected);
  });
});

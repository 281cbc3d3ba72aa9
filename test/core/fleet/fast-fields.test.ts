import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineFields, parseNumberAt } from '../../../core/fleet/fast-fields';

describe('reading numbers in place', () => {
  it('agrees with Number() on decimals, exponents and signs', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }),
        (value) => {
          for (const text of [
            String(value),
            value.toFixed(4),
            value.toPrecision(4),
            value.toExponential(3),
          ]) {
            expect(parseNumberAt(text, 0, text.length)).toBe(Number(text));
          }
        },
      ),
      { seed: 15, numRuns: 500 },
    );
  });

  it('gives NaN for what is not a plain number', () => {
    for (const text of ['', ' ', '-', '1.2.3', '3 dBm', '-inf', 'e5', '1e', '0x10'])
      expect(parseNumberAt(text, 0, text.length), text).toBeNaN();
    expect(parseNumberAt(' -2.50 ', 0, 7)).toBe(-2.5);
    for (const text of ['.', '-.', '--1', '1-'])
      expect(parseNumberAt(text, 0, text.length), text).toBeNaN();
    for (const text of ['1.', '.5', '-0.0', '-.25', '007', '123456789012345'])
      expect(parseNumberAt(text, 0, text.length), text).toBe(Number(text));
  });

  it('splits a line into fields, quoted ones through the full parser', () => {
    const fields = new LineFields();
    const text = 'x\na,"b,c",3.5\n';
    fields.load(text, 2, text.length - 1, true);
    expect(fields.count).toBe(3);
    expect(fields.string(1)).toBe('b,c');
    expect(fields.number(2)).toBe(3.5);
    fields.load('p,,q', 0, 4, false);
    expect(fields.empty(1)).toBe(true);
    expect(fields.equals(2, 'q')).toBe(true);
  });
});

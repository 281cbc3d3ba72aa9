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

describe('reading a line in one pass', () => {
  it('gives every cell the value Number() gives, plain or not, LF or CRLF', () => {
    const fields = new LineFields();
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e3, max: 1e3 })
        .map((v) => v.toFixed(3)),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: 1e-12, max: 1 })
        .map((v) => v.toPrecision(4)),
      fc.constantFrom(
        '',
        ' 2.5 ',
        '-',
        '.',
        '1.2.3',
        '3 dBm',
        'link-7',
        '-0.0',
        '1e-6',
        '-.5',
        '12-3',
      ),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 70 }), fc.boolean(), (cells, crlf) => {
        const text = `x\n${cells.join(',')}${crlf ? '\r\n' : '\n'}y`;
        const newline = fields.scanLine(text, 2);
        expect(newline).toBe(text.length - 2);
        expect(fields.count).toBe(cells.length);
        cells.forEach((c, k) => {
          const expected = c.trim() === '' ? Number.NaN : Number(c);
          const plainNumber = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(c);
          if (plainNumber) expect(fields.number(k), c).toBe(expected);
          else expect(fields.number(k), c).toBeNaN();
          expect(fields.string(k)).toBe(c.trim());
        });
      }),
      { seed: 15, numRuns: 300 },
    );
    expect(fields.scanLine('a,1', 0)).toBe(-1);
  });
});

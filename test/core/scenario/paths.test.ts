import { describe, expect, it } from 'vitest';
import { CATALOG, referenceFor } from '../../../core/index';
import { fieldRangeAt, getAtPath, setAtPath } from '../../../core/scenario/paths';

const design = CATALOG.find((d) => d.id === 'dr8-800g');
if (design === undefined) throw new Error('dr8-800g is in the catalog');

describe('field paths see own keys only', () => {
  const inherited = Object.getOwnPropertyNames(Object.prototype);

  it.each(inherited)('"%s" is not a field of a design, at any depth', (key) => {
    expect(getAtPath(design, key)).toBeUndefined();
    expect(getAtPath(design, `tx.${key}`)).toBeUndefined();
    expect(fieldRangeAt(design, key)).toBeUndefined();
    expect(fieldRangeAt(design, `tx.${key}`)).toBeUndefined();
    expect(referenceFor(key)).toBeUndefined();
  });

  it('still finds real fields and their ranges', () => {
    expect(getAtPath(design, 'tx.oma_dBm')).toBe(design.kind === 'imdd' ? design.tx.oma_dBm : NaN);
    expect(fieldRangeAt(design, 'channel.length_m')?.unit).toBe('m');
  });

  it('writing through "__proto__" makes an own key and never touches Object.prototype', () => {
    const written = setAtPath({ a: 1 }, '__proto__.polluted', 1);
    expect(Object.hasOwn(written, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

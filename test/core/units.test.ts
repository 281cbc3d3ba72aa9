import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dBToLinear,
  dBmToMw,
  dBmToW,
  kmToM,
  linearToDb,
  mToKm,
  mwToDbm,
  wToDbm,
} from '../../core/units';
import { expectClose } from '../helpers/expect-close';

const SEED = 20_260_124;

describe('dB ↔ linear', () => {
  it.each([
    [0, 1],
    [10, 10],
    [-10, 0.1],
    [20, 100],
    [-30, 0.001],
    // 10·log10(2) = 3.010299956639812 dB: the "3 dB = twice" of every budget
    [10 * Math.log10(2), 2],
  ])('dBToLinear(%s) = %s and back', (value_dB, ratio) => {
    expectClose(dBToLinear(value_dB), ratio, { rtol: 1e-9 });
    expectClose(linearToDb(ratio), value_dB, { atol: 1e-9 });
  });

  it('reads 3.0103 dB as twice the power (to the 5 significant digits the figure carries)', () => {
    expectClose(dBToLinear(3.0103), 2, { rtol: 1e-7 });
    expect(linearToDb(2).toFixed(4)).toBe('3.0103');
  });

  it('round-trips any level in −100 … +100 dB', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (value_dB) => {
        expectClose(linearToDb(dBToLinear(value_dB)), value_dB, { atol: 1e-12 });
      }),
      { seed: SEED },
    );
  });
});

describe('dBm ↔ mW ↔ W', () => {
  it.each([
    // [dBm, mW, W]
    [0, 1, 1e-3],
    [-30, 1e-3, 1e-6], // −30 dBm = 1 µW
    [30, 1000, 1],
    [10, 10, 0.01],
    [-3.010299956639812, 0.5, 5e-4],
    [-60, 1e-6, 1e-9],
  ])('%s dBm = %s mW = %s W', (power_dBm, power_mW, power_W) => {
    expectClose(dBmToMw(power_dBm), power_mW, { rtol: 1e-12 });
    expectClose(dBmToW(power_dBm), power_W, { rtol: 1e-12 });
    expectClose(mwToDbm(power_mW), power_dBm, { atol: 1e-12 });
    expectClose(wToDbm(power_W), power_dBm, { atol: 1e-12 });
  });

  it('round-trips dBm → W → dBm and dBm → mW → dBm', () => {
    fc.assert(
      fc.property(fc.double({ min: -80, max: 40, noNaN: true }), (power_dBm) => {
        expectClose(wToDbm(dBmToW(power_dBm)), power_dBm, { atol: 1e-12 });
        expectClose(mwToDbm(dBmToMw(power_dBm)), power_dBm, { atol: 1e-12 });
        expectClose(dBmToW(power_dBm) * 1000, dBmToMw(power_dBm), { rtol: 1e-15 });
      }),
      { seed: SEED },
    );
  });

  it('maps zero power to −Infinity dBm, not NaN', () => {
    expect(mwToDbm(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(wToDbm(0)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('lengths', () => {
  it.each([
    [500, 0.5],
    [2000, 2],
    [0, 0],
    [10_000, 10],
  ])('%s m = %s km', (length_m, length_km) => {
    expect(mToKm(length_m)).toBe(length_km);
    expect(kmToM(length_km)).toBe(length_m);
  });
});

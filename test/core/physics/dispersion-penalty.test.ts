import { describe, expect, it } from 'vitest';
import {
  GAUSSIAN_SIGMA_TIMES_F3DB,
  broadeningPenalty_dB,
  chromaticSpread_ps,
  effectiveSpectralWidth_nm,
  fiberPenalties,
  maximumSpread_ps,
  modalSpread_ps,
} from '../../../core/physics/dispersion-penalty';
import { expectClose } from '../../helpers/expect-close';

/**
 * Agrawal's broadening penalty δ = −5·log10(1 − (4Bσ)²) [AGRAWAL_FOCS], applied at the symbol rate.
 */
describe('Gaussian modal response', () => {
  it('σ·f3dB = √(ln2/2)/π = 0.187391: the power response exp(−2π²σ²f²) is ½ at f3dB', () => {
    expectClose(GAUSSIAN_SIGMA_TIMES_F3DB, 0.1873906251292776, { rtol: 1e-15 });
    const response = Math.exp(-2 * Math.PI ** 2 * GAUSSIAN_SIGMA_TIMES_F3DB ** 2);
    expectClose(response, 0.5, { rtol: 1e-15 });
  });

  it.each([
    // σ_m per km = 0.187391 / EMB: OM4 4700 MHz·km → 39.870 ps/km, OM3 2000 → 93.695 ps/km
    [4700, 1, 39.87034577218672],
    [2000, 1, 93.6953125646388],
    [4700, 0.1, 3.987034577218672],
    [4700, 0, 0],
  ])('EMB %s MHz·km over %s km spreads %s ps RMS', (emb, length_km, spread) => {
    expectClose(modalSpread_ps(emb, length_km), spread, { rtol: 1e-13, atol: 1e-15 });
  });
});

describe('spectral width and chromatic spread', () => {
  it.each([
    // modulation width = λ²·(baud/2)/c, added to the source width in quadrature
    // 850 nm, 26.5625 GBd: (850e-9)²·13.28125e9/c = 0.0320078 nm; with 0.6 nm → 0.6008531 nm
    [0.6, 850, 26.5625, 0.600853143921868],
    [0, 850, 26.5625, 0.03200782030680705],
    [0.1, 1311, 53.125, 0.18218218205822648],
    [0.1, 1550, 53.125, 0.2351872627716286],
  ])('source %s nm at %s nm, %s GBd → %s nm', (source, wavelength, baud, width) => {
    expectClose(effectiveSpectralWidth_nm(source, wavelength, baud), width, { rtol: 1e-12 });
  });

  it('σ_c = |D|·L·σ_λ, whatever the sign of D', () => {
    expect(chromaticSpread_ps(-3.75, 2, 0.2)).toBeCloseTo(1.5, 14);
    expect(chromaticSpread_ps(17.46, 10, 0.2)).toBeCloseTo(34.92, 12);
  });
});

describe('broadening penalty', () => {
  it.each([
    [0, 26.5625, 0],
    // 4Bσ = 0.5 → −5·log10(0.75) = 0.6247 dB
    [0.5 / (4 * 26.5625e9) / 1e-12, 26.5625, -5 * Math.log10(0.75)],
    [0.5 / (4 * 53.125e9) / 1e-12, 53.125, 0.6246936830414996],
    // 4Bσ = 0.9 → −5·log10(0.19) = 3.6062 dB
    [0.9 / (4 * 53.125e9) / 1e-12, 53.125, 3.606231995235856],
  ])('σ = %s ps at %s GBd → %s dB', (spread, baud, penalty) => {
    expectClose(broadeningPenalty_dB(spread, baud), penalty, { rtol: 1e-12, atol: 1e-15 });
  });

  it('is infinite once 4Bσ reaches 1 (the eye is closed)', () => {
    expectClose(maximumSpread_ps(26.5625), 9.411764705882353, { rtol: 1e-14 });
    expectClose(maximumSpread_ps(53.125), 4.705882352941177, { rtol: 1e-14 });
    expect(broadeningPenalty_dB(maximumSpread_ps(53.125), 53.125)).toBe(Number.POSITIVE_INFINITY);
    expect(broadeningPenalty_dB(41, 53.125)).toBe(Number.POSITIVE_INFINITY);
  });

  it('splits the penalty of √(σ_c²+σ_m²) in proportion to σ_c² and σ_m²', () => {
    const { dispersion_dB, modal_dB } = fiberPenalties(6.06, 3.99, 26.5625);
    const total = broadeningPenalty_dB(Math.hypot(6.06, 3.99), 26.5625);
    const share = 6.06 ** 2 / (6.06 ** 2 + 3.99 ** 2);
    expectClose(dispersion_dB, total * share, { rtol: 1e-14 });
    expectClose(dispersion_dB + modal_dB, broadeningPenalty_dB(Math.hypot(6.06, 3.99), 26.5625), {
      rtol: 1e-14,
    });
    expect(modal_dB).toBeGreaterThan(0);
  });

  it('charges nothing to modal bandwidth once dispersion alone has closed the eye', () => {
    expect(fiberPenalties(50, 10, 53.125)).toEqual({
      dispersion_dB: Number.POSITIVE_INFINITY,
      modal_dB: 0,
    });
  });
});

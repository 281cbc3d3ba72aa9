import { describe, expect, it } from 'vitest';
import {
  chromaticDispersion_ps_per_nm_km,
  effectiveModalBandwidth_MHz_km,
  fiberAttenuation_dB_per_km,
  fiberDispersion_ps_per_nm_km,
  modalBandwidthLimitedReach_m,
  smfBandOf,
} from '../../../core/physics/fiber';
import { expectClose } from '../../helpers/expect-close';

/**
 * G.652 dispersion D(λ) = (S0/4)·(λ − λ0⁴/λ³) with λ0 = 1310 nm, S0 = 0.092 ps/(nm²·km):
 *   λ0⁴ = 1310⁴ = 2.944 999 2e12 nm⁴
 *   1550 nm: λ³ = 3.723 875e9 → λ0⁴/λ³ = 790.8412 → D = 0.023·(1550 − 790.8412) = 17.4606
 *   1311 nm: λ³ = 2.253 243 231e9 → λ0⁴/λ³ = 1307.0046 → D = 0.023·3.99954 = 0.091895
 *   1271 nm: λ³ = 2.053 225 511e9 → λ0⁴/λ³ = 1434.3282 → D = 0.023·(−163.3282) = −3.756548
 * (exact values below from mpmath at 40 digits).
 */
describe('chromatic dispersion', () => {
  it.each([
    [1550, 17.460618823134503, 17.4],
    [1311, 0.09189479036007366, 0.09],
    [1271, -3.756548136390752, -3.76],
    [1310, 0, 0],
  ])('D(%s nm) = %s ps/(nm·km) (≈ %s)', (wavelength_nm, exact, rounded) => {
    const d = chromaticDispersion_ps_per_nm_km(wavelength_nm, 1310, 0.092);
    expectClose(d, exact, { rtol: 1e-12, atol: 1e-13 });
    expectClose(d, rounded, { atol: 0.07 });
    expectClose(fiberDispersion_ps_per_nm_km('SMF', wavelength_nm), exact, {
      rtol: 1e-12,
      atol: 1e-13,
    });
  });

  it('has slope S0 at λ0: dD/dλ = (S0/4)(1 + 3λ0⁴/λ⁴) = S0', () => {
    const h = 0.01;
    const slope =
      (chromaticDispersion_ps_per_nm_km(1310 + h, 1310, 0.092) -
        chromaticDispersion_ps_per_nm_km(1310 - h, 1310, 0.092)) /
      (2 * h);
    expectClose(slope, 0.092, { rtol: 1e-6 });
  });

  it('is negative below λ0 and positive above', () => {
    expect(fiberDispersion_ps_per_nm_km('SMF', 1300)).toBeLessThan(0);
    expect(fiberDispersion_ps_per_nm_km('SMF', 1320)).toBeGreaterThan(0);
  });

  it('uses the overrides when given', () => {
    const d = fiberDispersion_ps_per_nm_km('SMF', 1550, {
      zero_dispersion_wavelength_nm: 1324,
      dispersion_slope_ps_per_nm2_km: 0.073,
    });
    expectClose(d, chromaticDispersion_ps_per_nm_km(1550, 1324, 0.073), { rtol: 1e-15 });
    expect(fiberDispersion_ps_per_nm_km('SMF', 1324, { zero_dispersion_wavelength_nm: 1324 })).toBe(
      0,
    );
  });

  it('MMF at 850 nm uses the multimode λ0 and slope: about −100 ps/(nm·km)', () => {
    // (0.1/4)·(850 − 1316⁴/850³) = 0.025·(850 − 4883.90) = −100.8475
    expectClose(fiberDispersion_ps_per_nm_km('OM4', 850), -100.84750477248117, { rtol: 1e-12 });
    expect(fiberDispersion_ps_per_nm_km('OM3', 850)).toBe(fiberDispersion_ps_per_nm_km('OM4', 850));
  });
});

describe('SMF bands and attenuation', () => {
  it.each([
    [1259.9, undefined],
    [1260, 'O'],
    [1311, 'O'],
    [1359.99, 'O'],
    [1360, 'E'],
    [1459.99, 'E'],
    [1460, 'S'],
    [1530, 'C'],
    [1550, 'C'],
    [1565, 'L'],
    [1625, 'L'],
    [1625.01, undefined],
  ])('%s nm is in band %s', (wavelength_nm, band) => {
    expect(smfBandOf(wavelength_nm)).toBe(band);
  });

  it.each([
    // cabled G.652.D maxima [CALEDONIAN_SMF]; E and S are labelled estimates in the core
    ['SMF', 1200, 0.35], // below the O band: nearest band (O)
    ['SMF', 1271, 0.35],
    ['SMF', 1311, 0.35],
    ['SMF', 1400, 0.35],
    ['SMF', 1500, 0.25],
    ['SMF', 1550, 0.22],
    ['SMF', 1600, 0.25],
    ['SMF', 1650, 0.25], // above the L band: nearest band (L)
    // cabled multimode [TIA_568_MMF]
    ['OM3', 850, 3.5],
    ['OM4', 850, 3.5],
    ['OM5', 953, 3.5],
    ['OM4', 1300, 1.5],
  ] as const)('%s at %s nm: %s dB/km', (type, wavelength_nm, attenuation) => {
    expect(fiberAttenuation_dB_per_km(type, wavelength_nm)).toBe(attenuation);
  });
});

describe('multimode effective modal bandwidth', () => {
  it.each([
    // [TIA_SR8, TIA_SR42]
    ['OM3', 850, 2000],
    ['OM4', 850, 4700],
    ['OM5', 850, 4700],
    ['OM5', 953, 2470],
    ['OM5', 901.5, (4700 + 2470) / 2], // linear between the two specified points
    ['OM5', 1000, 2470], // flat outside
    ['OM3', 953, 2000], // OM3/OM4 are specified at 850 nm only
  ] as const)('%s at %s nm: %s MHz·km', (type, wavelength_nm, emb) => {
    expectClose(effectiveModalBandwidth_MHz_km(type, wavelength_nm), emb, { rtol: 1e-15 });
  });

  it.each([
    // reach = EMB / (0.5 · baud): OM4, 26.5625 GBd → 4700 / 13 281.25 MHz = 0.353 882 km
    [4700, 26.5625, 353.88235294117646],
    [2000, 26.5625, 150.58823529411765],
    [4700, 53.125, 176.94117647058823],
    [2470, 26.5625, 185.9764705882353],
  ])('EMB %s MHz·km at %s GBd: modal-bandwidth-limited reach %s m', (emb, baud, reach_m) => {
    expectClose(modalBandwidthLimitedReach_m(emb, baud), reach_m, { rtol: 1e-14 });
  });

  it('takes the bandwidth ratio as a parameter (full baud → half the reach)', () => {
    expectClose(modalBandwidthLimitedReach_m(4700, 26.5625, 1), 353.88235294117646 / 2, {
      rtol: 1e-14,
    });
  });
});

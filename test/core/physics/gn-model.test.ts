import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, evaluateDesign } from '../../../core/index';
import type { CoherentDesign, CoherentLinkResult } from '../../../core/index';
import { coherentMarginVsLaunch } from '../../../core/link/coherent-link';
import { coherentNoise, optimumLaunch_dBm } from '../../../core/link/coherent-noise';
import { beta2_s2_per_m, nliEfficiency_per_W2, pumpOffsets } from '../../../core/physics/gn-model';
import {
  combineSnrs,
  referenceToSignal_dB,
  signalToReference_dB,
} from '../../../core/physics/gsnr';
import { SPEED_OF_LIGHT } from '../../../core/physics/light';
import { parseScenario } from '../../../core/scenario/parse';
import { expectClose, num } from '../../helpers/expect-close';
import { coherentDesign, loadExample } from '../example-scenarios';

function coherent(design: CoherentDesign): CoherentLinkResult {
  const result = evaluateDesign(design);
  if (result.kind !== 'coherent') throw new Error('expected a coherent result');
  return result;
}

/** An SSMF line as the GNPy comparison uses it: 0.2 dB/km, D 16.7, γ 1.27, 80 km spans, NF 5.5. */
function ssmfLine(
  spans: number,
  launch_dBm: number,
  channels: number,
  cutFrequency_THz = 193.75,
): CoherentDesign {
  return {
    ...coherentDesign('400zr-dci'),
    baud_GBd: 32,
    wavelength_nm: (SPEED_OF_LIGHT / (cutFrequency_THz * 1e12)) * 1e9,
    launch_power_dBm_per_ch: launch_dBm,
    span_length_km: 80,
    fiber_attenuation_dB_per_km: 0.2,
    span_extra_loss_dB: 0,
    amplifier_noise_figure_dB: 5.5,
    osnr_penalty_dB: 0,
    cd_tolerance_ps_per_nm: 1_000_000,
    length_km: spans * 80,
    nonlinearity: {
      model: 'gn',
      channels,
      channel_spacing_GHz: 50,
      dispersion_ps_per_nm_km: 16.7,
      gamma_per_W_km: 1.27,
    },
  };
}

describe('GN model NLI', () => {
  it('single channel, one span: the textbook SPM closed form (8/27)γ²L_eff²·asinh(π²/2·|β2|L_a·B²)/(π|β2|L_a·B²)', () => {
    const span = {
      length_km: 100,
      attenuation_dB_per_km: 0.2,
      dispersion_ps_per_nm_km: 17,
      gamma_per_W_km: 1.3,
      wavelength_nm: 1550,
    };
    // By hand: α = 0.2/4.3429/1000 = 4.6052e-5 /m, L_eff = (1 − e^−4.6052)/α = 21.497 km,
    // L_a = 21.715 km, β2 = −(1550e-9)²·17e-6/(2π·c) = −2.1683e-26 s²/m.
    const alpha = 0.2 / (10 * Math.log10(Math.E)) / 1000;
    const leff = (1 - Math.exp(-alpha * 100e3)) / alpha;
    const la = 1 / alpha;
    const beta2 = (1550e-9 ** 2 * 17e-6) / (2 * Math.PI * 299792458);
    expectClose(leff, 21497, { rtol: 1e-4 });
    expectClose(Math.abs(beta2_s2_per_m(17, 1550)), beta2, { rtol: 1e-12 });
    expectClose(beta2, 2.1683e-26, { rtol: 1e-4 });
    const gamma = 1.3e-3;
    const B = 32e9;
    const hand =
      ((8 / 27) * gamma ** 2 * leff ** 2 * Math.asinh((Math.PI ** 2 / 2) * beta2 * la * B ** 2)) /
      (Math.PI * beta2 * la * B ** 2);
    const eta = nliEfficiency_per_W2(span, { channels: 1, spacing_GHz: 50, baud_GBd: 32 });
    expectClose(eta, hand, { rtol: 1e-12 });
    // 0 dBm in one channel: NLI = η·(1 mW)³, i.e. SNR_NLI = 1/(η·1e-6) = 36.11 dB (η = 244.7 /W²).
    expectClose(-10 * Math.log10(eta * 1e-6), 36.11, { atol: 0.01 });
  });

  it('places the CUT at the comb centre (96 channels: 48 below, 47 above; 2: one below)', () => {
    const offsets = pumpOffsets(96);
    expect(offsets.filter((o) => o < 0).length).toBe(48);
    expect(offsets.filter((o) => o > 0).length).toBe(47);
    expect(pumpOffsets(2)).toEqual([-1, 0]);
  });

  it('NLI grows as P³: +3 dB launch, +9 dB NLI (SNR_NLI falls 6 dB)', () => {
    const design = ssmfLine(10, 0, 96);
    const at0 = coherentNoise(design, 10, 0).snrNli;
    const at3 = coherentNoise(design, 10, 3).snrNli;
    expectClose(10 * Math.log10(at0 / at3), 6, { atol: 1e-9 });
  });

  it('more channels, more NLI; wider spacing, less', () => {
    const eta = (channels: number, spacing: number) =>
      nliEfficiency_per_W2(
        {
          length_km: 80,
          attenuation_dB_per_km: 0.2,
          dispersion_ps_per_nm_km: 16.7,
          gamma_per_W_km: 1.27,
          wavelength_nm: 1550,
        },
        { channels, spacing_GHz: spacing, baud_GBd: 32 },
      );
    expect(eta(96, 50)).toBeGreaterThan(eta(2, 50));
    expect(eta(2, 50)).toBeGreaterThan(eta(1, 50));
    expect(eta(10, 100)).toBeLessThan(eta(10, 50));
  });
});

describe('GSNR', () => {
  it('combines as 1/(1/OSNR_ASE + 1/SNR_NLI): two equal 20 dB terms give 16.99 dB', () => {
    expectClose(10 * Math.log10(combineSnrs(100, 100)), 10 * Math.log10(50), { atol: 1e-12 });
    expect(combineSnrs(100, Infinity)).toBe(100);
  });

  it('converts 0.1 nm ↔ signal bandwidth by B/12.5 GHz (34 dB/0.1 nm at 59.84 GBd = 27.20 dB)', () => {
    expectClose(referenceToSignal_dB(34, 59.84375), 34 - 10 * Math.log10(59.84375 / 12.5), {
      atol: 1e-12,
    });
    expectClose(referenceToSignal_dB(34, 59.84375), 27.2, { atol: 0.01 });
    expectClose(signalToReference_dB(referenceToSignal_dB(21, 32), 32), 21, { atol: 1e-12 });
  });

  it('the result reports OSNR_ASE, SNR_NLI and GSNR in both bandwidths, consistently', () => {
    const r = coherent(ssmfLine(10, 0, 96));
    expect(r.nli_model).toBe('gn');
    const shift = 10 * Math.log10(32 / 12.5);
    expectClose(r.osnr_ase_0p1nm_dB - r.osnr_ase_signal_dB, shift, { atol: 1e-9 });
    expectClose((r.snr_nli_0p1nm_dB ?? NaN) - (r.snr_nli_signal_dB ?? NaN), shift, { atol: 1e-9 });
    expectClose(r.gsnr_0p1nm_dB - r.gsnr_signal_dB, shift, { atol: 1e-9 });
    const lin = (db: number) => 10 ** (db / 10);
    expectClose(
      r.gsnr_signal_dB,
      10 * Math.log10(combineSnrs(lin(r.osnr_ase_signal_dB), lin(r.snr_nli_signal_dB ?? NaN))),
      { atol: 1e-9 },
    );
    const nliStep = r.waterfall.find((s) => s.label.startsWith('Nonlinear interference'));
    expectClose(nliStep?.delta_dB ?? NaN, r.gsnr_0p1nm_dB - r.osnr_ase_0p1nm_dB, { atol: 1e-12 });
  });

  it('peaks once over launch power, at the solved optimum (dense scan within 0.005 dB)', () => {
    const design = ssmfLine(10, 0, 96);
    const launches = Array.from({ length: 4001 }, (_, i) => -10 + i * 0.005);
    const margins = coherentMarginVsLaunch(design, launches);
    const steps = Array.from(margins.slice(1), (m, i) => Math.sign(m - (margins[i] ?? NaN)));
    const turns = steps.slice(1).filter((s, i) => s !== steps[i]).length;
    expect(turns).toBe(1);
    const best = margins.indexOf(Math.max(...margins));
    const optimum = optimumLaunch_dBm(design);
    expect(optimum).not.toBeNull();
    expect(Math.abs((launches[best] ?? NaN) - (optimum ?? NaN))).toBeLessThanOrEqual(0.005);
    // At the optimum the NLI is half the ASE: SNR_NLI = 2·SNR_ASE (+3.01 dB).
    const atOptimum = coherent({ ...design, launch_power_dBm_per_ch: optimum ?? NaN });
    expectClose(
      (atOptimum.snr_nli_signal_dB ?? NaN) - atOptimum.osnr_ase_signal_dB,
      10 * Math.log10(2),
      { atol: 1e-9 },
    );
    expect(atOptimum.optimum_launch_power_dBm_per_ch).toBe(optimum);
  });

  it('transceiver noise lowers what the receiver sees; an Rx inside the required OSNR is not counted twice', () => {
    const line = ssmfLine(5, 0, 96);
    const tx: CoherentDesign = {
      ...line,
      transceiver: { tx_osnr_dB: 34, rx_snr_dB: 20, required_osnr_includes_rx: true },
    };
    const both: CoherentDesign = {
      ...line,
      transceiver: { tx_osnr_dB: 34, rx_snr_dB: 20, required_osnr_includes_rx: false },
    };
    const r0 = coherent(line);
    const r1 = coherent(tx);
    const r2 = coherent(both);
    const lin = (db: number) => 10 ** (db / 10);
    expectClose(
      r1.received_osnr_0p1nm_dB,
      10 * Math.log10(combineSnrs(lin(r0.gsnr_0p1nm_dB), lin(34))),
      { atol: 1e-9 },
    );
    expect(r2.received_osnr_0p1nm_dB).toBeLessThan(r1.received_osnr_0p1nm_dB);
    expectClose(
      num(r0.link_margin_dB) - num(r1.link_margin_dB),
      r0.gsnr_0p1nm_dB - r1.received_osnr_0p1nm_dB,
      {
        atol: 1e-9,
      },
    );
    expect(r1.waterfall_floor.label).toBe('Required OSNR (0.1 nm, incl. receiver noise)');
  });
});

interface GoldenCase {
  readonly load: 'full-c-band' | 'two-channel';
  readonly channels: number;
  readonly cut_frequency_THz: number;
  readonly launch_dBm_per_ch: number;
  readonly spans: number;
  readonly osnr_ase_signal_dB: number;
  readonly snr_nli_signal_dB: number;
  readonly gsnr_signal_dB: number;
}
const golden = JSON.parse(
  readFileSync(new URL('../../golden/gn-model/reference.json', import.meta.url), 'utf8'),
) as { readonly cases: readonly GoldenCase[] };

describe('GSNR against GNPy’s gn_model_analytic (independent re-derivation, test/golden/gn-model)', () => {
  it.each(
    golden.cases.map(
      (c) => [`${c.load} ${c.spans}×80 km at ${c.launch_dBm_per_ch} dBm`, c] as const,
    ),
  )('%s: within 0.1 dB (measured ≤ 0.02 dB)', (_name, c) => {
    const r = coherent(ssmfLine(c.spans, c.launch_dBm_per_ch, c.channels, c.cut_frequency_THz));
    expect(r.spans).toBe(c.spans);
    expectClose(r.gsnr_signal_dB, c.gsnr_signal_dB, { atol: 0.02 }, 'GSNR');
    expectClose(r.osnr_ase_signal_dB, c.osnr_ase_signal_dB, { atol: 1e-6 }, 'OSNR_ASE');
    expectClose(r.snr_nli_signal_dB ?? NaN, c.snr_nli_signal_dB, { atol: 0.02 }, 'SNR_NLI');
  });
});

describe('bad input names the field and the range', () => {
  const scenario = loadExample('datacenter-pmds.json');
  const index = scenario.designs.findIndex((d) => d.kind === 'coherent');
  const parse = (patch: Partial<CoherentDesign>) =>
    parseScenario({
      ...scenario,
      designs: scenario.designs.map((d, i) => (i === index ? { ...d, ...patch } : d)),
    });

  it('spacing below the symbol rate', () => {
    const r = parse({
      nonlinearity: { model: 'gn', channels: 10, channel_spacing_GHz: 50 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe(`designs[${index}].nonlinearity.channel_spacing_GHz`);
    expect(r.issues[0]?.message).toMatch(/below the symbol rate.*allowed 59\.84375 … 1000 GHz/);
  });

  it('channels that do not fit the band', () => {
    const r = parse({ nonlinearity: { model: 'gn', channels: 100, channel_spacing_GHz: 75 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe(`designs[${index}].nonlinearity.channels`);
    expect(r.issues[0]?.message).toMatch(
      /do not fit the 4800 GHz band \(allowed 1 … 64 channels\)/,
    );
  });

  it('a launch power outside the physical range', () => {
    const r = parse({ launch_power_dBm_per_ch: 30 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe(`designs[${index}].launch_power_dBm_per_ch`);
    expect(r.issues[0]?.message).toMatch(/allowed -20 … 20 dBm/);
  });
});

describe('400ZR / 800ZR catalog entries and the transceiver', () => {
  it('say their required OSNR includes the receiver and add the 34 dB Tx OSNR: 400ZR receives 31.40 dB/0.1 nm, margin 4.10 dB', () => {
    for (const id of ['coherent-400zr', 'coherent-800zr']) {
      const entry = CATALOG.find((d) => d.id === id);
      if (entry?.kind !== 'coherent') throw new Error(`no ${id}`);
      expect(entry.transceiver?.required_osnr_includes_rx).toBe(true);
      expect(entry.transceiver?.tx_osnr_dB).toBe(34);
    }
    const zr = CATALOG.find((d) => d.id === 'coherent-400zr');
    if (zr?.kind !== 'coherent') throw new Error('no 400ZR');
    const r = coherent(zr);
    // Line OSNR 57.953 + 1 − 18.6 − 5.5 = 34.853 dB; with 34 dB: −10·log10(10^−3.4853 + 10^−3.4).
    expectClose(r.osnr_dB, 34.853, { atol: 1e-3 });
    expectClose(r.received_osnr_0p1nm_dB, 31.395, { atol: 1e-3 });
    expectClose(r.link_margin_dB, 31.395 - 1.3 - 26, { atol: 1e-3 });
    expect(r.waterfall.map((s) => s.label)).toContain('Transmitter OSNR (34 dB/0.1 nm)');
  });
});

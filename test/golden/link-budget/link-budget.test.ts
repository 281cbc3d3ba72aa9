import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEC_PRESETS, evaluateDesign, fecOverhead } from '../../../core/index';
import type { ImddDesign, ImddLinkResult } from '../../../core/index';
import { effectiveModalBandwidth_MHz_km } from '../../../core/physics/fiber';
import { pamSymbolErrorRate } from '../../../core/physics/modulation';
import { expectClose } from '../../helpers/expect-close';
import { atLength, coherentDesign, imddDesign } from '../../core/example-scenarios';

interface ChannelFigure {
  readonly pmd: string;
  readonly fiber: string;
  readonly reach_m: number;
  readonly channel_il_max_dB: number;
  readonly fiber_attenuation_dB_per_km?: number;
  readonly connection_allocation_dB?: number;
  readonly sources: readonly string[];
}
interface BudgetFigure {
  readonly pmd: string;
  readonly tx_oma_min_dBm: number;
  readonly rx_sens_oma_max_dBm: number;
  readonly sources: readonly string[];
}
interface Figures {
  readonly sources: Readonly<Record<string, string>>;
  readonly channelInsertionLoss: readonly ChannelFigure[];
  readonly powerBudget: readonly BudgetFigure[];
  readonly modalBandwidth_MHz_km: readonly {
    fiber: 'OM3' | 'OM4' | 'OM5';
    wavelength_nm: number;
    emb: number;
  }[];
  readonly fec: readonly {
    id: 'kp4' | 'kr4';
    pre_fec_ber: number;
    n: number;
    k: number;
    overhead_percent: number;
  }[];
  readonly tdecq: { readonly reference_ser: number; readonly q_t: number };
  readonly zr400: {
    readonly required_osnr_dB_0p1nm: number;
    readonly cd_tolerance_ps_per_nm: number;
    readonly baud_GBd: number;
    readonly line_rate_gbps: number;
    readonly amplified_reach_m: number;
  };
}

const figures = JSON.parse(
  readFileSync(new URL('./published-figures.json', import.meta.url), 'utf8'),
) as Figures;

/** Published one-decimal figures: agreement to their rounding. */
const PUBLISHED_ROUNDING_DB = 0.05;

function imdd(design: ImddDesign): ImddLinkResult {
  const result = evaluateDesign(design);
  if (result.kind !== 'imdd') throw new Error('expected an IM-DD result');
  return result;
}

function channelFigure(pmd: string, fiber: string): ChannelFigure {
  const figure = figures.channelInsertionLoss.find((f) => f.pmd === pmd && f.fiber === fiber);
  if (!figure) throw new Error(`no published channel figure for ${pmd} on ${fiber}`);
  return figure;
}

const dr = imddDesign('100gbase-dr');
const sr8 = imddDesign('400gbase-sr8');

/** Each published channel, and the example design (or variant of one) that models it. */
const channelCases: readonly (readonly [string, ChannelFigure, ImddDesign])[] = [
  ['400GBASE-DR4 (example)', channelFigure('400GBASE-DR4', 'SMF'), imddDesign('400gbase-dr4')],
  ['800GBASE-DR8 (example)', channelFigure('800GBASE-DR8', 'SMF'), imddDesign('800gbase-dr8')],
  [
    '100GBASE-FR1 (400gbase-fr4 example channel)',
    channelFigure('100GBASE-FR1', 'SMF'),
    imddDesign('400gbase-fr4'),
  ],
  [
    '100GBASE-FR1 (100gbase-dr at 2 km, 3.0 dB)',
    channelFigure('100GBASE-FR1', 'SMF'),
    { ...atLength(dr, 2000), channel: { ...dr.channel, length_m: 2000, connector_loss_dB: 3.0 } },
  ],
  [
    '400GBASE-LR8 (100gbase-dr variant)',
    channelFigure('400GBASE-LR8', 'SMF'),
    {
      ...dr,
      lane: { ...dr.lane, baud_GBd: 26.5625, lanes: 8, wavelength_nm: 1309.14 },
      fiber: { type: 'SMF', attenuation_dB_per_km: 0.43 },
      channel: { ...dr.channel, length_m: 10_000, connector_loss_dB: 2.0 },
    },
  ],
  ['400GBASE-SR8 OM4 100 m (example)', channelFigure('400GBASE-SR8', 'OM4'), sr8],
  [
    '400GBASE-SR8 OM3 70 m (example on OM3)',
    channelFigure('400GBASE-SR8', 'OM3'),
    { ...atLength(sr8, 70), fiber: { type: 'OM3' } },
  ],
];

describe('published channel insertion loss', () => {
  it.each(channelCases)('%s', (_name, figure, design) => {
    expect(design.channel.length_m).toBe(figure.reach_m);
    expect(design.fiber.type).toBe(figure.fiber);
    const r = imdd(design);
    expect(r.channel_loss_source).toBe('computed');
    expectClose(
      r.channel_loss_dB,
      figure.channel_il_max_dB,
      { atol: PUBLISHED_ROUNDING_DB },
      `${figure.pmd} channel_loss_dB`,
    );
    if (figure.fiber_attenuation_dB_per_km !== undefined)
      expect(r.fiber_attenuation_dB_per_km).toBe(figure.fiber_attenuation_dB_per_km);
    if (figure.connection_allocation_dB !== undefined)
      expectClose(r.connection_loss_dB, figure.connection_allocation_dB, { atol: 1e-12 });
  });

  it('every figure names sources that the figures file resolves', () => {
    for (const figure of [...figures.channelInsertionLoss, ...figures.powerBudget])
      for (const id of figure.sources) expect(figures.sources[id], id).toMatch(/\S/);
  });
});

describe('published Tx-OMA-to-Rx-sensitivity power budgets', () => {
  it.each([
    ['400gbase-dr4', '400GBASE-DR4', 3.6],
    ['800gbase-dr8', '800GBASE-DR8', 3.6],
    ['400gbase-fr4', '400GBASE-FR4', 4.3],
  ] as const)('%s: power_budget_dB = OMA min − sensitivity = %s dB', (id, pmd, budget) => {
    const figure = figures.powerBudget.find((f) => f.pmd === pmd);
    if (!figure) throw new Error(`no published budget for ${pmd}`);
    const design = imddDesign(id);
    expect(design.tx.oma_dBm).toBe(figure.tx_oma_min_dBm);
    expect(design.rx.sensitivity).toEqual({ mode: 'given', oma_dBm: figure.rx_sens_oma_max_dBm });
    const r = imdd(design);
    expectClose(r.power_budget_dB, figure.tx_oma_min_dBm - figure.rx_sens_oma_max_dBm, {
      atol: PUBLISHED_ROUNDING_DB,
    });
    expectClose(r.power_budget_dB, budget, { atol: 1e-9 });
  });
});

describe('published fibre, FEC and TDECQ figures', () => {
  it.each(figures.modalBandwidth_MHz_km.map((f) => [f.fiber, f.wavelength_nm, f.emb] as const))(
    'EMB of %s at %s nm is %s MHz·km',
    (fiber, wavelength, emb) => {
      expect(effectiveModalBandwidth_MHz_km(fiber, wavelength)).toBe(emb);
    },
  );

  it.each(figures.fec.map((f) => [f.id, f] as const))('%s threshold and overhead', (id, f) => {
    const preset = FEC_PRESETS[id];
    expect(preset.preFecBerThreshold.value).toBe(f.pre_fec_ber);
    expect([preset.n, preset.k]).toEqual([f.n, f.k]);
    expect((fecOverhead(preset) * 100).toFixed(2)).toBe(f.overhead_percent.toFixed(2));
  });

  it('PAM4 SER at Q_t = 3.414 is the TDECQ reference 4.8e-4', () => {
    expectClose(pamSymbolErrorRate(4, 3 * figures.tdecq.q_t), figures.tdecq.reference_ser, {
      rtol: 5e-4,
    });
  });
});

describe('400ZR', () => {
  const zr = coherentDesign('400zr-dci');

  it('the example uses the published OSNR, CD tolerance and rates', () => {
    expect(zr.required_osnr_dB).toBe(figures.zr400.required_osnr_dB_0p1nm);
    expect(zr.cd_tolerance_ps_per_nm).toBe(figures.zr400.cd_tolerance_ps_per_nm);
    expect(zr.baud_GBd).toBe(figures.zr400.baud_GBd);
    expect(zr.line_rate_gbps).toBe(figures.zr400.line_rate_gbps);
  });

  it('the modelled reach covers the published 120 km amplified reach', () => {
    expect(evaluateDesign(zr).max_reach_m).toBeGreaterThanOrEqual(figures.zr400.amplified_reach_m);
  });
});

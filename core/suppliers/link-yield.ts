import { imddMarginAt_dB, prepareImdd, type PreparedImdd } from '../link/imdd-link';
import type { ImddDesign } from '../scenario/schema';
import { clopperPearson, describeSample, type Interval } from './statistics';
import { mulberry32, normalSource, pairSeed } from './random';
import type { MonteCarloSettings, Supplier } from './schema';

/** The Tx and Rx quantities a link draw needs, one entry per measured lane. */
export interface EndSamples {
  /** Tx: OMA with the TDECQ of the same lane (NaN where the lane has none: the design's value is used). */
  readonly txOma_dBm: Float64Array;
  readonly txTdecq_dB: Float64Array;
  readonly rxSensitivity_dBm: Float64Array;
}

/** Every measured lane of a supplier's reports, Tx values paired lane by lane. */
export function endSamples(supplier: Supplier): EndSamples {
  const oma: number[] = [];
  const tdecq: number[] = [];
  const sens: number[] = [];
  for (const report of supplier.reports)
    for (const sample of report.samples) {
      const txLanes = sample.values.tx_oma_dBm ?? [];
      const tdecqLanes = sample.values.tdecq_dB ?? [];
      txLanes.forEach((value, lane) => {
        oma.push(value);
        // A single TDECQ for a module applies to each lane.
        tdecq.push(tdecqLanes[lane] ?? (tdecqLanes.length === 1 ? (tdecqLanes[0] ?? NaN) : NaN));
      });
      for (const value of sample.values.rx_sensitivity_oma_dBm ?? []) sens.push(value);
    }
  return {
    txOma_dBm: Float64Array.from(oma),
    txTdecq_dB: Float64Array.from(tdecq),
    rxSensitivity_dBm: Float64Array.from(sens),
  };
}

export interface PairYield {
  readonly draws: number;
  readonly passes: number;
  readonly yield: number;
  /** Two-sided 95 % Clopper–Pearson interval of the yield. */
  readonly interval: Interval;
  /** Mean margin over the draws, dB. */
  readonly meanMargin_dB: number;
}

export type PairResult =
  ({ readonly ok: true } & PairYield) | { readonly ok: false; readonly reason: string };

/**
 * @method supplier-link-yield Link yield by Monte Carlo through the link budget
 * Each draw builds one link: a Tx lane from supplier A (its OMA and TDECQ), an Rx lane from
 * supplier B (its sensitivity) and a channel (length and extra loss uniform in their ranges). The
 * design's budget gives the margin with the design's own Tx, Rx and channel; the draw moves it by
 * what differs, which is exact because the budget adds in dB:
 * $$ M = M_{\mathrm{design}}(L) + (P_{\mathrm{OMA}} - P_{\mathrm{OMA,d}}) - (T - T_d) - (S - S_d) - l_{\mathrm{extra}} $$
 * The yield is the fraction of draws with M at least the required margin, with its Clopper–Pearson
 * 95 % interval. Draws are bootstrap resamples of measured lanes or normal draws from each
 * parameter's fit; the generator is seeded per Tx × Rx pair, so every cell is reproducible.
 * @assumes Lanes are independent; a Tx lane's OMA and TDECQ are drawn together (bootstrap).
 * @assumes With penalties.model_isi the modelled ISI replaces TDECQ, so measured TDECQ is not used.
 * @ref CLOPPER_PEARSON_1934
 */
export function pairYield(
  prepared: PreparedImdd,
  tx: EndSamples,
  rx: EndSamples,
  settings: MonteCarloSettings,
  seed: number,
): PairResult {
  if (tx.txOma_dBm.length === 0) return { ok: false, reason: 'no Tx OMA samples' };
  if (rx.rxSensitivity_dBm.length === 0) return { ok: false, reason: 'no Rx sensitivity samples' };
  const design = prepared.design;
  const uniform = mulberry32(seed);
  const normal = normalSource(uniform);
  const useTdecq = design.penalties.model_isi !== true;
  const designTdecq = design.penalties.tdecq_dB;
  const required = settings.required_margin_dB ?? design.required_margin_dB;
  const [lengthLow, lengthHigh] = settings.length_m ?? [
    design.channel.length_m,
    design.channel.length_m,
  ];
  const [lossLow, lossHigh] = settings.extra_loss_dB ?? [0, 0];
  const fixedLength = lengthLow === lengthHigh;
  const fixedMargin = imddMarginAt_dB(prepared, lengthLow);
  // The design's own Tx and Rx are taken out once; each draw puts its own in.
  const base = (length_m: number) =>
    (fixedLength ? fixedMargin : imddMarginAt_dB(prepared, length_m)) -
    design.tx.oma_dBm +
    prepared.sensitivity_dBm +
    (useTdecq ? designTdecq : 0);

  const omaFit = describeSample(Array.from(tx.txOma_dBm));
  const tdecqKnown = Array.from(tx.txTdecq_dB).filter((v) => !Number.isNaN(v));
  const tdecqFit = describeSample(tdecqKnown);
  const sensFit = describeSample(Array.from(rx.rxSensitivity_dBm));
  const fitSigma = (sigma: number) => (Number.isFinite(sigma) ? sigma : 0);

  let passes = 0;
  let marginSum = 0;
  const nTx = tx.txOma_dBm.length;
  const nRx = rx.rxSensitivity_dBm.length;
  for (let i = 0; i < settings.draws; i++) {
    const length_m = fixedLength ? lengthLow : lengthLow + (lengthHigh - lengthLow) * uniform();
    const extra_dB = lossLow === lossHigh ? lossLow : lossLow + (lossHigh - lossLow) * uniform();
    let oma: number;
    let tdecq: number;
    let sens: number;
    if (settings.mode === 'bootstrap') {
      const t = Math.floor(uniform() * nTx);
      oma = tx.txOma_dBm[t] ?? NaN;
      const measured = tx.txTdecq_dB[t] ?? NaN;
      tdecq = Number.isNaN(measured) ? designTdecq : measured;
      sens = rx.rxSensitivity_dBm[Math.floor(uniform() * nRx)] ?? NaN;
    } else {
      oma = omaFit.mean + fitSigma(omaFit.sigma) * normal();
      tdecq = tdecqFit.n === 0 ? designTdecq : tdecqFit.mean + fitSigma(tdecqFit.sigma) * normal();
      sens = sensFit.mean + fitSigma(sensFit.sigma) * normal();
    }
    const margin = base(length_m) + oma - (useTdecq ? tdecq : 0) - sens - extra_dB;
    marginSum += margin;
    if (margin >= required) passes++;
  }
  return {
    ok: true,
    draws: settings.draws,
    passes,
    yield: passes / settings.draws,
    interval: clopperPearson(passes, settings.draws),
    meanMargin_dB: marginSum / settings.draws,
  };
}

export interface InteropMatrix {
  /** Supplier ids, the order of rows (Tx) and columns (Rx). */
  readonly suppliers: readonly string[];
  /** cells[tx][rx]. */
  readonly cells: readonly (readonly PairResult[])[];
}

export const DEFAULT_MONTE_CARLO: MonteCarloSettings = {
  draws: 100_000,
  seed: 1,
  mode: 'bootstrap',
};

/** Every Tx × Rx supplier pair: the interoperability matrix. */
export function interoperabilityMatrix(
  design: ImddDesign,
  suppliers: readonly Supplier[],
  settings: MonteCarloSettings = DEFAULT_MONTE_CARLO,
): InteropMatrix {
  const prepared = prepareImdd(design);
  const ends = suppliers.map(endSamples);
  return {
    suppliers: suppliers.map((s) => s.id),
    cells: ends.map((tx, t) =>
      ends.map((rx, r) => pairYield(prepared, tx, rx, settings, pairSeed(settings.seed, t, r))),
    ),
  };
}

import { describe, expect, it } from 'vitest';
import type { ImddDesign } from '../../../core/index';
import {
  channelPenalty_dB,
  isiPenalty_dB,
  prepareIsiPenalty,
} from '../../../core/signal/design-signal';
import {
  FIBER_STRENGTH_MAX,
  FIBER_STRENGTH_STEP,
  isiDesignCoordinates,
  isiPenaltyTable,
  SLOWNESS_MAX,
  SLOWNESS_STEP,
} from '../../../core/signal/isi-table';
import type { SignalOverrides } from '../../../core/signal/lane-signal';
import { mulberry32 } from '../../../core/suppliers/random';
import { imddDesign } from '../example-scenarios';

/**
 * The tabulated ISI penalty against the full statistical eye (isiPenalty_dB on the design itself),
 * off the knots on every axis of the grid: along the fibre strength ζ (three points inside every
 * cell up to closure) for SMF and MMF families, along the Tx and Rx slowness (every cell, with ζ
 * off its knots), and at seeded random points off the knots on all three axes at once, over PAM
 * orders and tap counts. ISI_DENSE=1 sweeps more points (minutes).
 */
const TOLERANCE_DB = 0.01;
const DENSE = process.env['ISI_DENSE'] === '1';

interface Check {
  checked: number;
  /** Points the grid answered itself (not handed to the direct computation). */
  answered: number;
  worst_dB: number;
}

function newCheck(): Check {
  return { checked: 0, answered: 0, worst_dB: 0 };
}

/** Whether the grid answers a design at a length (true) or hands over to the direct computation. */
function gridAnswers(design: ImddDesign, overrides: SignalOverrides, length_m: number): boolean {
  const c = isiDesignCoordinates(design, overrides);
  const column = isiPenaltyTable(c.familyKey, c.family, channelPenalty_dB)
    .grid(c.levels, c.taps)
    .column(c.txSlowness, c.rxSlowness);
  return column !== null && !Number.isNaN(column.penaltyAt(length_m * c.fiberStrength_per_m));
}

function compare(check: Check, design: ImddDesign, overrides: SignalOverrides, length_m: number) {
  const tabulated = prepareIsiPenalty(design, overrides)(length_m);
  const direct = isiPenalty_dB(design, length_m, overrides);
  check.checked++;
  if (gridAnswers(design, overrides, length_m)) check.answered++;
  if (!Number.isFinite(direct)) {
    expect(tabulated).toBe(direct);
    return;
  }
  check.worst_dB = Math.max(check.worst_dB, Math.abs(tabulated - direct));
}

function withModel(design: ImddDesign, change: Partial<ImddDesign> = {}): ImddDesign {
  return { ...design, ...change, penalties: { ...design.penalties, model_isi: true } };
}

describe('tabulated ISI penalty (penalties.model_isi) on the family grid', () => {
  it.each(['400gbase-fr4', '400gbase-sr8', '400gbase-dr4'])(
    '%s: within 0.01 dB of the statistical eye inside every ζ cell up to closure',
    (id) => {
      const design = withModel(imddDesign(id));
      const perM = isiDesignCoordinates(design, {}).fiberStrength_per_m;
      const check = newCheck();
      const fractions = DENSE ? [0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9] : [0.25, 0.5, 0.75];
      // DR4 sits near λ0: its whole reach lies in the first cells; the others close before ζmax.
      const cells = Math.round(FIBER_STRENGTH_MAX / FIBER_STRENGTH_STEP);
      let closed = 0;
      for (let k = 0; k < cells && closed < 2; k++) {
        for (const fraction of fractions) {
          const length_m = ((k + fraction) * FIBER_STRENGTH_STEP) / perM;
          if (length_m > 100_000) break;
          compare(check, design, {}, length_m);
        }
        closed = Number.isFinite(isiPenalty_dB(design, ((k + 1) * FIBER_STRENGTH_STEP) / perM))
          ? 0
          : closed + 1;
      }
      expect(check.checked).toBeGreaterThanOrEqual(6);
      expect(check.worst_dB).toBeLessThanOrEqual(TOLERANCE_DB);
      // The grid answers most points itself (the rest: closing cells, above 6 dB).
      expect(check.answered / check.checked).toBeGreaterThan(0.6);
    },
    120_000,
  );

  it.each([
    ['tx', 'txBandwidth_GHz'],
    ['rx', 'rxBandwidth_GHz'],
  ] as const)(
    'along the %s slowness (baud/f3dB, 0 … 4), ζ off its knots: within 0.01 dB',
    (_axis, field) => {
      const design = withModel(imddDesign('400gbase-fr4'));
      const check = newCheck();
      const cells = Math.round(SLOWNESS_MAX / SLOWNESS_STEP);
      const fractions = DENSE ? [0.2, 0.5, 0.8] : [0.5];
      // Every other cell by default (alternating Tx/Rx cover them all), every cell when dense.
      const first = field === 'txBandwidth_GHz' ? 0 : 1;
      const stride = DENSE ? 1 : 2;
      let expected = 0;
      for (let i = DENSE ? 0 : first; i < cells; i += stride) {
        expected += fractions.length;
        for (const fraction of fractions) {
          const slowness = (i + fraction) * SLOWNESS_STEP;
          // 2.2 km: ζ = 0.48, between knots.
          compare(check, design, { [field]: design.lane.baud_GBd / slowness }, 2200);
        }
      }
      expect(check.checked).toBe(expected);
      expect(check.worst_dB).toBeLessThanOrEqual(TOLERANCE_DB);
      // Past f3dB ≈ 0.3× baud the penalty passes 6 dB and the direct computation answers.
      expect(check.answered / check.checked).toBeGreaterThanOrEqual(0.5);
    },
    120_000,
  );

  it('off the knots on every axis at once, over PAM orders and taps: within 0.01 dB', () => {
    const next = mulberry32(12);
    const base = imddDesign('400gbase-fr4');
    const check = newCheck();
    const points = DENSE ? 60 : 5;
    for (let n = 0; n < points; n++) {
      const levels = ([2, 4, 8] as const)[n % 3] as 2 | 4 | 8;
      const design = withModel(base, {
        lane: { ...base.lane, pam_levels: levels },
        // PAM8 needs a BER it can reach; the FEC preset's threshold is fine for 2 and 4.
        ...(levels === 8 ? { target_ber: 1e-3 } : {}),
      });
      const overrides: SignalOverrides = {
        equalizerTaps: [0, 3, 5][Math.floor(next() * 3)] as number,
        txBandwidth_GHz: base.lane.baud_GBd / (0.4 + 1.4 * next()),
        rxBandwidth_GHz: base.lane.baud_GBd / (0.8 + 1.4 * next()),
      };
      compare(check, design, overrides, 500 + 5000 * next());
    }
    expect(check.checked).toBe(points);
    expect(check.worst_dB).toBeLessThanOrEqual(TOLERANCE_DB);
    expect(check.answered).toBeGreaterThan(points / 2);
  }, 240_000);

  it('one table per family: designs differing in length, launch or baud-scaled filters share it', () => {
    const fr4 = withModel(imddDesign('400gbase-fr4'));
    const first = prepareIsiPenalty(fr4);
    const moved = { ...fr4, tx: { ...fr4.tx, oma_dBm: fr4.tx.oma_dBm + 1 } };
    const second = prepareIsiPenalty({ ...moved, channel: { ...fr4.channel, length_m: 10 } });
    expect(second(1234.5)).toBe(first(1234.5));
    const key = (design: ImddDesign, overrides: SignalOverrides = {}) =>
      isiDesignCoordinates(design, overrides).familyKey;
    // A Tx bandwidth sweep stays in the family (its slowness is a grid axis) ...
    expect(key(fr4, { txBandwidth_GHz: 30 })).toBe(key(fr4));
    // ... and so do PAM order and taps (exact axes); a longer or faster link moves along ζ.
    expect(key(fr4, { equalizerTaps: 0 })).toBe(key(fr4));
    const faster = { ...fr4, lane: { ...fr4.lane, baud_GBd: fr4.lane.baud_GBd * 2 } };
    expect(prepareIsiPenalty(faster)(1234.5)).toBeGreaterThan(first(1234.5));
  }, 120_000);
});

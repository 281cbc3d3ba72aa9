import { describe, expect, it } from 'vitest';
import type { ImddDesign } from '../../../core/index';
import { isiPenalty_dB, prepareIsiPenalty } from '../../../core/signal/design-signal';
import { KNOTS_PER_DECADE } from '../../../core/signal/isi-table';
import { imddDesign } from '../example-scenarios';

/**
 * The tabulated ISI penalty against the full statistical eye, densely over the table's whole
 * domain (1 m … 100 km): three points inside every knot interval, where interpolation error is
 * largest, for an SMF PAM4 family that closes by dispersion (FR4), an MMF family that closes by
 * modal bandwidth (SR8) and one that barely moves (DR4).
 */
const TOLERANCE_DB = 0.01;

function checkFamily(design: ImddDesign): { readonly checked: number; readonly worst_dB: number } {
  const table = prepareIsiPenalty(design);
  let worst = 0;
  let checked = 0;
  let closedRun = 0;
  for (let k = 0; k < 5 * KNOTS_PER_DECADE && closedRun < 2; k++) {
    for (const fraction of [0.25, 0.5, 0.75]) {
      const length_m = 10 ** ((k + fraction) / KNOTS_PER_DECADE);
      const direct = isiPenalty_dB(design, length_m);
      const tabulated = table(length_m);
      checked++;
      if (!Number.isFinite(direct)) {
        expect(tabulated).toBe(direct);
        continue;
      }
      worst = Math.max(worst, Math.abs(tabulated - direct));
    }
    // Once the eye stays closed, the rest of the domain is closed too (the penalty is monotone).
    closedRun = Number.isFinite(isiPenalty_dB(design, 10 ** ((k + 1) / KNOTS_PER_DECADE)))
      ? 0
      : closedRun + 1;
  }
  return { checked, worst_dB: worst };
}

describe('tabulated ISI penalty (penalties.model_isi)', () => {
  it.each(['400gbase-fr4', '400gbase-sr8', '400gbase-dr4'])(
    '%s: within 0.01 dB of the statistical eye at every checked length',
    (id) => {
      const { checked, worst_dB } = checkFamily(imddDesign(id));
      expect(checked).toBeGreaterThan(20);
      expect(worst_dB).toBeLessThanOrEqual(TOLERANCE_DB);
    },
    120_000,
  );

  it('one table per family: designs differing only in length or launch share it', () => {
    const fr4 = imddDesign('400gbase-fr4');
    const first = prepareIsiPenalty(fr4);
    const moved = { ...fr4, tx: { ...fr4.tx, oma_dBm: fr4.tx.oma_dBm + 1 } };
    const second = prepareIsiPenalty({ ...moved, channel: { ...fr4.channel, length_m: 10 } });
    // Same knots: the same number at a length neither has asked for before.
    expect(second(1234.5)).toBe(first(1234.5));
    const faster = { ...fr4, lane: { ...fr4.lane, baud_GBd: fr4.lane.baud_GBd * 2 } };
    expect(prepareIsiPenalty(faster)(1234.5)).toBeGreaterThan(first(1234.5));
  }, 120_000);
});

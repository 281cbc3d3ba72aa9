import { describe, expect, it } from 'vitest';
import { evaluateElectrical, type ElectricalLinkInputs } from '../../../core/link/electrical-link';

const dac: ElectricalLinkInputs = {
  lane: { baud_GBd: 53.125, pam_levels: 4, lanes: 8 },
  cable: { length_m: 2, loss_dB_per_m: 6, fixed_loss_dB: 2 },
  host: { channel_budget_dB: 28, host_loss_dB_per_end: 6.5 },
  retimed: false,
  required_margin_dB: 0,
};

describe('copper insertion-loss budget', () => {
  it('passive DAC: budget − both host traces − fixed − twinax', () => {
    // 28 − 13 − 2 − 12 = 1 dB; reach (28 − 13 − 2) / 6 = 2.1667 m.
    const r = evaluateElectrical(dac);
    expect(r.link_margin_dB).toBeCloseTo(1, 12);
    expect(r.max_reach_m).toBeCloseTo(13 / 6, 12);
    expect(r.limiting_mechanism).toBe('loss');
    expect(r.lane_rate_gbps).toBeCloseTo(106.25, 12);
    const received = r.waterfall.reduce((s, step) => s + step.delta_dB, 0);
    expect(received - r.waterfall_floor.level).toBeCloseTo(r.link_margin_dB, 12);
  });

  it('an AEC retimes at the cable ends, so the host traces leave the cable budget', () => {
    const r = evaluateElectrical({ ...dac, retimed: true, cable: { ...dac.cable, length_m: 4 } });
    // 28 − 2 − 24 = 2 dB; reach 26 / 6 = 4.333 m.
    expect(r.link_margin_dB).toBeCloseTo(2, 12);
    expect(r.max_reach_m).toBeCloseTo(26 / 6, 12);
  });

  it('reports fixed losses when nothing is left even at zero length', () => {
    const r = evaluateElectrical({
      ...dac,
      host: { channel_budget_dB: 10, host_loss_dB_per_end: 6 },
    });
    expect(r.max_reach_m).toBe(0);
    expect(r.limiting_mechanism).toBe('fixed-losses');
  });
});

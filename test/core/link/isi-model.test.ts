import { describe, expect, it } from 'vitest';
import {
  evaluateDesign,
  marginCurve,
  setAtPath,
  type ImddDesign,
  type ImddLinkResult,
} from '../../../core/index';
import { isiPenalty_dB } from '../../../core/signal/index';
import { expectClose, num } from '../../helpers/expect-close';
import { imddDesign } from '../example-scenarios';

const fr4 = setAtPath(imddDesign('400gbase-fr4'), 'penalties.model_isi', true) as ImddDesign;
const evaluate = (design: ImddDesign) => evaluateDesign(design) as ImddLinkResult;

describe('the link budget with the modelled ISI penalty', () => {
  const result = evaluate(fr4);

  it('uses the statistical-eye penalty in place of TDECQ and the Agrawal penalties', () => {
    expect(result.penalty_model).toBe('modelled-isi');
    expectClose(result.isi_penalty_dB ?? Number.NaN, isiPenalty_dB(fr4, fr4.channel.length_m), {
      atol: 0.03,
    });
    expect(result.dispersion_penalty_dB).toBe(0);
    expect(result.modal_penalty_dB).toBe(0);
    const labels = result.waterfall.map((s) => s.label);
    expect(labels).toContain('ISI penalty (modelled, TDECQ-style)');
    expect(labels).not.toContain('TDECQ');
    expect(labels).not.toContain('Dispersion penalty');
  });

  it('keeps the budget identity: margin = Tx OMA − channel loss − penalties − sensitivity', () => {
    expectClose(
      result.link_margin_dB,
      result.tx_oma_dBm -
        result.channel_loss_dB -
        num(result.penalty_dB) -
        result.rx_sensitivity_oma_dBm,
      { atol: 1e-12 },
    );
    const level = result.waterfall.reduce((sum, step) => sum + step.delta_dB, 0);
    expectClose(level - result.waterfall_floor.level, result.link_margin_dB, { atol: 1e-12 });
  });

  it('ignores a given TDECQ, which the modelled penalty replaces', () => {
    const withTdecq = evaluate(setAtPath(fr4, 'penalties.tdecq_dB', 3.4) as ImddDesign);
    expect(withTdecq.link_margin_dB).toBe(result.link_margin_dB);
  });

  it('grows with length on dispersive fibre, and the reach sits where the margin meets the requirement', () => {
    const longer = evaluate(setAtPath(fr4, 'channel.length_m', 6000) as ImddDesign);
    expect(longer.isi_penalty_dB ?? 0).toBeGreaterThan(result.isi_penalty_dB ?? 0);
    const [atReach] = marginCurve(fr4, [result.max_reach_m]);
    expectClose(atReach ?? Number.NaN, fr4.required_margin_dB, { atol: 1e-6 });
  });

  it('leaves designs without the switch exactly as before', () => {
    const plain = evaluate(imddDesign('400gbase-fr4'));
    expect(plain.penalty_model).toBe('given');
    expect(plain.isi_penalty_dB).toBeNull();
  });
});

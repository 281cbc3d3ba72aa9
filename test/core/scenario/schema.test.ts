import { describe, expect, it } from 'vitest';
import { evaluateDesign, parseScenario } from '../../../core/index';
import type { ImddDesign } from '../../../core/index';
import { berPrefactor } from '../../../core/physics/modulation';
import { imddDesign, loadExample } from '../example-scenarios';

/**
 * The schema is the contract between a file and the physics: whatever it accepts must evaluate
 * to numbers. requiredQ (core/physics/modulation.ts) is documented valid only for
 * 0 < BER < prefactor/2 (NRZ 0.5, PAM4 0.375, PAM6 0.322, PAM8 0.292), but schema.ts allows
 * target_ber up to 0.5 for every PAM order. Above the limit the required Q is zero or negative,
 * and a noise-model receiver's sensitivity becomes −Infinity (OMA 0) or NaN (log of a negative OMA).
 */
describe('target_ber accepted by the schema', () => {
  const noiseRx = imddDesign('200g-lane-noise-rx');

  it.each([
    [2, 0.5],
    [4, 0.4],
    [6, 0.35],
    [8, 0.3],
  ] as const)(
    'PAM%s at target_ber %s is rejected or evaluates to a finite margin',
    (levels, ber) => {
      expect(ber).toBeGreaterThanOrEqual(berPrefactor(levels) / 2);
      const design: ImddDesign = {
        ...noiseRx,
        target_ber: ber,
        lane: { ...noiseRx.lane, pam_levels: levels },
      };
      const scenario = { ...loadExample('field-measured.json'), designs: [design] };
      const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)));
      if (!parsed.ok) return; // rejecting it is a correct answer
      const result = evaluateDesign(design);
      expect(Number.isFinite(result.link_margin_dB)).toBe(true);
    },
  );

  it('below the limit every PAM order gives a finite sensitivity', () => {
    for (const levels of [2, 4, 6, 8] as const) {
      const design: ImddDesign = {
        ...noiseRx,
        target_ber: 0.25,
        lane: { ...noiseRx.lane, pam_levels: levels },
      };
      const result = evaluateDesign(design);
      expect(result.kind === 'imdd' && Number.isFinite(result.rx_sensitivity_oma_dBm)).toBe(true);
    }
  });
});

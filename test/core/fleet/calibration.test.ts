import { describe, expect, it } from 'vitest';
import {
  analyzeFleet,
  evaluateDesignFully,
  fleetResidual,
  parseScenario,
  scenarioSchema,
} from '../../../core/index';
import { expectClose, num } from '../../helpers/expect-close';
import { fleetScenario, imddOf, plantedTelemetry } from './fleet-helpers';

describe('calibration against synthetic telemetry', () => {
  const scenario = fleetScenario();
  const text = plantedTelemetry(scenario, 1.5);
  const analysis = analyzeFleet(scenario, { source: 'planted.csv', text }, undefined, {
    hash: 'sha256:test',
  });
  const byId = (id: string) => analysis.comparison.designs.find((d) => d.design_id === id);

  it('recovers a planted 1.5 dB excess loss within 0.1 dB, and 0 dB where none was planted', () => {
    expectClose(byId('fr4-hall-b')?.excess_loss_dB.median ?? Number.NaN, 1.5, { atol: 0.1 }, 'B');
    expectClose(byId('dr8-hall-a')?.excess_loss_dB.median ?? Number.NaN, 0, { atol: 0.1 }, 'A');
  });

  it('finds no missing penalty where none was planted', () => {
    expectClose(byId('fr4-hall-b')?.penalty_offset_dB.median ?? Number.NaN, 0, { atol: 0.1 });
  });

  it('writes the calibration into the design with provenance kind measured', () => {
    const calibrated = analysis.calibration.scenario;
    expect(scenarioSchema.safeParse(calibrated).success).toBe(true);
    const before = imddOf(scenario, 'fr4-hall-b');
    const after = imddOf(calibrated, 'fr4-hall-b');
    const predicted = byId('fr4-hall-b')?.predicted_loss_dB ?? 0;
    expectClose(after.channel.measured_loss_dB ?? 0, predicted + 1.5, { atol: 0.1 });
    const provenance = after.provenance?.['channel.measured_loss_dB'];
    expect(provenance?.kind).toBe('measured');
    expect(provenance?.source).toBe('planted.csv');
    expect(provenance?.note).toContain('sha256:test');
    expect(provenance?.note).toMatch(/n = \d+ lane samples on 30 links/);
    // The margin every view shows drops by the excess loss.
    const marginBefore = evaluateDesignFully(before, scenario.assumptions).link;
    const marginAfter = evaluateDesignFully(after, scenario.assumptions).link;
    expectClose(num(marginBefore.link_margin_dB) - num(marginAfter.link_margin_dB), 1.5, {
      atol: 0.1,
    });
    const record = calibrated.fleet?.calibrations?.find((c) => c.design_id === 'fr4-hall-b');
    expect(record?.previous.measured_loss_dB).toBeNull();
    expect(record?.previous.other_penalty_dB).toBe(before.penalties.other_dB);
  });

  it('calibrating again against the same data changes nothing', () => {
    const again = analyzeFleet(analysis.calibration.scenario, { source: 'planted.csv', text });
    const after = imddOf(analysis.calibration.scenario, 'fr4-hall-b');
    const twice = imddOf(again.calibration.scenario, 'fr4-hall-b');
    expectClose(twice.channel.measured_loss_dB ?? 0, after.channel.measured_loss_dB ?? 0, {
      atol: 0.011,
    });
    const residual = again.comparison.designs.find((d) => d.design_id === 'fr4-hall-b');
    expectClose(residual?.excess_loss_dB.median ?? Number.NaN, 0, { atol: 0.011 });
  });

  it('recovers a planted penalty as the penalty offset', () => {
    const withPenalty = analyzeFleet(scenario, {
      source: 'p.csv',
      text: plantedTelemetry(scenario, 1.5, 0.8),
    });
    const b = withPenalty.comparison.designs.find((d) => d.design_id === 'fr4-hall-b');
    expectClose(b?.penalty_offset_dB.median ?? Number.NaN, 0.8, { atol: 0.1 });
    const design = imddOf(withPenalty.calibration.scenario, 'fr4-hall-b');
    expectClose(
      design.penalties.other_dB,
      imddOf(scenario, 'fr4-hall-b').penalties.other_dB + 0.8,
      { atol: 0.1 },
    );
    expect(design.provenance?.['penalties.other_dB']?.kind).toBe('measured');
  });

  it('finds the planted temperature dependence (margin falls 0.03 dB/°C)', () => {
    const a = byId('dr8-hall-a');
    expectClose(a?.temperature_margin_slope_dB_per_C ?? 0, -0.03, { atol: 0.01 });
    expect(a?.temperature_margin_r ?? 0).toBeLessThan(0);
  });

  it('keeps files written before the measured kind valid, and accepts it', () => {
    const old = structuredClone(scenario) as unknown as Record<string, unknown>;
    expect(parseScenario(old).ok).toBe(true);
    expect(parseScenario(analysis.calibration.scenario).ok).toBe(true);
    const bad = structuredClone(analysis.calibration.scenario);
    const design = imddOf(bad, 'fr4-hall-b');
    const entry = (design.provenance as Record<string, { kind: string }>)[
      'channel.measured_loss_dB'
    ];
    if (entry) entry.kind = 'guessed';
    expect(parseScenario(bad).ok).toBe(false);
  });

  it('leaves a residual of ≈ 0 dB: the planted 1.5 dB and 0.8 dB are explained', () => {
    const before = fleetResidual(analysis.comparison, scenario);
    // Against the uncalibrated model the residual is the comparison itself.
    expectClose(
      before.find((r) => r.design_id === 'fr4-hall-b')?.excess_loss_dB.median ?? Number.NaN,
      byId('fr4-hall-b')?.excess_loss_dB.median ?? Number.NaN,
      { atol: 1e-12 },
    );
    const withPenalty = analyzeFleet(scenario, {
      source: 'p.csv',
      text: plantedTelemetry(scenario, 1.5, 0.8),
    });
    for (const r of fleetResidual(withPenalty.comparison, withPenalty.calibration.scenario)) {
      expect(Math.abs(r.excess_loss_dB.median ?? Number.NaN), r.design_id).toBeLessThan(0.1);
      expect(Math.abs(r.penalty_offset_dB ?? Number.NaN), r.design_id).toBeLessThan(0.1);
    }
    const b = fleetResidual(withPenalty.comparison, withPenalty.calibration.scenario).find(
      (r) => r.design_id === 'fr4-hall-b',
    );
    expectClose(b?.loss_change_dB ?? Number.NaN, 1.5, { atol: 0.1 });
  });

  it('gives what importing the telemetry again against the calibrated scenario gives', () => {
    const again = analyzeFleet(analysis.calibration.scenario, { source: 'planted.csv', text });
    const residual = fleetResidual(analysis.comparison, analysis.calibration.scenario);
    for (const d of again.comparison.designs) {
      const r = residual.find((entry) => entry.design_id === d.design_id);
      expectClose(r?.predicted_loss_dB ?? Number.NaN, d.predicted_loss_dB, { atol: 1e-9 });
      // Same samples, bins placed differently: equal within one 0.01 dB bin.
      expectClose(r?.excess_loss_dB.median ?? Number.NaN, d.excess_loss_dB.median ?? 0, {
        atol: 0.011,
      });
      expectClose(r?.penalty_offset_dB ?? Number.NaN, d.penalty_offset_dB.median ?? 0, {
        atol: 0.011,
      });
    }
  });
});

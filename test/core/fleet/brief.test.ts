import { describe, expect, it } from 'vitest';
import { analyzeFleet, buildBrief } from '../../../core/index';
import { fleetScenario, plantedTelemetry } from './fleet-helpers';

describe('the brief section "Field data"', () => {
  const scenario = fleetScenario();

  it('is absent without fleet data', () => {
    expect(buildBrief(scenario, { generatedOn: '2026-12-07' })).not.toContain('id="field-data"');
  });

  it('shows the calibration, its provenance and the Llama 3 record with the disagreement', () => {
    const calibrated = analyzeFleet(
      scenario,
      { source: 'planted.csv', text: plantedTelemetry(scenario, 1.5) },
      undefined,
      {
        hash: 'sha256:abc',
      },
    ).calibration.scenario;
    const html = buildBrief(calibrated, { generatedOn: '2026-12-07' });
    expect(html).toContain('<h2>Field data</h2>');
    expect(html).toContain('sha256:abc');
    expect(html).toContain('kind-measured');
    expect(html).toMatch(/Network \(switch and cable\)<\/th><td>35<\/td>/);
    expect(html).toContain('outside the interval');
    expect(html).toContain('id="method-fleet-calibration"');
    expect(html).toContain('id="ref-META_LLAMA3_HERD"');
    expect(html).not.toContain('id="ref-planted.csv"');
  });
});

import { readFileSync } from 'node:fs';
import {
  parseScenarioText,
  syntheticTelemetry,
  type ImddDesign,
  type Scenario,
} from '../../../core/index';
import { REPO_ROOT } from '../example-scenarios';

export function readFleetFile(name: string): string {
  return readFileSync(`${REPO_ROOT}examples/fleet/${name}`, 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(`${REPO_ROOT}test/fixtures/fleet/${name}`, 'utf8');
}

export function fleetScenario(): Scenario {
  const result = parseScenarioText(readFleetFile('fleet-scenario.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

export function imddOf(scenario: Scenario, id: string): ImddDesign {
  const design = scenario.designs.find((entry) => entry.id === id);
  if (!design || design.kind !== 'imdd') throw new Error(`no IM-DD design ${id}`);
  return design;
}

/** Synthetic telemetry with a planted excess loss and penalty on design B. */
export function plantedTelemetry(scenario: Scenario, excessB_dB: number, penaltyB_dB = 0): string {
  return [
    ...syntheticTelemetry({
      designs: [
        {
          design: imddOf(scenario, 'dr8-hall-a'),
          links: 30,
          excess_loss_dB: 0,
          excess_loss_sd_dB: 0.3,
          penalty_dB: 0,
          drift_dB_per_year: 0,
        },
        {
          design: imddOf(scenario, 'fr4-hall-b'),
          links: 30,
          excess_loss_dB: excessB_dB,
          excess_loss_sd_dB: 0.3,
          penalty_dB: penaltyB_dB,
          drift_dB_per_year: 0,
        },
      ],
      samples_per_link: 40,
      interval_s: 3600,
      start_iso: '2026-01-01T00:00:00Z',
      lanes: 4,
      seed: 7,
      temperature_coefficient_dB_per_C: 0.03,
    }),
  ].join('');
}

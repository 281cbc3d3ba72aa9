import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../core/evaluate-scenario';
import {
  laserWpeAt,
  LASER_WPE_CHARACTERISTIC_K,
  ringTuningAt_mW,
} from '../../../core/physics/temperature';
import type { Scenario } from '../../../core/index';
import { parseScenario } from '../../../core/scenario/parse';
import { expectClose } from '../../helpers/expect-close';
import { loadExample } from '../example-scenarios';

describe('laser wall-plug efficiency across the case', () => {
  it('is the 25 °C figure at 25 °C and falls by e^(−60/100) = 0.549 at 85 °C', () => {
    expect(laserWpeAt(0.1, 25)).toBe(0.1);
    expect(LASER_WPE_CHARACTERISTIC_K.value).toBe(100);
    expectClose(laserWpeAt(0.1, 85), 0.1 * Math.exp(-0.6), { rtol: 1e-12 });
    expect(laserWpeAt(0.9, -40)).toBe(1);
  });
});

describe('ring heater power across the case', () => {
  it('rises as the case cools: 0.08 nm/K ÷ 0.25 nm/mW = 0.32 mW per kelvin below 25 °C', () => {
    expectClose(ringTuningAt_mW(5, 0), 5 + 25 * 0.32, { rtol: 1e-12 });
    expectClose(ringTuningAt_mW(5, 35), 5 - 10 * 0.32, { rtol: 1e-12 });
    expect(ringTuningAt_mW(5, 85)).toBe(0);
    expect(ringTuningAt_mW(0, -40)).toBe(0);
  });
});

describe('energy per bit at the corners', () => {
  const example = loadExample('datacenter-pmds.json');
  const dr4 = example.designs.find((d) => d.id === '400gbase-dr4');
  if (!dr4) throw new Error('no DR4 example');

  it('is null without a temperature range, and designs keep their 25 °C energy', () => {
    const [first] = evaluateScenario(example);
    expect(first?.metrics.temperature_corners).toBeNull();
  });

  it('hot corner: more laser power (÷ WPE), cold corner: more ring power; 25 °C both ways is the base', () => {
    const technology = {
      ...dr4.technology,
      power: {
        ...dr4.technology.power,
        ring_tuning_mW_per_lane: 2,
        temperature: { case_min_C: 0, case_max_C: 70 },
      },
    };
    const scenario: Scenario = { ...example, designs: [{ ...dr4, technology }] };
    const parsed = parseScenario(scenario);
    expect(parsed.ok).toBe(true);
    const [evaluated] = evaluateScenario(scenario);
    const metrics = evaluated?.metrics;
    const corners = metrics?.temperature_corners;
    if (!metrics || !corners) throw new Error('expected corners');
    const base = metrics.energy;
    const baseLaser = base.parts.find((p) => p.id === 'laser')?.power_W ?? 0;
    const baseRing = base.parts.find((p) => p.id === 'ring-tuning')?.power_W ?? 0;
    if (technology.power.laser.mode === 'to-close') {
      expectClose(corners.hot.laser_power_W, baseLaser / Math.exp(-45 / 100), { rtol: 1e-9 });
      expectClose(corners.cold.laser_power_W, baseLaser / Math.exp(25 / 100), { rtol: 1e-9 });
    }
    const lanes = dr4.kind === 'imdd' ? dr4.lane.lanes : 1;
    expectClose(corners.cold.ring_tuning_power_W, (lanes * (2 + 25 * 0.32)) / 1000, { rtol: 1e-9 });
    expect(corners.hot.ring_tuning_power_W).toBe(0);
    expect(baseRing).toBeCloseTo((lanes * 2) / 1000, 12);
    expect(corners.hot.energy_pJ_per_bit).not.toBe(base.energy_pJ_per_bit);
  });

  it('a range upside down names the field', () => {
    const technology = {
      ...dr4.technology,
      power: { ...dr4.technology.power, temperature: { case_min_C: 70, case_max_C: 0 } },
    };
    const parsed = parseScenario({ ...example, designs: [{ ...dr4, technology }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.path).toBe('designs[0].technology.power.temperature.case_max_C');
  });
});

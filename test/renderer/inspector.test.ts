import { describe, expect, it } from 'vitest';
import type { Design } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { fieldGroupsFor } from '../../renderer/src/components/inspector/fieldGroups';
import { describeRange, fieldRange } from '../../renderer/src/components/inspector/fieldRange';
import { editDesign } from '../../renderer/src/store/designEdit';

function design(kind: Design['kind']): Design {
  const found = firstRunScenario().designs.find((candidate) => candidate.kind === kind);
  if (found === undefined) throw new Error(`the example has no ${kind} design`);
  return found;
}

/** The design with every optional physics sub-model switched on, so their fields show. */
function withPhysicsModels(plain: Design): Design {
  const on = (path: string, value: unknown, from: Design): Design => {
    const outcome = editDesign(from, path, value);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.design;
  };
  const subject = on('technology.power.temperature', { case_min_C: 0, case_max_C: 70 }, plain);
  if (subject.kind === 'imdd') {
    const withMpi = on(
      'penalties.mpi_model',
      { connector_reflectance_dB: -35, extinction_ratio_dB: 3.5 },
      subject,
    );
    return on('penalties.crosstalk_model', { isolation_dB: 25, adjacent_channels: 2 }, withMpi);
  }
  if (subject.kind === 'coherent') {
    const withGn = on(
      'nonlinearity',
      { model: 'gn', channels: 64, channel_spacing_GHz: 75 },
      subject,
    );
    return on('transceiver', { tx_osnr_dB: 34, required_osnr_includes_rx: false }, withGn);
  }
  return subject;
}

describe('field ranges come from the core schema', () => {
  it.each([
    ['channel.length_m', '0 … 10000000 m'],
    ['channel.connectors', '0 … 100 connectors, whole number'],
    ['fiber.attenuation_dB_per_km', '0 … 2000 dB/km'],
    ['rx.sensitivity.oma_dBm', '-50 … 10 dBm'],
  ])('%s → %s', (path, expected) => {
    const range = fieldRange(design('imdd'), path);
    expect(range && describeRange(range)).toBe(expected);
  });

  it('follows the receiver sensitivity mode', () => {
    const given = design('imdd');
    const outcome = editDesign(given, 'rx.sensitivity', {
      mode: 'noise',
      responsivity_A_per_W: 0.8,
      noise_density_pA_per_rtHz: 15,
      bandwidth_GHz: 30,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(fieldRange(outcome.design, 'rx.sensitivity.bandwidth_GHz')?.unit).toBe('GHz');
    expect(fieldRange(outcome.design, 'rx.sensitivity.oma_dBm')).toBeUndefined();
  });

  it('finds coherent fields', () => {
    expect(fieldRange(design('coherent'), 'length_km')?.unit).toBe('km');
  });

  it('every numeric field in every group has a range and a unit', () => {
    const physicsGroup = { imdd: 'Impairment models', coherent: 'Nonlinearity & transceiver' };
    for (const kind of ['imdd', 'coherent'] as const) {
      const subject = withPhysicsModels(design(kind));
      const groups = fieldGroupsFor(subject);
      const titles = groups.map((group) => group.title);
      expect(titles).toEqual([
        'Design',
        'Lane',
        'Transmitter',
        'Receiver',
        'Fiber',
        'Channel',
        'Penalties',
        physicsGroup[kind],
        'Technology',
        'Power',
        'Density',
        'Cost',
        'Reliability',
        'Latency',
      ]);
      for (const spec of groups.flatMap((group) => group.fields)) {
        if (spec.kind === 'number') expect(fieldRange(subject, spec.path), spec.path).toBeDefined();
      }
    }
  });
});

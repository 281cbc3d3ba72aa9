import { num } from '../helpers/expect-close';
import { describe, expect, it } from 'vitest';
import type { ImddDesign, LinkResult } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import {
  evaluationOf,
  selectSelectedDesign,
  selectSelectedEvaluation,
} from '../../renderer/src/store/results';
import { fieldKey } from '../../renderer/src/store/scenarioSlice';
import { fakeHost } from './fakeHost';

const FR4 = '400gbase-fr4';

function newStore() {
  return createAppStore({ scenario: firstRunScenario(), host: fakeHost().host });
}

function resultOf(store: ReturnType<typeof newStore>, id: string): LinkResult {
  const design = store.getState().scenario.designs.find((candidate) => candidate.id === id);
  if (design === undefined) throw new Error(`no design ${id}`);
  const evaluation = evaluationOf(design);
  if (!evaluation.ok) throw new Error(evaluation.error);
  return evaluation.result;
}

function fr4(store: ReturnType<typeof newStore>): ImddDesign {
  const design = store.getState().scenario.designs.find((candidate) => candidate.id === FR4);
  if (design?.kind !== 'imdd') throw new Error('the example has no IM-DD 400GBASE-FR4');
  return design;
}

describe('selection', () => {
  it('starts on the first design of the example', () => {
    const store = newStore();
    const first = store.getState().scenario.designs[0];
    expect(store.getState().selectedDesignId).toBe(first?.id);
    expect(selectSelectedDesign(store.getState())).toBe(first);
  });

  it('selects a design by id and evaluates it', () => {
    const store = newStore();
    store.getState().selectDesign(FR4);
    expect(selectSelectedDesign(store.getState())?.name).toBe('400GBASE-FR4');
    const evaluation = selectSelectedEvaluation(store.getState());
    expect(evaluation?.ok && evaluation.result.kind).toBe('imdd');
  });

  it('ignores an id that is not in the scenario', () => {
    const store = newStore();
    store.getState().selectDesign(FR4);
    store.getState().selectDesign('no-such-design');
    expect(store.getState().selectedDesignId).toBe(FR4);
  });
});

describe('editing a design', () => {
  it('a longer channel lowers the margin, and the result follows the edit', () => {
    const store = newStore();
    const before = resultOf(store, FR4);
    const outcome = store
      .getState()
      .updateDesignField(FR4, 'channel.length_m', before.length_m * 2);
    expect(outcome).toEqual({ ok: true });
    const after = resultOf(store, FR4);
    expect(after.length_m).toBe(before.length_m * 2);
    expect(num(after.link_margin_dB)).toBeLessThan(num(before.link_margin_dB));
    expect(store.getState().dirty).toBe(true);
  });

  it('leaves other designs (and their cached results) untouched', () => {
    const store = newStore();
    const others = store.getState().scenario.designs.filter((design) => design.id !== FR4);
    store.getState().updateDesignField(FR4, 'tx.oma_dBm', 1);
    const after = store.getState().scenario.designs.filter((design) => design.id !== FR4);
    after.forEach((design, index) => expect(design).toBe(others[index]));
  });

  it('rejects an out-of-range value with a message naming the range, and keeps the old value', () => {
    const store = newStore();
    const length = fr4(store).channel.length_m;
    const outcome = store.getState().updateDesignField(FR4, 'channel.length_m', -5);
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toContain('below the minimum');
    expect(message).toContain('allowed 0 … 10000000 m');
    expect(fr4(store).channel.length_m).toBe(length);
    expect(store.getState().fieldErrors[fieldKey(FR4, 'channel.length_m')]).toBe(message);
    expect(store.getState().dirty).toBe(false);
  });

  it.each([
    ['channel.connectors', 1.5, 'whole number'],
    ['tx.oma_dBm', Number.NaN, 'must be a finite number'],
    ['lane.baud_GBd', undefined, 'is required (allowed 0.1 … 500 GBd)'],
    ['required_margin_dB', 31, 'above the maximum (allowed 0 … 30 dB)'],
  ])('rejects %s = %s (%s)', (path, value, expected) => {
    const store = newStore();
    const outcome = store.getState().updateDesignField(FR4, path, value);
    expect(outcome.ok ? '' : outcome.message).toContain(expected);
  });

  it('clears the message once the field is edited to a valid value', () => {
    const store = newStore();
    store.getState().updateDesignField(FR4, 'channel.length_m', 1e9);
    expect(store.getState().fieldErrors[fieldKey(FR4, 'channel.length_m')]).toBeDefined();
    store.getState().updateDesignField(FR4, 'channel.length_m', 1000);
    expect(store.getState().fieldErrors[fieldKey(FR4, 'channel.length_m')]).toBeUndefined();
    expect(fr4(store).channel.length_m).toBe(1000);
  });

  it('removes an optional override when given nothing', () => {
    const store = newStore();
    store.getState().updateDesignField(FR4, 'fiber.attenuation_dB_per_km', 0.4);
    expect(fr4(store).fiber.attenuation_dB_per_km).toBe(0.4);
    store.getState().updateDesignField(FR4, 'fiber.attenuation_dB_per_km', undefined);
    expect('attenuation_dB_per_km' in fr4(store).fiber).toBe(false);
  });

  it('refuses to change a design id', () => {
    const store = newStore();
    expect(store.getState().updateDesignField(FR4, 'id', 'other').ok).toBe(false);
  });
});

describe('files', () => {
  it('opens a valid scenario and selects its first design', async () => {
    const text = JSON.stringify({
      ...firstRunScenario(),
      name: 'Opened',
      designs: [fr4(newStore())],
    });
    const store = createAppStore({
      scenario: firstRunScenario(),
      host: fakeHost({ path: '/data/opened.json', text }).host,
    });
    await store.getState().openFile();
    expect(store.getState().scenario.name).toBe('Opened');
    expect(store.getState().selectedDesignId).toBe(FR4);
    expect(store.getState().filePath).toBe('/data/opened.json');
  });

  it('keeps the current scenario when the opened file is invalid, and lists the issues', async () => {
    const store = createAppStore({
      scenario: firstRunScenario(),
      host: fakeHost({ path: 'bad.json', text: '{"schemaVersion": 1, "name": ""}' }).host,
    });
    const before = store.getState().scenario;
    await store.getState().openFile();
    expect(store.getState().scenario).toBe(before);
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('error');
    expect(notice?.kind === 'error' && notice.issues.length).toBeGreaterThan(0);
  });

  it('opens a file with keys it does not know, names them in a warning, and saves them back', async () => {
    const text = JSON.stringify({ ...firstRunScenario(), name: 'Newer', x_review: [1, 2] });
    const { host, saves } = fakeHost({ path: '/data/newer.json', text });
    const store = createAppStore({ scenario: firstRunScenario(), host });
    await store.getState().openFile();
    expect(store.getState().scenario.name).toBe('Newer');
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('warning');
    expect(notice?.kind === 'warning' && notice.issues.map((issue) => issue.path)).toEqual([
      'x_review',
    ]);
    store.getState().updateDesignField(FR4, 'channel.length_m', 321);
    await store.getState().saveFile();
    expect((JSON.parse(saves[0]?.text ?? '{}') as Record<string, unknown>)['x_review']).toEqual([
      1, 2,
    ]);
  });

  it('saves the scenario as JSON that parses back, then is no longer dirty', async () => {
    const { host, saves } = fakeHost();
    const store = createAppStore({ scenario: firstRunScenario(), host });
    store.getState().updateDesignField(FR4, 'channel.length_m', 1234);
    await store.getState().saveFile();
    expect(saves).toHaveLength(1);
    expect(saves[0]?.path).toBeUndefined();
    expect(JSON.parse(saves[0]?.text ?? '')).toEqual(store.getState().scenario);
    expect(store.getState().dirty).toBe(false);
    await store.getState().saveFile();
    expect(saves[1]?.path).toBe(store.getState().filePath);
  });
});

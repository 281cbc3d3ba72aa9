import { describe, expect, it } from 'vitest';
import { defaultFabrics } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import { fakeHost } from './fakeHost';

function newStore() {
  return createAppStore({ scenario: firstRunScenario(), host: fakeHost().host });
}

describe('setScenarioSection', () => {
  it('replaces a section in one undoable step and marks the document dirty', () => {
    const store = newStore();
    const before = store.getState().scenario;
    const fabrics = defaultFabrics();
    expect(store.getState().setScenarioSection('fabrics', fabrics)).toEqual({ ok: true });
    expect(store.getState().scenario.fabrics).toBe(fabrics);
    expect(store.getState().dirty).toBe(true);
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().dirty).toBe(false);
  });

  it('removes a section given undefined', () => {
    const store = newStore();
    store.getState().setScenarioSection('fabrics', defaultFabrics());
    store.getState().setScenarioSection('fabrics', undefined);
    expect('fabrics' in store.getState().scenario).toBe(false);
  });

  it('refuses an invalid section, names the field and leaves the scenario as it was', () => {
    const store = newStore();
    const before = store.getState().scenario;
    const [first, ...rest] = defaultFabrics();
    if (!first) throw new Error('no default fabric');
    const result = store
      .getState()
      .setScenarioSection('fabrics', [{ ...first, accelerators: -5 }, ...rest]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^fabrics\[0\]\.accelerators: /);
    expect(store.getState().scenario).toBe(before);
  });
});

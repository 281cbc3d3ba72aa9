import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../core';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import { HISTORY_LIMIT } from '../../renderer/src/store/historySlice';
import { fakeHost } from './fakeHost';

const FR4 = '400gbase-fr4';
const MARGIN: Criterion = { metric: 'link_margin_dB', op: '>=', value: 0 };

function newStore(host = fakeHost().host) {
  return createAppStore({ scenario: firstRunScenario(), host });
}

function lengthOf(store: ReturnType<typeof newStore>): unknown {
  const design = store.getState().scenario.designs.find((candidate) => candidate.id === FR4);
  return design?.kind === 'imdd' ? design.channel.length_m : undefined;
}

describe('undo and redo', () => {
  it('an edit, undone and redone, restores the exact scenario objects', () => {
    const store = newStore();
    const before = store.getState().scenario;
    store.getState().updateDesignField(FR4, 'channel.length_m', 1234);
    const after = store.getState().scenario;
    expect(lengthOf(store)).toBe(1234);
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().dirty).toBe(false);
    store.getState().redo();
    expect(store.getState().scenario).toBe(after);
    expect(store.getState().dirty).toBe(true);
  });

  it('steps back through several edits in order', () => {
    const store = newStore();
    const states = [store.getState().scenario];
    for (const length of [100, 200, 300]) {
      store.getState().updateDesignField(FR4, 'channel.length_m', length);
      states.push(store.getState().scenario);
    }
    store.getState().undo();
    expect(store.getState().scenario).toBe(states[2]);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario).toBe(states[0]);
    store.getState().undo(); // nothing left: no change
    expect(store.getState().scenario).toBe(states[0]);
    store.getState().redo();
    expect(store.getState().scenario).toBe(states[1]);
  });

  it('a new edit after an undo drops the redo steps', () => {
    const store = newStore();
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    store.getState().undo();
    store.getState().updateDesignField(FR4, 'channel.length_m', 200);
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    store.getState().redo();
    expect(lengthOf(store)).toBe(200);
  });

  it('tracks the scenario only: selection, views and rejected edits are not steps', () => {
    const store = newStore();
    store.getState().selectDesign(FR4);
    store.getState().showView('compare');
    store.getState().toggleTheme();
    store.getState().updateDesignField(FR4, 'channel.length_m', -5);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('undoes adding, duplicating and removing designs, and keeps a valid selection', () => {
    const store = newStore();
    const count = store.getState().scenario.designs.length;
    const copy = store.getState().duplicateDesign(FR4);
    expect(store.getState().selectedDesignId).toBe(copy);
    store.getState().undo();
    expect(store.getState().scenario.designs).toHaveLength(count);
    expect(
      store.getState().scenario.designs.some((d) => d.id === store.getState().selectedDesignId),
    ).toBe(true);
    store.getState().removeDesign(FR4);
    store.getState().undo();
    expect(store.getState().scenario.designs.map((d) => d.id)).toContain(FR4);
  });

  it('undoes criteria edits', () => {
    const store = newStore();
    const before = store.getState().scenario;
    expect(store.getState().addCriteriaSet('Undo me', MARGIN)).toEqual({ ok: true });
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    const store = newStore();
    for (let step = 1; step <= HISTORY_LIMIT + 20; step += 1) {
      store.getState().updateDesignField(FR4, 'channel.length_m', step);
    }
    expect(store.temporal.getState().pastStates).toHaveLength(HISTORY_LIMIT);
    for (let step = 0; step < HISTORY_LIMIT + 20; step += 1) store.getState().undo();
    expect(lengthOf(store)).toBe(20); // the oldest 20 steps were dropped
  });

  it('opening a file starts a fresh history', async () => {
    const text = JSON.stringify({ ...firstRunScenario(), name: 'Opened' });
    const store = newStore(fakeHost({ path: 'opened.json', text }).host);
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    await store.getState().saveFile();
    await store.getState().openFile();
    expect(store.getState().scenario.name).toBe('Opened');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('dirty tracking', () => {
  it('undo after a save marks the scenario dirty again; redo back to it is clean', async () => {
    const store = newStore();
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    await store.getState().saveFile();
    expect(store.getState().dirty).toBe(false);
    store.getState().undo();
    expect(store.getState().dirty).toBe(true);
    store.getState().redo();
    expect(store.getState().dirty).toBe(false);
  });

  it('an edit made while a save is under way stays unsaved', async () => {
    const store = newStore();
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    const saving = store.getState().saveFile();
    store.getState().updateDesignField(FR4, 'channel.length_m', 200);
    await saving;
    expect(store.getState().dirty).toBe(true);
  });

  it('asks before a file replaces unsaved changes, and keeps them on "no"', async () => {
    const text = JSON.stringify({ ...firstRunScenario(), name: 'Other' });
    const asked: string[] = [];
    const store = createAppStore({
      scenario: firstRunScenario(),
      host: fakeHost({ path: 'other.json', text }).host,
      confirmDiscard: (message) => {
        asked.push(message);
        return false;
      },
    });
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    await store.getState().openFile();
    expect(asked).toHaveLength(1);
    expect(lengthOf(store)).toBe(100);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioText } from '../../core';
import { MENU_COMMANDS } from '../../core/host/contract';
import { firstRunScenario } from '../../renderer/src/app/firstRunScenario';
import { bindHost } from '../../renderer/src/app/hostBindings';
import { SHORTCUTS, shortcutFor, shortcutKeys } from '../../renderer/src/app/shortcuts';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  bindAutosave,
} from '../../renderer/src/store/autosave';
import { createAppStore } from '../../renderer/src/store/createAppStore';
import { scenarioText } from '../../renderer/src/store/documentSlice';
import { fakeHost } from './fakeHost';
import type { FakeHostScript } from './fakeHost';

const FR4 = '400gbase-fr4';
const SAMPLE_CSV = readFileSync(
  resolve(import.meta.dirname, '../../examples/datasheets/supplier-800g.csv'),
  'utf8',
);

function setup(script: FakeHostScript = {}) {
  const fake = fakeHost(null, script);
  const store = createAppStore({
    scenario: firstRunScenario(),
    host: fake.host,
    now: () => new Date(2026, 10, 24, 9, 30),
  });
  return { ...fake, store };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, a quiet second after the last of a burst of edits', () => {
    const { store, host, autosaves } = setup();
    bindAutosave(store, host);
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100);
    store.getState().updateDesignField(FR4, 'channel.length_m', 200);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100);
    expect(autosaves).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(autosaves).toHaveLength(1);
    expect(autosaves[0]).toEqual({ path: null, text: scenarioText(store.getState().scenario) });
  });

  it('still writes, at least every 10 s, while the user edits every 200 ms for 30 s', () => {
    const { store, host, autosaves } = setup();
    bindAutosave(store, host);
    expect(AUTOSAVE_MAX_WAIT_MS).toBeLessThanOrEqual(10_000);
    const writtenAt: number[] = [];
    for (let t = 0; t < 30_000; t += 200) {
      store.getState().updateDesignField(FR4, 'channel.length_m', 100 + t / 100);
      const before = autosaves.length;
      vi.advanceTimersByTime(200);
      if (autosaves.length > before) writtenAt.push(t + 200);
    }
    expect(writtenAt.length).toBeGreaterThanOrEqual(3);
    expect(writtenAt[0]).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
    for (let i = 1; i < writtenAt.length; i++)
      expect((writtenAt[i] ?? 0) - (writtenAt[i - 1] ?? 0)).toBeLessThanOrEqual(
        AUTOSAVE_MAX_WAIT_MS,
      );
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(autosaves.at(-1)).toEqual({ path: null, text: scenarioText(store.getState().scenario) });
  });

  it('does not write what is saved, and a save clears the autosave', async () => {
    const { store, host, autosaves, autosaveClears } = setup();
    bindAutosave(store, host);
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    await store.getState().saveFile();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(autosaves).toHaveLength(0);
    expect(autosaveClears()).toBe(1);
  });

  it('an undo back to the saved state cancels the pending write', () => {
    const { store, host, autosaves } = setup();
    bindAutosave(store, host);
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    store.getState().undo();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(autosaves).toHaveLength(0);
  });

  it('stops when unbound', () => {
    const { store, host, autosaves } = setup();
    const unbind = bindAutosave(store, host);
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    unbind();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(autosaves).toHaveLength(0);
  });
});

describe('recovery', () => {
  const edited = { ...firstRunScenario(), name: 'Recovered work' };
  const work = { path: 'mine.json', text: scenarioText(edited), savedAt: '2026-11-24T08:00:00Z' };

  it('offers work left behind; Recover loads it as unsaved changes', async () => {
    const { store } = setup({ toRecover: work });
    await store.getState().checkRecovery();
    expect(store.getState().recovery).toEqual(work);
    store.getState().recoverWork();
    expect(store.getState().scenario.name).toBe('Recovered work');
    expect(store.getState().filePath).toBe('mine.json');
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().recovery).toBeNull();
  });

  it('Discard keeps the example and clears the autosave', async () => {
    const { store, autosaveClears } = setup({ toRecover: work });
    await store.getState().checkRecovery();
    await store.getState().discardRecovery();
    expect(store.getState().scenario.name).toBe(firstRunScenario().name);
    expect(store.getState().recovery).toBeNull();
    expect(autosaveClears()).toBe(1);
  });

  it('nothing left behind: the first-run example, no question', async () => {
    const { store } = setup();
    await store.getState().checkRecovery();
    expect(store.getState().recovery).toBeNull();
    expect(store.getState().dirty).toBe(false);
  });

  it('invalid recovered text shows its issues and keeps the current work', async () => {
    const { store } = setup({ toRecover: { ...work, text: '{"schemaVersion": 1}' } });
    await store.getState().checkRecovery();
    const before = store.getState().scenario;
    store.getState().recoverWork();
    expect(store.getState().scenario).toBe(before);
    const notice = store.getState().notice;
    expect(notice?.kind === 'error' && notice.issues.length).toBeGreaterThan(0);
  });
});

describe('importing supplier datasheets', () => {
  it('adds the good rows as one undoable step and reports each rejected row', async () => {
    const { store } = setup({ toImport: { name: 'supplier-800g.csv', text: SAMPLE_CSV } });
    const before = store.getState().scenario;
    await store.getState().importDatasheet();
    const report = store.getState().importReport;
    expect(report?.imported).toEqual([
      'Vendor X 800G DR8',
      'Vendor X 800G LPO',
      'Vendor Y 800G 2xFR4',
    ]);
    expect(report?.rejected.map((row) => row.line)).toEqual([5, 6, 7, 8]);
    for (const row of report?.rejected ?? []) expect(row.reasons.length).toBeGreaterThan(0);
    expect(store.getState().scenario.designs).toHaveLength(before.designs.length + 3);
    expect(store.getState().dirty).toBe(true);
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
  });

  it('reports a file the importer cannot read instead of an unhandled rejection', async () => {
    const unreadable = {
      name: 'broken.csv',
      get text(): string {
        throw new Error('the file is not text');
      },
    };
    const { store } = setup({ toImport: unreadable });
    const before = store.getState().scenario;
    await expect(store.getState().importDatasheet()).resolves.toBeUndefined();
    expect(store.getState().notice).toMatchObject({
      kind: 'error',
      message: 'Could not import broken.csv: the file is not text',
    });
    expect(store.getState().scenario).toBe(before);
  });

  it('reports columns named after Object methods as unknown columns, row by row', async () => {
    const { store } = setup({
      toImport: { name: 'hostile.csv', text: 'name,base,constructor\nX,dr8-800g,5\n' },
    });
    await store.getState().importDatasheet();
    expect(store.getState().importReport?.rejected).toEqual([
      { line: 2, name: 'X', reasons: ['constructor: unknown column'] },
    ]);
  });

  it('a cancelled import changes nothing', async () => {
    const { store } = setup();
    const before = store.getState().scenario;
    await store.getState().importDatasheet();
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().importReport).toBeNull();
  });
});

describe('exporting the brief', () => {
  it('hands the host a self-contained HTML brief with the scorecard', async () => {
    const { store, exports } = setup();
    await store.getState().exportBrief('html');
    expect(exports).toHaveLength(1);
    const [request] = exports;
    expect(request?.mimeType).toBe('text/html');
    expect(request?.suggestedName).toMatch(/-brief\.html$/);
    expect(request?.content).toContain('<!doctype html>'.slice(0, 2));
    expect(request?.content).toContain('Scorecard');
    expect(request?.content).toContain('Assumptions');
    expect(request?.content).toContain('2026-11-24');
    expect(store.getState().exporting).toBeNull();
    expect(store.getState().notice?.kind).toBe('info');
  });

  it('judges against the criteria set the scorecard shows', async () => {
    const { store, exports } = setup();
    store.getState().addCriteriaSet('Strict bar', {
      metric: 'link_margin_dB',
      op: '>=',
      value: 25,
    });
    await store.getState().exportBrief('html');
    expect(exports[0]?.content).toContain('Strict bar');
  });

  it('prints the PDF through the host', async () => {
    const { store, pdfs } = setup();
    await store.getState().exportBrief('pdf');
    expect(pdfs[0]?.suggestedName).toMatch(/-brief\.pdf$/);
    expect(pdfs[0]?.html).toContain('Scorecard');
  });
});

describe('the host binding', () => {
  it('tells the host every dirty change and titles the window "• name — Lightbench"', async () => {
    const { store, host, dirtyCalls, titles } = setup();
    bindHost(store, host);
    store.getState().updateDesignField(FR4, 'channel.length_m', 100);
    store.getState().updateDesignField(FR4, 'channel.length_m', 200);
    await store.getState().saveFile();
    expect(dirtyCalls).toEqual([false, true, false]);
    expect(titles).toContain(`• ${firstRunScenario().name} — Lightbench`);
    expect(titles.at(-1)).toMatch(/^[\w-]+\.json — Lightbench$/);
  });

  it('lists recent files from the host', async () => {
    const { store } = setup({ recent: ['a.json', 'b.json'] });
    await store.getState().refreshRecentFiles();
    expect(store.getState().recentFiles).toEqual(['a.json', 'b.json']);
  });

  it('an invalid file leaves the current work and lists issues by field path', async () => {
    const fake = fakeHost({ path: 'bad.json', text: '{"schemaVersion": 1, "designs": [{}]}' });
    const store = createAppStore({ scenario: firstRunScenario(), host: fake.host });
    await store.getState().openFile();
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('error');
    const paths = notice?.kind === 'error' ? notice.issues.map((issue) => issue.path) : [];
    expect(paths.some((path) => path.startsWith('designs'))).toBe(true);
    expect(parseScenarioText(scenarioText(store.getState().scenario)).ok).toBe(true);
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrl' | 'meta' | 'shift', boolean>>) => ({
    key,
    ctrlKey: modifiers.ctrl ?? false,
    metaKey: modifiers.meta ?? false,
    shiftKey: modifiers.shift ?? false,
    altKey: false,
  });

  it.each([
    ['z', { ctrl: true }, 'edit.undo'],
    ['Z', { ctrl: true, shift: true }, 'edit.redo'],
    ['y', { ctrl: true }, 'edit.redo'],
    ['o', { ctrl: true }, 'file.open'],
    ['s', { ctrl: true }, 'file.save'],
    ['S', { ctrl: true, shift: true }, 'file.save-as'],
  ])('Ctrl %s %o → %s', (key, modifiers, command) => {
    expect(shortcutFor(press(key, modifiers), false)?.command).toBe(command);
  });

  it('uses ⌘ rather than Ctrl on macOS', () => {
    expect(shortcutFor(press('z', { meta: true }), true)?.command).toBe('edit.undo');
    expect(shortcutFor(press('z', { ctrl: true }), true)).toBeUndefined();
    const undo = SHORTCUTS.find((shortcut) => shortcut.command === 'edit.undo');
    expect(undo && shortcutKeys(undo, true)).toEqual(['⌘', 'Z']);
  });

  it('every shortcut runs a menu command, and no two share keys', () => {
    const keys = SHORTCUTS.map((s) => `${s.mod}|${s.shift}|${s.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const shortcut of SHORTCUTS) expect(MENU_COMMANDS).toContain(shortcut.command);
  });
});

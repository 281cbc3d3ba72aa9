import path from 'node:path';
import { describe, expect, it, vi, type Mock } from 'vitest';
import {
  CSV_FILTERS,
  chooseSaveTarget,
  chooseScenarioToOpen,
  SCENARIO_FILTERS,
  withJsonExtension,
  type DialogLike,
} from '../../electron/file-dialogs';
import { MAX_SCENARIO_BYTES } from '../../electron/payloads';
import { createScenarioFiles } from '../../electron/scenario-files';

type Window = { setTitle: Mock<(title: string) => void> };
type Sender = { id: number };

/** A dialog that answers with scripted choices and records what it was asked. */
function fakeDialog(choices: { open?: string | null; save?: string | null }): DialogLike<Window> & {
  showOpenDialog: ReturnType<typeof vi.fn>;
  showSaveDialog: ReturnType<typeof vi.fn>;
} {
  return {
    showOpenDialog: vi.fn(async () =>
      choices.open == null
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [choices.open] },
    ),
    showSaveDialog: vi.fn(async () =>
      choices.save == null
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: choices.save },
    ),
  };
}

describe('file dialogs', () => {
  const window: Window = { setTitle: vi.fn() };

  it('opens with a .json filter, parented to the window', async () => {
    const dialog = fakeDialog({ open: '/data/a.json' });
    await expect(chooseScenarioToOpen(dialog, window)).resolves.toBe('/data/a.json');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile'], filters: SCENARIO_FILTERS }),
    );
    expect(SCENARIO_FILTERS).toEqual([{ name: expect.any(String), extensions: ['json'] }]);
  });

  it('returns null when either dialog is cancelled', async () => {
    const dialog = fakeDialog({});
    await expect(chooseScenarioToOpen(dialog, window)).resolves.toBeNull();
    await expect(chooseSaveTarget(dialog, window, '/data/a.json')).resolves.toBeNull();
  });

  it('saves with a .json filter and the suggested path, adding .json when typed without', async () => {
    const dialog = fakeDialog({ save: '/data/b' });
    await expect(chooseSaveTarget(dialog, window, '/docs/a.json')).resolves.toBe('/data/b.json');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/docs/a.json', filters: SCENARIO_FILTERS }),
    );
  });

  it.each([
    ['/a/b', '/a/b.json'],
    ['/a/b.json', '/a/b.json'],
    ['/a/b.scenario', '/a/b.scenario'],
  ])('withJsonExtension(%s) is %s', (input, expected) => {
    expect(withJsonExtension(input)).toBe(expected);
  });
});

function setup(choices: { open?: string | null; save?: string | null }) {
  const window: Window = { setTitle: vi.fn() };
  const dialog = fakeDialog(choices);
  const files = new Map<string, string>([['/data/a.json', '\uFEFF{"a":1}']]);
  const save = vi.fn(async (filePath: string, text: string) => {
    files.set(filePath, text);
    return filePath;
  });
  const operations = createScenarioFiles<Sender, Window>({
    dialog,
    windowFor: (sender) => (sender.id === 1 ? window : null),
    defaultDirectory: '/home/me/Documents',
    readFile: async (filePath) => files.get(filePath) ?? '',
    fileSize: async (filePath) => (filePath === '/data/huge.json' ? MAX_SCENARIO_BYTES + 1 : 10),
    save,
  });
  return { window, dialog, save, operations, sender: { id: 1 } };
}

describe('createScenarioFiles', () => {
  it('opens the chosen file, without a byte-order mark', async () => {
    const { operations, sender } = setup({ open: '/data/a.json' });
    await expect(operations.openScenario(sender)).resolves.toEqual({
      path: '/data/a.json',
      text: '{"a":1}',
    });
  });

  it('refuses a file over the size cap', async () => {
    const { operations, sender } = setup({ open: '/data/huge.json' });
    await expect(operations.openScenario(sender)).rejects.toThrow(/larger than \d+ bytes/);
  });

  it('saves over a file the user opened without asking again', async () => {
    const { operations, sender, dialog, save } = setup({ open: '/data/a.json' });
    await operations.openScenario(sender);
    const result = await operations.saveScenario(sender, {
      path: '/data/a.json',
      suggestedName: 'a.json',
      text: 'new',
    });
    expect(result).toEqual({ path: path.resolve('/data/a.json') });
    expect(save).toHaveBeenCalledWith(path.resolve('/data/a.json'), 'new');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks where to save when there is no path, starting in Documents', async () => {
    const { operations, sender, dialog, save } = setup({ save: '/data/new.json' });
    await expect(
      operations.saveScenario(sender, { suggestedName: 'cpo-vs-lpo.json', text: '{}' }),
    ).resolves.toEqual({ path: path.resolve('/data/new.json') });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: path.join('/home/me/Documents', 'cpo-vs-lpo.json') }),
    );
    expect(save).toHaveBeenCalledOnce();
    // Now granted: the next Save goes straight to the file.
    await operations.saveScenario(sender, {
      path: '/data/new.json',
      suggestedName: 'x',
      text: '2',
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
  });

  it('never writes to a path the user did not pick: it asks instead', async () => {
    const { operations, sender, dialog, save } = setup({ save: null });
    const result = await operations.saveScenario(sender, {
      path: '/home/me/.bashrc',
      suggestedName: 'a.json',
      text: 'rm -rf ~',
    });
    expect(result).toBeNull();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: path.resolve('/home/me/.bashrc') }),
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('passes a save failure on to the renderer', async () => {
    const { operations, sender, save } = setup({ save: '/data/new.json' });
    save.mockRejectedValueOnce(new Error('Could not save "/data/new.json": the disk is full'));
    await expect(operations.saveScenario(sender, { suggestedName: 'a', text: '' })).rejects.toThrow(
      'the disk is full',
    );
  });

  it('sets the window title, falling back to the app name', () => {
    const { operations, sender, window } = setup({});
    operations.setTitle(sender, 'a.json • Lightbench');
    operations.setTitle(sender, '');
    expect(window.setTitle.mock.calls).toEqual([['a.json • Lightbench'], ['Lightbench']]);
  });

  it('fails clearly when the window is gone', async () => {
    const { operations } = setup({ open: '/data/a.json' });
    await expect(operations.openScenario({ id: 2 })).rejects.toThrow(
      'The Lightbench window is gone',
    );
  });
});

describe('recent files, reopening and CSV import', () => {
  function setupWithRecent(open: string | null, initialRecent: string[] = []) {
    const window: Window = { setTitle: vi.fn() };
    const dialog = fakeDialog({ open, save: '/data/saved.json' });
    const files = new Map<string, string>([
      [path.resolve('/data/a.json'), '{"a":1}'],
      [path.resolve('/data/parts.csv'), '\uFEFFpart,loss\nx,1'],
    ]);
    let recentList = [...initialRecent];
    const recent = {
      list: vi.fn(async () => recentList),
      current: () => recentList,
      has: vi.fn(async (filePath: string) => recentList.includes(path.resolve(filePath))),
      add: vi.fn(async (filePath: string) => {
        recentList = [filePath, ...recentList.filter((entry) => entry !== filePath)];
      }),
      remove: vi.fn(async (filePath: string) => {
        recentList = recentList.filter((entry) => entry !== path.resolve(filePath));
      }),
      clear: vi.fn(async () => {
        recentList = [];
      }),
    };
    const save = vi.fn(async (filePath: string) => filePath);
    const settled = vi.fn();
    const gone = (filePath: string) =>
      Object.assign(new Error(`ENOENT: no such file, open '${filePath}'`), { code: 'ENOENT' });
    const operations = createScenarioFiles<Sender, Window>({
      dialog,
      windowFor: (sender) => (sender.id === 1 ? window : null),
      defaultDirectory: '/home/me/Documents',
      recent,
      onSaveSettled: settled,
      readFile: async (filePath) => {
        const text = files.get(path.resolve(filePath));
        if (text === undefined) throw gone(filePath);
        return text;
      },
      fileSize: async (filePath) => {
        if (!files.has(path.resolve(filePath))) throw gone(filePath);
        return 10;
      },
      save,
    });
    return {
      operations,
      recent,
      save,
      dialog,
      settled,
      sender: { id: 1 },
      recentList: () => recentList,
    };
  }

  it('adds opened and saved files to the recent list', async () => {
    const { operations, sender, recentList } = setupWithRecent('/data/a.json');
    await operations.openScenario(sender);
    await operations.saveScenario(sender, { suggestedName: 'n.json', text: '{}' });
    expect(recentList()).toEqual([path.resolve('/data/saved.json'), '/data/a.json']);
    await expect(operations.recentFiles(sender)).resolves.toEqual(recentList());
  });

  it('reopens a recent file, re-reading it, and may then save over it without asking', async () => {
    const a = path.resolve('/data/a.json');
    const { operations, sender, dialog, save } = setupWithRecent(null, [a]);
    await expect(operations.openRecent(sender, a)).resolves.toEqual({ path: a, text: '{"a":1}' });
    await operations.saveScenario(sender, { path: a, suggestedName: 'a.json', text: '2' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(save).toHaveBeenCalledWith(a, '2');
  });

  it('returns null and drops a recent file that is gone', async () => {
    const gone = path.resolve('/data/deleted.json');
    const { operations, sender, recentList } = setupWithRecent(null, [gone]);
    await expect(operations.openRecent(sender, gone)).resolves.toBeNull();
    expect(recentList()).toEqual([]);
  });

  it('refuses to read a path that is not on the recent list', async () => {
    const { operations, sender } = setupWithRecent(null, [path.resolve('/data/a.json')]);
    await expect(operations.openRecent(sender, '/home/me/.ssh/id_rsa')).rejects.toThrow(
      'Could not open "/home/me/.ssh/id_rsa": it is not in the recent files list',
    );
  });

  it('imports a CSV chosen with a .csv filter, by name and without a byte-order mark', async () => {
    const { operations, sender, dialog, recentList } = setupWithRecent('/data/parts.csv');
    await expect(operations.importCsv(sender)).resolves.toEqual({
      name: 'parts.csv',
      text: 'part,loss\nx,1',
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ filters: CSV_FILTERS }),
    );
    expect(CSV_FILTERS[0]?.extensions).toEqual(['csv']);
    expect(recentList()).toEqual([]); // an import is not a scenario
  });

  it('returns null when the import is cancelled', async () => {
    const { operations, sender } = setupWithRecent(null);
    await expect(operations.importCsv(sender)).resolves.toBeNull();
  });

  it('reports how each save ended (for the close flow)', async () => {
    const { operations, sender, settled, save, dialog } = setupWithRecent(null);
    await operations.saveScenario(sender, { suggestedName: 'n.json', text: '' });
    expect(settled).toHaveBeenLastCalledWith(sender, { path: path.resolve('/data/saved.json') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await operations.saveScenario(sender, { suggestedName: 'n.json', text: '' });
    expect(settled).toHaveBeenLastCalledWith(sender, null);
    save.mockRejectedValueOnce(new Error('disk full'));
    await expect(
      operations.saveScenario(sender, { suggestedName: 'n.json', text: '' }),
    ).rejects.toThrow();
    expect(settled).toHaveBeenLastCalledWith(sender, null);
  });
});

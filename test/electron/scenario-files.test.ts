import path from 'node:path';
import { describe, expect, it, vi, type Mock } from 'vitest';
import {
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

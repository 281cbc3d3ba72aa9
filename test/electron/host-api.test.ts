import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../core/host/contract';
import { createHostApi, type IpcRendererLike } from '../../electron/host-api';
import { MENU_COMMAND_CHANNEL, OPEN_RECENT_CHANNEL } from '../../electron/menu-commands';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => null),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipc }, ...args);
  };
  return { ipc, emit, listeners };
}

describe('createHostApi', () => {
  it('exposes exactly the HostApi operations plus the menu subscriptions, and no IPC object', () => {
    const api = createHostApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(HOST_CHANNELS), 'platform', 'onMenuCommand', 'onOpenRecent'].sort(),
    );
    expect(api.platform).toBe('electron');
    for (const value of Object.values(api)) {
      expect(typeof value === 'function' || typeof value === 'string').toBe(true);
    }
  });

  it('invokes one fixed channel per operation', async () => {
    const { ipc } = fakeIpcRenderer();
    const api = createHostApi(ipc);
    await api.openScenario();
    await api.saveScenario({ path: '/a.json', suggestedName: 'a.json', text: '{}' });
    await api.setTitle('t');
    await api.openRecent('/r.json');
    await api.recentFiles();
    await api.importCsv();
    await api.exportFile({ suggestedName: 'b.html', content: '<p>', mimeType: 'text/html' });
    await api.exportPdf({ suggestedName: 'b.pdf', html: '<p>' });
    await api.autosave({ path: null, text: '{}' });
    await api.recoverWork();
    await api.clearAutosave();
    await api.setDirty(true);
    expect(ipc.invoke.mock.calls).toEqual([
      [HOST_CHANNELS.openScenario],
      [HOST_CHANNELS.saveScenario, { path: '/a.json', suggestedName: 'a.json', text: '{}' }],
      [HOST_CHANNELS.setTitle, 't'],
      [HOST_CHANNELS.openRecent, '/r.json'],
      [HOST_CHANNELS.recentFiles],
      [HOST_CHANNELS.importCsv],
      [
        HOST_CHANNELS.exportFile,
        { suggestedName: 'b.html', content: '<p>', mimeType: 'text/html' },
      ],
      [HOST_CHANNELS.exportPdf, { suggestedName: 'b.pdf', html: '<p>' }],
      [HOST_CHANNELS.autosave, { path: null, text: '{}' }],
      [HOST_CHANNELS.recoverWork],
      [HOST_CHANNELS.clearAutosave],
      [HOST_CHANNELS.setDirty, true],
    ]);
    // Every HostApi channel is used, one per operation.
    expect(new Set(ipc.invoke.mock.calls.map(([channel]) => channel))).toEqual(
      new Set(Object.values(HOST_CHANNELS)),
    );
  });

  it('resolves the void operations with undefined, not the main process reply', async () => {
    const { ipc } = fakeIpcRenderer();
    ipc.invoke.mockResolvedValue('leak');
    const api = createHostApi(ipc);
    await expect(api.setDirty(false)).resolves.toBeUndefined();
    await expect(api.autosave({ path: '/a', text: '' })).resolves.toBeUndefined();
    await expect(api.clearAutosave()).resolves.toBeUndefined();
  });

  it('sends only the contract fields of exports and autosaves', async () => {
    const { ipc } = fakeIpcRenderer();
    const api = createHostApi(ipc);
    await api.exportFile({
      suggestedName: 'a.csv',
      content: 'x',
      mimeType: 'text/csv',
      extra: 1,
    } as never);
    await api.exportPdf({ suggestedName: 'a.pdf', html: 'h', window: {} } as never);
    await api.autosave({ path: null, text: 't', secret: 2 } as never);
    expect(ipc.invoke.mock.calls).toEqual([
      [HOST_CHANNELS.exportFile, { suggestedName: 'a.csv', content: 'x', mimeType: 'text/csv' }],
      [HOST_CHANNELS.exportPdf, { suggestedName: 'a.pdf', html: 'h' }],
      [HOST_CHANNELS.autosave, { path: null, text: 't' }],
    ]);
  });

  it('delivers Open Recent picks as a path, and unsubscribes', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const received: unknown[][] = [];
    const unsubscribe = createHostApi(ipc).onOpenRecent((...args) => received.push(args));
    emit(OPEN_RECENT_CHANNEL, '/data/a.json');
    emit(OPEN_RECENT_CHANNEL, { path: '/x' });
    unsubscribe();
    emit(OPEN_RECENT_CHANNEL, '/data/b.json');
    expect(received).toEqual([['/data/a.json']]);
  });

  it('sends only the contract fields of a save request', async () => {
    const { ipc } = fakeIpcRenderer();
    const request = { suggestedName: 'a.json', text: '{}', extra: () => 1 };
    await createHostApi(ipc).saveScenario(request);
    expect(ipc.invoke).toHaveBeenCalledWith(HOST_CHANNELS.saveScenario, {
      suggestedName: 'a.json',
      text: '{}',
    });
  });

  it('passes errors from the main process through', async () => {
    const { ipc } = fakeIpcRenderer();
    ipc.invoke.mockRejectedValueOnce(new Error('Could not save "/a.json": the disk is full'));
    await expect(createHostApi(ipc).saveScenario({ suggestedName: 'a', text: '' })).rejects.toThrow(
      'the disk is full',
    );
  });

  it('delivers known menu commands without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const received: unknown[][] = [];
    const unsubscribe = createHostApi(ipc).onMenuCommand((...args) => received.push(args));
    emit(MENU_COMMAND_CHANNEL, 'file.save');
    emit(MENU_COMMAND_CHANNEL, 'rm -rf');
    expect(received).toEqual([['file.save']]);
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, 'file.open');
    expect(received).toHaveLength(1);
    expect(listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });
});

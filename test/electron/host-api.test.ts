import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../core/host/contract';
import { createHostApi, type IpcRendererLike } from '../../electron/host-api';
import { MENU_COMMAND_CHANNEL } from '../../electron/menu-commands';

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
  it('exposes exactly the HostApi operations plus onMenuCommand, and no IPC object', () => {
    const api = createHostApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api).sort()).toEqual(
      ['onMenuCommand', 'openScenario', 'platform', 'saveScenario', 'setTitle'].sort(),
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
    expect(ipc.invoke.mock.calls).toEqual([
      [HOST_CHANNELS.openScenario],
      [HOST_CHANNELS.saveScenario, { path: '/a.json', suggestedName: 'a.json', text: '{}' }],
      [HOST_CHANNELS.setTitle, 't'],
    ]);
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

import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../core/host/contract';
import {
  registerHandlers,
  type HostOperations,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../electron/ipc-handlers';
import { MAX_SCENARIO_BYTES } from '../../electron/payloads';

const APP = 'file:///opt/lightbench/dist/renderer/index.html';
const isAppUrl = (url: string): boolean => url.split('#')[0] === APP;

type Sender = { readonly id: number };
type Listener = (event: InvokeEventLike<Sender>, ...args: unknown[]) => unknown;

/** Records handlers like ipcMain and invokes them the way Electron does. */
class FakeIpcMain implements IpcMainLike<Sender> {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  async invoke(
    channel: string,
    frame: InvokeEventLike<Sender>['senderFrame'],
    ...args: unknown[]
  ): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ sender: { id: 1 }, senderFrame: frame }, ...args);
  }
}

const appFrame = { url: APP, parent: null };

function setup(): { ipc: FakeIpcMain; operations: HostOperations<Sender>; dispose: () => void } {
  const ipc = new FakeIpcMain();
  const operations: HostOperations<Sender> = {
    openScenario: vi.fn(async () => ({ path: '/tmp/a.json', text: '{}' })),
    openRecent: vi.fn(async () => null),
    recentFiles: vi.fn(async () => ['/tmp/a.json']),
    importCsv: vi.fn(async () => ({ name: 'a.csv', text: 'a,b' })),
    exportFile: vi.fn(async () => ({ path: '/tmp/brief.html' })),
    exportPdf: vi.fn(async () => ({ path: '/tmp/brief.pdf' })),
    autosave: vi.fn(async () => undefined),
    recoverWork: vi.fn(async () => null),
    clearAutosave: vi.fn(async () => undefined),
    setDirty: vi.fn(),
    saveScenario: vi.fn(async () => ({ path: '/tmp/a.json' })),
    setTitle: vi.fn(),
  };
  const dispose = registerHandlers(ipc, { isAppUrl, operations });
  return { ipc, operations, dispose };
}

describe('registerHandlers', () => {
  it('registers exactly one handler per HostApi channel and removes them on dispose', () => {
    const { ipc, dispose } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes trusted, valid calls through to the operations', async () => {
    const { ipc, operations } = setup();
    await expect(ipc.invoke(HOST_CHANNELS.openScenario, appFrame)).resolves.toEqual({
      path: '/tmp/a.json',
      text: '{}',
    });
    const request = { path: '/tmp/a.json', suggestedName: 'a.json', text: '{"a":1}' };
    await ipc.invoke(HOST_CHANNELS.saveScenario, appFrame, request);
    expect(operations.saveScenario).toHaveBeenCalledWith({ id: 1 }, request);
    await ipc.invoke(
      HOST_CHANNELS.setTitle,
      { url: `${APP}#/designs`, parent: null },
      'a • Lightbench',
    );
    expect(operations.setTitle).toHaveBeenCalledWith({ id: 1 }, 'a • Lightbench');
  });

  it('omits an absent path rather than passing path: undefined', async () => {
    const { ipc, operations } = setup();
    await ipc.invoke(HOST_CHANNELS.saveScenario, appFrame, { suggestedName: 'n.json', text: '' });
    expect(operations.saveScenario).toHaveBeenCalledWith(
      { id: 1 },
      { suggestedName: 'n.json', text: '' },
    );
    const [, request] = vi.mocked(operations.saveScenario).mock.calls[0] ?? [];
    expect(request).not.toHaveProperty('path');
  });
});

describe('the new operations', () => {
  it('pass trusted, valid calls through with the sender', async () => {
    const { ipc, operations } = setup();
    const sender = { id: 1 };
    await ipc.invoke(HOST_CHANNELS.openRecent, appFrame, '/tmp/a.json');
    expect(operations.openRecent).toHaveBeenCalledWith(sender, '/tmp/a.json');
    await expect(ipc.invoke(HOST_CHANNELS.recentFiles, appFrame)).resolves.toEqual(['/tmp/a.json']);
    await expect(ipc.invoke(HOST_CHANNELS.importCsv, appFrame)).resolves.toEqual({
      name: 'a.csv',
      text: 'a,b',
    });
    const exportRequest = {
      suggestedName: 'chart.png',
      content: 'data:image/png;base64,AAAA',
      mimeType: 'image/png',
    };
    await ipc.invoke(HOST_CHANNELS.exportFile, appFrame, exportRequest);
    expect(operations.exportFile).toHaveBeenCalledWith(sender, exportRequest);
    await ipc.invoke(HOST_CHANNELS.exportPdf, appFrame, { suggestedName: 'b.pdf', html: '<p>' });
    expect(operations.exportPdf).toHaveBeenCalledWith(sender, {
      suggestedName: 'b.pdf',
      html: '<p>',
    });
    await ipc.invoke(HOST_CHANNELS.autosave, appFrame, { path: null, text: '{}' });
    expect(operations.autosave).toHaveBeenCalledWith(sender, { path: null, text: '{}' });
    await ipc.invoke(HOST_CHANNELS.recoverWork, appFrame);
    await ipc.invoke(HOST_CHANNELS.clearAutosave, appFrame);
    expect(operations.recoverWork).toHaveBeenCalledOnce();
    expect(operations.clearAutosave).toHaveBeenCalledOnce();
    await expect(ipc.invoke(HOST_CHANNELS.setDirty, appFrame, true)).resolves.toBeUndefined();
    expect(operations.setDirty).toHaveBeenCalledWith(sender, true);
  });

  const png = {
    suggestedName: 'c.png',
    content: 'data:image/png;base64,AA==',
    mimeType: 'image/png',
  };
  it.each([
    [HOST_CHANNELS.openRecent, 42, /lightbench:open-recent: invalid path: path: .*expected string/],
    [HOST_CHANNELS.openRecent, '', /invalid path: path: must not be empty/],
    [HOST_CHANNELS.openRecent, '/a\u0000b', /path: must not contain control characters/],
    [
      HOST_CHANNELS.exportFile,
      { ...png, content: 7 },
      /invalid request: request\.content: .*expected string/,
    ],
    [
      HOST_CHANNELS.exportFile,
      { ...png, mimeType: 'png' },
      /request\.mimeType: must be a MIME type such as "text\/html"/,
    ],
    [
      HOST_CHANNELS.exportFile,
      { ...png, suggestedName: '/etc/cron.d/x' },
      /request\.suggestedName: must be a file name, not a path/,
    ],
    [HOST_CHANNELS.exportFile, { ...png, path: '/x' }, /request: .*Unrecognized key.*path/],
    [HOST_CHANNELS.exportPdf, { suggestedName: 'b.pdf' }, /request\.html: .*expected string/],
    [
      HOST_CHANNELS.exportPdf,
      { suggestedName: '', html: '' },
      /request\.suggestedName: must not be empty/,
    ],
    [HOST_CHANNELS.autosave, { text: '{}' }, /lightbench:autosave: invalid work: work\.path: /],
    [HOST_CHANNELS.autosave, { path: null, text: null }, /work\.text: .*expected string/],
    [HOST_CHANNELS.autosave, 'x', /invalid work: work: .*expected object/],
    [
      HOST_CHANNELS.setDirty,
      'yes',
      /lightbench:set-dirty: invalid dirty: dirty: .*expected boolean/,
    ],
  ])('%s rejects %j naming the field', async (channel, payload, message) => {
    const { ipc, operations } = setup();
    await expect(ipc.invoke(channel, appFrame, payload)).rejects.toThrow(message);
    for (const operation of Object.values(operations)) {
      expect(operation).not.toHaveBeenCalled();
    }
  });

  it('rejects an autosave over the size cap', async () => {
    const { ipc } = setup();
    const text = 'x'.repeat(MAX_SCENARIO_BYTES + 1);
    await expect(
      ipc.invoke(HOST_CHANNELS.autosave, appFrame, { path: null, text }),
    ).rejects.toThrow(`work.text: must be at most ${MAX_SCENARIO_BYTES} bytes`);
  });

  it.each([
    HOST_CHANNELS.recentFiles,
    HOST_CHANNELS.importCsv,
    HOST_CHANNELS.recoverWork,
    HOST_CHANNELS.clearAutosave,
  ])('%s takes no argument', async (channel) => {
    const { ipc } = setup();
    await expect(ipc.invoke(channel, appFrame, '/etc/passwd')).rejects.toThrow(
      `${channel}: expected 0 argument(s), got 1`,
    );
  });
});

describe('sender check', () => {
  it.each([
    [
      'a remote page',
      { url: 'https://evil.example/', parent: null },
      /sender "https:\/\/evil\.example\/" is not the Lightbench page/,
    ],
    [
      'another local file',
      { url: 'file:///tmp/evil.html', parent: null },
      /is not the Lightbench page/,
    ],
    ['an iframe inside the app', { url: APP, parent: { url: APP } }, /only the top-level page/],
    ['a destroyed frame', null, /the sending frame no longer exists/],
  ])('refuses %s on every channel, before running anything', async (_name, frame, message) => {
    const { ipc, operations } = setup();
    for (const channel of Object.values(HOST_CHANNELS)) {
      await expect(ipc.invoke(channel, frame, 'x')).rejects.toThrow(message);
    }
    for (const operation of Object.values(operations)) {
      expect(operation).not.toHaveBeenCalled();
    }
  });
});

describe('payload validation', () => {
  const valid = { suggestedName: 'scenario.json', text: '{}' };

  it.each([
    ['a missing request', undefined, /invalid request: request: .*expected object/],
    ['text as a number', { ...valid, text: 42 }, /request\.text: .*expected string/],
    ['a missing suggestedName', { text: '{}' }, /request\.suggestedName: .*expected string/],
    [
      'an empty suggestedName',
      { ...valid, suggestedName: '' },
      /request\.suggestedName: must not be empty/,
    ],
    [
      'a suggestedName with a folder',
      { ...valid, suggestedName: '../../.bashrc' },
      /request\.suggestedName: must be a file name, not a path/,
    ],
    ['an empty path', { ...valid, path: '' }, /request\.path: must not be empty/],
    [
      'a path as an object',
      { ...valid, path: { toString: 1 } },
      /request\.path: .*expected string/,
    ],
    [
      'a path with a NUL byte',
      { ...valid, path: '/tmp/a\u0000.json' },
      /request\.path: must not contain control characters/,
    ],
    ['an unknown field', { ...valid, mode: 0o777 }, /request: .*Unrecognized key.*mode/],
  ])('rejects %s naming the field', async (_name, request, message) => {
    const { ipc, operations } = setup();
    const call = ipc.invoke(HOST_CHANNELS.saveScenario, appFrame, request);
    await expect(call).rejects.toThrow(/^lightbench:save-scenario: invalid request: /);
    await expect(ipc.invoke(HOST_CHANNELS.saveScenario, appFrame, request)).rejects.toThrow(
      message,
    );
    expect(operations.saveScenario).not.toHaveBeenCalled();
  });

  it('rejects text over the size cap', async () => {
    const { ipc } = setup();
    const text = 'x'.repeat(MAX_SCENARIO_BYTES + 1);
    await expect(
      ipc.invoke(HOST_CHANNELS.saveScenario, appFrame, { ...valid, text }),
    ).rejects.toThrow(`request.text: must be at most ${MAX_SCENARIO_BYTES} bytes`);
  });

  it.each([
    ['a number', 7, /lightbench:set-title: invalid title: title: .*expected string/],
    ['a very long title', 't'.repeat(301), /title: must be at most 300 characters/],
    ['a newline', 'a\nb', /title: must not contain control characters/],
  ])('rejects a title that is %s', async (_name, title, message) => {
    const { ipc, operations } = setup();
    await expect(ipc.invoke(HOST_CHANNELS.setTitle, appFrame, title)).rejects.toThrow(message);
    expect(operations.setTitle).not.toHaveBeenCalled();
  });

  it('rejects the wrong number of arguments', async () => {
    const { ipc } = setup();
    await expect(ipc.invoke(HOST_CHANNELS.openScenario, appFrame, '/etc/passwd')).rejects.toThrow(
      'lightbench:open-scenario: expected 0 argument(s), got 1',
    );
    await expect(ipc.invoke(HOST_CHANNELS.setTitle, appFrame, 'a', 'b')).rejects.toThrow(
      'lightbench:set-title: expected 1 argument(s), got 2',
    );
  });
});

import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isMenuCommand, MENU_COMMANDS } from '../../electron/menu-commands';
import { createMenuTemplate, recentLabel } from '../../electron/menu-template';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`menu ${item?.label ?? '?'} has no submenu`);
  return items;
}

function byLabel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  return submenu(template.find((item) => item.label === label));
}

const allItems = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));

describe('createMenuTemplate (Linux/Windows)', () => {
  const sendCommand = vi.fn();
  const template = createMenuTemplate({ platform: 'linux', sendCommand });

  it('has File, Edit, View and Help, in that order', () => {
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File has Open…, Open Recent, Save, Save As…, Import, the two exports and Quit', () => {
    const file = byLabel(template, 'File').filter((item) => item.type !== 'separator');
    expect(file.map((item) => [item.label, item.accelerator ?? item.role])).toEqual([
      ['Open…', 'CmdOrCtrl+O'],
      ['Open Recent', undefined],
      ['Save', 'CmdOrCtrl+S'],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Import Supplier Datasheet (CSV)…', undefined],
      ['Export Brief (HTML)…', undefined],
      ['Export Brief (PDF)…', undefined],
      ['Quit', 'quit'],
    ]);
  });

  it('Edit sends Undo/Redo to the app (not roles) and keeps the clipboard roles', () => {
    const edit = byLabel(template, 'Edit').filter((item) => item.type !== 'separator');
    expect(edit.map((item) => [item.id ?? item.role, item.accelerator])).toEqual([
      ['edit.undo', 'CmdOrCtrl+Z'],
      ['edit.redo', 'CmdOrCtrl+Shift+Z'],
      ['cut', undefined],
      ['copy', undefined],
      ['paste', undefined],
      ['selectAll', undefined],
    ]);
    expect(edit.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
  });

  it('View has the theme toggle, reload, dev tools and zoom', () => {
    const view = byLabel(template, 'View');
    expect(view[0]?.id).toBe('view.toggle-theme');
    expect(view.flatMap((item) => (item.role === undefined ? [] : [item.role]))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut']),
    );
  });

  it('Help has Methods, Keyboard Shortcuts and About Lightbench', () => {
    expect(
      byLabel(template, 'Help')
        .filter((item) => item.type !== 'separator')
        .map((item) => item.label),
    ).toEqual(['Methods', 'Keyboard Shortcuts', 'About Lightbench']);
  });

  it('uses every command id exactly once, and each click sends its own id', () => {
    const commandItems = allItems(template).filter(
      (item) => item.click !== undefined && item.id !== undefined,
    );
    expect(commandItems.map((item) => item.id)).toEqual([...MENU_COMMANDS]);
    for (const item of commandItems) {
      sendCommand.mockClear();
      // Electron passes (menuItem, window, event); the handler needs none of them.
      (item.click as () => void)();
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(item.id);
    }
  });
});

describe('File ▸ Open Recent', () => {
  const openRecentOf = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions => {
    const item = byLabel(template, 'File').find((entry) => entry.label === 'Open Recent');
    if (item === undefined) throw new Error('no Open Recent');
    return item;
  };

  it('is disabled with a placeholder when there are no recent files', () => {
    const menu = openRecentOf(createMenuTemplate({ platform: 'linux', sendCommand: vi.fn() }));
    expect(menu.enabled).toBe(false);
    expect(submenu(menu).map((item) => [item.label, item.enabled])).toEqual([
      ['No recent files', false],
    ]);
  });

  it('lists the files most recent first; a click forwards the path; Clear Recent clears', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const sendCommand = vi.fn();
    const files = [path.resolve('/data/b.json'), path.resolve('/data/R&D/a.json')];
    const menu = openRecentOf(
      createMenuTemplate({
        platform: 'linux',
        sendCommand,
        recentFiles: files,
        openRecent,
        clearRecent,
      }),
    );
    expect(menu.enabled).toBe(true);
    const items = submenu(menu);
    expect(items.map((item) => item.label ?? item.type)).toEqual([
      `b.json — ${path.dirname(files[0] ?? '')}`,
      `a.json — ${path.dirname(files[1] ?? '').replace('&', '&&')}`,
      'separator',
      'Clear Recent',
    ]);
    (items[1]?.click as () => void)();
    expect(openRecent).toHaveBeenCalledExactlyOnceWith(files[1]);
    (items[3]?.click as () => void)();
    expect(clearRecent).toHaveBeenCalledOnce();
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('keeps "&" literal on macOS, where it marks no mnemonic', () => {
    expect(recentLabel('/R&D/a.json', true)).toBe('a.json — /R&D');
    expect(recentLabel('/R&D/a.json', false)).toBe('a.json — /R&&D');
  });
});

describe('createMenuTemplate (macOS)', () => {
  const template = createMenuTemplate({ platform: 'darwin', sendCommand: () => undefined });

  it('starts with the app menu and leaves Quit to it', () => {
    expect(template[0]?.role).toBe('appMenu');
    expect(byLabel(template, 'File').some((item) => item.role === 'quit')).toBe(false);
    expect(template.slice(1).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});

describe('isMenuCommand', () => {
  it('accepts the listed ids only', () => {
    expect(MENU_COMMANDS.every(isMenuCommand)).toBe(true);
    expect(isMenuCommand('file.delete')).toBe(false);
    expect(isMenuCommand(42)).toBe(false);
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isMenuCommand, MENU_COMMANDS } from '../../electron/menu-commands';
import { createMenuTemplate } from '../../electron/menu-template';

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

  it('File has Open…, Save, Save As… and Quit with the usual shortcuts', () => {
    const file = byLabel(template, 'File').filter((item) => item.type !== 'separator');
    expect(file.map((item) => [item.label, item.accelerator ?? item.role])).toEqual([
      ['Open…', 'CmdOrCtrl+O'],
      ['Save', 'CmdOrCtrl+S'],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Quit', 'quit'],
    ]);
  });

  it('Edit and View use the built-in roles', () => {
    const roles = (label: string): unknown[] =>
      byLabel(template, label).flatMap((item) => (item.role === undefined ? [] : [item.role]));
    expect(roles('Edit')).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste']));
    expect(roles('View')).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut']),
    );
  });

  it('Help has About Lightbench', () => {
    expect(byLabel(template, 'Help').map((item) => item.label)).toEqual(['About Lightbench']);
  });

  it('uses every command id exactly once, and each click sends its own id', () => {
    const commandItems = allItems(template).filter((item) => item.click !== undefined);
    expect(commandItems.map((item) => item.id)).toEqual([...MENU_COMMANDS]);
    for (const item of commandItems) {
      sendCommand.mockClear();
      // Electron passes (menuItem, window, event); the handler needs none of them.
      (item.click as () => void)();
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(item.id);
    }
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

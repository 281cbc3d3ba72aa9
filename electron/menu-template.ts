import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './menu-commands';

export interface MenuTemplateInput {
  /** process.platform: macOS puts Quit and About in the app menu by convention. */
  readonly platform: NodeJS.Platform;
  /** Forwards a command to the renderer (main.ts sends it on MENU_COMMAND_CHANNEL). */
  readonly sendCommand: (command: MenuCommand) => void;
  /** File ▸ Open Recent, most recent first (main rebuilds the menu when the list changes). */
  readonly recentFiles?: readonly string[];
  /** A recent file was picked: main forwards the path to the renderer, which opens it. */
  readonly openRecent?: (filePath: string) => void;
  readonly clearRecent?: () => void;
}

/**
 * The application menu. File, Help, Undo/Redo and the theme are commands the renderer carries
 * out (it owns the scenario, its history and its dirty state; Undo/Redo are not roles so the
 * app's own history is used, not the focused text field's). Clipboard, reload, dev tools and zoom
 * use Electron's built-in roles.
 */
export function createMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  const command = (
    label: string,
    id: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => input.sendCommand(id),
  });

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Open…', 'file.open', 'CmdOrCtrl+O'),
      openRecentMenu(input, isMac),
      { type: 'separator' },
      command('Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save As…', 'file.save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('Import Supplier Datasheet (CSV)…', 'file.import-csv'),
      command('Export Brief (HTML)…', 'file.export-brief'),
      command('Export Brief (PDF)…', 'file.export-brief-pdf'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      command('Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Toggle Dark Theme', 'view.toggle-theme'),
      { type: 'separator' },
      { role: 'reload' },
      { role: 'toggleDevTools' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    submenu: [
      command('Methods', 'help.methods'),
      command('Keyboard Shortcuts', 'help.shortcuts'),
      { type: 'separator' },
      command('About Lightbench', 'help.about'),
    ],
  };

  // On macOS the first menu is the app menu (About, Hide, Quit…) whatever its label.
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}

function openRecentMenu(input: MenuTemplateInput, isMac: boolean): MenuItemConstructorOptions {
  const files = input.recentFiles ?? [];
  const items: MenuItemConstructorOptions[] = files.map((filePath) => ({
    label: recentLabel(filePath, isMac),
    click: () => input.openRecent?.(filePath),
  }));
  return {
    id: 'file.open-recent',
    label: 'Open Recent',
    enabled: files.length > 0,
    submenu:
      files.length === 0
        ? [{ label: 'No recent files', enabled: false }]
        : [
            ...items,
            { type: 'separator' },
            { label: 'Clear Recent', click: () => input.clearRecent?.() },
          ],
  };
}

/** "scenario.json — /home/me/designs"; '&' doubled where it would mark a mnemonic. */
export function recentLabel(filePath: string, isMac: boolean): string {
  const label = `${path.basename(filePath)} — ${path.dirname(filePath)}`;
  return isMac ? label : label.replace(/&/g, '&&');
}

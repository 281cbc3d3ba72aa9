import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './menu-commands';

export interface MenuTemplateInput {
  /** process.platform: macOS puts Quit and About in the app menu by convention. */
  readonly platform: NodeJS.Platform;
  /** Forwards a command to the renderer (main.ts sends it on MENU_COMMAND_CHANNEL). */
  readonly sendCommand: (command: MenuCommand) => void;
}

/**
 * The application menu. File and Help items are commands the renderer carries out (it owns the
 * scenario and its dirty state); Edit and View use Electron's built-in roles.
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
      { type: 'separator' },
      command('Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save As…', 'file.save-as', 'CmdOrCtrl+Shift+S'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
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
    submenu: [command('About Lightbench', 'help.about')],
  };

  // On macOS the first menu is the app menu (About, Hide, Quit…) whatever its label.
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}

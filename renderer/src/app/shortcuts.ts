import type { MenuCommand } from '../../../core/host/contract';

/**
 * Every keyboard shortcut: the key handler (keyboard.ts) and the Keyboard Shortcuts panel both
 * read this one table. "Mod" is ⌘ on macOS and Ctrl elsewhere.
 */
export interface Shortcut {
  readonly command: MenuCommand;
  /** `KeyboardEvent.key`, lower case for letters. */
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly description: string;
  /**
   * The desktop menu has this accelerator (electron/menu-template.ts), so in the desktop app the
   * menu delivers the command and the key handler leaves the key alone.
   */
  readonly inNativeMenu: boolean;
  /** Text fields keep the key for themselves (their own undo and redo). */
  readonly notInTextFields?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'file.open',
    key: 'o',
    mod: true,
    shift: false,
    description: 'Open a scenario file',
    inNativeMenu: true,
  },
  {
    command: 'file.save',
    key: 's',
    mod: true,
    shift: false,
    description: 'Save',
    inNativeMenu: true,
  },
  {
    command: 'file.save-as',
    key: 's',
    mod: true,
    shift: true,
    description: 'Save As…',
    inNativeMenu: true,
  },
  {
    command: 'edit.undo',
    key: 'z',
    mod: true,
    shift: false,
    description: 'Undo the last scenario edit',
    inNativeMenu: true,
    notInTextFields: true,
  },
  {
    command: 'edit.redo',
    key: 'z',
    mod: true,
    shift: true,
    description: 'Redo',
    inNativeMenu: true,
    notInTextFields: true,
  },
  {
    command: 'edit.redo',
    key: 'y',
    mod: true,
    shift: false,
    description: 'Redo',
    inNativeMenu: false,
    notInTextFields: true,
  },
  {
    command: 'view.toggle-theme',
    key: 'l',
    mod: true,
    shift: true,
    description: 'Switch between light and dark theme',
    inNativeMenu: false,
  },
  {
    command: 'help.methods',
    key: 'F1',
    mod: false,
    shift: false,
    description: 'Methods: how every number is computed',
    inNativeMenu: false,
  },
  {
    command: 'help.shortcuts',
    key: '/',
    mod: true,
    shift: false,
    description: 'Keyboard shortcuts (this list)',
    inNativeMenu: false,
  },
];

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The shortcut a key press stands for, if any. */
export function shortcutFor(event: KeyPress, mac: boolean): Shortcut | undefined {
  if (event.altKey) return undefined;
  const mod = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (other) return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return SHORTCUTS.find(
    (shortcut) => shortcut.key === key && shortcut.mod === mod && shortcut.shift === event.shiftKey,
  );
}

/** The keys as printed: ["Ctrl", "Shift", "Z"] or ["⌘", "⇧", "Z"]. */
export function shortcutKeys(shortcut: Shortcut, mac: boolean): string[] {
  const keys: string[] = [];
  if (shortcut.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (shortcut.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return keys;
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

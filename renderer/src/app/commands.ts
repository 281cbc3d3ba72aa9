import type { MenuCommand } from '../../../core/host/contract';
import type { AppStore } from '../store/createAppStore';

/** A focused text box, whose own undo and typing must not be taken over. */
export function isTextEntry(element: Element | null): boolean {
  if (element === null) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
      element.type,
    );
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Runs a command from the desktop menu, the toolbar or a shortcut. Undo and redo go to the text
 * box when one has the focus (the desktop menu's Ctrl+Z must still undo typing); other commands
 * first commit what is being typed, so Save saves the value in the box.
 */
export function runCommand(store: AppStore, command: MenuCommand): void {
  const focused = document.activeElement;
  const state = store.getState();
  if ((command === 'edit.undo' || command === 'edit.redo') && isTextEntry(focused)) {
    document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
    return;
  }
  if (isTextEntry(focused) && focused instanceof HTMLElement) focused.blur();
  switch (command) {
    case 'file.open':
      return void state.openFile();
    case 'file.save':
      return void state.saveFile();
    case 'file.save-as':
      return void state.saveFile({ saveAs: true });
    case 'file.import-csv':
      return void state.importDatasheet();
    case 'file.export-brief':
      return void state.exportBrief('html');
    case 'file.export-brief-pdf':
      return void state.exportBrief('pdf');
    case 'edit.undo':
      return state.undo();
    case 'edit.redo':
      return state.redo();
    case 'view.toggle-theme':
      return state.toggleTheme();
    case 'help.methods':
      return state.showPanel('methods');
    case 'help.shortcuts':
      return state.showPanel('shortcuts');
    case 'help.about':
      return state.showPanel('about');
    default: {
      const unknown: never = command;
      throw new Error(`unhandled command ${String(unknown)}`);
    }
  }
}

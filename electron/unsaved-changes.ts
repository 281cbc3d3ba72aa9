import type { MessageBoxOptions, MessageBoxSyncOptions } from 'electron';

/**
 * The renderer owns the scenario's dirty state. When it is dirty the page cancels `beforeunload`;
 * Electron then emits 'will-prevent-unload' instead of closing, and main asks the user with this
 * prompt. Button 0 discards and closes, so Enter never loses work silently (default is Cancel).
 */
export const DISCARD_CHANGES_PROMPT: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'This scenario has unsaved changes.',
  detail: 'Close it anyway and lose the changes?',
  buttons: ['Discard changes', 'Cancel'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
};

/** For 'will-prevent-unload': preventDefault there means "unload anyway". */
export function resolveUnloadPrompt(
  event: { preventDefault(): void },
  askUser: (prompt: MessageBoxSyncOptions) => number,
): void {
  if (askUser(DISCARD_CHANGES_PROMPT) === 0) {
    event.preventDefault();
  }
}

/**
 * Asked when a window the renderer reported dirty (HostApi.setDirty) is closed. Enter saves;
 * Escape cancels. "Don't Save" is never the default, so no key press loses work silently.
 */
export const UNSAVED_CHANGES_PROMPT: MessageBoxOptions = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'Save the changes to this scenario before closing?',
  detail: 'Your changes will be lost if you don’t save them.',
  buttons: ['Save', 'Don’t Save', 'Cancel'],
  defaultId: 0,
  cancelId: 2,
  noLink: true,
};

const SAVE = 0;
const DONT_SAVE = 1;

export interface CloseGuardDeps {
  /** Shows the prompt (dialog.showMessageBox on the window); the index of the chosen button. */
  readonly ask: (prompt: MessageBoxOptions) => Promise<number>;
  /** Asks the renderer to save (sends the file.save menu command). */
  readonly requestSave: () => void;
  /** Closes the window again; the guard lets this close through. */
  readonly close: () => void;
  /** The user cancelled closing (main uses it to forget a pending Quit). */
  readonly onCancel?: () => void;
}

export interface CloseGuard {
  /** From HostApi.setDirty. A clean report while a close waits on a save closes the window. */
  setDirty(dirty: boolean): void;
  isDirty(): boolean;
  /** How a save the renderer made ended (a path, or null when cancelled or failed). */
  saveSettled(saved: boolean): void;
  /**
   * For the window's 'close' event: true when the window may close now; otherwise the close is
   * prevented and the user asked (once, however often close is pressed meanwhile).
   */
  onClose(event: { preventDefault(): void }): boolean;
  /** True once closing was agreed: the page's beforeunload must not ask a second time. */
  closeApproved(): boolean;
}

/**
 * The close flow of one window. Clean: it closes. Dirty: "Save / Don't Save / Cancel".
 * - Save: the renderer is sent file.save; the window closes when that save succeeds (or the
 *   renderer reports clean); a cancelled or failed save leaves it open with the work intact.
 * - Don't Save: closes. Cancel (or Escape, or a failed prompt): stays open.
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let dirty = false;
  let approved = false;
  let asking = false;
  let waitingForSave = false;

  const closeNow = (): void => {
    waitingForSave = false;
    approved = true;
    deps.close();
  };
  const cancel = (): void => {
    waitingForSave = false;
    deps.onCancel?.();
  };

  return {
    setDirty(value) {
      dirty = value;
      if (value) {
        approved = false;
      } else if (waitingForSave) {
        closeNow();
      }
    },
    isDirty: () => dirty,
    saveSettled(saved) {
      if (!waitingForSave) return;
      if (saved) closeNow();
      else cancel();
    },
    onClose(event) {
      if (approved || !dirty) {
        approved = true;
        return true;
      }
      event.preventDefault();
      if (asking) return false;
      // Closing again while a save is pending (the renderer never answered): ask again.
      waitingForSave = false;
      asking = true;
      void deps
        .ask(UNSAVED_CHANGES_PROMPT)
        .catch(() => -1)
        .then((choice) => {
          asking = false;
          if (choice === SAVE) {
            waitingForSave = true;
            deps.requestSave();
          } else if (choice === DONT_SAVE) {
            closeNow();
          } else {
            cancel();
          }
        });
      return false;
    },
    closeApproved: () => approved,
  };
}

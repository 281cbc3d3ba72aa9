import type { MessageBoxSyncOptions } from 'electron';

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

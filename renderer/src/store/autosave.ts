import type { HostApi } from '../../../core/host/contract';
import type { AppStore } from './createAppStore';
import { scenarioText } from './documentSlice';

/** Quiet time after the last edit before unsaved work is written to the host's autosave. */
export const AUTOSAVE_DELAY_MS = 1000;
/** Longest unsaved work waits while edits keep coming: a user who never pauses is still covered. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

/**
 * Keeps the host's autosave up to date while there are unsaved changes: `delay_ms` after the last
 * change of the scenario (a burst of edits writes once), but never later than `maxWait_ms` after
 * the first unwritten change. A save or a discard cancels a pending write; the save itself clears
 * the autosave (documentSlice). Returns a function that stops it.
 */
export function bindAutosave(
  store: AppStore,
  host: Pick<HostApi, 'autosave'>,
  delay_ms: number = AUTOSAVE_DELAY_MS,
  maxWait_ms: number = AUTOSAVE_MAX_WAIT_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let deadline: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    if (deadline !== null) clearTimeout(deadline);
    timer = null;
    deadline = null;
  };
  const write = () => {
    cancel();
    const { dirty, scenario, filePath } = store.getState();
    if (!dirty) return;
    host.autosave({ path: filePath, text: scenarioText(scenario) }).catch((error: unknown) => {
      console.warn('Lightbench: autosave failed', error);
    });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.dirty) {
      cancel();
      return;
    }
    if (state.scenario !== previous.scenario || !previous.dirty) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, delay_ms);
      deadline ??= setTimeout(write, maxWait_ms);
    }
  });
  return () => {
    cancel();
    unsubscribe();
  };
}

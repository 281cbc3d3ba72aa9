import { describe, expect, it, vi } from 'vitest';
import {
  createCloseGuard,
  DISCARD_CHANGES_PROMPT,
  resolveUnloadPrompt,
  UNSAVED_CHANGES_PROMPT,
} from '../../electron/unsaved-changes';

describe('resolveUnloadPrompt', () => {
  it('closes (preventDefault) only when the user picks Discard', () => {
    const discard = { preventDefault: vi.fn() };
    resolveUnloadPrompt(discard, () => 0);
    expect(discard.preventDefault).toHaveBeenCalledOnce();

    const cancel = { preventDefault: vi.fn() };
    resolveUnloadPrompt(cancel, () => 1);
    expect(cancel.preventDefault).not.toHaveBeenCalled();
  });

  it('defaults to Cancel so Enter or Escape keeps the work', () => {
    expect(DISCARD_CHANGES_PROMPT.buttons?.[DISCARD_CHANGES_PROMPT.defaultId ?? -1]).toBe('Cancel');
    expect(DISCARD_CHANGES_PROMPT.cancelId).toBe(DISCARD_CHANGES_PROMPT.defaultId);
  });
});

describe('createCloseGuard', () => {
  function setup(answer: number | 'reject' = 0) {
    const ask = vi.fn(async () => {
      if (answer === 'reject') throw new Error('dialog failed');
      return answer;
    });
    const requestSave = vi.fn();
    const close = vi.fn();
    const onCancel = vi.fn();
    const guard = createCloseGuard({ ask, requestSave, close, onCancel });
    const closeEvent = () => ({ preventDefault: vi.fn() });
    return { guard, ask, requestSave, close, onCancel, closeEvent };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('lets a clean window close without asking', () => {
    const { guard, ask, closeEvent } = setup();
    const event = closeEvent();
    expect(guard.onClose(event)).toBe(true);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
    expect(guard.closeApproved()).toBe(true);
  });

  it('asks Save / Don’t Save / Cancel when dirty, with Save the default and Cancel on Escape', async () => {
    const { guard, ask, closeEvent } = setup(2);
    guard.setDirty(true);
    const event = closeEvent();
    expect(guard.onClose(event)).toBe(false);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(ask).toHaveBeenCalledWith(UNSAVED_CHANGES_PROMPT);
    const { buttons, defaultId, cancelId } = UNSAVED_CHANGES_PROMPT;
    expect(buttons).toEqual(['Save', 'Don’t Save', 'Cancel']);
    expect(buttons?.[defaultId ?? -1]).toBe('Save');
    expect(buttons?.[cancelId ?? -1]).toBe('Cancel');
  });

  it('Save: sends file.save, closes once the save succeeds', async () => {
    const { guard, requestSave, close, closeEvent } = setup(0);
    guard.setDirty(true);
    guard.onClose(closeEvent());
    await settle();
    expect(requestSave).toHaveBeenCalledOnce();
    expect(close).not.toHaveBeenCalled();
    guard.saveSettled(true);
    expect(close).toHaveBeenCalledOnce();
    // The second close event (from close()) goes through, and beforeunload must not ask again.
    expect(guard.onClose(closeEvent())).toBe(true);
    expect(guard.closeApproved()).toBe(true);
  });

  it('Save: also closes when the renderer reports clean', async () => {
    const { guard, close, closeEvent } = setup(0);
    guard.setDirty(true);
    guard.onClose(closeEvent());
    await settle();
    guard.setDirty(false);
    expect(close).toHaveBeenCalledOnce();
  });

  it('Save: a cancelled or failed save keeps the window open, and the next close asks again', async () => {
    const { guard, ask, close, onCancel, closeEvent } = setup(0);
    guard.setDirty(true);
    guard.onClose(closeEvent());
    await settle();
    guard.saveSettled(false);
    expect(close).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledOnce();
    guard.setDirty(false); // a later, unrelated save must not close the window
    expect(close).not.toHaveBeenCalled();
    guard.setDirty(true);
    expect(guard.onClose(closeEvent())).toBe(false);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('Don’t Save: closes at once', async () => {
    const { guard, close, requestSave, closeEvent } = setup(1);
    guard.setDirty(true);
    guard.onClose(closeEvent());
    await settle();
    expect(close).toHaveBeenCalledOnce();
    expect(requestSave).not.toHaveBeenCalled();
    expect(guard.onClose(closeEvent())).toBe(true);
  });

  it.each([
    ['Cancel', 2],
    ['a failed dialog', 'reject' as const],
  ])('%s: stays open and forgets a pending quit', async (_name, answer) => {
    const { guard, close, onCancel, closeEvent } = setup(answer);
    guard.setDirty(true);
    guard.onClose(closeEvent());
    await settle();
    expect(close).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledOnce();
    expect(guard.closeApproved()).toBe(false);
  });

  it('asks only once however often close is pressed while the prompt is open', () => {
    const { guard, ask, closeEvent } = setup(2);
    guard.setDirty(true);
    const second = closeEvent();
    guard.onClose(closeEvent());
    expect(guard.onClose(second)).toBe(false);
    expect(second.preventDefault).toHaveBeenCalledOnce();
    expect(ask).toHaveBeenCalledOnce();
  });

  it('asks again if the renderer never answers a Save request', async () => {
    const { guard, ask, closeEvent } = setup(0);
    guard.setDirty(true);
    guard.onClose(closeEvent());
    await settle();
    guard.onClose(closeEvent());
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('tracks the dirty flag', () => {
    const { guard } = setup();
    expect(guard.isDirty()).toBe(false);
    guard.setDirty(true);
    expect(guard.isDirty()).toBe(true);
  });
});

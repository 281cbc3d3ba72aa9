import { describe, expect, it, vi } from 'vitest';
import { DISCARD_CHANGES_PROMPT, resolveUnloadPrompt } from '../../electron/unsaved-changes';

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

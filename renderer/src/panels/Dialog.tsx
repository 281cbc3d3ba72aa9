import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly testId: string;
  /** Buttons at the bottom; a "Close" button when absent. */
  readonly actions?: ReactNode;
  /** Escape does nothing: the user has to pick one of the actions. */
  readonly requireChoice?: boolean;
  readonly wide?: boolean;
  readonly role?: 'dialog' | 'alertdialog';
}

/**
 * A modal on the native <dialog> (focus trap, Escape, backdrop from the browser), shown while it
 * is rendered: parents mount it for as long as it should be open.
 */
export function Dialog({
  title,
  onClose,
  children,
  testId,
  actions,
  requireChoice = false,
  wide = false,
  role = 'dialog',
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={wide ? 'app-dialog wide' : 'app-dialog'}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!requireChoice) onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {requireChoice ? null : (
          <button
            type="button"
            className="small ghost"
            aria-label={`Close ${title}`}
            onClick={onClose}
          >
            ×
          </button>
        )}
      </header>
      <div className="dialog-body">{children}</div>
      <footer className="dialog-actions">
        {actions ?? (
          <button type="button" onClick={onClose} data-testid={`${testId}-close`}>
            Close
          </button>
        )}
      </footer>
    </dialog>
  );
}

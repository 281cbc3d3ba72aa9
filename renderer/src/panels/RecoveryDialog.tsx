import type { RecoveredWork } from '../../../core/host/contract';
import { baseName } from '../store/documentSlice';
import { useAppStore } from '../store/StoreProvider';
import { Dialog } from './Dialog';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Asked on start when the last session left unsaved work behind. */
export function RecoveryDialog({ work }: { work: RecoveredWork }) {
  const recover = useAppStore((state) => state.recoverWork);
  const discard = useAppStore((state) => state.discardRecovery);
  return (
    <Dialog
      title={`Recover unsaved work from ${when(work.savedAt)}?`}
      onClose={() => undefined}
      requireChoice
      role="alertdialog"
      testId="recovery-dialog"
      actions={
        <>
          <button type="button" onClick={() => void discard()} data-testid="recovery-discard">
            Discard
          </button>
          <button
            type="button"
            className="primary"
            onClick={recover}
            data-testid="recovery-recover"
          >
            Recover
          </button>
        </>
      }
    >
      <p>
        Lightbench closed with unsaved changes
        {work.path === null ? '' : ` to ${baseName(work.path)}`}. Recover them to carry on where you
        left off (they stay unsaved until you save), or discard them and start from the example.
      </p>
    </Dialog>
  );
}

import { useAppStore } from '../store/StoreProvider';
import { AboutPanel } from './AboutPanel';
import { ImportReportDialog } from './ImportReportDialog';
import { MethodsPanel } from './MethodsPanel';
import { ProblemDialog } from './ProblemDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { ShortcutsPanel } from './ShortcutsPanel';

/** Every dialog over the workspace, each shown while the store says so. */
export function Panels() {
  const panel = useAppStore((state) => state.panel);
  const recovery = useAppStore((state) => state.recovery);
  const importReport = useAppStore((state) => state.importReport);
  const notice = useAppStore((state) => state.notice);
  return (
    <>
      {panel === 'methods' ? <MethodsPanel /> : null}
      {panel === 'shortcuts' ? <ShortcutsPanel /> : null}
      {panel === 'about' ? <AboutPanel /> : null}
      {importReport === null ? null : <ImportReportDialog report={importReport} />}
      {notice?.kind === 'error' || notice?.kind === 'warning' ? (
        <ProblemDialog message={notice.message} issues={notice.issues} kind={notice.kind} />
      ) : null}
      {recovery === null ? null : <RecoveryDialog work={recovery} />}
    </>
  );
}

import type { ScenarioIssue } from '../../../core';
import { useAppStore } from '../store/StoreProvider';
import { Dialog } from './Dialog';

/**
 * A failed file action (the reason and, for an invalid file, every issue with its field path), or
 * an opened file with parts this version keeps but does not use (each one named).
 */
export function ProblemDialog({
  message,
  issues,
  kind = 'error',
}: {
  message: string;
  issues: readonly ScenarioIssue[];
  kind?: 'error' | 'warning';
}) {
  const dismiss = useAppStore((state) => state.dismissNotice);
  return (
    <Dialog title={message} onClose={dismiss} role="alertdialog" testId="problem-dialog" wide>
      {issues.length > 0 ? (
        <>
          <p>
            {kind === 'error'
              ? 'Your current work is unchanged. The file has these problems:'
              : 'The file is open. These parts are kept as they are and saved back, but not used:'}
          </p>
          <table className="issue-table" data-testid="problem-issues">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue, index) => (
                <tr key={`${issue.path}:${index}`}>
                  <td>
                    <code>{issue.path || '(file)'}</code>
                  </td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>Your current work is unchanged.</p>
      )}
    </Dialog>
  );
}

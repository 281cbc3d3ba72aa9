import type { ReactNode } from 'react';
import type { RunState } from '../../store/explorationSlice';

/** Run and Cancel, the progress bar while running, and what went wrong when it did. */
export function RunBar({
  run,
  onRun,
  onCancel,
  testId,
  label,
  disabled = false,
  children,
}: {
  run: RunState;
  onRun: () => void;
  onCancel: () => void;
  testId: string;
  label: string;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const running = run.phase === 'running';
  const percent = run.total === 0 ? 0 : Math.round((100 * run.done) / run.total);
  return (
    <div className="run-bar" data-testid={`${testId}-run-bar`}>
      <button
        type="button"
        className="primary"
        onClick={onRun}
        disabled={running || disabled}
        data-testid={`${testId}-run`}
      >
        {label}
      </button>
      <button type="button" onClick={onCancel} disabled={!running} data-testid={`${testId}-cancel`}>
        Cancel
      </button>
      {running || run.phase === 'cancelled' ? (
        <span className="run-progress">
          <progress
            max={Math.max(1, run.total)}
            value={run.done}
            aria-label={`${label} progress`}
            data-testid={`${testId}-progress`}
          />
          <span className="run-progress-text numeric" data-testid={`${testId}-progress-text`}>
            {run.done.toLocaleString('en-US')} / {run.total.toLocaleString('en-US')} points
            {running ? ` · ${percent}%` : ' · cancelled'}
          </span>
        </span>
      ) : null}
      {children}
      {run.phase === 'error' ? (
        <div className="run-error" role="alert" data-testid={`${testId}-error`}>
          {run.message}
          {run.issues.length > 0 ? (
            <ul>
              {run.issues.slice(0, 6).map((issue) => (
                <li key={`${issue.path}|${issue.message}`}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

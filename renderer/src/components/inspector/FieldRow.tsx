import type { ReactNode } from 'react';
import type { Design } from '../../../../core';
import { ProvenanceBadge } from './ProvenanceBadge';

export interface FieldRowProps {
  readonly design: Design;
  readonly path: string;
  readonly inputId: string;
  readonly label: string;
  readonly unit?: string | undefined;
  /** Shown as the tooltip and read out by screen readers. */
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: ReactNode;
}

/** One inspector row: label, control, unit, then the provenance badge and any inline error. */
export function FieldRow({
  design,
  path,
  inputId,
  label,
  unit,
  hint,
  error,
  children,
}: FieldRowProps) {
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'} title={hint}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="field-control">
        {children}
        {unit === undefined ? null : <span className="field-unit">{unit}</span>}
      </div>
      <div className="field-meta">
        {hint === undefined ? null : (
          <span id={`${inputId}-hint`} className="visually-hidden">
            Allowed {hint}
          </span>
        )}
        <ProvenanceBadge design={design} path={path} />
      </div>
      {error === undefined ? null : (
        <div
          id={`${inputId}-error`}
          className="field-error"
          role="alert"
          data-testid={`error-${path}`}
        >
          {error}
        </div>
      )}
    </div>
  );
}

export function describedBy(inputId: string, hint: string | undefined, error: string | undefined) {
  const ids = [
    hint === undefined ? null : `${inputId}-hint`,
    error === undefined ? null : `${inputId}-error`,
  ];
  const joined = ids.filter((id) => id !== null).join(' ');
  return joined === '' ? undefined : joined;
}

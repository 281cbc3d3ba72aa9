import { useState } from 'react';
import type { Design } from '../../../../core';
import { getAtPath } from '../../store/designEdit';
import { fieldKey } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/StoreProvider';
import { describedBy, FieldRow } from './FieldRow';

export interface TextFieldProps {
  readonly design: Design;
  readonly path: string;
  readonly label: string;
}

/** A free-text parameter (the design name); commits like the numeric fields. */
export function TextField({ design, path, label }: TextFieldProps) {
  const stored = getAtPath(design, path);
  const shown = typeof stored === 'string' ? stored : '';
  const [draft, setDraft] = useState(shown);
  const error = useAppStore((state) => state.fieldErrors[fieldKey(design.id, path)]);
  const updateDesignField = useAppStore((state) => state.updateDesignField);
  const inputId = `field-${design.id}-${path}`;

  function commit() {
    if (draft !== shown) updateDesignField(design.id, path, draft.trim());
  }

  return (
    <FieldRow design={design} path={path} inputId={inputId} label={label} error={error}>
      <input
        id={inputId}
        className="field-input"
        type="text"
        value={draft}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(inputId, undefined, error)}
        data-testid={`param-${path}`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </FieldRow>
  );
}

import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Design } from '../../../../core';
import { getAtPath } from '../../store/designEdit';
import { fieldKey } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/StoreProvider';
import { describeRange, fieldRange } from './fieldRange';
import { describedBy, FieldRow } from './FieldRow';

export interface NumberFieldProps {
  readonly design: Design;
  readonly path: string;
  readonly label: string;
  readonly optional?: boolean | undefined;
}

/** Text rather than type=number: it keeps what was typed, so a rejected value stays visible. */
function parseDraft(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * A numeric parameter. It commits on Enter or when focus leaves; the store validates against the
 * schema, and a rejected value stays in the box with the message beside it. The parent keys this
 * component by the stored value, so an accepted edit or a new design resets the draft.
 */
export function NumberField({ design, path, label, optional }: NumberFieldProps) {
  const stored = getAtPath(design, path);
  const shown = typeof stored === 'number' ? String(stored) : '';
  const [draft, setDraft] = useState(shown);
  const error = useAppStore((state) => state.fieldErrors[fieldKey(design.id, path)]);
  const updateDesignField = useAppStore((state) => state.updateDesignField);
  const dismissFieldError = useAppStore((state) => state.dismissFieldError);
  const range = fieldRange(design, path);
  const hint = range === undefined ? undefined : describeRange(range);
  const inputId = `field-${design.id}-${path}`;

  function commit() {
    if (draft.trim() === shown) {
      if (error !== undefined) dismissFieldError(design.id, path);
      return;
    }
    const value = parseDraft(draft);
    const outcome = updateDesignField(design.id, path, value);
    if (outcome.ok) setDraft(value === undefined ? '' : String(value));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      setDraft(shown);
      dismissFieldError(design.id, path);
    }
  }

  return (
    <FieldRow
      design={design}
      path={path}
      inputId={inputId}
      label={label}
      unit={range?.unit ?? ''}
      hint={hint}
      error={error}
    >
      <input
        id={inputId}
        className="field-input numeric"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder={optional === true ? 'model default' : undefined}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        data-testid={`param-${path}`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldRow>
  );
}

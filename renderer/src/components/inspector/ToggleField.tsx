import type { Design } from '../../../../core';
import { getAtPath } from '../../store/designEdit';
import { useAppStore } from '../../store/StoreProvider';
import { FieldRow } from './FieldRow';

export interface ToggleFieldProps {
  readonly design: Design;
  readonly path: string;
  readonly label: string;
}

export function ToggleField({ design, path, label }: ToggleFieldProps) {
  const checked = getAtPath(design, path) === true;
  const updateDesignField = useAppStore((state) => state.updateDesignField);
  const inputId = `field-${design.id}-${path}`;
  return (
    <FieldRow design={design} path={path} inputId={inputId} label={label}>
      <input
        id={inputId}
        className="field-toggle"
        type="checkbox"
        checked={checked}
        data-testid={`param-${path}`}
        onChange={(event) => updateDesignField(design.id, path, event.target.checked)}
      />
    </FieldRow>
  );
}

import type { Design } from '../../../../core';
import { getAtPath } from '../../store/designEdit';
import { fieldKey } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/StoreProvider';
import { FieldRow } from './FieldRow';

export interface SectionToggleProps {
  readonly design: Design;
  readonly path: string;
  readonly label: string;
  readonly defaultValue: unknown;
}

/**
 * Switches an optional sub-model (GN nonlinearity, transceiver noise, MPI model…) on with its
 * default figures and off by removing it, so a design without it evaluates exactly as before.
 */
export function SectionToggle({ design, path, label, defaultValue }: SectionToggleProps) {
  const present = getAtPath(design, path) !== undefined;
  const error = useAppStore((state) => state.fieldErrors[fieldKey(design.id, path)]);
  const updateDesignField = useAppStore((state) => state.updateDesignField);
  const inputId = `field-${design.id}-${path}`;
  return (
    <FieldRow design={design} path={path} inputId={inputId} label={label} error={error}>
      <input
        id={inputId}
        className="field-toggle"
        type="checkbox"
        checked={present}
        data-testid={`param-${path}`}
        onChange={(event) =>
          updateDesignField(design.id, path, event.target.checked ? defaultValue : undefined)
        }
      />
    </FieldRow>
  );
}

import type { Design } from '../../../../core';
import { getAtPath } from '../../store/designEdit';
import { fieldKey } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/StoreProvider';
import type { Choice } from './fieldGroups';
import { laserFor, sensitivityFor } from './fieldGroups';
import { describedBy, FieldRow } from './FieldRow';

export interface ChoiceFieldProps {
  readonly design: Design;
  readonly path: string;
  readonly label: string;
  readonly choices: readonly Choice[];
}

/** An enumerated parameter (modulation, FEC, fiber type, how sensitivity is given). */
export function ChoiceField({ design, path, label, choices }: ChoiceFieldProps) {
  const stored = getAtPath(design, path);
  const error = useAppStore((state) => state.fieldErrors[fieldKey(design.id, path)]);
  const updateDesignField = useAppStore((state) => state.updateDesignField);
  const inputId = `field-${design.id}-${path}`;

  function onChange(text: string) {
    const choice = choices.find((option) => String(option.value) === text);
    if (choice === undefined) return;
    // The sensitivity mode selects a different record shape, so the whole record is replaced.
    if (path === 'rx.sensitivity.mode' && design.kind === 'imdd') {
      updateDesignField(design.id, 'rx.sensitivity', sensitivityFor(text, design));
      return;
    }
    if (path === 'technology.power.laser.mode') {
      updateDesignField(
        design.id,
        'technology.power.laser',
        laserFor(text, design.technology.power.laser),
      );
      return;
    }
    // The empty choice means "model default": remove the optional key.
    updateDesignField(design.id, path, choice.value === '' ? undefined : choice.value);
  }

  return (
    <FieldRow design={design} path={path} inputId={inputId} label={label} error={error}>
      <select
        id={inputId}
        className="field-input"
        value={stored === undefined ? '' : String(stored)}
        aria-describedby={describedBy(inputId, undefined, error)}
        data-testid={`param-${path}`}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}

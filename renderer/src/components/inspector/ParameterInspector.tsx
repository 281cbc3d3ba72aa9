import type { Design } from '../../../../core';
import { getAtPath } from '../../store/designEdit';
import { selectSelectedDesign } from '../../store/results';
import { useAppStore } from '../../store/StoreProvider';
import { ChoiceField } from './ChoiceField';
import type { FieldSpec } from './fieldGroups';
import { fieldGroupsFor } from './fieldGroups';
import { NumberField } from './NumberField';
import { SectionToggle } from './SectionToggle';
import { TextField } from './TextField';
import { ToggleField } from './ToggleField';

function Field({ design, spec }: { design: Design; spec: FieldSpec }) {
  // Keyed by the stored value: an accepted edit or another design starts a fresh draft.
  const key = `${design.id}:${spec.path}:${String(getAtPath(design, spec.path))}`;
  switch (spec.kind) {
    case 'number':
      return (
        <NumberField
          key={key}
          design={design}
          path={spec.path}
          label={spec.label}
          optional={spec.optional}
        />
      );
    case 'choice':
      return (
        <ChoiceField
          key={key}
          design={design}
          path={spec.path}
          label={spec.label}
          choices={spec.choices}
        />
      );
    case 'toggle':
      return <ToggleField key={key} design={design} path={spec.path} label={spec.label} />;
    case 'section':
      return (
        <SectionToggle
          key={key}
          design={design}
          path={spec.path}
          label={spec.label}
          defaultValue={spec.defaultValue}
        />
      );
    case 'text':
      return <TextField key={key} design={design} path={spec.path} label={spec.label} />;
  }
}

/** The right-hand pane: every parameter of the selected design, grouped as a link budget reads. */
export function ParameterInspector() {
  const design = useAppStore(selectSelectedDesign);
  if (design === undefined) {
    return <p className="empty">Select a design to edit its parameters.</p>;
  }
  return (
    <form
      className="inspector"
      aria-label={`Parameters of ${design.name}`}
      onSubmit={(event) => event.preventDefault()}
    >
      {fieldGroupsFor(design).map((group) => (
        <fieldset key={group.title} className="inspector-group">
          <legend>{group.title}</legend>
          {group.fields.map((spec) => (
            <Field key={spec.path} design={design} spec={spec} />
          ))}
        </fieldset>
      ))}
    </form>
  );
}

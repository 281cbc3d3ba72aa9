import type { ChangeEvent } from 'react';
import { fieldRangeAt } from '../../../../core';
import type { Design } from '../../../../core';
import { describeRange } from '../../components/inspector/fieldRange';
import type { SweepAxis } from '../../store/explorationSlice';
import { defaultAxis } from './sweepForm';

function AxisRow({
  index,
  axis,
  paths,
  design,
  onChange,
  onRemove,
}: {
  index: number;
  axis: SweepAxis;
  paths: readonly string[];
  design: Design;
  onChange: (axis: SweepAxis) => void;
  onRemove: (() => void) | null;
}) {
  const field = fieldRangeAt(design, axis.path);
  const name = index === 0 ? 'First parameter' : 'Second parameter';
  const number = (key: 'from' | 'to' | 'steps') => (event: ChangeEvent<HTMLInputElement>) => {
    const value = Number(event.target.value);
    if (event.target.value !== '' && Number.isFinite(value)) onChange({ ...axis, [key]: value });
  };
  return (
    <div className="axis-row" data-testid={`sweep-axis-${index}`}>
      <label className="axis-path">
        <span className="form-label">{index === 0 ? 'Parameter (x)' : 'Parameter (y)'}</span>
        <select
          aria-label={name}
          data-testid={`sweep-axis-${index}-path`}
          value={axis.path}
          onChange={(event) => onChange(defaultAxis(design, event.target.value))}
        >
          {paths.map((path) => (
            <option key={path} value={path}>
              {path}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="form-label">From</span>
        <input
          type="number"
          className="numeric"
          aria-label={`${name} from`}
          data-testid={`sweep-axis-${index}-from`}
          defaultValue={axis.from}
          key={`${axis.path}-from`}
          onChange={number('from')}
        />
      </label>
      <label>
        <span className="form-label">To</span>
        <input
          type="number"
          className="numeric"
          aria-label={`${name} to`}
          data-testid={`sweep-axis-${index}-to`}
          defaultValue={axis.to}
          key={`${axis.path}-to`}
          onChange={number('to')}
        />
      </label>
      <label className="axis-steps">
        <span className="form-label">Steps</span>
        <input
          type="number"
          className="numeric"
          min={1}
          max={1000}
          aria-label={`${name} steps`}
          data-testid={`sweep-axis-${index}-steps`}
          defaultValue={axis.steps}
          key={`${axis.path}-steps`}
          onChange={number('steps')}
        />
      </label>
      <label className="axis-scale">
        <span className="form-label">Scale</span>
        <select
          aria-label={`${name} scale`}
          data-testid={`sweep-axis-${index}-scale`}
          value={axis.scale}
          onChange={(event) =>
            onChange({ ...axis, scale: event.target.value === 'log' ? 'log' : 'linear' })
          }
        >
          <option value="linear">linear</option>
          <option value="log">log</option>
        </select>
      </label>
      <span className="axis-unit" title={field === undefined ? '' : describeRange(field)}>
        {field === undefined ? '' : `${field.unit || 'no unit'} · allowed ${describeRange(field)}`}
      </span>
      {onRemove === null ? null : (
        <button
          type="button"
          className="small ghost"
          onClick={onRemove}
          aria-label="Remove the second parameter"
          data-testid="sweep-remove-axis"
        >
          ×
        </button>
      )}
    </div>
  );
}

export interface SweepSettingsFormProps {
  readonly designs: readonly Design[];
  readonly chosen: readonly string[];
  readonly axes: readonly SweepAxis[];
  readonly paths: readonly string[];
  readonly criteriaNames: readonly string[];
  readonly criteria: string | null;
  readonly onDesigns: (ids: string[]) => void;
  readonly onAxes: (axes: SweepAxis[]) => void;
  readonly onCriteria: (name: string | null) => void;
}

/** Which designs, one or two parameters with their ranges, and the launch criteria to judge by. */
export function SweepSettingsForm(props: SweepSettingsFormProps) {
  const { designs, chosen, axes, paths, criteriaNames, criteria } = props;
  const first = designs.find((design) => chosen.includes(design.id)) ?? designs[0];
  if (first === undefined) return null;
  const setAxis = (index: number) => (axis: SweepAxis) =>
    props.onAxes(axes.map((current, i) => (i === index ? axis : current)));
  const toggle = (id: string) =>
    props.onDesigns(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
  return (
    <div className="settings-panel" data-testid="sweep-settings">
      <fieldset className="design-picks">
        <legend className="form-label">Designs</legend>
        {designs.map((design) => (
          <label key={design.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(design.id)}
              onChange={() => toggle(design.id)}
              data-testid={`sweep-design-${design.id}`}
            />
            {design.name}
          </label>
        ))}
      </fieldset>
      <div className="axes">
        {axes.map((axis, index) => (
          <AxisRow
            key={index}
            index={index}
            axis={axis}
            paths={paths}
            design={first}
            onChange={setAxis(index)}
            onRemove={index === 1 ? () => props.onAxes(axes.slice(0, 1)) : null}
          />
        ))}
        <div className="axes-actions">
          {axes.length < 2 ? (
            <button
              type="button"
              className="small"
              data-testid="sweep-add-axis"
              onClick={() => {
                const used = new Set(axes.map((axis) => axis.path));
                const next = paths.find((path) => !used.has(path));
                if (next !== undefined) props.onAxes([...axes, defaultAxis(first, next)]);
              }}
            >
              + Second parameter (map)
            </button>
          ) : null}
          <label className="inline-label">
            <span className="form-label">Launch criteria</span>
            <select
              aria-label="Launch criteria for the feasible region"
              data-testid="sweep-criteria"
              value={criteria ?? ''}
              onChange={(event) => props.onCriteria(event.target.value || null)}
            >
              <option value="">none</option>
              {criteriaNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { describeCriterion, METRICS } from '../../../../core';
import type { Criterion, LaunchCriteria, MetricId } from '../../../../core';
import type { CriteriaEdit } from '../../store/explorationSlice';
import { MetricSelect } from '../sweep/SweepView';

type Op = Criterion['op'];

/** A criterion from the form, or the reason it is not one yet. */
export function criterionFrom(
  metric: MetricId,
  op: Op,
  value: string,
  high: string,
): Criterion | string {
  const low = Number(value);
  if (value.trim() === '' || !Number.isFinite(low)) return 'Enter a threshold';
  if (op !== 'within') return { metric, op, value: low };
  const top = Number(high);
  if (high.trim() === '' || !Number.isFinite(top)) return 'Enter both ends of the range';
  if (top < low) return 'The range must go from low to high';
  return { metric, op, range: [low, top] };
}

/** Add and remove thresholds of one launch-criteria set (kept in scenario.launch_criteria). */
export function CriteriaEditor({
  set,
  onAdd,
  onRemove,
}: {
  set: LaunchCriteria;
  onAdd: (criterion: Criterion) => CriteriaEdit;
  onRemove: (index: number) => void;
}) {
  const [metric, setMetric] = useState<MetricId>('energy_pJ_per_bit');
  const [op, setOp] = useState<Op>(METRICS.energy_pJ_per_bit.better === 'lower' ? '<=' : '>=');
  const [value, setValue] = useState('');
  const [high, setHigh] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const add = () => {
    const criterion = criterionFrom(metric, op, value, high);
    if (typeof criterion === 'string') {
      setMessage(criterion);
      return;
    }
    const outcome = onAdd(criterion);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) {
      setValue('');
      setHigh('');
    }
  };
  return (
    <div className="criteria-editor" data-testid="criteria-editor">
      <ul className="criteria-list">
        {set.criteria.map((criterion, index) => (
          <li key={`${index}-${describeCriterion(criterion)}`} data-testid={`criterion-${index}`}>
            <span>{describeCriterion(criterion)}</span>
            <button
              type="button"
              className="small ghost"
              disabled={set.criteria.length <= 1}
              title={set.criteria.length <= 1 ? 'A set needs at least one criterion' : undefined}
              aria-label={`Remove criterion ${describeCriterion(criterion)}`}
              data-testid={`criterion-remove-${index}`}
              onClick={() => onRemove(index)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="criterion-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <MetricSelect
          value={metric}
          onChange={(id) => {
            setMetric(id);
            if (op !== 'within') setOp(METRICS[id].better === 'lower' ? '<=' : '>=');
          }}
          label="Criterion metric"
          testId="criterion-metric"
        />
        <select
          className="metric-picker"
          aria-label="Criterion comparison"
          data-testid="criterion-op"
          value={op}
          onChange={(event) => setOp(event.target.value as Op)}
        >
          <option value="<=">≤</option>
          <option value=">=">≥</option>
          <option value="within">within</option>
        </select>
        <input
          type="number"
          className="numeric criterion-value"
          aria-label={op === 'within' ? 'Criterion low end' : 'Criterion threshold'}
          data-testid="criterion-value"
          placeholder={op === 'within' ? 'low' : 'threshold'}
          value={value}
          step="any"
          onChange={(event) => setValue(event.target.value)}
        />
        {op === 'within' ? (
          <input
            type="number"
            className="numeric criterion-value"
            aria-label="Criterion high end"
            data-testid="criterion-high"
            placeholder="high"
            value={high}
            step="any"
            onChange={(event) => setHigh(event.target.value)}
          />
        ) : null}
        <span className="metric-unit">{METRICS[metric].unit}</span>
        <button type="submit" className="small" data-testid="criterion-add">
          Add criterion
        </button>
        {message === null ? null : (
          <span className="form-error" role="alert">
            {message}
          </span>
        )}
      </form>
    </div>
  );
}

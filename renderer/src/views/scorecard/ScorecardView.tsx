import { useMemo, useState } from 'react';
import { describeCriterion, METRICS } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { compareRows, formatMetric } from '../compare/compareData';
import { saveText } from '../../host/saveExport';
import { exportName } from '../sweep/sweepForm';
import { CriteriaEditor } from './CriteriaEditor';
import { formatMargin, scorecardCsv, scorecardRows } from './scorecardData';

function NewCriteriaSet({ onCreate }: { onCreate: (name: string) => string | null }) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="criterion-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          setMessage('Name the set');
          return;
        }
        setMessage(onCreate(name));
        setName('');
      }}
    >
      <input
        type="text"
        aria-label="Name of a new criteria set"
        data-testid="criteria-set-name"
        placeholder="New criteria set, e.g. Scale-out 2027"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="small" data-testid="criteria-set-add">
        Add criteria set
      </button>
      {message === null ? null : (
        <span className="form-error" role="alert">
          {message}
        </span>
      )}
    </form>
  );
}

/** Designs × the criteria of one launch-criteria set: pass/fail, margin with unit, overall. */
export function ScorecardView() {
  const scenario = useAppStore((state) => state.scenario);
  const chosen = useAppStore((state) => state.scorecardCriteria);
  const choose = useAppStore((state) => state.chooseScorecardCriteria);
  const addSet = useAppStore((state) => state.addCriteriaSet);
  const removeSet = useAppStore((state) => state.removeCriteriaSet);
  const addCriterion = useAppStore((state) => state.addCriterion);
  const removeCriterion = useAppStore((state) => state.removeCriterion);
  const sets = scenario.launch_criteria ?? [];
  const set = sets.find((entry) => entry.name === chosen) ?? sets[0];
  const rows = useMemo(() => compareRows(scenario), [scenario]);
  const card = useMemo(() => (set === undefined ? [] : scorecardRows(rows, set)), [rows, set]);
  const create = (name: string) => {
    const outcome = addSet(name, { metric: 'link_margin_dB', op: '>=', value: 0 });
    return outcome.ok ? null : outcome.message;
  };
  const passing = card.filter((entry) => entry.verdict?.pass === true).length;

  return (
    <section className="view exploration-view" aria-labelledby="scorecard-view-title">
      <header className="view-header">
        <h2 id="scorecard-view-title">Scorecard</h2>
        <p className="view-description">
          Every design against the launch criteria (“the technical bar”): margin to each threshold
          in the metric’s unit, positive passes.
        </p>
      </header>
      <div className="settings-panel scorecard-settings">
        {sets.length === 0 ? (
          <p className="settings-note" data-testid="scorecard-no-criteria">
            This scenario has no launch criteria yet. Add a set, then its thresholds.
          </p>
        ) : (
          <label className="inline-label">
            <span className="form-label">Criteria set</span>
            <select
              aria-label="Launch criteria set"
              data-testid="scorecard-criteria"
              value={set?.name ?? ''}
              onChange={(event) => choose(event.target.value)}
            >
              {sets.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.name}
                </option>
              ))}
            </select>
            {set === undefined ? null : (
              <button
                type="button"
                className="small ghost"
                data-testid="criteria-set-remove"
                onClick={() => removeSet(set.name)}
              >
                Remove set
              </button>
            )}
          </label>
        )}
        <NewCriteriaSet onCreate={create} />
        {set === undefined ? null : (
          <CriteriaEditor
            set={set}
            onAdd={(criterion) => addCriterion(set.name, criterion)}
            onRemove={(index) => removeCriterion(set.name, index)}
          />
        )}
      </div>
      {set === undefined ? null : (
        <figure className="chart-panel table-panel">
          <figcaption>
            {set.name}
            <span className="caption-hint" data-testid="scorecard-summary">
              {passing} of {card.length} design{card.length === 1 ? '' : 's'} pass every criterion
            </span>
          </figcaption>
          <div className="plot-toolbar">
            <button
              type="button"
              className="small"
              aria-label="Export scorecard as CSV"
              data-testid="scorecard-export-csv"
              onClick={() =>
                saveText(`${exportName(scenario.name, 'scorecard')}.csv`, scorecardCsv(card, set))
              }
            >
              CSV
            </button>
          </div>
          <div className="table-scroll">
            <table className="data-table scorecard-table" data-testid="scorecard-table">
              <thead>
                <tr>
                  <th scope="col" className="text">
                    Design
                  </th>
                  {set.criteria.map((criterion, index) => (
                    <th key={index} scope="col" data-testid={`scorecard-header-${index}`}>
                      {describeCriterion(criterion)}
                    </th>
                  ))}
                  <th scope="col">Overall</th>
                </tr>
              </thead>
              <tbody>
                {card.map(({ row, verdict }) => (
                  <tr key={row.design.id} data-testid={`scorecard-row-${row.design.id}`}>
                    <th scope="row" className="text">
                      {row.design.name}
                    </th>
                    {verdict === null ? (
                      <td colSpan={set.criteria.length} className="row-error">
                        Cannot be evaluated: {row.ok ? '' : row.error}
                      </td>
                    ) : (
                      verdict.results.map((result, index) => {
                        const info = METRICS[result.criterion.metric];
                        return (
                          <td
                            key={index}
                            className={`score-cell ${result.pass ? 'pass' : 'fail'}`}
                            data-testid={`scorecard-cell-${row.design.id}-${index}`}
                            data-pass={String(result.pass)}
                            data-margin={String(result.margin)}
                            title={
                              result.value === null
                                ? 'no value: the metric does not exist for this design'
                                : `${formatMetric(result.value, info)} ${info.unit}`
                            }
                          >
                            <span className="score-mark" aria-hidden="true">
                              {result.pass ? '✓' : '✗'}
                            </span>
                            <span className="visually-hidden">{result.pass ? 'pass' : 'fail'}</span>
                            <span className="score-margin">
                              {result.margin === null
                                ? '—'
                                : formatMargin(result.margin, info.decimals, info.unit)}
                            </span>
                          </td>
                        );
                      })
                    )}
                    <td
                      className={`score-cell overall ${verdict?.pass === true ? 'pass' : 'fail'}`}
                      data-testid={`scorecard-overall-${row.design.id}`}
                      data-pass={String(verdict?.pass === true)}
                    >
                      {verdict?.pass === true ? 'PASS' : 'FAIL'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      )}
    </section>
  );
}

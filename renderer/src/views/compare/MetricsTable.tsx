import type { ReactNode } from 'react';
import type { MetricInfo } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { describeInfeasible } from '../../format';
import {
  bestValue,
  formatMetric,
  METRIC_COLUMN_GROUPS,
  metricValue,
  missingReason,
  provenanceText,
} from './compareData';
import { CATEGORY_LABELS } from '../../components/catalog/categories';
import type { CompareRow, SortKey, SortState } from './compareData';

const COLUMNS: readonly MetricInfo[] = METRIC_COLUMN_GROUPS.flatMap((group) => group.metrics);

/** Group boundaries get a stronger rule so the eye reads the table group by group. */
const GROUP_STARTS = new Set(METRIC_COLUMN_GROUPS.map((group) => group.metrics[0]?.id));

function ariaSort(sort: SortState | null, key: SortKey) {
  return sort?.key === key ? sort.direction : 'none';
}

function SortButton({
  sortKey,
  sort,
  onSort,
  children,
  label,
}: {
  sortKey: SortKey;
  sort: SortState | null;
  onSort: (key: SortKey) => void;
  children: ReactNode;
  label: string;
}) {
  const active = sort?.key === sortKey;
  const arrow = !active ? '' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <button
      type="button"
      className="sort-button"
      onClick={() => onSort(sortKey)}
      aria-label={`Sort by ${label}`}
      data-testid={`compare-sort-${sortKey}`}
    >
      {children}
      <span className="sort-arrow" aria-hidden="true">
        {arrow}
      </span>
    </button>
  );
}

function NameCell({ row, selected }: { row: CompareRow; selected: boolean }) {
  const selectDesign = useAppStore((state) => state.selectDesign);
  return (
    <th scope="row" className="name-cell">
      <button
        type="button"
        className="row-name"
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectDesign(row.design.id)}
        title={row.design.description ?? row.design.name}
      >
        <span className="row-title">{row.design.name}</span>
        <span className="row-category">{CATEGORY_LABELS[row.design.technology.category]}</span>
        {row.ok && row.evaluation.infeasible ? (
          <span
            className="row-infeasible"
            title={row.evaluation.infeasible.reason}
            data-testid={`compare-infeasible-${row.design.id}`}
          >
            {describeInfeasible(row.evaluation.infeasible)}
          </span>
        ) : null}
      </button>
    </th>
  );
}

export interface MetricsTableProps {
  readonly rows: readonly CompareRow[];
  readonly sort: SortState | null;
  readonly onSort: (key: SortKey) => void;
}

/**
 * Designs × metrics: columns grouped by power, reach, density, cost, reliability and latency, the
 * best value per column marked, the sources of each number's inputs on hover.
 */
export function MetricsTable({ rows, sort, onSort }: MetricsTableProps) {
  const selectedId = useAppStore((state) => state.selectedDesignId);
  const showPanel = useAppStore((state) => state.showPanel);
  const best = new Map(
    COLUMNS.map((info) => [
      info.id,
      bestValue(
        rows.map((row) => metricValue(row, info.id)),
        info,
      ),
    ]),
  );
  return (
    <div className="table-scroll">
      <table className="compare-table" data-testid="compare-table">
        <caption className="visually-hidden">
          Metrics of every design; select a column header to sort.
        </caption>
        <thead>
          <tr className="group-row">
            <th scope="col" rowSpan={2} className="name-cell" aria-sort={ariaSort(sort, 'name')}>
              <SortButton sortKey="name" sort={sort} onSort={onSort} label="design name">
                Design
              </SortButton>
            </th>
            {METRIC_COLUMN_GROUPS.map((group) => (
              <th
                key={group.group}
                scope="colgroup"
                colSpan={group.metrics.length}
                className="group-start"
              >
                {group.label}
              </th>
            ))}
          </tr>
          <tr className="metric-row">
            {COLUMNS.map((info) => (
              <th
                key={info.id}
                scope="col"
                aria-sort={ariaSort(sort, info.id)}
                className={GROUP_STARTS.has(info.id) ? 'group-start' : undefined}
                title={`${info.description} (${info.better} is better)`}
              >
                <SortButton
                  sortKey={info.id}
                  sort={sort}
                  onSort={onSort}
                  label={`${info.label} (${info.unit})`}
                >
                  <span className="metric-label">{info.label}</span>
                  <span className="metric-unit">{info.unit}</span>
                </SortButton>
                <button
                  type="button"
                  className="method-link"
                  aria-label={`How ${info.label.toLowerCase()} is computed`}
                  title="Method: equations, assumptions, references"
                  onClick={() => showPanel('methods', info.method)}
                >
                  ?
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.design.id}
              className={row.design.id === selectedId ? 'selected' : undefined}
              data-testid={`compare-row-${row.design.id}`}
              data-design-id={row.design.id}
            >
              <NameCell row={row} selected={row.design.id === selectedId} />
              {row.ok ? (
                COLUMNS.map((info) => {
                  const value = metricValue(row, info.id);
                  const missing = missingReason(row, info.id);
                  const infeasible = missing !== undefined && row.evaluation.infeasible !== null;
                  const isBest = best.get(info.id) === value;
                  const classes = [
                    'numeric',
                    GROUP_STARTS.has(info.id) ? 'group-start' : '',
                    isBest ? 'best' : '',
                    Number.isFinite(value) ? '' : 'not-finite',
                    infeasible ? 'infeasible' : '',
                  ];
                  return (
                    <td
                      key={info.id}
                      className={classes.join(' ').replace(/\s+/g, ' ').trim()}
                      title={missing ?? provenanceText(row.design, info)}
                      data-metric={info.id}
                      data-value={Number.isFinite(value) ? String(value) : ''}
                    >
                      {infeasible ? 'infeasible' : formatMetric(value, info)}
                    </td>
                  );
                })
              ) : (
                <td colSpan={COLUMNS.length} className="row-error" role="alert">
                  Cannot be evaluated: {row.error}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

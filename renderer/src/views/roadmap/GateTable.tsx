import { formatMonth, formatMonths, type GateOutcome, type GateStatus } from '../../../../core';

const STATUS_LABEL: Readonly<Record<GateStatus, string>> = {
  pass: 'pass',
  'at-risk': 'at risk',
  fail: 'fail',
  'no-data': 'no data',
};

const number = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value)
    ? '—'
    : Math.abs(value) >= 100
      ? value.toFixed(0)
      : value.toPrecision(3);

/** A margin met exactly shows as 0, not as the rounding error of the model (1e-12). */
const margin = (value: number, scale: number | undefined) =>
  number(Math.abs(value) < 1e-9 * Math.max(1, Math.abs(scale ?? 0)) ? 0 : value);

/** The gates with each criterion's evidence at P50 and P90, its margin, and what is missing. */
export function GateTable({
  gates,
  delays,
}: {
  gates: readonly GateOutcome[];
  delays: ReadonlyMap<string, number>;
}) {
  return (
    <table className="data-table roadmap-gates" data-testid="roadmap-gate-table">
      <thead>
        <tr>
          <th>Gate</th>
          <th>P50</th>
          <th>P90</th>
          <th>Status</th>
          <th>Criterion</th>
          <th>P50 / P90 value</th>
          <th>Margin P50 / P90</th>
        </tr>
      </thead>
      <tbody>
        {gates.flatMap((gate) => {
          const delay = delays.get(gate.gate.id) ?? 0;
          const rows = gate.criteria.length === 0 ? [null] : gate.criteria;
          return rows.map((c, index) => (
            <tr
              key={`${gate.gate.id}-${index}`}
              data-testid={index === 0 ? `roadmap-gate-${gate.gate.id}` : undefined}
              data-status={gate.status}
            >
              {index === 0 ? (
                <>
                  <th rowSpan={rows.length} scope="row">
                    {gate.gate.name}
                    {gate.missing.length > 0 ? (
                      <div className="roadmap-missing">missing: {gate.missing.join('; ')}</div>
                    ) : null}
                  </th>
                  <td rowSpan={rows.length} data-testid={`roadmap-gate-${gate.gate.id}-p50`}>
                    {formatMonth(gate.date_p50)}
                    {Math.abs(delay) > 1e-9 ? (
                      <span className="roadmap-delay"> ({formatMonths(delay)})</span>
                    ) : null}
                  </td>
                  <td rowSpan={rows.length}>{formatMonth(gate.date_p90)}</td>
                  <td rowSpan={rows.length}>
                    <span className={`roadmap-status roadmap-status-${gate.status}`}>
                      {STATUS_LABEL[gate.status]}
                    </span>
                  </td>
                </>
              ) : null}
              {c === null ? (
                <td colSpan={3}>no criteria</td>
              ) : (
                <>
                  <td>
                    <span className={`roadmap-status roadmap-status-${c.status}`}>
                      {STATUS_LABEL[c.status]}
                    </span>{' '}
                    {c.criterion.key} {c.criterion.op === '>=' ? '≥' : '≤'} {c.criterion.value}
                  </td>
                  <td
                    title={
                      c.evidence ? `from ${c.evidence.origin}: ${c.evidence.note}` : 'no evidence'
                    }
                  >
                    {number(c.evidence?.p50)} / {number(c.evidence?.p90)}
                  </td>
                  <td
                    className={
                      c.margin_p50 >= 0 ? 'pass' : Number.isFinite(c.margin_p50) ? 'fail' : ''
                    }
                  >
                    {margin(c.margin_p50, c.evidence?.p50)} /{' '}
                    {margin(c.margin_p90, c.evidence?.p90)}
                  </td>
                </>
              )}
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}

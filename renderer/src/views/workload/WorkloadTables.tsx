import type { WorkloadRun } from '../../../../core';
import { SUMMARY_LINES } from './workloadData';

/** The options side by side, best per ranked row marked where the options differ. */
export function WorkloadSummary({ runs }: { runs: readonly WorkloadRun[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table workload-summary" data-testid="workload-summary">
        <caption className="visually-hidden">Training job on each fabric option</caption>
        <thead>
          <tr className="metric-row">
            <th scope="col" className="name-cell">
              Job
            </th>
            {runs.map((run) => (
              <th key={run.fabric_id} scope="col">
                {run.fabric_name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SUMMARY_LINES.map((line) => {
            const values = runs.map(line.value);
            const finite = values.filter(Number.isFinite);
            const best = line.better === 'higher' ? Math.max(...finite) : Math.min(...finite);
            // Rounded as shown, so options equal on screen are not told apart.
            const shown = new Set(finite.map(line.format));
            const ranked = line.better !== undefined && shown.size > 1;
            return (
              <tr key={line.id}>
                <th scope="row" className="name-cell">
                  {line.label}
                </th>
                {runs.map((run, index) => {
                  const value = values[index] ?? Number.NaN;
                  const isBest = ranked && line.format(value) === line.format(best);
                  return (
                    <td
                      key={run.fabric_id}
                      className={`numeric${isBest ? ' best' : ''}`}
                      data-option={run.fabric_id}
                      data-metric={line.id}
                      data-value={value}
                    >
                      {line.format(value)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const num = (value: number, decimals: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : '—';

/** Per option: each collective's algorithm, network, ranks, size, calls and exposed time. */
export function CollectiveTable({ runs }: { runs: readonly WorkloadRun[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table workload-collectives" data-testid="workload-collectives">
        <caption className="visually-hidden">Collectives per step of each fabric option</caption>
        <thead>
          <tr className="metric-row">
            <th scope="col" className="name-cell">
              Collective
            </th>
            <th scope="col">Algorithm</th>
            <th scope="col">Network</th>
            <th scope="col">Ranks</th>
            <th scope="col">MB / call</th>
            <th scope="col">Calls / step</th>
            <th scope="col">ms / call</th>
            <th scope="col">Bus GB/s</th>
            <th scope="col">Overlap</th>
            <th scope="col">Exposed ms</th>
          </tr>
        </thead>
        {runs.map((run) => (
          <tbody key={run.fabric_id} data-testid={`workload-collectives-${run.fabric_id}`}>
            <tr className="fabric-option-row">
              <th scope="rowgroup" colSpan={10}>
                {run.fabric_name} · scale-out α {num(run.network.scale_out.alpha_s * 1e6, 2)} µs,{' '}
                {num(run.network.scale_out.bandwidth_Bps / 1e9, 0)} GB/s per accelerator
              </th>
            </tr>
            {run.step.collectives.map((c) => (
              <tr key={c.id} data-collective={c.id}>
                <th scope="row" className="name-cell">
                  {c.label}
                </th>
                <td>{c.algorithm}</td>
                <td>{c.network}</td>
                <td className="numeric">{c.ranks}</td>
                <td className="numeric">{num(c.bytes / 1e6, 1)}</td>
                <td className="numeric">{num(c.calls_per_step, 0)}</td>
                <td className="numeric">{num(c.time_per_call_s * 1e3, 3)}</td>
                <td className="numeric">
                  {c.bus_bandwidth_GBps === null ? '—' : num(c.bus_bandwidth_GBps, 1)}
                </td>
                <td className="numeric">{num(c.overlap * 100, 0)} %</td>
                <td className="numeric" data-value={c.exposed_s}>
                  {num(c.exposed_s * 1e3, 1)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

import { CATEGORY_LABELS } from '../../components/catalog/categories';
import {
  formatCount,
  formatDollars,
  formatDuration,
  formatKilowatts,
  formatMegawatts,
  formatPercent,
  formatRate,
  formatReach,
  tierRows,
} from './fabricData';
import type { OkEvaluation } from './fabricData';

/** Per option: every tier's links, reach, technology, watts, dollars and failures, then totals. */
export function TierTable({ results }: { results: readonly OkEvaluation[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table fabric-table" data-testid="fabric-tier-table">
        <caption className="visually-hidden">
          Links, power, cost and failures per tier of each fabric option
        </caption>
        <thead>
          <tr className="metric-row">
            <th scope="col" className="name-cell">
              Tier
            </th>
            <th scope="col">Links</th>
            <th scope="col">Reach</th>
            <th scope="col" className="fabric-technology">
              Technology
            </th>
            <th scope="col">Power</th>
            <th scope="col">Capex</th>
            <th scope="col">Failures / day</th>
          </tr>
        </thead>
        {results.map((result) => (
          <tbody key={result.fabric.id} data-testid={`fabric-option-${result.fabric.id}`}>
            <tr className="fabric-option-row">
              <th scope="rowgroup" colSpan={7}>
                {result.fabric.name}
              </th>
            </tr>
            {tierRows(result).map((row) => (
              <tr
                key={row.row}
                className={`fabric-${row.kind}-row`}
                data-testid={row.kind === 'total' ? `fabric-total-${row.option_id}` : undefined}
              >
                <th scope="row" className="name-cell">
                  {row.row}
                </th>
                <td className="numeric" data-value={row.links}>
                  {formatCount(row.links)}
                </td>
                <td className="numeric">{formatReach(row)}</td>
                <td
                  className={`fabric-technology${row.closes ? '' : ' fabric-no-close'}`}
                  title={row.category === '' ? undefined : CATEGORY_LABELS[row.category]}
                >
                  {row.technology}
                  {row.closes ? null : <span className="fabric-category"> · does not close</span>}
                </td>
                <td className="numeric" data-metric="power_W" data-value={row.power_W}>
                  {formatKilowatts(row.power_W)}
                </td>
                <td className="numeric" data-metric="capex_usd" data-value={row.capex_usd}>
                  {formatDollars(row.capex_usd)}
                </td>
                <td
                  className="numeric"
                  data-metric="failures_per_day"
                  data-value={row.failures_per_day}
                >
                  {formatRate(row.failures_per_day)}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

interface SummaryLine {
  readonly id: string;
  /** Lower is better and worth marking; counts and durations are context, not a verdict. */
  readonly ranked?: boolean;
  readonly label: string;
  readonly value: (result: OkEvaluation) => number;
  readonly format: (value: number) => string;
}

const SUMMARY: readonly SummaryLine[] = [
  {
    id: 'network_power_W',
    ranked: true,
    label: 'Network power',
    value: (r) => r.totals.network_power_W,
    format: formatMegawatts,
  },
  {
    id: 'optics_power_W',
    ranked: true,
    label: 'Optics power',
    value: (r) => r.totals.optics_power_W,
    format: formatMegawatts,
  },
  {
    id: 'network_power_share',
    ranked: true,
    label: 'Network share of cluster power',
    value: (r) => r.totals.network_power_share,
    format: (v) => formatPercent(v),
  },
  {
    id: 'capex_usd',
    ranked: true,
    label: 'Capex (links + switches)',
    value: (r) => r.totals.capex_usd,
    format: formatDollars,
  },
  {
    id: 'tco_usd',
    ranked: true,
    label: 'TCO over the lifetime',
    value: (r) => r.totals.tco_usd,
    format: formatDollars,
  },
  { id: 'switches', label: 'Switches', value: (r) => r.totals.switches, format: formatCount },
  {
    id: 'transceivers',
    label: 'Transceivers / engine shares',
    value: (r) => r.totals.transceivers,
    format: formatCount,
  },
  { id: 'fibers', label: 'Fibers', value: (r) => r.totals.fibers, format: formatCount },
  {
    id: 'failures_per_day',
    ranked: true,
    label: 'Link + switch failures / day',
    value: (r) => r.totals.failures_per_day,
    format: (v) => formatRate(v),
  },
  {
    id: 'interruptions_per_day',
    ranked: true,
    label: 'Job interruptions / day',
    value: (r) => r.totals.interruptions_per_day,
    format: (v) => formatRate(v, 1),
  },
  {
    id: 'mtbi_s',
    label: 'Mean time between interruptions',
    value: (r) => r.goodput.mtbi_s,
    format: formatDuration,
  },
  {
    id: 'checkpoint_interval_s',
    label: 'Checkpoint interval (Young–Daly)',
    value: (r) => r.goodput.checkpoint_interval_s,
    format: formatDuration,
  },
  {
    id: 'lost_fraction',
    ranked: true,
    label: 'Goodput lost to checkpoint/restart',
    value: (r) => r.goodput.lost_fraction,
    format: (v) => formatPercent(v),
  },
];

/** The options side by side: the cluster-level totals a TPM reads first. */
export function SummaryTable({ results }: { results: readonly OkEvaluation[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table fabric-summary" data-testid="fabric-summary">
        <caption className="visually-hidden">Cluster totals of each fabric option</caption>
        <thead>
          <tr className="metric-row">
            <th scope="col" className="name-cell">
              Cluster
            </th>
            {results.map((result) => (
              <th key={result.fabric.id} scope="col">
                {result.fabric.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SUMMARY.map((line) => {
            const values = results.map(line.value);
            const finite = values.filter(Number.isFinite);
            const best = Math.min(...finite);
            // Mark the best only where the options differ.
            const ranked = line.ranked === true && finite.some((value) => value !== best);
            return (
              <tr key={line.id}>
                <th scope="row" className="name-cell">
                  {line.label}
                </th>
                {results.map((result, index) => {
                  const value = values[index] ?? Number.NaN;
                  const isBest = ranked && value === best;
                  return (
                    <td
                      key={result.fabric.id}
                      className={`numeric${isBest ? ' best' : ''}`}
                      data-option={result.fabric.id}
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

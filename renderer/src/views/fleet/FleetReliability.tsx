import { compareLlama3 } from '../../../../core';
import type { FieldReliability } from '../../../../core';
import { fmt } from './fleetData';

const pct = (value: number) => `${Math.round(value * 100)} %`;

/** Failures per cause over the exposure, FIT with χ² intervals, beside the catalog FIT. */
export function ReliabilityTable({ reliability }: { reliability: FieldReliability }) {
  const link = reliability.link;
  return (
    <div data-testid="fleet-reliability">
      <p className="chart-note">
        {reliability.source}: {reliability.device_hours.toExponential(3)} device-hours (
        {reliability.exposure === 'log'
          ? 'stated in the log'
          : reliability.exposure === 'telemetry'
            ? 'link-hours of the telemetry'
            : 'no exposure: give # device_hours in the log'}
        )
      </p>
      <table className="compare-table fleet-table">
        <thead>
          <tr>
            <th>Cause</th>
            <th>Failures</th>
            <th>FIT</th>
            <th>{pct(link.confidence)} interval</th>
          </tr>
        </thead>
        <tbody>
          {reliability.by_cause.map(({ cause, fit }) => (
            <tr key={cause}>
              <th scope="row">{cause}</th>
              <td>{fit.failures}</td>
              <td>{fmt(fit.fit, 1)}</td>
              <td>
                {fmt(fit.interval?.[0], 1)} … {fmt(fit.interval?.[1], 1)}
              </td>
            </tr>
          ))}
          <tr className="fleet-link-fit">
            <th scope="row">link (optics + fibre/connector)</th>
            <td>{link.failures}</td>
            <td data-testid="fleet-link-fit">{fmt(link.fit, 1)}</td>
            <td>
              {fmt(link.interval?.[0], 1)} … {fmt(link.interval?.[1], 1)} · one-sided upper{' '}
              {fmt(link.upper_one_sided, 1)}
            </td>
          </tr>
        </tbody>
      </table>
      <p className={reliability.disagrees ? 'chart-note fleet-disagrees' : 'chart-note'}>
        Catalog FIT of these links (link-hour weighted): {fmt(reliability.catalog_fit, 0)}
        {reliability.disagrees ? ' — outside the field interval.' : ''}
      </p>
    </div>
  );
}

/** The Llama 3 405B record beside the model's default prediction for that cluster. */
export function Llama3Table() {
  const reference = compareLlama3();
  return (
    <div data-testid="fleet-llama3">
      <p className="chart-note">
        Meta, “The Llama 3 Herd of Models” (2024), Table 5: {reference.gpus.toLocaleString('en')}{' '}
        GPUs, {reference.days} days, {reference.unexpected} unexpected interruptions. Model default:
        the fabric model at 400 Gb/s per GPU, three tiers, catalog FITs. Intervals are exact Poisson
        ({pct(reference.confidence)}).
      </p>
      <table className="compare-table fleet-table">
        <thead>
          <tr>
            <th>Cause</th>
            <th>Observed</th>
            <th>Interval</th>
            <th>Model default</th>
          </tr>
        </thead>
        <tbody>
          {reference.rows.map((row) => (
            <tr key={row.cause} className={row.disagrees ? 'fleet-disagrees' : undefined}>
              <th scope="row">
                {row.cause === 'network' ? 'Network switch and cable' : 'Everything else'}
              </th>
              <td>{row.observed}</td>
              <td>
                {fmt(row.interval[0], 1)} … {fmt(row.interval[1], 1)}
              </td>
              <td data-testid={`fleet-llama3-${row.cause}`}>
                {fmt(row.predicted, 1)}
                {row.disagrees ? ' — outside the interval' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-note">
        The catalog defaults predict about half the network interruptions Meta saw; the “everything
        else” default is derived from this record, so it agrees by construction.
      </p>
    </div>
  );
}

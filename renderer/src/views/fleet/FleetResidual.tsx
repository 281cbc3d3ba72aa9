import type { DesignResidual } from '../../../../core';
import { fmt, signed } from './fleetData';

/**
 * The comparison against the calibrated scenario (method fleet-residual): ≈ 0 dB where the
 * calibration took hold. Shown while the scenario holds a calibration from this import.
 */
export function ResidualPanel({
  residual,
  onExport,
}: {
  residual: readonly DesignResidual[];
  onExport(): void;
}) {
  const largest = (values: readonly (number | null)[]) =>
    Math.max(...values.map((value) => Math.abs(value ?? 0)));
  const after = largest(residual.map((r) => r.excess_loss_dB.median));
  const before = largest(residual.map((r) => r.excess_before_dB));
  return (
    <figure className="chart-panel table-panel" data-testid="fleet-residual">
      <figcaption>
        Residual after calibration
        <span className="caption-hint">same samples, calibrated model</span>
      </figcaption>
      <div className="plot-toolbar">
        <button
          type="button"
          className="small"
          data-testid="fleet-residual-export-csv"
          aria-label="Export the residual after calibration as CSV"
          onClick={onExport}
        >
          CSV
        </button>
      </div>
      <p className="chart-note" data-testid="fleet-residual-summary">
        Largest excess loss left: {fmt(after)} dB (before calibration {fmt(before)} dB) — ≈ 0 where
        the calibrated loss and penalty explain the fleet.
      </p>
      <div className="table-scroll">
        <table className="compare-table fleet-table">
          <thead>
            <tr>
              <th scope="col">Design</th>
              <th scope="col">Model loss dB (Δ)</th>
              <th scope="col">Excess loss dB (p10 … p90)</th>
              <th scope="col">Penalty offset dB</th>
              <th scope="col">Model margin dB</th>
            </tr>
          </thead>
          <tbody>
            {residual.map((r) => (
              <tr key={r.design_id}>
                <th scope="row">{r.name}</th>
                <td>
                  {fmt(r.predicted_loss_dB)} ({signed(r.loss_change_dB)})
                </td>
                <td
                  data-testid={`fleet-residual-${r.design_id}`}
                  data-value={r.excess_loss_dB.median ?? ''}
                >
                  {signed(r.excess_loss_dB.median)} ({signed(r.excess_loss_dB.p10)} …{' '}
                  {signed(r.excess_loss_dB.p90)})
                </td>
                <td>{signed(r.penalty_offset_dB)}</td>
                <td>{fmt(r.model_margin_dB)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

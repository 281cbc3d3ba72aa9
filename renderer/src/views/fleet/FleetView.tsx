import { useMemo, useState } from 'react';
import { fleetResidual, type DesignComparison, type FleetComparison } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { saveText } from '../../host/saveExport';
import { fileSlug } from '../fabric/fabricData';
import { MarginTemperatureChart, RxHistogram } from './FleetCharts';
import { Llama3Table, ReliabilityTable } from './FleetReliability';
import { ResidualPanel } from './FleetResidual';
import { designsCsv, fmt, residualCsv, signed, worstLinks, worstLinksCsv } from './fleetData';
import { useFleetImport } from './useFleetImport';

/** The import panel: telemetry (streamed in a worker, progress, cancel) and the failure log. */
function ImportPanel({ onStart, onCancel }: { onStart(file: File): void; onCancel(): void }) {
  const status = useAppStore((state) => state.fleetImport);
  const setFailures = useAppStore((state) => state.setFleetFailures);
  const failures = useAppStore((state) => state.fleetFailures);
  const running = status.state === 'running';
  return (
    <figure className="chart-panel fleet-import">
      <figcaption>
        Import
        <span className="caption-hint">
          telemetry CSV (link_id, design_id, timestamp, txN_dBm, rxN_dBm, pre_fec_ber,
          temperature_C) · failure log (id, date, cause, count)
        </span>
      </figcaption>
      <div className="fleet-import-row">
        <label>
          Telemetry
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="fleet-telemetry-input"
            disabled={running}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onStart(file);
              event.target.value = '';
            }}
          />
        </label>
        <label>
          Failure log
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="fleet-failures-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void file.text().then((text) => setFailures(file.name, text));
              event.target.value = '';
            }}
          />
        </label>
        {running ? (
          <>
            <progress
              max={status.total || 1}
              value={status.bytes}
              data-testid="fleet-progress"
              aria-label="Telemetry import progress"
            />
            <span className="muted">{status.rows.toLocaleString('en')} rows</span>
            <button type="button" className="small" data-testid="fleet-cancel" onClick={onCancel}>
              Cancel
            </button>
          </>
        ) : null}
      </div>
      <p className="chart-note" data-testid="fleet-import-status">
        {status.state === 'idle' &&
          'No telemetry imported yet (examples/fleet/ has a synthetic set).'}
        {status.state === 'running' && `Importing ${status.file ?? ''}…`}
        {status.state === 'done' && `Imported ${status.file ?? ''}.`}
        {status.state === 'cancelled' &&
          `Import of ${status.file ?? ''} cancelled; nothing changed.`}
        {status.state === 'error' && `Import failed: ${status.message ?? ''}`}
        {failures
          ? ` Failure log ${failures.source}: ${failures.log.records.length} records, ${failures.log.rejected.length} rejected.`
          : ''}
      </p>
      {failures && failures.log.rejected.length > 0 ? (
        <ul className="fleet-rejects" data-testid="fleet-failure-rejects">
          {failures.log.rejected.slice(0, 10).map((r) => (
            <li key={r.line}>
              line {r.line}: {r.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}

function Summary({ comparison, hash }: { comparison: FleetComparison; hash: string | null }) {
  return (
    <div className="fleet-summary" data-testid="fleet-summary">
      <p>
        <strong>{comparison.source}</strong> {hash ? <code>{hash}</code> : null} ·{' '}
        {comparison.accepted.toLocaleString('en')} samples from {comparison.links} links ·{' '}
        {comparison.first?.slice(0, 10)} … {comparison.last?.slice(0, 10)} ·{' '}
        <span data-testid="fleet-rejected-count">{comparison.rejected_count} rejected</span>,{' '}
        {comparison.duplicates_count} duplicates (counted once), {comparison.out_of_order} out of
        order (sorted in)
      </p>
      {comparison.rejected.length > 0 ? (
        <ul className="fleet-rejects" data-testid="fleet-rejects">
          {comparison.rejected.slice(0, 10).map((r) => (
            <li key={`${r.file ?? ''}:${r.line}`}>
              line {r.line}: {r.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function DesignTable({ designs }: { designs: readonly DesignComparison[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table fleet-table" data-testid="fleet-design-table">
        <thead>
          <tr>
            <th scope="col">Design</th>
            <th scope="col">Links</th>
            <th scope="col">Model loss dB</th>
            <th scope="col">Excess loss dB (p10 … p90)</th>
            <th scope="col">BER margin dB</th>
            <th scope="col">Model margin dB</th>
            <th scope="col">Penalty offset dB</th>
            <th scope="col">Below required</th>
            <th scope="col">Drift dB/yr</th>
            <th scope="col">dB/°C (r)</th>
          </tr>
        </thead>
        <tbody>
          {designs.map((d) => (
            <tr key={d.design_id} data-testid={`fleet-design-${d.design_id}`}>
              <th scope="row">{d.name}</th>
              <td>{d.links}</td>
              <td>{fmt(d.predicted_loss_dB)}</td>
              <td
                data-testid={`fleet-excess-${d.design_id}`}
                data-value={d.excess_loss_dB.median ?? ''}
              >
                {signed(d.excess_loss_dB.median)} ({signed(d.excess_loss_dB.p10)} …{' '}
                {signed(d.excess_loss_dB.p90)})
              </td>
              <td>{fmt(d.ber_margin_dB.median)}</td>
              <td>{fmt(d.model_margin_dB)}</td>
              <td>{signed(d.penalty_offset_dB.median)}</td>
              <td>{d.links_below_required}</td>
              <td>{signed(d.drift_dB_per_year, 3)}</td>
              <td>
                {signed(d.temperature_margin_slope_dB_per_C, 3)} (r {fmt(d.temperature_margin_r)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WorstLinks({ comparison }: { comparison: FleetComparison }) {
  const links = worstLinks(comparison).slice(0, 15);
  return (
    <div className="table-scroll">
      <table className="compare-table fleet-table" data-testid="fleet-worst-links">
        <thead>
          <tr>
            <th scope="col">Link</th>
            <th scope="col">Design</th>
            <th scope="col">Min margin dB</th>
            <th scope="col">Mean margin dB</th>
            <th scope="col">Excess loss dB</th>
            <th scope="col">°C</th>
            <th scope="col">Flaps</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.link_id}>
              <th scope="row">{link.link_id}</th>
              <td>{link.design_id}</td>
              <td>{fmt(link.min_margin_dB)}</td>
              <td>{fmt(link.mean_margin_dB)}</td>
              <td>{signed(link.excess_loss_dB)}</td>
              <td>{fmt(link.temperature_C, 1)}</td>
              <td>{link.flaps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Fleet telemetry against the model: import (streamed in a worker), measured vs predicted
 * received power per design, margin against temperature, the worst links, the field FIT with its
 * intervals, the Llama 3 record, and "Calibrate", which writes the fitted loss and penalty into
 * the designs (provenance `measured`) as one undoable step.
 */
export function FleetView() {
  const scenario = useAppStore((state) => state.scenario);
  const comparison = useAppStore((state) => state.fleetComparison);
  const hash = useAppStore((state) => state.fleetHash);
  const failures = useAppStore((state) => state.fleetFailures);
  const reliability = useAppStore((state) => state.fleetReliability);
  const calibrate = useAppStore((state) => state.calibrateFleet);
  const setSection = useAppStore((state) => state.setScenarioSection);
  const importer = useFleetImport();
  const [message, setMessage] = useState<string | null>(null);
  const slug = fileSlug(scenario.name);
  const calibrations = scenario.fleet?.calibrations ?? [];
  const fieldFit = scenario.fleet?.field_fit;
  const fleetReliability = failures ? reliability() : null;
  // The scenario holds a calibration from this very import: show what it leaves unexplained.
  const calibratedHere =
    comparison !== null &&
    calibrations.some((c) => c.source === comparison.source && (c.hash ?? null) === hash);
  const residual = useMemo(
    () => (comparison && calibratedHere ? fleetResidual(comparison, scenario) : null),
    [comparison, calibratedHere, scenario],
  );

  return (
    <section
      className="view fleet-view"
      aria-labelledby="fleet-view-title"
      data-testid="fleet-view"
    >
      <header className="view-header">
        <h2 id="fleet-view-title">Fleet</h2>
        <p className="view-description">
          What the deployed links measure, against what the model predicts — and the model
          calibrated to it.
        </p>
      </header>
      <ImportPanel
        onStart={(file) => {
          setMessage(null);
          importer.start(file, scenario.designs);
        }}
        onCancel={importer.cancel}
      />
      {comparison ? (
        <>
          <Summary comparison={comparison} hash={hash} />
          <figure className="chart-panel table-panel">
            <figcaption>
              Per design
              <span className="caption-hint">
                excess loss = (Tx − Rx) − model loss · margin from pre-FEC BER
              </span>
            </figcaption>
            <div className="plot-toolbar">
              <button
                type="button"
                className="small"
                data-testid="fleet-export-csv"
                aria-label="Export the per-design comparison as CSV"
                onClick={() => saveText(`${slug}-fleet.csv`, designsCsv(comparison))}
              >
                CSV
              </button>
              <button
                type="button"
                className="primary small"
                data-testid="fleet-calibrate"
                onClick={() => {
                  const outcome = calibrate();
                  setMessage(
                    outcome.ok
                      ? `Calibrated ${outcome.designs ?? 0} design(s): channel loss and penalty written with provenance “measured”. Undo with Ctrl+Z. The residual below is the same telemetry against the calibrated model.`
                      : outcome.message,
                  );
                }}
              >
                Calibrate
              </button>
            </div>
            <DesignTable designs={comparison.designs} />
            {message ? (
              <p className="chart-note" role="status" data-testid="fleet-calibrate-status">
                {message}
              </p>
            ) : null}
          </figure>
          {residual ? (
            <ResidualPanel
              residual={residual}
              onExport={() => saveText(`${slug}-fleet-residual.csv`, residualCsv(residual))}
            />
          ) : null}
          <div className="chart-grid fleet-charts">
            {comparison.designs.map((design, index) => (
              <figure className="chart-panel" key={design.design_id}>
                <figcaption>
                  {design.name}
                  <span className="caption-hint">Rx power, measured vs predicted</span>
                </figcaption>
                <RxHistogram design={design} index={index} />
              </figure>
            ))}
          </div>
          <figure className="chart-panel">
            <figcaption>
              Margin vs temperature
              <span className="caption-hint">per link; dotted: required margin</span>
            </figcaption>
            <MarginTemperatureChart designs={comparison.designs} />
          </figure>
          <figure className="chart-panel table-panel">
            <figcaption>
              Worst links
              <span className="caption-hint">smallest BER-implied margin first</span>
            </figcaption>
            <div className="plot-toolbar">
              <button
                type="button"
                className="small"
                data-testid="fleet-worst-export-csv"
                aria-label="Export the worst links as CSV"
                onClick={() => saveText(`${slug}-fleet-worst-links.csv`, worstLinksCsv(comparison))}
              >
                CSV
              </button>
            </div>
            <WorstLinks comparison={comparison} />
          </figure>
        </>
      ) : null}
      {fleetReliability ? (
        <figure className="chart-panel table-panel">
          <figcaption>
            Field reliability
            <span className="caption-hint">
              FIT = failures per 10⁹ device-hours · exact χ² intervals
            </span>
          </figcaption>
          <ReliabilityTable reliability={fleetReliability} />
        </figure>
      ) : null}
      {calibrations.length > 0 || fieldFit ? (
        <figure className="chart-panel table-panel" data-testid="fleet-calibrations">
          <figcaption>In the scenario</figcaption>
          <ul className="fleet-calibrations">
            {calibrations.map((c, index) => (
              <li key={`${c.design_id}-${index}`}>
                {c.design_id}: excess loss {signed(c.excess_loss_dB)} dB, penalty offset{' '}
                {signed(c.penalty_offset_dB)} dB — from {c.source} {c.hash ?? ''}, n = {c.samples}
              </li>
            ))}
          </ul>
          {fieldFit ? (
            <label className="fleet-toggle">
              <input
                type="checkbox"
                data-testid="fleet-use-field-fit"
                checked={scenario.fleet?.use_field_fit === true}
                onChange={(event) =>
                  setSection('fleet', { ...scenario.fleet, use_field_fit: event.target.checked })
                }
              />
              Fabric view: count link failures with the field FIT ({fmt(fieldFit.fit, 0)}) instead
              of the catalog’s
            </label>
          ) : null}
        </figure>
      ) : null}
      <figure className="chart-panel table-panel">
        <figcaption>
          Published record: Llama 3 405B
          <span className="caption-hint">the model’s default for that cluster beside it</span>
        </figcaption>
        <Llama3Table />
      </figure>
    </section>
  );
}

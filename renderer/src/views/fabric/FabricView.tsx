import { useMemo, useState } from 'react';
import {
  createEvaluationCache,
  defaultFabrics,
  evaluateFabric,
  fabricCapacityIssue,
  fabricContext,
  fabricRails,
  fabricSchema,
  formatPath,
  sweepClusterSize,
  switchRadix,
  withFieldFit,
} from '../../../../core';
import type { Fabric, FabricEvaluation } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { saveText } from '../../host/saveExport';
import { ClusterForm } from './ClusterForm';
import type { ClusterInputs, OkEvaluation } from './fabricData';
import { applyCluster, clusterOf, fabricCsv, fileSlug } from './fabricData';
import { SizeSweepChart, StackedChart } from './FabricCharts';
import { SummaryTable, TierTable } from './FabricTables';

/** Why the cluster cannot be built with these inputs, or null. */
function validate(options: readonly Fabric[], cluster: ClusterInputs): string | null {
  for (const option of options) {
    const parsed = fabricSchema.safeParse(applyCluster(option, cluster));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid fabric';
    }
  }
  return null;
}

function sweepNote(fabric: Fabric): string | null {
  const inputs = {
    accelerators: 1_000_000,
    ports_per_accelerator: fabric.ports_per_accelerator,
    port_speed_gbps: fabric.port_speed_gbps,
    switch_bandwidth_tbps: fabric.switch_bandwidth_tbps,
    oversubscription: fabric.oversubscription,
    tier_count: fabric.tiers.length === 2 ? (2 as const) : (3 as const),
    rails: fabricRails(fabric),
  };
  if (fabricCapacityIssue(inputs) === null) return null;
  const radix = switchRadix(fabric.switch_bandwidth_tbps, fabric.port_speed_gbps);
  return `The line ends where ${fabric.tiers.length} tiers of radix-${radix} switches are full; more, slower ports per accelerator (e.g. 2 × 400G) or 3 tiers reach 1M.`;
}

/**
 * The fabric roll-up: a cluster's switches, optics, watts, dollars and failures per tier, for two
 * or more fabric options side by side, and how they scale from 1k to 1M accelerators. The cluster
 * inputs apply to every option; a scenario without fabrics gets the default set (pluggable DSP
 * vs LPO vs CPO at 100k × 800G). The inputs are part of the document: an accepted change writes
 * every option, with the new cluster, into `scenario.fabrics` (one undo step, saved with the file,
 * back when it is reopened); the default set becomes the scenario's own on its first edit.
 */
export function FabricView() {
  const scenario = useAppStore((state) => state.scenario);
  const fromScenario = scenario.fabrics !== undefined && scenario.fabrics.length > 0;
  const options = useMemo(
    () => (scenario.fabrics && scenario.fabrics.length > 0 ? scenario.fabrics : defaultFabrics()),
    [scenario.fabrics],
  );
  const setScenarioSection = useAppStore((state) => state.setScenarioSection);
  const [cache] = useState(createEvaluationCache);
  const context = useMemo(() => fabricContext(scenario, cache), [scenario, cache]);
  const first = options[0];
  // The cluster is read from the document, never held here: undo, redo and open show it at once.
  const current = useMemo(() => (first ? clusterOf(first) : null), [first]);

  // Fleet view toggle: link failures at the field FIT instead of each design's catalog FIT.
  const fieldFit = scenario.fleet?.use_field_fit === true ? scenario.fleet.field_fit : undefined;
  const evaluations = useMemo<readonly FabricEvaluation[]>(
    () =>
      current === null
        ? []
        : options.map((option) => {
            const evaluation = evaluateFabric(applyCluster(option, current), context);
            return fieldFit ? withFieldFit(evaluation, fieldFit.fit) : evaluation;
          }),
    [options, current, context, fieldFit],
  );
  const results = evaluations.filter((result): result is OkEvaluation => result.ok);
  const failed = evaluations.filter((result) => !result.ok);
  const sweeps = useMemo(
    () => results.map((result) => sweepClusterSize(result.fabric, context)),
    // results is rebuilt each render; the evaluations it comes from are memoised.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [evaluations, context],
  );

  if (current === null) return null;
  const note = results[0] ? sweepNote(results[0].fabric) : null;
  const accelerators = current.accelerators.toLocaleString('en-US');

  return (
    <section
      className="view fabric-view"
      aria-labelledby="fabric-view-title"
      data-testid="fabric-view"
    >
      <header className="view-header">
        <h2 id="fabric-view-title">Fabric</h2>
        <p className="view-description">
          {options.length} option{options.length === 1 ? '' : 's'}{' '}
          {fromScenario ? 'from the scenario' : '(default set: the scenario has no fabrics)'} ·{' '}
          {accelerators} accelerators × {current.ports_per_accelerator} × {current.port_speed_gbps}{' '}
          Gb/s
        </p>
      </header>

      <figure className="chart-panel fabric-inputs-panel">
        <figcaption>
          Cluster
          <span className="caption-hint">
            applies to every option · technology per tier comes from the option
          </span>
        </figcaption>
        <ClusterForm
          cluster={current}
          onChange={(next) => {
            const message = validate(options, next);
            if (message !== null) return message;
            const written = setScenarioSection(
              'fabrics',
              options.map((option) => applyCluster(option, next)),
            );
            return written.ok ? null : written.message;
          }}
        />
      </figure>

      {fieldFit ? (
        <p className="chart-note" data-testid="fabric-field-fit-note">
          Link failures, interruptions and goodput use the fleet’s field FIT (
          {Math.round(fieldFit.fit)} per link, from {fieldFit.source}) instead of the catalog’s;
          toggle it in the Fleet view.
        </p>
      ) : null}

      {failed.length === 0 ? null : (
        <div className="evaluation-error" role="alert" data-testid="fabric-errors">
          {failed.map((result) =>
            result.ok ? null : (
              <p key={result.fabric.id}>
                {result.fabric.name}:{' '}
                {result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}
              </p>
            ),
          )}
        </div>
      )}

      <figure className="chart-panel table-panel">
        <figcaption>
          Totals
          <span className="caption-hint">
            IT power (accelerators {current.accelerator_power_W.toLocaleString('en-US')} W each +
            network) · best per row highlighted
          </span>
        </figcaption>
        <SummaryTable results={results} />
      </figure>

      <div className="chart-grid fabric-charts">
        <figure className="chart-panel">
          <figcaption>Network power by tier</figcaption>
          <StackedChart results={results} quantity="power" />
        </figure>
        <figure className="chart-panel">
          <figcaption>Capex by tier</figcaption>
          <StackedChart results={results} quantity="cost" />
        </figure>
      </div>

      <figure className="chart-panel table-panel">
        <figcaption>
          Per tier
          <span className="caption-hint">
            links evaluated at each reach bin’s midpoint; technology checked at the tier’s longest
            reach
          </span>
        </figcaption>
        <div className="plot-toolbar">
          <button
            type="button"
            className="small"
            aria-label="Export per-tier table as CSV"
            data-testid="fabric-export-csv"
            onClick={() => saveText(`${fileSlug(scenario.name)}-fabric.csv`, fabricCsv(results))}
          >
            CSV
          </button>
        </div>
        <TierTable results={results} />
      </figure>

      <h3 className="section-title">Cluster size, 1k to 1M accelerators</h3>
      {note === null ? null : (
        <p className="chart-note" data-testid="fabric-sweep-note">
          {note}
        </p>
      )}
      <div className="chart-grid fabric-charts">
        <figure className="chart-panel">
          <figcaption>
            Network power vs cluster size
            <span className="caption-hint">
              as few tiers as hold the cluster: a step is an added tier
            </span>
          </figcaption>
          <SizeSweepChart results={results} sweeps={sweeps} quantity="power" />
        </figure>
        <figure className="chart-panel">
          <figcaption>Capex vs cluster size</figcaption>
          <SizeSweepChart results={results} sweeps={sweeps} quantity="cost" />
        </figure>
      </div>
    </section>
  );
}

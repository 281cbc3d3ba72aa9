import { useMemo, useRef, useState } from 'react';
import {
  adequacyTable,
  capabilityTable,
  formatImportIssue,
  matrixTable,
  parseScenarioText,
  PARAMETERS,
  provenanceTable,
  qualifiedDesign,
  rankingTable,
} from '../../../../core';
import type { ParameterId, SupplierWorkspace } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { InteropHeatmap, ParameterBoxChart } from './SupplierCharts';
import {
  LimitsEditor,
  RankingControls,
  SuppliersEditor,
  useWorkspaceUpdate,
} from './SupplierEditors';
import { CapabilityTable, CsvButton, TextTableView } from './SupplierTables';
import { useSupplierAnalysis } from './useSupplierAnalysis';

const NEW_SUPPLIER = '__new__';

/** Import bar: choose CSV/XLSX sample reports and the supplier they belong to. */
function ImportBar({ workspace }: { workspace: SupplierWorkspace | undefined }) {
  const importSupplierFiles = useAppStore((s) => s.importSupplierFiles);
  const [target, setTarget] = useState(NEW_SUPPLIER);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="suppliers-toolbar">
      <label>
        Import sample reports into{' '}
        <select
          aria-label="Supplier the reports belong to"
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data-testid="suppliers-import-target"
        >
          <option value={NEW_SUPPLIER}>a new supplier per file</option>
          {(workspace?.suppliers ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => input.current?.click()}
        data-testid="suppliers-import-button"
      >
        Import CSV / XLSX…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv"
        multiple
        hidden
        data-testid="suppliers-import-input"
        onChange={(e) => {
          const chosen = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          void Promise.all(
            chosen.map(async (f) => ({
              name: f.name,
              bytes: new Uint8Array(await f.arrayBuffer()),
            })),
          ).then((files) => importSupplierFiles(files, target === NEW_SUPPLIER ? null : target));
        }}
      />
    </div>
  );
}

function ImportSummary() {
  const summary = useAppStore((s) => s.supplierImport);
  const dismiss = useAppStore((s) => s.dismissSupplierImport);
  if (!summary) return null;
  const errors = summary.issues.filter((i) => i.severity === 'error');
  return (
    <div
      className={`suppliers-import-summary${errors.length || summary.error ? ' has-errors' : ''}`}
      role="status"
      data-testid="suppliers-import-summary"
    >
      <ul>
        {summary.files.map((f, i) => (
          <li key={i}>
            {f.fileName}:{' '}
            {f.supplier === null
              ? 'nothing imported'
              : `${f.samples} samples into ${f.supplier}, ${f.rejected} rows rejected`}
          </li>
        ))}
      </ul>
      {summary.error ? <p className="supplier-warning">{summary.error}</p> : null}
      {summary.issues.length > 0 ? (
        <details open={errors.length > 0 && errors.length <= 8}>
          <summary>
            {errors.length} errors, {summary.issues.length - errors.length} warnings
          </summary>
          <ul data-testid="suppliers-import-issues">
            {summary.issues.map((issue, i) => (
              <li key={i} className={issue.severity === 'error' ? 'supplier-warning' : 'muted'}>
                {formatImportIssue(issue)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" className="small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * Supplier qualification: several suppliers' sample reports against the spec limits —
 * distributions, Cpk, sample-size adequacy, the Tx × Rx link-yield matrix (Monte Carlo through the
 * design's own budget, in a worker) and a weighted ranking. Everything here is saved in the
 * scenario's `suppliers` section; edits are undoable.
 */
export function SuppliersView() {
  const scenario = useAppStore((s) => s.scenario);
  const workspace = scenario.suppliers;
  const [error, setError] = useState<string | null>(null);
  const update = useWorkspaceUpdate(setError);
  const state = useSupplierAnalysis(scenario);
  const analysis =
    state.status === 'done' ? state.analysis : state.status === 'running' ? state.previous : null;
  const names = useMemo(
    () => new Map((workspace?.suppliers ?? []).map((s) => [s.id, s.name])),
    [workspace],
  );
  const design = workspace ? qualifiedDesign(scenario, workspace) : null;
  const measured = useMemo(
    () =>
      (Object.keys(PARAMETERS) as ParameterId[]).filter((p) =>
        analysis?.stats.some((s) => s.parameter === p),
      ),
    [analysis],
  );
  const [chosen, setChosen] = useState<ParameterId | null>(null);
  const parameter =
    chosen !== null && measured.includes(chosen)
      ? chosen
      : (measured.find((p) => workspace?.limits.some((l) => l.parameter === p)) ??
        measured[0] ??
        null);
  const stem =
    scenario.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario';
  const imddDesigns = scenario.designs.filter((d) => d.kind === 'imdd');
  const loadExample = async () => {
    // Loaded on demand: the example's samples are not part of the app's start.
    const { default: text } = await import('../../../../examples/suppliers/suppliers-dr8.json?raw');
    const parsed = parseScenarioText(text);
    const example = parsed.ok ? parsed.scenario.suppliers : undefined;
    if (!example) {
      setError('The shipped supplier example does not load');
      return;
    }
    // The example qualifies 800GBASE-DR8; without that design here, the first IM-DD design is used.
    const { design_id, ...rest } = example;
    const known = scenario.designs.some((d) => d.id === design_id);
    update(() => (known && design_id !== undefined ? { ...rest, design_id } : rest));
  };

  return (
    <section
      className="view suppliers-view"
      aria-labelledby="suppliers-view-title"
      data-testid="suppliers-view"
    >
      <header className="view-header">
        <h2 id="suppliers-view-title">Suppliers</h2>
        <p className="view-description">
          {workspace
            ? `${workspace.suppliers.length} supplier${workspace.suppliers.length === 1 ? '' : 's'}`
            : 'No supplier data yet'}{' '}
          · {design ? `qualifying ${design.name}` : 'no IM-DD design to run the link budget'}
          {state.status === 'running' ? (
            <span className="caption-hint" data-testid="suppliers-running">
              {' '}
              · computing…
            </span>
          ) : null}
        </p>
      </header>

      <ImportBar workspace={workspace} />
      <ImportSummary />
      {error ? (
        <p className="evaluation-error" role="alert">
          {error}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="evaluation-error" role="alert">
          The analysis failed: {state.message}
        </p>
      ) : null}

      {!workspace || workspace.suppliers.length === 0 ? (
        <div className="empty-state" data-testid="suppliers-empty">
          <p>
            Import suppliers’ sample reports (CSV or XLSX: one row per module, one column per
            measured parameter with its unit in the header, e.g. <code>tx_oma_dBm</code>,{' '}
            <code>TDECQ (dB)</code>, <code>L3 Rx Sens OMA (dBm)</code>). The shipped example is{' '}
            <code>examples/suppliers/</code>.
          </p>
          <button
            type="button"
            data-testid="suppliers-load-example"
            onClick={() => void loadExample()}
          >
            Load the synthetic example (three DR8 suppliers)
          </button>{' '}
          {!workspace ? (
            <button type="button" onClick={() => update((w) => w)}>
              Start with the design’s limits
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <figure className="chart-panel table-panel">
            <figcaption>
              Suppliers
              <span className="caption-hint">
                quotes and promised dates (the roadmap reads these)
              </span>
            </figcaption>
            <div className="suppliers-toolbar">
              <label>
                Design under qualification{' '}
                <select
                  aria-label="Design under qualification"
                  value={design?.id ?? ''}
                  onChange={(e) => {
                    const id = e.currentTarget.value;
                    update((w) => ({ ...w, design_id: id }));
                  }}
                >
                  {imddDesigns.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <SuppliersEditor workspace={workspace} update={update} />
          </figure>

          <figure className="chart-panel table-panel">
            <figcaption>Spec limits</figcaption>
            <LimitsEditor
              workspace={workspace}
              update={update}
              design={design}
              criteria={scenario.launch_criteria ?? []}
            />
          </figure>

          {analysis ? (
            <>
              <figure className="chart-panel">
                <figcaption>
                  Distribution by supplier
                  <span className="caption-hint">
                    box: quartiles · dashed: spec limits · all lanes pooled
                  </span>
                </figcaption>
                <div className="suppliers-toolbar">
                  <select
                    aria-label="Parameter"
                    value={parameter ?? ''}
                    onChange={(e) => setChosen(e.currentTarget.value as ParameterId)}
                    data-testid="suppliers-parameter"
                  >
                    {measured.map((p) => (
                      <option key={p} value={p}>
                        {PARAMETERS[p].label}
                      </option>
                    ))}
                  </select>
                </div>
                {parameter ? (
                  <ParameterBoxChart
                    suppliers={workspace.suppliers}
                    parameter={parameter}
                    limit={workspace.limits.find((l) => l.parameter === parameter)}
                  />
                ) : null}
              </figure>

              <figure className="chart-panel table-panel">
                <figcaption>
                  Capability
                  <span className="caption-hint">
                    Cpk ≥ 1.33 green · 1.0–1.33 amber · &lt; 1.0 red · ppm from the normal fit ·
                    interval: Clopper–Pearson 95 %
                  </span>
                </figcaption>
                <div className="plot-toolbar">
                  <CsvButton
                    table={capabilityTable(analysis)}
                    fileName={`${stem}-supplier-capability.csv`}
                    label="capability table"
                    testId="suppliers-cpk-csv"
                  />
                </div>
                <CapabilityTable analysis={analysis} names={names} />
              </figure>

              <figure className="chart-panel">
                <figcaption>
                  Interoperability: link yield, Tx supplier × Rx supplier
                  <span className="caption-hint">
                    {analysis.monteCarlo.draws.toLocaleString('en-US')} {analysis.monteCarlo.mode}{' '}
                    draws per pair, seed {analysis.monteCarlo.seed}, required margin{' '}
                    {analysis.monteCarlo.required_margin_dB ?? design?.required_margin_dB ?? '—'} dB
                  </span>
                </figcaption>
                {analysis.matrix ? (
                  <>
                    <div className="plot-toolbar plot-toolbar-left">
                      <CsvButton
                        table={matrixTable(analysis)}
                        fileName={`${stem}-interoperability.csv`}
                        label="interoperability matrix"
                        testId="suppliers-matrix-csv"
                      />
                    </div>
                    <InteropHeatmap analysis={analysis} names={names} />
                    <TextTableView
                      table={matrixTable(analysis)}
                      testId="suppliers-matrix-table"
                      caption="Link yield with its 95 % interval"
                    />
                  </>
                ) : (
                  <p className="chart-note">{analysis.notes.join(' ')}</p>
                )}
              </figure>

              <figure className="chart-panel table-panel">
                <figcaption>
                  Ranking
                  <span className="caption-hint">
                    weighted: own-link yield, worst Cpk (vs 1.33), price at volume (vs cheapest),
                    schedule (180 days late scores 0)
                  </span>
                </figcaption>
                <RankingControls workspace={workspace} update={update} />
                <div className="plot-toolbar">
                  <CsvButton
                    table={rankingTable(analysis)}
                    fileName={`${stem}-supplier-ranking.csv`}
                    label="ranking"
                    testId="suppliers-ranking-csv"
                  />
                </div>
                <TextTableView
                  table={rankingTable(analysis)}
                  testId="suppliers-ranking"
                  caption="Supplier ranking"
                />
              </figure>

              <div className="chart-grid">
                <figure className="chart-panel table-panel">
                  <figcaption>
                    Sample size
                    <span className="caption-hint">
                      success run / binomial: modules needed to show R at confidence C with the
                      failures seen
                    </span>
                  </figcaption>
                  <div className="plot-toolbar">
                    <CsvButton
                      table={adequacyTable(analysis)}
                      fileName={`${stem}-supplier-sample-size.csv`}
                      label="sample size"
                      testId="suppliers-adequacy-csv"
                    />
                  </div>
                  <TextTableView
                    table={adequacyTable(analysis)}
                    testId="suppliers-adequacy"
                    caption="Sample size"
                  />
                </figure>
                <figure className="chart-panel table-panel">
                  <figcaption>Data provenance</figcaption>
                  <div className="plot-toolbar">
                    <CsvButton
                      table={provenanceTable(workspace.suppliers)}
                      fileName={`${stem}-supplier-provenance.csv`}
                      label="provenance"
                      testId="suppliers-provenance-csv"
                    />
                  </div>
                  <TextTableView
                    table={provenanceTable(workspace.suppliers)}
                    testId="suppliers-provenance"
                    caption="Where the samples came from"
                  />
                </figure>
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

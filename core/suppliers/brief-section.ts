import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';
import { escapeXml as h } from '../brief/svg-charts';
import { boxPlotSvg } from './box-plot-svg';
import { PARAMETERS } from './parameters';
import { analyzeSuppliers, parameterValues, type SupplierAnalysis } from './qualify';
import {
  adequacyTable,
  limitsTable,
  provenanceTable,
  rankingTable,
  percent,
  type TextTable,
} from './tables';

const METHOD_IDS = [
  'supplier-cpk',
  'supplier-normality',
  'supplier-clopper-pearson',
  'supplier-success-run',
  'supplier-link-yield',
  'supplier-ranking',
];

function htmlTable(table: TextTable, numbers = true): string {
  const head = table.headers.map((c) => `<th>${h(c)}</th>`).join('');
  const body = table.rows
    .map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<div class="wide"><table${numbers ? ' class="numbers"' : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The usual Cpk colours: green ≥ 1.33, amber 1.0–1.33, red below (the brief's style has no amber class). */
function bandAttribute(band: string | null): string {
  if (band === 'capable') return ' class="pass"';
  if (band === 'not-capable') return ' class="fail"';
  return band === 'marginal' ? ' style="background:#fef3c7;color:#92400e"' : '';
}

function capabilityHtml(a: SupplierAnalysis, names: ReadonlyMap<string, string>): string {
  const rows = a.stats
    .filter((s) => s.lsl !== null || s.usl !== null)
    .map((s) => {
      const f = (v: number | null, d: number) =>
        v === null || Number.isNaN(v) ? '—' : v.toFixed(d);
      const ci = s.inSpec
        ? `${percent(s.inSpec.fraction, 2)} (${percent(s.inSpec.interval.lower, 2)}–${percent(s.inSpec.interval.upper, 2)})`
        : '—';
      return `<tr><th scope="row">${h(names.get(s.supplier) ?? s.supplier)}</th><td>${h(PARAMETERS[s.parameter].label)}</td><td>${s.n}</td><td>${f(s.mean, 3)}</td><td>${f(s.sigma, 3)}</td><td>${f(s.lsl, 2)}</td><td>${f(s.usl, 2)}</td><td>${f(s.cp, 2)}</td><td${bandAttribute(s.band)}>${f(s.cpk, 2)}</td><td>${s.ppm === null ? '—' : s.ppm >= 100 ? s.ppm.toFixed(0) : s.ppm.toPrecision(2)}</td><td>${ci}</td><td class="muted">${h(s.warning ?? '')}</td></tr>`;
    })
    .join('');
  return `<div class="wide"><table class="numbers"><thead><tr><th>Supplier</th><th>Parameter</th><th>n</th><th>Mean</th><th>σ</th><th>LSL</th><th>USL</th><th>Cp</th><th>Cpk</th><th>ppm (normal fit)</th><th>In spec % (95 % CI)</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Heat colour of a yield: red below 90 %, amber to 99 %, green above. */
function yieldColour(y: number): string {
  return y >= 0.99 ? '#dcfce7' : y >= 0.9 ? '#fef3c7' : '#fee2e2';
}

function matrixHtml(a: SupplierAnalysis, names: ReadonlyMap<string, string>): string {
  const m = a.matrix;
  if (!m) return '';
  const head = m.suppliers.map((id) => `<th>Rx: ${h(names.get(id) ?? id)}</th>`).join('');
  const rows = m.suppliers
    .map((id, t) => {
      const cells = (m.cells[t] ?? [])
        .map((c) =>
          c.ok
            ? `<td style="background:${yieldColour(c.yield)}">${percent(c.yield, 2)} % <span class="margin">(${percent(c.interval.lower, 2)}–${percent(c.interval.upper, 2)})</span></td>`
            : `<td class="muted">— ${h(c.reason)}</td>`,
        )
        .join('');
      return `<tr><th scope="row">Tx: ${h(names.get(id) ?? id)}</th>${cells}</tr>`;
    })
    .join('');
  const mc = a.monteCarlo;
  const channel = mc.length_m
    ? `length uniform in ${mc.length_m[0]}–${mc.length_m[1]} m`
    : `length ${a.design?.channel.length_m ?? '—'} m`;
  return `<h3>Interoperability: link yield, Tx supplier × Rx supplier</h3><p class="muted">Fraction of links meeting the required margin of ${a.monteCarlo.required_margin_dB ?? a.design?.required_margin_dB ?? '—'} dB through the budget of ${h(a.design?.name ?? '')}; ${mc.draws.toLocaleString('en-US')} ${mc.mode} draws per pair, seed ${mc.seed}, ${channel}; 95 % Clopper–Pearson interval.</p><div class="wide"><table class="numbers"><thead><tr><th></th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function summary(a: SupplierAnalysis, names: ReadonlyMap<string, string>): string {
  const leader = a.ranking[0];
  const failing = a.stats.filter((s) => s.band === 'not-capable');
  const fails = failing.length
    ? ` Not capable (Cpk &lt; 1.0): ${failing.map((s) => `${h(names.get(s.supplier) ?? s.supplier)} on ${h(PARAMETERS[s.parameter].label)} (Cpk ${s.cpk?.toFixed(2) ?? '—'})`).join('; ')}.`
    : ' Every limited parameter of every supplier has Cpk ≥ 1.0.';
  return `<p>${leader ? `<strong>${h(leader.name)}</strong> ranks first (score ${leader.score.toFixed(3)}).` : ''}${fails}</p>`;
}

/** The brief's "Supplier qualification" section; empty without a suppliers section with suppliers. */
export function suppliersBriefSection(context: BriefContext): BriefSection {
  const analysis = analyzeSuppliers(context.scenario);
  const suppliers = context.scenario.suppliers?.suppliers ?? [];
  if (!analysis || suppliers.length === 0) return EMPTY_BRIEF_SECTION;
  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const charts = analysis.limits
    .map((limit) => {
      const rows = suppliers.map((s) => ({
        label: s.name,
        values: parameterValues(s, limit.parameter),
      }));
      if (rows.every((r) => r.values.length === 0)) return '';
      const info = PARAMETERS[limit.parameter];
      return `<figure>${boxPlotSvg(`${info.label} by supplier (box: quartiles, whiskers: min–max)`, info.unit, rows, { lsl: limit.lsl ?? null, usl: limit.usl ?? null })}</figure>`;
    })
    .join('');
  const notes = analysis.notes.map((n) => `<p class="muted">${h(n)}</p>`).join('');
  const html = [
    '<section id="suppliers"><h2>Supplier qualification</h2>',
    analysis.design
      ? `<p class="muted">Design under qualification: ${h(analysis.design.name)}.</p>`
      : '',
    notes,
    summary(analysis, names),
    '<h3>Spec limits</h3>',
    htmlTable(limitsTable(analysis), false),
    '<h3>Capability (all lanes pooled)</h3>',
    capabilityHtml(analysis, names),
    charts,
    matrixHtml(analysis, names),
    '<h3>Ranking</h3>',
    htmlTable(rankingTable(analysis)),
    '<h3>Sample size</h3>',
    htmlTable(adequacyTable(analysis)),
    '<h3>Data provenance</h3>',
    htmlTable(provenanceTable(suppliers), false),
    '</section>',
  ].join('');
  return {
    html,
    methods: METHOD_IDS,
    references: ['MONTGOMERY_SQC', 'CLOPPER_PEARSON_1934', 'DAGOSTINO_STEPHENS_1986'],
  };
}

import { CATALOG } from '../catalog/index';
import { evaluateScenario, type DesignEvaluation } from '../evaluate-scenario';
import {
  describeCriterion,
  evaluateCriteria,
  type CriteriaVerdict,
  type LaunchCriteria,
} from '../explore/criteria';
import { tornado } from '../explore/sensitivity';
import { compareMetricValues, METRICS, metricIds, type MetricId } from '../metrics/registry';
import { INFEASIBLE_MECHANISM_LABELS } from '../link/feasibility';
import { equationIndex, equationMathMl, METHODS, type Method } from '../methods/index';
import { ENERGY_PART_LABELS } from '../power/energy';
import { referenceFor } from '../references';
import { fieldRangeAt, getAtPath, numericFieldPaths } from '../scenario/paths';
import type { Design, Scenario } from '../scenario/schema';
import {
  escapeXml,
  horizontalBarChart,
  PALETTE,
  stackedBarChart,
  tornadoChart,
} from './svg-charts';
import type { BriefContext, BriefSection } from './section';
import { suppliersBriefSection } from '../suppliers/brief-section';
import { roadmapBriefSection } from '../roadmap/brief-section';
import { fleetBriefSection } from '../fleet/brief-section';
import { workloadBriefSection } from '../workload/brief-section';

/**
 * The trade-off brief: one self-contained HTML file (inline CSS, SVG charts, MathML equations, no
 * scripts, no external requests) that a reader who was not in the room can check: the question
 * and the answer, the scorecard against the launch criteria, the comparison, the charts, the
 * sensitivity of the headline metric, every assumption with its source, and the methods.
 * The same core functions compute every number here as in the app and the CLI.
 */
export interface BriefOptions {
  /** Date printed on the brief, e.g. "2026-11-24" (passed in so the output is reproducible). */
  readonly generatedOn: string;
  /** Launch-criteria set to judge against; the scenario's first when absent. */
  readonly criteria?: string;
  /** The metric the summary and the sensitivity lead with. */
  readonly headline?: MetricId;
}

const h = escapeXml;

/** "closes", "does not close", or "infeasible: eye closed by chromatic dispersion". */
function linkVerdict(e: DesignEvaluation): string {
  if (e.infeasible) return `infeasible: ${h(INFEASIBLE_MECHANISM_LABELS[e.infeasible.mechanism])}`;
  return e.link.meets_required_margin ? 'closes' : 'does not close';
}

function infeasibleNote(e: DesignEvaluation): string | undefined {
  return e.infeasible
    ? `infeasible: ${INFEASIBLE_MECHANISM_LABELS[e.infeasible.mechanism]}`
    : undefined;
}

/** The infeasible designs, each with its mechanism and reason (their missing numbers show "—"). */
function infeasibleList(evaluations: readonly DesignEvaluation[]): string {
  const items = evaluations
    .filter((e) => e.infeasible)
    .map(
      (e) =>
        `<li><strong>${h(e.design.name)}</strong> — ${h(INFEASIBLE_MECHANISM_LABELS[e.infeasible?.mechanism ?? 'eye-closed-isi'])}: ${h(e.infeasible?.reason ?? '')}</li>`,
    )
    .join('');
  return items
    ? `<p><strong>Infeasible designs</strong> (numbers that do not exist are shown as —):</p><ul class="infeasible">${items}</ul>`
    : '';
}

/** A metric for the brief; one that does not exist (not applicable, infeasible) is "—". */
function formatMetric(id: MetricId, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const decimals = METRICS[id].decimals;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // "-0.00" would read as a shortfall; a value that rounds to zero is zero.
  return /^-[0.,]+$/.test(text) ? text.slice(1) : text;
}

function withUnit(id: MetricId, value: number | null): string {
  const unit = METRICS[id].unit;
  return `${formatMetric(id, value)}${unit ? ` ${unit}` : ''}`;
}

function provenanceCell(design: Design, path: string): string {
  const provenance = design.provenance?.[path];
  if (!provenance) return '<td class="muted" colspan="3">no source given</td>';
  const reference = referenceFor(provenance.source);
  const title = reference ? reference.title : provenance.source;
  const note = provenance.note ? ` — ${provenance.note}` : '';
  const range = provenance.range ? ` (range ${provenance.range[0]} … ${provenance.range[1]})` : '';
  return `<td><abbr title="${h(title)}">${h(provenance.source)}</abbr>${h(note + range)}</td><td>${provenance.year}</td><td class="kind kind-${provenance.kind}">${provenance.kind}</td>`;
}

function catalogOrigin(design: Design): Design | undefined {
  const id = design.catalog_id ?? design.id.replace(/-\d+$/, '');
  return CATALOG.find((entry) => entry.id === id);
}

function summary(
  scenario: Scenario,
  evaluations: readonly DesignEvaluation[],
  bar: LaunchCriteria | null,
  verdicts: readonly CriteriaVerdict[],
  headline: MetricId,
): string {
  const question =
    scenario.description ??
    `How do the ${evaluations.length} designs of “${scenario.name}” compare?`;
  const better = METRICS[headline].better;
  const rank = (pool: readonly number[]) =>
    [...pool].sort((a, b) =>
      compareMetricValues(
        evaluations[a]?.metrics.values[headline] ?? null,
        evaluations[b]?.metrics.values[headline] ?? null,
        better,
      ),
    );
  const all = evaluations.map((_, i) => i);
  const passing = bar
    ? all.filter((i) => verdicts[i]?.pass && evaluations[i]?.link.meets_required_margin)
    : all.filter((i) => evaluations[i]?.link.meets_required_margin);
  const best = rank(passing)[0];
  const name = (i: number | undefined) =>
    i === undefined ? '' : h(evaluations[i]?.design.name ?? '');
  let answer: string;
  if (bar) {
    const failures = new Map<string, number>();
    verdicts.forEach((verdict) =>
      verdict.results
        .filter((r) => !r.pass)
        .forEach((r) =>
          failures.set(
            describeCriterion(r.criterion),
            (failures.get(describeCriterion(r.criterion)) ?? 0) + 1,
          ),
        ),
    );
    const hardest = [...failures.entries()].sort((a, b) => b[1] - a[1])[0];
    answer =
      `${passing.length} of ${evaluations.length} designs meet “${h(bar.name)}”` +
      (passing.length > 0 ? `: ${passing.map(name).join(', ')}.` : '.') +
      (best !== undefined
        ? ` Of those, <strong>${name(best)}</strong> has the best ${h(METRICS[headline].label.toLowerCase())} at ${h(withUnit(headline, evaluations[best]?.metrics.values[headline] ?? null))}.`
        : '') +
      (hardest
        ? ` The criterion missed most often is ${h(hardest[0])} (${hardest[1]} design${hardest[1] === 1 ? '' : 's'}).`
        : '');
  } else {
    answer =
      best !== undefined
        ? `Of the ${passing.length} designs whose links close, <strong>${name(best)}</strong> has the best ${h(METRICS[headline].label.toLowerCase())} at ${h(withUnit(headline, evaluations[best]?.metrics.values[headline] ?? null))}. No launch criteria are set.`
        : 'No design closes its link at its length.';
  }
  return `<section id="summary"><h2>Summary</h2><p class="question"><strong>Question.</strong> ${h(question)}</p><p class="answer"><strong>Answer.</strong> ${answer}</p></section>`;
}

function scorecard(
  evaluations: readonly DesignEvaluation[],
  bar: LaunchCriteria | null,
  verdicts: readonly CriteriaVerdict[],
): string {
  if (!bar)
    return '<section id="scorecard"><h2>Scorecard</h2><p class="muted">The scenario sets no launch criteria.</p></section>';
  const head = bar.criteria.map((c) => `<th>${h(describeCriterion(c))}</th>`).join('');
  const rows = evaluations
    .map((e, i) => {
      const verdict = verdicts[i];
      const cells = (verdict?.results ?? [])
        .map(
          (r) =>
            `<td class="${r.pass ? 'pass' : 'fail'}">${r.pass ? 'pass' : 'FAIL'} <span class="margin">${r.margin === null ? 'no value' : `${r.margin >= 0 ? '+' : ''}${h(formatMetric(r.criterion.metric, r.margin))} ${h(METRICS[r.criterion.metric].unit)}`}</span></td>`,
        )
        .join('');
      const overall = verdict?.pass && e.link.meets_required_margin;
      return `<tr><th scope="row">${h(e.design.name)}</th>${cells}<td class="${e.link.meets_required_margin ? 'pass' : 'fail'}">${linkVerdict(e)}</td><td class="${overall ? 'pass' : 'fail'}"><strong>${overall ? 'PASS' : 'FAIL'}</strong></td></tr>`;
    })
    .join('');
  return `<section id="scorecard"><h2>Scorecard: ${h(bar.name)}</h2><p class="muted">Margin to each threshold in the metric's unit; positive is room to spare.</p><table><thead><tr><th>Design</th>${head}<th>Link</th><th>Overall</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function comparison(evaluations: readonly DesignEvaluation[]): string {
  const head = metricIds
    .map(
      (id) =>
        `<th><a href="#method-${METRICS[id].method}">${h(METRICS[id].label)}</a><br><span class="unit">${h(METRICS[id].unit)}</span></th>`,
    )
    .join('');
  const rows = evaluations
    .map(
      (e) =>
        `<tr><th scope="row">${h(e.design.name)}<br><span class="unit">${h(e.design.technology.category)}</span></th>${metricIds.map((id) => `<td>${h(formatMetric(id, e.metrics.values[id]))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<section id="comparison"><h2>Comparison</h2><p class="muted">Each metric links to the method that computes it.</p>${infeasibleList(evaluations)}<div class="wide"><table class="numbers"><thead><tr><th>Design</th>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function charts(evaluations: readonly DesignEvaluation[]): string {
  const colours = new Map<string, string>();
  const colourOf = (category: string) => {
    if (!colours.has(category))
      colours.set(category, PALETTE[colours.size % PALETTE.length] ?? '#2563eb');
    return colours.get(category) ?? '#2563eb';
  };
  const partColours = ['#ea580c', '#2563eb', '#9333ea', '#0d9488', '#475569', '#94a3b8', '#ca8a04'];
  const energy = stackedBarChart(
    'Energy per bit, by part (one end)',
    'pJ/bit',
    evaluations.map((e) => ({
      label: e.design.name,
      ...(infeasibleNote(e) ? { note: infeasibleNote(e) as string } : {}),
      segments: (e.metrics.energy?.parts ?? []).map((part, i) => ({
        name: ENERGY_PART_LABELS[part.id],
        value: part.energy_pJ_per_bit,
        colour: partColours[i] ?? '#64748b',
      })),
    })),
  );
  const bars = (id: MetricId) =>
    horizontalBarChart(
      `${METRICS[id].label} (${METRICS[id].better} is better)`,
      METRICS[id].unit,
      evaluations.map((e) => ({
        label: e.design.name,
        value: e.metrics.values[id],
        ...(e.metrics.values[id] === null && e.infeasible
          ? { note: infeasibleNote(e) as string }
          : {}),
        colour: colourOf(e.design.technology.category),
      })),
      METRICS[id].decimals,
    );
  return `<section id="charts"><h2>Charts</h2><figure>${energy}</figure><figure>${bars('cost_usd_per_gbps')}</figure><figure>${bars('max_reach_m')}</figure><figure>${bars('failures_per_year')}</figure></section>`;
}

function sensitivity(
  evaluations: readonly DesignEvaluation[],
  scenario: Scenario,
  headline: MetricId,
  focus: number | undefined,
): string {
  const subject = focus === undefined ? evaluations[0] : evaluations[focus];
  if (!subject) return '';
  const result = tornado(subject.design, scenario.assumptions, headline);
  const bars = result.bars.filter((b) => Number.isFinite(b.swing) && b.swing > 0).slice(0, 10);
  if (bars.length === 0)
    return `<section id="sensitivity"><h2>Sensitivity</h2><p class="muted">${h(subject.design.name)} has no inputs with a provenance range that move its ${h(METRICS[headline].label.toLowerCase())}.</p></section>`;
  const chart = tornadoChart(
    `${METRICS[headline].label}: one input at a time over its provenance range`,
    METRICS[headline].unit,
    result.baseline,
    bars.map((b) => ({ label: b.path, low: b.metricAtLow, high: b.metricAtHigh })),
  );
  const rows = bars
    .map(
      (b) =>
        `<tr><td><code>${h(b.path)}</code></td><td>${b.low} … ${b.high}</td><td>${h(formatMetric(headline, b.metricAtLow))} … ${h(formatMetric(headline, b.metricAtHigh))}</td><td>${h(formatMetric(headline, b.swing))}</td></tr>`,
    )
    .join('');
  return `<section id="sensitivity"><h2>Sensitivity of the headline metric</h2><p>${h(METRICS[headline].label)} of <strong>${h(subject.design.name)}</strong>, the design that leads on it.</p><figure>${chart}</figure><table><thead><tr><th>Input</th><th>Range</th><th>${h(METRICS[headline].label)} (${h(METRICS[headline].unit)})</th><th>Swing</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function assumptions(scenario: Scenario, evaluations: readonly DesignEvaluation[]): string {
  const economic = Object.entries(scenario.assumptions)
    .map(([key, value]) => {
      const p = scenario.assumptions_provenance?.[key];
      return `<tr><td><code>${h(key)}</code></td><td>${value}</td>${p ? `<td>${h(p.source)}${p.note ? ` — ${h(p.note)}` : ''}</td><td>${p.year}</td><td class="kind kind-${p.kind}">${p.kind}</td>` : '<td class="muted" colspan="3">no source given</td>'}</tr>`;
    })
    .join('');
  const perDesign = evaluations
    .map(({ design }) => {
      const origin = catalogOrigin(design);
      const paths = numericFieldPaths(design);
      const changed = origin
        ? paths
            .filter((path) => getAtPath(origin, path) !== getAtPath(design, path))
            .map(
              (path) =>
                `<tr><td><code>${h(path)}</code></td><td>${String(getAtPath(origin, path) ?? '—')}</td><td><strong>${String(getAtPath(design, path))}</strong></td>${provenanceCell(design, path)}</tr>`,
            )
        : [];
      const used = paths
        .map((path) => {
          const unit = fieldRangeAt(design, path)?.unit ?? '';
          return `<tr><td><code>${h(path)}</code></td><td>${String(getAtPath(design, path))} ${h(unit)}</td>${provenanceCell(design, path)}</tr>`;
        })
        .join('');
      const changedTable = origin
        ? changed.length > 0
          ? `<p>Changed from the catalog entry “${h(origin.name)}”:</p><table><thead><tr><th>Input</th><th>Catalog</th><th>Here</th><th>Source</th><th>Year</th><th>Kind</th></tr></thead><tbody>${changed.join('')}</tbody></table>`
          : `<p>Unchanged from the catalog entry “${h(origin.name)}”.</p>`
        : '<p class="muted">Not derived from a catalog entry.</p>';
      return `<details${changed.length > 0 ? ' open' : ''}><summary>${h(design.name)}</summary>${changedTable}<table class="values"><thead><tr><th>Input</th><th>Value</th><th>Source</th><th>Year</th><th>Kind</th></tr></thead><tbody>${used}</tbody></table></details>`;
    })
    .join('');
  return `<section id="assumptions"><h2>Assumptions</h2><h3>Economics</h3><table><thead><tr><th>Assumption</th><th>Value</th><th>Source</th><th>Year</th><th>Kind</th></tr></thead><tbody>${economic}</tbody></table><h3>Every input, by design</h3>${perDesign}</section>`;
}

function methodHtml(method: Method): string {
  const body = method.paragraphs
    .map((paragraph) => {
      const index = equationIndex(paragraph);
      return index === null
        ? `<p>${h(paragraph)}</p>`
        : `<div class="equation">${equationMathMl(method.equations[index] ?? '')}</div>`;
    })
    .join('');
  const list = (title: string, items: readonly string[]) =>
    items.length > 0 ? `<p><strong>${title}.</strong> ${items.map(h).join(' ')}</p>` : '';
  const refs = method.references.map((key) => `<a href="#ref-${h(key)}">${h(key)}</a>`).join(', ');
  return `<article id="method-${h(method.id)}"><h3>${h(method.title)}</h3>${body}${list('Assumptions', method.assumptions)}${list('Valid', method.validity)}${refs ? `<p><strong>References.</strong> ${refs}</p>` : ''}<p class="muted">Source: <code>${h(method.file)}</code></p></article>`;
}

/** The program models' sections, in the brief's order; each is empty without its data. */
const PROGRAM_SECTIONS: readonly ((context: BriefContext) => BriefSection)[] = [
  suppliersBriefSection,
  roadmapBriefSection,
  fleetBriefSection,
  workloadBriefSection,
];

function referencesSection(scenario: Scenario, cited: Iterable<string>): string {
  const keys = new Set<string>(cited);
  // Measured values cite the user's own telemetry file (described in Field data), not a reference.
  for (const design of scenario.designs)
    for (const p of Object.values(design.provenance ?? {}))
      if (p.kind !== 'measured') keys.add(p.source);
  for (const p of Object.values(scenario.assumptions_provenance ?? {})) keys.add(p.source);
  for (const method of METHODS) for (const key of method.references) keys.add(key);
  const items = [...keys]
    .sort()
    .map((key) => {
      const reference = referenceFor(key);
      return `<li id="ref-${h(key)}"><strong>${h(key)}</strong> — ${reference ? `${h(reference.title)} (${reference.year}, ${reference.kind})${reference.url ? ` <a href="${h(reference.url)}">${h(reference.url)}</a>` : ''}` : 'not in the reference list'}</li>`;
    })
    .join('');
  return `<section id="references"><h2>References</h2><ul>${items}</ul></section>`;
}

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;color:#111827;max-width:1100px;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem;margin:0}h2{border-bottom:1px solid #e5e7eb;padding-bottom:.3rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0;font-size:12px}th,td{border:1px solid #e5e7eb;padding:.25rem .45rem;text-align:left;vertical-align:top}table.numbers td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}table.numbers th[scope=row]{min-width:16rem}.wide{overflow-x:auto}.unit,.muted{color:#6b7280;font-weight:400}.pass{color:#166534;background:#f0fdf4}.fail{color:#991b1b;background:#fef2f2}.margin{color:#374151;font-size:11px}.kind{font-size:11px;text-transform:uppercase}.kind-estimate{color:#b45309}.kind-standard{color:#1d4ed8}.kind-datasheet{color:#0f766e}.kind-paper{color:#6d28d9}.kind-measured{color:#be185d}details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}.equation{margin:.5rem 0 .5rem 1rem;font-size:1.05em}figure{margin:1rem 0}code{font-size:11px}.question,.answer{font-size:15px}@media print{details{page-break-inside:avoid}a{color:inherit}}`;

export function buildBrief(scenario: Scenario, options: BriefOptions): string {
  const evaluations = evaluateScenario(scenario);
  const bar =
    options.criteria !== undefined
      ? (scenario.launch_criteria?.find((c) => c.name === options.criteria) ?? null)
      : (scenario.launch_criteria?.[0] ?? null);
  const verdicts = evaluations.map((e) =>
    bar
      ? evaluateCriteria(bar, e.metrics.values)
      : { pass: e.link.meets_required_margin, results: [] },
  );
  const headline = options.headline ?? 'energy_pJ_per_bit';
  const better = METRICS[headline].better;
  const candidates = evaluations
    .map((_, i) => i)
    .filter((i) => verdicts[i]?.pass && evaluations[i]?.link.meets_required_margin);
  const focus = (candidates.length > 0 ? candidates : evaluations.map((_, i) => i)).sort((a, b) => {
    const va = evaluations[a]?.metrics.values[headline] ?? Number.NaN;
    const vb = evaluations[b]?.metrics.values[headline] ?? Number.NaN;
    return better === 'lower' ? va - vb : vb - va;
  })[0];
  const usedMethods = new Set<string>([
    'link-budget',
    'max-reach',
    'mpam-ber',
    'receiver-sensitivity',
    'fiber',
    'broadening-penalty',
    'laser-power',
    'criteria',
    'sensitivity',
    ...metricIds.map((id) => METRICS[id].method),
  ]);
  if (evaluations.some((e) => e.link.kind === 'coherent')) usedMethods.add('coherent-osnr');
  if (evaluations.some((e) => e.link.kind === 'electrical')) usedMethods.add('copper-budget');
  const programSections = PROGRAM_SECTIONS.map((section) =>
    section({ scenario, evaluations, generatedOn: options.generatedOn }),
  ).filter((section) => section.html !== '');
  for (const section of programSections) for (const id of section.methods) usedMethods.add(id);
  const methods = METHODS.filter((m) => usedMethods.has(m.id))
    .map(methodHtml)
    .join('');
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${h(scenario.name)} — trade-off brief</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${h(scenario.name)}</h1><p class="muted">Trade-off brief generated by Lightbench on ${h(options.generatedOn)} · ${evaluations.length} designs · energy price ${scenario.assumptions.energy_usd_per_kWh} USD/kWh, PUE ${scenario.assumptions.pue}, ${scenario.assumptions.lifetime_years}-year life</p></header>`,
    summary(scenario, evaluations, bar, verdicts, headline),
    scorecard(evaluations, bar, verdicts),
    comparison(evaluations),
    charts(evaluations),
    sensitivity(evaluations, scenario, headline, focus),
    ...programSections.map((section) => section.html),
    assumptions(scenario, evaluations),
    `<section id="methods"><h2>Methods</h2>${methods}</section>`,
    referencesSection(
      scenario,
      programSections.flatMap((section) => section.references),
    ),
    '</body></html>',
  ].join('\n');
}

import { escapeXml as h } from '../brief/svg-charts';
import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';
import { METRICS } from '../metrics/registry';
import { formatMonth } from './dates';
import { describeFirstTrue, evaluateRoadmap, type RoadmapResult } from './evaluate-roadmap';
import type { GateStatus } from './gates';

/** "Cost per Gb/s" → "cost per Gb/s" inside a sentence (units keep their case). */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const METHODS = [
  'roadmap-trajectory',
  'roadmap-crossover',
  'roadmap-schedule',
  'roadmap-gates',
  'roadmap-readiness',
];
const REFERENCES = [
  'WRIGHT_1936',
  'NASA_TRL',
  'DOD_MRL_DESKBOOK',
  'PMI_PMBOK_CPM',
  'AIAG_PPAP_2006',
];
const STATUS: Readonly<Record<GateStatus, string>> = {
  pass: 'pass',
  'at-risk': 'at risk',
  fail: 'fail',
  'no-data': 'no data',
};

/** "CPO overtakes DR8 on cost per Gb/s in 2026-05": the first crossover that happens in the window. */
export function crossoverSentence(result: RoadmapResult): string {
  const name = (id: string) =>
    result.technologies.find((t) => t.technology.id === id)?.technology.name ?? id;
  const crossing = result.crossovers.find((c) => c.result.kind === 'at') ?? result.crossovers[0];
  const parts: string[] = [];
  if (crossing)
    parts.push(
      crossing.result.kind === 'at'
        ? `${name(crossing.challenger)} overtakes ${name(crossing.incumbent)} on ${lowerFirst(METRICS[crossing.metric].label)} in ${formatMonth(crossing.result.at)}`
        : `${name(crossing.challenger)} against ${name(crossing.incumbent)} on ${lowerFirst(METRICS[crossing.metric].label)}: ${describeFirstTrue(crossing.result, result.window.start)}`,
    );
  const clearing = result.technologies.find((t) => t.clears_bar.kind !== 'never');
  if (clearing && result.bar)
    parts.push(
      `${clearing.technology.name} clears “${result.bar.name}” ${clearing.clears_bar.kind === 'at' ? `in ${formatMonth(clearing.clears_bar.at)}` : 'from the window’s start'}`,
    );
  const launch = result.schedule.launch;
  if (launch)
    parts.push(
      `the launch (${launch.node.name}) is due ${formatMonth(launch.p50)} at P50 and ${formatMonth(launch.p90)} at P90`,
    );
  return parts.length === 0 ? '' : `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

function gateTable(result: RoadmapResult): string {
  const rows = result.gates
    .map((gate) => {
      const criteria = gate.criteria
        .map(
          (c) =>
            `${h(c.criterion.key)} ${c.criterion.op === '>=' ? '≥' : '≤'} ${c.criterion.value}: ${STATUS[c.status]}${c.evidence ? ` (${c.evidence.p50.toPrecision(3)} / ${c.evidence.p90.toPrecision(3)})` : ''}`,
        )
        .join('<br>');
      return `<tr><th scope="row">${h(gate.gate.name)}</th><td>${formatMonth(gate.date_p50)}</td><td>${formatMonth(gate.date_p90)}</td><td>${STATUS[gate.status]}</td><td>${criteria}</td><td>${h(gate.missing.join('; ')) || '—'}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Gate</th><th>P50</th><th>P90</th><th>Status</th><th>Criteria (P50 / P90 evidence)</th><th>Missing</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The brief's "Roadmap and gates" section: the crossover in one sentence, the gates, the critical path. */
export function roadmapBriefSection(context: BriefContext): BriefSection {
  const roadmap = context.scenario.roadmap;
  if (!roadmap) return EMPTY_BRIEF_SECTION;
  const evaluation = evaluateRoadmap(context.scenario);
  if (!evaluation.ok)
    return {
      html: `<section id="roadmap"><h2>Roadmap and gates</h2><p>The roadmap cannot be evaluated:</p><ul>${evaluation.issues.map((issue) => `<li><code>${h(issue.path)}</code>: ${h(issue.message)}</li>`).join('')}</ul></section>`,
      methods: [],
      references: [],
    };
  const path = evaluation.schedule.critical_path
    .map((id) => {
      const forecast = evaluation.schedule.nodes.find((f) => f.node.id === id);
      return forecast ? `${h(forecast.node.name)} (${formatMonth(forecast.p50)})` : h(id);
    })
    .join(' → ');
  const slips = (roadmap.slips ?? []).map(
    (slip) => `${h(slip.milestone_id)} ${slip.months > 0 ? '+' : ''}${slip.months} months`,
  );
  const sources = new Set<string>(REFERENCES);
  for (const technology of roadmap.technologies) {
    for (const trajectory of technology.trajectories ?? [])
      for (const point of trajectory.points) sources.add(point.provenance.source);
    for (const entry of technology.volume?.per_year ?? []) sources.add(entry.provenance.source);
    for (const m of technology.milestones ?? []) if (m.provenance) sources.add(m.provenance.source);
  }
  for (const entry of roadmap.evidence ?? []) sources.add(entry.provenance.source);
  return {
    html: `<section id="roadmap"><h2>Roadmap and gates</h2><p data-testid="brief-roadmap-sentence">${h(crossoverSentence(evaluation))}</p>${gateTable(evaluation)}<p><strong>Critical path.</strong> ${path || '—'}${slips.length > 0 ? ` (with the what-if slips ${slips.join(', ')})` : ''}</p></section>`,
    methods: METHODS,
    references: [...sources],
  };
}

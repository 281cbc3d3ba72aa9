import type { Command } from 'commander';
import {
  DATE_FORMAT_HINT,
  describeFirstTrue,
  evaluateRoadmap,
  formatMonth,
  formatMonths,
  formatQuarter,
  METRICS,
  metricIds,
  parseDate,
  type MetricId,
  type RoadmapResult,
  type Scenario,
  type Slip,
} from '../../index';
import type { CliIo } from '../io';
import { formatNumber, formatTable } from '../format-table';
import { CliInputError, readScenarioFile } from '../read-scenario';

/**
 * `lightbench roadmap SCENARIO`: the roadmap and launch gates — per technology the date it clears
 * the bar and its metrics (at --at, or at every year of the window), the crossovers, the schedule
 * with the critical path and the launch, the gate table; --slip id=months tries a slip.
 */
export interface RoadmapCliOptions {
  readonly at?: string;
  readonly json?: boolean;
  readonly metric?: string;
  readonly slip?: readonly string[];
}

function parseSlips(texts: readonly string[]): Slip[] {
  return texts.map((text) => {
    const match = /^([^=]+)=(-?\d+(?:\.\d+)?)$/.exec(text);
    if (!match?.[1] || !match[2])
      throw new CliInputError(
        `--slip ${JSON.stringify(text)}: write milestone-id=months, e.g. supb-dvt=3`,
      );
    return { milestone_id: match[1], months: Number(match[2]) };
  });
}

function parseMetric(text: string | undefined): MetricId | undefined {
  if (text === undefined) return undefined;
  const metric = metricIds.find((id) => id === text);
  if (!metric)
    throw new CliInputError(`--metric ${JSON.stringify(text)}: allowed ${metricIds.join(', ')}`);
  return metric;
}

function evaluate(
  scenario: Scenario,
  options: RoadmapCliOptions,
): { result: RoadmapResult; at: number | null; metric: MetricId } {
  const slips = parseSlips(options.slip ?? []);
  const metric = parseMetric(options.metric);
  const evaluation = evaluateRoadmap(scenario, { slips, ...(metric ? { metric } : {}) });
  if (!evaluation.ok)
    throw new CliInputError(
      `the roadmap cannot be evaluated:\n${evaluation.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`,
    );
  const known = new Set(evaluation.schedule.nodes.map((forecast) => forecast.node.id));
  for (const slip of slips)
    if (!known.has(slip.milestone_id))
      throw new CliInputError(
        `--slip ${slip.milestone_id}: no milestone or gate by that id (allowed: ${[...known].join(', ')})`,
      );
  let at: number | null = null;
  if (options.at !== undefined) {
    at = parseDate(options.at);
    if (at === null)
      throw new CliInputError(
        `--at ${JSON.stringify(options.at)}: not a date (allowed ${DATE_FORMAT_HINT})`,
      );
    const { start, end } = evaluation.window;
    if (at < start || at > end)
      throw new CliInputError(
        `--at ${options.at}: outside the roadmap window (allowed ${formatQuarter(start)} … ${formatQuarter(end)})`,
      );
  }
  return { result: evaluation, at, metric: metric ?? 'cost_usd_per_gbps' };
}

const value = (metric: MetricId, x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? '—' : `${formatNumber(x, METRICS[metric].decimals)}`;

function text(
  scenario: Scenario,
  result: RoadmapResult,
  at: number | null,
  metric: MetricId,
): string {
  const start = result.window.start;
  const blocks: string[] = [
    `${scenario.name}: roadmap ${formatQuarter(result.window.start)} … ${formatQuarter(result.window.end)}${result.bar ? ` against "${result.bar.name}"` : ''}`,
  ];
  const barMetrics = result.bar?.criteria.map((criterion) => criterion.metric) ?? [];
  const shown = [...new Set<MetricId>([metric, ...barMetrics])];
  const moments = at !== null ? [at] : result.grid.filter((moment) => moment % 12 === 0);
  const rows = result.technologies.flatMap((timeline) =>
    moments.map((moment) => {
      const evaluated = result.at(timeline.technology.id, moment);
      const point = timeline.points.find((p) => Math.abs(p.at - moment) < 1e-9);
      return [
        timeline.technology.id,
        formatQuarter(moment),
        evaluated?.verdict?.pass &&
        (evaluated.values.link_margin_dB ?? Number.NEGATIVE_INFINITY) >= 0
          ? 'pass'
          : 'fail',
        ...shown.map((id) => value(id, evaluated?.values[id] ?? undefined)),
        point?.cluster_MW == null ? '—' : formatNumber(point.cluster_MW, 1),
        point?.cluster_capex_usd == null ? '—' : formatNumber(point.cluster_capex_usd / 1e6, 0),
      ];
    }),
  );
  blocks.push(
    formatTable(
      [
        'technology',
        'date',
        'bar',
        ...shown.map((id) => `${id} (${METRICS[id].unit})`),
        'cluster MW',
        'cluster $M',
      ],
      rows,
    ),
  );
  blocks.push(
    result.technologies
      .map(
        (timeline) =>
          `${timeline.technology.name} clears the bar: ${describeFirstTrue(timeline.clears_bar, start)}`,
      )
      .join('\n'),
  );
  blocks.push(
    result.crossovers
      .map(
        (c) =>
          `${c.challenger} beats ${c.incumbent} on ${c.metric}: ${describeFirstTrue(c.result, start)}`,
      )
      .join('\n'),
  );
  const schedule = result.schedule;
  if (schedule.launch) {
    const delay = schedule.launch.delay_months;
    blocks.push(
      [
        `launch (${schedule.launch.node.name}): P50 ${formatMonth(schedule.launch.p50)}, P90 ${formatMonth(schedule.launch.p90)}${Math.abs(delay) > 1e-9 ? ` (${formatMonths(delay)} from the slips)` : ''}`,
        `critical path: ${schedule.critical_path.join(' → ')}`,
        ...schedule.nodes
          .filter((f) => Math.abs(f.delay_months) > 1e-9)
          .map(
            (f) =>
              `  delayed: ${f.node.id} ${formatMonths(f.delay_months)} → ${formatMonth(f.p50)}`,
          ),
      ].join('\n'),
    );
  }
  if (result.gates.length > 0)
    blocks.push(
      formatTable(
        ['gate', 'P50', 'P90', 'status', 'criteria', 'missing'],
        result.gates.map((gate) => [
          gate.gate.name,
          formatMonth(gate.date_p50),
          formatMonth(gate.date_p90),
          gate.status,
          gate.criteria
            .map(
              (c) =>
                `${c.criterion.key} ${c.criterion.op} ${c.criterion.value}: ${c.status}${Number.isFinite(c.margin_p50) ? ` (${formatNumber(c.margin_p50, 2)})` : ''}`,
            )
            .join('; '),
          gate.missing.join('; ') || '—',
        ]),
      ),
    );
  return blocks.join('\n\n');
}

/** JSON has no Infinity or NaN: write them as null. */
function jsonNumbers(_key: string, x: unknown): unknown {
  return typeof x === 'number' && !Number.isFinite(x) ? null : x;
}

const firstTrueJson = (r: RoadmapResult['crossovers'][number]['result']) =>
  r.kind === 'at'
    ? { kind: r.kind, date: formatMonth(r.at), months: r.at }
    : { kind: r.kind, date: null };

function json(scenario: Scenario, result: RoadmapResult, at: number | null): string {
  return JSON.stringify(
    {
      scenario: scenario.name,
      window: { start: formatQuarter(result.window.start), end: formatQuarter(result.window.end) },
      bar: result.bar?.name ?? null,
      at: at === null ? null : formatMonth(at),
      technologies: result.technologies.map((timeline) => ({
        id: timeline.technology.id,
        design_id: timeline.design.id,
        clears_bar: firstTrueJson(timeline.clears_bar),
        readiness_spread_months: timeline.readiness_spread_months,
        at: at === null ? null : (result.at(timeline.technology.id, at)?.values ?? null),
        quarters: timeline.points.map((p) => ({
          date: formatQuarter(p.at),
          pass: p.pass,
          closes: p.closes,
          cluster_MW: p.cluster_MW,
          cluster_capex_usd: p.cluster_capex_usd,
          values: p.values,
        })),
      })),
      crossovers: result.crossovers.map((c) => ({
        challenger: c.challenger,
        incumbent: c.incumbent,
        metric: c.metric,
        ...firstTrueJson(c.result),
      })),
      schedule: {
        launch: result.schedule.launch
          ? {
              id: result.schedule.launch.node.id,
              p50: formatMonth(result.schedule.launch.p50),
              p90: formatMonth(result.schedule.launch.p90),
              delay_months: result.schedule.launch.delay_months,
            }
          : null,
        critical_path: result.schedule.critical_path,
        nodes: result.schedule.nodes.map((f) => ({
          id: f.node.id,
          kind: f.node.kind,
          lane: f.node.lane,
          p50: formatMonth(f.p50),
          p90: formatMonth(f.p90),
          delay_months: f.delay_months,
          critical: f.critical,
        })),
      },
      gates: result.gates.map((gate) => ({
        id: gate.gate.id,
        name: gate.gate.name,
        p50: formatMonth(gate.date_p50),
        p90: formatMonth(gate.date_p90),
        status: gate.status,
        missing: gate.missing,
        criteria: gate.criteria.map((c) => ({
          ...c.criterion,
          status: c.status,
          p50: c.evidence?.p50 ?? null,
          p90: c.evidence?.p90 ?? null,
          origin: c.evidence?.origin ?? null,
          margin_p50: c.margin_p50,
          margin_p90: c.margin_p90,
        })),
      })),
    },
    jsonNumbers,
    2,
  );
}

export function roadmapReport(
  file: string,
  options: RoadmapCliOptions,
  warn?: (text: string) => void,
): string {
  const scenario = readScenarioFile(file, warn);
  const { result, at, metric } = evaluate(scenario, options);
  return options.json ? json(scenario, result, at) : text(scenario, result, at, metric);
}

const collect = (item: string, list: string[]) => [...list, item];

export function registerRoadmapCommand(program: Command, io: CliIo): void {
  program
    .command('roadmap')
    .description(
      'technologies over time against the bar, crossover dates, the milestone schedule with its critical path and slips, and the launch gates',
    )
    .argument('<file>', 'scenario (JSON) with a roadmap section')
    .option('--at <date>', `one date instead of every year (${DATE_FORMAT_HINT})`)
    .option(
      '--metric <metric>',
      'metric of the table and of the default crossovers (default cost_usd_per_gbps)',
    )
    .option(
      '--slip <id=months>',
      'what if this milestone slips (repeatable), e.g. supb-dvt=3',
      collect,
      [],
    )
    .option('--json', 'print JSON')
    .action((file: string, options: RoadmapCliOptions) => {
      io.out(`${roadmapReport(file, options, io.err)}\n`);
    });
}

import {
  describeCriterion,
  evaluateCriteria,
  evaluateScenario,
  INFEASIBLE_MECHANISM_LABELS,
  METRICS,
  RowStatus,
  type Criterion,
  type LaunchCriteria,
  type Scenario,
} from '../../index';
import { formatNumber, formatTable } from '../format-table';
import { CliInputError } from '../read-scenario';
import { readResultsInput } from '../sweep/read-results';
import { countStatuses, describeFailures, type ResultsTable } from '../sweep/results-table';

/**
 * `lightbench criteria FILE`: for a scenario, a scorecard of designs × criteria — pass or fail and
 * the margin to each threshold in the metric's unit; for sweep results, how many rows and points
 * pass the criteria the sweep judged, and which rows.
 */
export interface CriteriaOptions {
  readonly name?: string;
  readonly json?: boolean;
  readonly limit?: string;
}

/** JSON has no NaN or Infinity. */
function jsonNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  return Number.isNaN(value) ? null : value > 0 ? 'inf' : '-inf';
}

function pickSets(scenario: Scenario, file: string, name: string | undefined): LaunchCriteria[] {
  const sets = scenario.launch_criteria ?? [];
  if (sets.length === 0)
    throw new CliInputError(
      `${file}: launch_criteria: the scenario has none; add launch_criteria: [{ "name": …, "criteria": [{ "metric": …, "op": "<=", "value": … }] }]`,
    );
  if (name === undefined) return sets;
  const set = sets.find((s) => s.name === name);
  if (!set)
    throw new CliInputError(
      `--name: no launch criteria named ${JSON.stringify(name)} in ${file}; it has ${sets.map((s) => JSON.stringify(s.name)).join(', ')}`,
    );
  return [set];
}

function signed(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return value > 0 ? `+${text}` : text;
}

function marginText(criterion: Criterion, margin: number | null): string {
  if (margin === null) return '(no value)';
  const info = METRICS[criterion.metric];
  return `${signed(margin, info.decimals)}${info.unit ? ` ${info.unit}` : ''}`;
}

function scenarioScorecard(scenario: Scenario, file: string, options: CriteriaOptions): string {
  const sets = pickSets(scenario, file, options.name);
  const evaluations = evaluateScenario(scenario);
  const cards = sets.map((set) => ({
    name: set.name,
    criteria: set.criteria.map((criterion) => ({
      ...criterion,
      description: describeCriterion(criterion),
      unit: METRICS[criterion.metric].unit,
    })),
    designs: evaluations.map(({ design, link, metrics, infeasible }) => {
      const verdict = evaluateCriteria(set, metrics.values);
      return {
        id: design.id,
        name: design.name,
        link_closes: link.meets_required_margin,
        infeasible,
        pass: verdict.pass && link.meets_required_margin,
        results: verdict.results.map((r) => ({
          metric: r.criterion.metric,
          value: r.value,
          pass: r.pass,
          margin: r.margin,
          unit: METRICS[r.criterion.metric].unit,
        })),
      };
    }),
  }));
  if (options.json)
    return `${JSON.stringify({ file, scenario: scenario.name, criteria: cards }, jsonNumbers, 2)}\n`;
  return `${cards
    .map((card) => {
      const headers = ['design', ...card.criteria.map((c) => c.description), 'link', 'verdict'];
      const rows = card.designs.map((d) => [
        d.name,
        ...d.results.map(
          (r, i) =>
            `${r.pass ? 'pass' : 'FAIL'} ${marginText(card.criteria[i] as Criterion, r.margin)}`,
        ),
        d.infeasible
          ? `INFEASIBLE: ${INFEASIBLE_MECHANISM_LABELS[d.infeasible.mechanism]}`
          : d.link_closes
            ? 'closes'
            : 'FAILS',
        d.pass ? 'PASS' : 'FAIL',
      ]);
      const passing = card.designs.filter((d) => d.pass).length;
      return `${scenario.name} — launch criteria "${card.name}": ${passing} of ${card.designs.length} designs pass (margins: + is room to spare)\n\n${formatTable(headers, rows)}`;
    })
    .join('\n\n')}\n`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

function resultsSummary(
  table: ResultsTable,
  file: string,
  criteria: string | null,
  options: CriteriaOptions,
): string {
  if (!table.judged)
    throw new CliInputError(
      `${file}: the sweep judged no launch criteria (its pass column is empty); set "criteria" in the spec and sweep again`,
    );
  if (options.name !== undefined && criteria !== null && options.name !== criteria)
    throw new CliInputError(
      `--name: ${file} was judged against ${JSON.stringify(criteria)}, not ${JSON.stringify(options.name)}`,
    );
  const { columns } = table;
  const perDesign = table.designs.map(() => ({ rows: 0, passing: 0 }));
  const feasible: number[] = [];
  let points = 0;
  let passingPoints = 0;
  let lastPoint = -1;
  let pointPasses = false;
  for (let row = 0; row < columns.rowCount; row++) {
    const point = columns.point[row] as number;
    if (point !== lastPoint) {
      if (pointPasses) passingPoints++;
      points++;
      lastPoint = point;
      pointPasses = false;
    }
    const d = perDesign[columns.design[row] as number] as { rows: number; passing: number };
    d.rows++;
    if (columns.pass[row] === 1 && columns.status[row] === RowStatus.Ok) {
      d.passing++;
      feasible.push(row);
      pointPasses = true;
    }
  }
  if (pointPasses) passingPoints++;
  const statuses = countStatuses(columns.status);
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!(Number.isInteger(limit) && limit >= 0))
    throw new CliInputError(
      `--limit: must be a whole number ≥ 0, got ${JSON.stringify(options.limit)}`,
    );
  const rowRecord = (row: number) => ({
    point: columns.point[row] as number,
    design: table.designs[columns.design[row] as number] as string,
    parameters: Object.fromEntries(
      table.paths.map((p, j) => [p, (columns.parameters[j] as Float64Array)[row]]),
    ),
    metrics: Object.fromEntries(
      table.metrics.map((m, k) => [m, (columns.metrics[k] as Float64Array)[row]]),
    ),
  });
  if (options.json) {
    const body = {
      file,
      criteria,
      rows: columns.rowCount,
      passing_rows: feasible.length,
      passing_row_share: columns.rowCount === 0 ? null : feasible.length / columns.rowCount,
      points,
      passing_points: passingPoints,
      passing_point_share: points === 0 ? null : passingPoints / points,
      statuses: Object.fromEntries(statuses),
      designs: table.designs.map((id, d) => ({ id, ...perDesign[d] })),
      feasible: feasible.map(rowRecord),
    };
    return `${JSON.stringify(body, jsonNumbers, 2)}\n`;
  }
  const shown = feasible.slice(0, limit);
  const table1 = formatTable(
    ['design', 'rows', 'passing', 'share'],
    table.designs.map((id, d) => {
      const { rows, passing } = perDesign[d] as { rows: number; passing: number };
      return [id, String(rows), String(passing), percent(passing, rows)];
    }),
  );
  const table2 = formatTable(
    ['point', 'design', ...table.paths, ...table.metrics],
    shown.map((row) => {
      const r = rowRecord(row);
      return [
        String(r.point),
        r.design,
        ...table.paths.map((p) => String(r.parameters[p])),
        ...table.metrics.map((m) => formatNumber(r.metrics[m] as number, METRICS[m].decimals)),
      ];
    }),
  );
  return (
    `${file}${criteria ? ` — launch criteria "${criteria}"` : ''}: ${feasible.length} of ${columns.rowCount} rows pass (${percent(feasible.length, columns.rowCount)}); ` +
    `${passingPoints} of ${points} points have a passing design (${percent(passingPoints, points)}); ${describeFailures(statuses)}\n\n${table1}\n\n` +
    `feasible rows${feasible.length > shown.length ? ` (first ${shown.length} of ${feasible.length}; --limit N or --json for more)` : ''}:\n${table2}\n`
  );
}

export function criteriaReport(file: string, options: CriteriaOptions): string {
  const input = readResultsInput(file);
  return input.kind === 'scenario'
    ? scenarioScorecard(input.scenario, file, options)
    : resultsSummary(input.table, file, input.criteria, options);
}

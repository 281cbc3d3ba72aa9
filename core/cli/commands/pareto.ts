import Papa from 'papaparse';
import {
  METRICS,
  metricIds,
  nonDominatedSort,
  RowStatus,
  type Direction,
  type MetricId,
} from '../../index';
import { formatNumber, formatTable } from '../format-table';
import { CliInputError } from '../read-scenario';
import { readResultsInput, type ResultsInput } from '../sweep/read-results';
import { countStatuses, numberText, statusName } from '../sweep/results-table';

/**
 * `lightbench pareto FILE --objectives a,b[:max],…`: the non-dominated designs of a scenario, or
 * the non-dominated rows of sweep results. Only rows whose link closes (status ok) are ranked;
 * the others are counted by status in the report, and listed with rank −1 under --all-ranks.
 */
export interface ParetoOptions {
  readonly objectives: string;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly allRanks?: boolean;
}

export interface Objective {
  readonly metric: MetricId;
  readonly direction: Direction;
}

export function parseObjectives(text: string): Objective[] {
  const known = new Set<string>(metricIds);
  const objectives = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): Objective => {
      const [metric = '', direction, ...rest] = part.split(':');
      if (!known.has(metric))
        throw new CliInputError(
          `--objectives: unknown metric ${JSON.stringify(metric)}; one of ${metricIds.join(', ')}`,
        );
      if (
        rest.length > 0 ||
        (direction !== undefined && direction !== 'min' && direction !== 'max')
      )
        throw new CliInputError(
          `--objectives: ${JSON.stringify(part)}: a direction must be :min or :max`,
        );
      const id = metric as MetricId;
      return {
        metric: id,
        direction: direction ?? (METRICS[id].better === 'lower' ? 'min' : 'max'),
      };
    });
  if (objectives.length === 0)
    throw new CliInputError(
      '--objectives: give at least one metric, e.g. energy_pJ_per_bit,cost_usd_per_gbps',
    );
  return objectives;
}

export interface ParetoResult {
  readonly objectives: readonly Objective[];
  readonly input: ResultsInput;
  readonly ranks: Int32Array;
  /** Rows not ranked, by status; "no_value" counts ok rows with a NaN objective. */
  readonly excluded: ReadonlyMap<string, number>;
}

export function paretoRanks(
  input: ResultsInput,
  objectives: readonly Objective[],
  file: string,
): ParetoResult {
  const { table } = input;
  const { columns } = table;
  const values = objectives.map(({ metric }) => {
    const m = table.metrics.indexOf(metric);
    if (m < 0)
      throw new CliInputError(
        `--objectives: ${file} has no ${metric} column; it holds ${table.metrics.join(', ') || 'no metrics'}`,
      );
    const source = columns.metrics[m] as Float64Array;
    // Rows whose link fails (or that failed to evaluate) are not candidates: NaN ranks them −1.
    return source.map((value, row) => (columns.status[row] === RowStatus.Ok ? value : Number.NaN));
  });
  const ranks = nonDominatedSort(
    values,
    objectives.map((o) => o.direction),
  );
  const excluded = new Map<string, number>(
    [...countStatuses(columns.status)].filter(([name]) => name !== 'ok'),
  );
  let noValue = 0;
  ranks.forEach((rank, row) => {
    if (rank < 0 && columns.status[row] === RowStatus.Ok) noValue++;
  });
  if (noValue > 0) excluded.set('no_value', noValue);
  return { objectives, input, ranks, excluded };
}

/** Rows to print: the first front, or every row by rank (unranked last), each by first objective. */
function selectRows(result: ParetoResult, allRanks: boolean): number[] {
  const { ranks, objectives, input } = result;
  const first = input.table.columns.metrics[
    input.table.metrics.indexOf(objectives[0]?.metric as MetricId)
  ] as Float64Array;
  const sign = objectives[0]?.direction === 'max' ? -1 : 1;
  const rows: number[] = [];
  ranks.forEach((rank, row) => {
    if (rank === 0 || allRanks) rows.push(row);
  });
  const key = (rank: number) => (rank < 0 ? Number.MAX_SAFE_INTEGER : rank);
  return rows.sort(
    (a, b) =>
      key(ranks[a] as number) - key(ranks[b] as number) ||
      sign * ((first[a] as number) - (first[b] as number)) ||
      a - b,
  );
}

function describeExcluded(excluded: ReadonlyMap<string, number>): string {
  return excluded.size === 0
    ? 'no rows excluded'
    : `excluded from ranking: ${[...excluded].map(([name, count]) => `${name} ${count}`).join(', ')}`;
}

export function paretoReport(file: string, options: ParetoOptions): { out: string; note: string } {
  const objectives = parseObjectives(options.objectives);
  const input = readResultsInput(file);
  const result = paretoRanks(input, objectives, file);
  const { table } = input;
  const { columns } = table;
  const rows = selectRows(result, options.allRanks === true);
  const frontSize = result.ranks.reduce((n, rank) => n + (rank === 0 ? 1 : 0), 0);
  const fronts = result.ranks.reduce((n, rank) => Math.max(n, rank + 1), 0);
  const scenario = input.kind === 'scenario' ? input.scenario : null;
  const metricColumn = (metric: MetricId) =>
    columns.metrics[table.metrics.indexOf(metric)] as Float64Array;
  const summary =
    `Pareto front: ${frontSize} of ${columns.rowCount} ${scenario ? 'designs' : 'rows'} (${fronts} front${fronts === 1 ? '' : 's'}) over ` +
    `${objectives.map((o) => `${o.metric} (${o.direction})`).join(', ')}; ${describeExcluded(result.excluded)}`;

  const record = (row: number) => ({
    ...(scenario ? {} : { point: columns.point[row] as number }),
    design: table.designs[columns.design[row] as number] as string,
    ...(scenario ? { name: scenario.designs[columns.design[row] as number]?.name ?? '' } : {}),
    parameters: Object.fromEntries(
      table.paths.map((path, j) => [path, (columns.parameters[j] as Float64Array)[row] as number]),
    ),
    metrics: Object.fromEntries(
      objectives.map((o) => [o.metric, metricColumn(o.metric)[row] as number]),
    ),
    rank: result.ranks[row] as number,
    status: statusName(columns.status[row] as number),
  });

  if (options.json) {
    const body = {
      file,
      kind: input.kind,
      objectives: objectives.map((o) => ({ ...o, unit: METRICS[o.metric].unit })),
      rows: columns.rowCount,
      front_size: frontSize,
      fronts,
      excluded: Object.fromEntries(result.excluded),
      [options.allRanks ? 'ranked' : 'front']: rows.map(record),
    };
    return {
      out: `${JSON.stringify(body, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? (Number.isNaN(value) ? null : numberText(value)) : value), 2)}\n`,
      note: '',
    };
  }
  const headers = [
    ...(scenario ? [] : ['point']),
    'design',
    ...(scenario ? ['name'] : []),
    ...table.paths,
    ...objectives.map((o) => o.metric),
    ...(options.allRanks ? ['rank', 'status'] : []),
  ];
  if (options.csv) {
    const data = rows.map((row) => {
      const r = record(row);
      return [
        ...(scenario ? [] : [String(r.point)]),
        r.design,
        ...(scenario ? [r.name ?? ''] : []),
        ...table.paths.map((path) => numberText(r.parameters[path] as number)),
        ...objectives.map((o) => numberText(r.metrics[o.metric] as number)),
        ...(options.allRanks ? [String(r.rank), r.status] : []),
      ];
    });
    return {
      out: `${Papa.unparse({ fields: headers, data })}\n`,
      note: `lightbench: ${summary}\n`,
    };
  }
  const text = rows.map((row) => {
    const r = record(row);
    return [
      ...(scenario ? [] : [String(r.point)]),
      r.design,
      ...(scenario ? [r.name ?? ''] : []),
      ...table.paths.map((path) => String(r.parameters[path])),
      ...objectives.map((o) =>
        formatNumber(r.metrics[o.metric] as number, METRICS[o.metric].decimals),
      ),
      ...(options.allRanks ? [r.rank < 0 ? '—' : String(r.rank), r.status] : []),
    ];
  });
  const unitHeaders = headers.map((header) =>
    (metricIds as readonly string[]).includes(header) && METRICS[header as MetricId].unit
      ? `${header} (${METRICS[header as MetricId].unit})`
      : header,
  );
  return { out: `${summary}\n\n${formatTable(unitHeaders, text)}\n`, note: '' };
}

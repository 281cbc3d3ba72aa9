import Papa from 'papaparse';
import { evaluateDesignFully } from '../../core/evaluate-scenario';
import type { Scenario } from '../../core/scenario/schema';
import { evalJson, evalTable } from '../../core/cli/commands/eval';
import { compareCsv, compareJson, compareTable } from '../../core/cli/commands/compare';
import { buildBrief } from '../../core/brief/brief-html';
import { nonFinitePaths } from './random-design';

/**
 * Every output and export of one scenario checked for NaN and ±Infinity: the evaluation objects
 * (link, metrics), `eval --json`, `compare --json` and `--csv` (parsed back), the tables, and
 * optionally the brief. A problem is a short string naming where; an empty list is a pass.
 */
export interface FiniteCheck {
  readonly problems: readonly string[];
  readonly infeasible: boolean;
  readonly kind: string;
}

/** Words an export must never contain where a number should be. */
const NON_NUMBER_TEXT = /\bNaN\b|-?Infinity\b|[−-]?∞/;

export function checkScenarioOutputs(scenario: Scenario, withBrief = false): FiniteCheck {
  const problems: string[] = [];
  const design = scenario.designs[0];
  let infeasible = false;
  try {
    for (const evaluation of scenario.designs.map((d) =>
      evaluateDesignFully(d, scenario.assumptions),
    )) {
      infeasible ||= evaluation.infeasible !== null;
      if (evaluation.infeasible && !evaluation.infeasible.reason)
        problems.push('infeasible without a reason');
      problems.push(
        ...nonFinitePaths({
          link: evaluation.link,
          metrics: evaluation.metrics,
          infeasible: evaluation.infeasible,
        }),
      );
    }
    for (const [name, text] of [
      ['eval --json', evalJson(scenario)],
      ['compare --json', compareJson(scenario)],
    ] as const) {
      if (NON_NUMBER_TEXT.test(text)) problems.push(`${name}: text has NaN/Infinity`);
      problems.push(...nonFinitePaths(JSON.parse(text) as unknown).map((p) => `${name}: ${p}`));
    }
    const csv = compareCsv(scenario);
    if (NON_NUMBER_TEXT.test(csv)) problems.push('compare --csv: text has NaN/Infinity');
    if (Papa.parse(csv.trim()).errors.length > 0) problems.push('compare --csv: does not parse');
    for (const [name, text] of [
      ['eval table', evalTable(scenario)],
      ['compare table', compareTable(scenario)],
    ] as const) {
      if (NON_NUMBER_TEXT.test(text)) problems.push(`${name}: text has NaN/Infinity/∞`);
    }
    if (withBrief) {
      const html = buildBrief(scenario, { generatedOn: '2026-12-07' });
      // Numbers live in table cells and SVG text: none may read NaN or Infinity.
      const cells = html.match(/<(td|text)[^>]*>[^<]*<\/(td|text)>/g) ?? [];
      if (cells.some((cell) => NON_NUMBER_TEXT.test(cell))) problems.push('brief: NaN/Infinity');
      if (/="[^"]*\bNaN\b[^"]*"/.test(html)) problems.push('brief: NaN in an attribute');
    }
  } catch (error) {
    problems.push(`threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { problems, infeasible, kind: design?.kind ?? 'none' };
}

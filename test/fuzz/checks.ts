import { CATALOG } from '../../core/catalog';
import { evaluateDesignFully } from '../../core/evaluate-scenario';
import { evaluateScenarioFabrics } from '../../core/fabric';
import { importDatasheetCsv } from '../../core/import/datasheet-csv';
import { parseScenarioText } from '../../core/scenario/parse';
import { DEFAULT_ASSUMPTIONS } from '../../core/scenario/defaults';
import { designSchema } from '../../core/scenario/schema';
import { evaluateWorkload } from '../../core/workload/run';
import { checkScenarioOutputs } from '../helpers/finite-outputs';
import { nonFinitePaths } from '../helpers/random-design';
import type { GeneratedCsv } from './csv-generator';

/**
 * What one fuzz input did. `crash`: an uncaught throw (or a "never throws" API that threw);
 * `nonFinite`: NaN or ±Infinity in an output; `other`: a broken promise that is neither (an
 * imported design that does not validate, a round trip that changes the file, noise on the
 * console, a reason that reads "[object Object]").
 */
export interface Outcome {
  crash?: string;
  /** Scenarios: 1 if the file parsed (and was evaluated); CSV: the designs imported. */
  accepted?: number;
  readonly nonFinite: string[];
  readonly other: string[];
}

const newOutcome = (): Outcome => ({ nonFinite: [], other: [] });

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Text a user must never read in a message: a value printed without being formatted. */
const NONSENSE = /\bundefined\b|\[object Object\]|\bfunction\b|native code|=>/g;

/** Nonsense in a message that the input itself does not hold (a message may quote the input). */
function nonsenseIn(message: string, input: string): string | undefined {
  return message.match(NONSENSE)?.find((word) => !input.includes(word));
}

/** Console output during one input (papaparse warns on duplicate headers, for example). */
export function captureConsole<T>(run: () => T): { value: T; printed: string[] } {
  const printed: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((name) => console[name]);
  for (const name of methods)
    console[name] = (...args: unknown[]) => {
      printed.push(`console.${name}: ${args.map(String).join(' ').slice(0, 200)}`);
    };
  try {
    return { value: run(), printed };
  } finally {
    methods.forEach((name, index) => {
      console[name] = saved[index] as (typeof console)[typeof name];
    });
  }
}

/**
 * A scenario file's text through parseScenarioText and, when it parses, every evaluation and
 * export (and, `withBrief`, the HTML brief).
 */
export function checkScenarioText(text: string, withBrief = false): Outcome {
  const outcome = newOutcome();
  const { printed } = captureConsole(() => {
    let parsed: ReturnType<typeof parseScenarioText>;
    try {
      parsed = parseScenarioText(text);
    } catch (error) {
      outcome.crash = `parseScenarioText threw ${describe(error)}`;
      return;
    }
    if (!parsed.ok) {
      if (parsed.issues.length === 0) outcome.other.push('rejected without an issue');
      for (const issue of parsed.issues)
        if (!issue.message || nonsenseIn(issue.message, text) !== undefined)
          outcome.other.push(`issue message: ${issue.path}: ${issue.message.slice(0, 120)}`);
      return;
    }
    const scenario = parsed.scenario;
    outcome.accepted = 1;
    // What was accepted saves and reloads to the same scenario, warnings and all.
    const saved = JSON.stringify(scenario);
    const again = parseScenarioText(saved);
    if (!again.ok)
      outcome.other.push(
        `saved file does not load again: ${again.issues[0]?.path}: ${again.issues[0]?.message}`,
      );
    else if (JSON.stringify(again.scenario) !== saved)
      outcome.other.push('saved file loads as a different scenario');
    else if (again.warnings.length !== parsed.warnings.length)
      outcome.other.push('saved file loads with different warnings');
    // A byte-order mark (as some editors write) changes nothing.
    if (!text.startsWith('\uFEFF') && !parseScenarioText(`\uFEFF${text}`).ok)
      outcome.other.push('the same file with a byte-order mark does not load');
    // The text checks look for the words NaN and Infinity: a file may hold them as names.
    const spelled = /\bNaN\b|Infinity|∞/.test(text);
    for (const problem of checkScenarioOutputs(scenario, withBrief).problems) {
      if (problem.startsWith('threw:')) outcome.crash ??= problem;
      else if (!(spelled && /text has NaN\/Infinity|brief: NaN/.test(problem)))
        outcome.nonFinite.push(problem);
    }
    try {
      if (scenario.fabrics && scenario.fabrics.length > 0) {
        const fabrics = evaluateScenarioFabrics(scenario);
        outcome.nonFinite.push(...nonFinitePaths(fabrics).map((p) => `fabrics: ${p}`));
        if (scenario.workload) {
          const runs = evaluateWorkload(scenario.workload, scenario);
          outcome.nonFinite.push(...nonFinitePaths(runs).map((p) => `workload: ${p}`));
        }
      }
    } catch (error) {
      outcome.crash ??= `fabric/workload evaluation threw ${describe(error)}`;
    }
  });
  outcome.other.push(...printed);
  return outcome;
}

/** One CSV datasheet through importDatasheetCsv, and every design it imports evaluated. */
export function checkDatasheetCsv(input: GeneratedCsv): Outcome {
  const outcome = newOutcome();
  const existing = new Set(input.existingIds);
  const { printed } = captureConsole(() => {
    let result: ReturnType<typeof importDatasheetCsv>;
    try {
      result = importDatasheetCsv(input.text, CATALOG, DEFAULT_ASSUMPTIONS, existing);
    } catch (error) {
      outcome.crash = `importDatasheetCsv threw ${describe(error)}`;
      return;
    }
    outcome.accepted = result.designs.length;
    const ids = new Set<string>();
    for (const design of result.designs) {
      if (existing.has(design.id) || ids.has(design.id))
        outcome.other.push(`imported id ${design.id} is not unique`);
      ids.add(design.id);
      const checked = designSchema.safeParse(design);
      if (!checked.success)
        outcome.other.push(
          `imported design ${design.id} does not validate: ${checked.error.issues[0]?.message}`,
        );
      try {
        const evaluation = evaluateDesignFully(design, DEFAULT_ASSUMPTIONS);
        outcome.nonFinite.push(...nonFinitePaths(evaluation).map((p) => `${design.id}: ${p}`));
      } catch (error) {
        outcome.crash ??= `evaluating imported ${design.id} threw ${describe(error)}`;
      }
    }
    for (const row of result.rejected) {
      if (row.reasons.length === 0)
        outcome.other.push(`line ${row.line} rejected without a reason`);
      for (const reason of row.reasons)
        if (nonsenseIn(reason, input.text) !== undefined)
          outcome.other.push(`line ${row.line}: ${reason.slice(0, 120)}`);
    }
    for (const note of input.notes) {
      const header = /^duplicate header "(.*)"$/.exec(note)?.[1]?.trim();
      if (header === undefined) continue;
      const named = result.rejected.some((row) =>
        row.reasons.some((reason) => reason.includes(`duplicate column ${JSON.stringify(header)}`)),
      );
      if (!named && result.designs.length + result.rejected.length > 0)
        outcome.other.push(`duplicate column ${JSON.stringify(header)} not reported by name`);
    }
  });
  outcome.other.push(...printed);
  return outcome;
}

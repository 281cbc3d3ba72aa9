import { Command, CommanderError } from 'commander';
import { CliInputError, readScenarioFile } from './read-scenario';
import { evalJson, evalTable } from './commands/eval';
import { compareCsv, compareJson, compareTable } from './commands/compare';
import { fabricJson, fabricTable } from './commands/fabric';
import { CliCancelled, sweepCommand, type SweepOptions } from './commands/sweep';
import { mergeCommand, type MergeOptions } from './commands/merge';
import { paretoReport, type ParetoOptions } from './commands/pareto';
import { criteriaReport, type CriteriaOptions } from './commands/criteria';
import type { CliIo } from './io';
import { registerCatalogCommand } from './commands/catalog';
import { registerSuppliersCommand } from './commands/suppliers';
import { registerRoadmapCommand } from './commands/roadmap';
import { registerFleetCommand } from './commands/fleet';
import { registerWorkloadCommand } from './commands/workload';

export type { CliIo } from './io';

/** Exit codes: 0 success, 1 unexpected failure, 2 bad input or usage, 130 interrupted. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERRUPTED = 130;

export function buildProgram(io: CliIo): Command {
  const program = new Command('lightbench')
    .description(
      'Lightbench: optical-interconnect link budgets and trade-offs from the command line',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('eval')
    .description(
      "evaluate every design's link: budget, channel loss, penalties, margin, max reach and what limits it",
    )
    .argument('<file>', 'scenario file (JSON)')
    .option('--json', 'print the results as JSON with the DESIGN.md output names')
    .action((file: string, options: { json?: boolean }) => {
      const scenario = readScenarioFile(file, io.err);
      io.out(`${options.json ? evalJson(scenario) : evalTable(scenario)}\n`);
    });

  program
    .command('brief')
    .description(
      'write the trade-off brief: a self-contained HTML file with the scorecard, comparison, charts, sensitivity, assumptions and methods',
    )
    .argument('<file>', 'scenario file (JSON)')
    .requiredOption('--out <file>', 'where to write the HTML brief')
    .option(
      '--criteria <name>',
      "launch-criteria set to judge against (the scenario's first by default)",
    )
    .option('--date <yyyy-mm-dd>', 'date printed on the brief (today by default)')
    .action(async (file: string, options: { out: string; criteria?: string; date?: string }) => {
      const scenario = readScenarioFile(file, io.err);
      if (
        options.criteria !== undefined &&
        !scenario.launch_criteria?.some((c) => c.name === options.criteria)
      ) {
        throw new CliInputError(
          `--criteria: no launch criteria named ${JSON.stringify(options.criteria)} in ${file}`,
        );
      }
      // Loaded on use: the brief brings the math typesetter, which no other command needs.
      const { writeBrief } = await import('./commands/brief');
      writeBrief(scenario, options.out, {
        ...(options.criteria === undefined ? {} : { criteria: options.criteria }),
        ...(options.date === undefined ? {} : { generatedOn: options.date }),
      });
      io.err(`lightbench: wrote ${options.out}\n`);
    });

  program
    .command('fabric')
    .description(
      'fabric roll-up of every fabric option: links, reach, technology, W, $, failures/day per tier; MW, capex, TCO, interruptions and goodput lost per cluster',
    )
    .argument('<file>', 'scenario file (JSON) with a "fabrics" list')
    .option('--json', 'print JSON: topology, per-tier and per-bin figures, totals, goodput')
    .action((file: string, options: { json?: boolean }) => {
      const scenario = readScenarioFile(file, io.err);
      io.out(`${options.json ? fabricJson(scenario) : fabricTable(scenario)}\n`);
    });

  program
    .command('compare')
    .description('every metric of every design: power, reach, density, cost, reliability, latency')
    .argument('<file>', 'scenario file (JSON)')
    .option('--json', 'print JSON: metrics, energy breakdown and bill of materials per design')
    .option('--csv', 'print CSV: one row per design, one column per metric')
    .action((file: string, options: { json?: boolean; csv?: boolean }) => {
      const scenario = readScenarioFile(file, io.err);
      io.out(
        options.json
          ? `${compareJson(scenario)}\n`
          : options.csv
            ? compareCsv(scenario)
            : `${compareTable(scenario)}\n`,
      );
    });

  program
    .command('sweep')
    .description(
      'run a sweep spec: every point × design evaluated on worker threads, written as CSV or columnar JSON',
    )
    .argument('<spec>', 'sweep spec (JSON); its "scenario" path is relative to the spec file')
    .requiredOption(
      '--out <file>',
      'results file, .csv or .json (written only when the sweep completes)',
    )
    .option('--workers <n>', 'worker threads (default: the available parallelism)')
    .option(
      '--shard <i/n|auto>',
      'run only shard i of n (0-based, i = 0 … n−1): points floor(i·N/n) … floor((i+1)·N/n) − 1; "auto" reads SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX',
    )
    .option('--shard-count <n>', "with --shard auto under Kubernetes: the Job's completions")
    .option('--object-path', 'evaluate through the object path instead of the kernel (benchmarks)')
    .option(
      '--chunk <points>',
      'points per work unit handed to a worker (default: about 8192 rows)',
    )
    .option('--scenario <file>', "scenario file, instead of the spec's own")
    .option('--progress', 'draw the progress bar even when stderr is not a terminal')
    .option(
      '--pareto <objectives>',
      'write only the Pareto front over these metrics, e.g. energy_pJ_per_bit,cost_usd_per_gbps,max_reach_m (metric:min|max to override)',
    )
    .action(async (spec: string, options: SweepOptions) => {
      await sweepCommand(spec, options, {
        err: io.err,
        env: io.env,
        signal: io.signal,
        progress: options.progress === true || io.errIsTerminal === true,
      });
    });

  program
    .command('merge')
    .description(
      'join the shard outputs of one sweep (any order) into the file an unsharded run writes, byte for byte',
    )
    .argument('<parts...>', 'shard outputs, all .csv or all .json')
    .requiredOption('--out <file>', 'merged file, .csv or .json like the parts')
    .option('--spec <file>', 'the sweep spec: also check that no shard is missing at the end')
    .option('--scenario <file>', "with --spec: scenario file, instead of the spec's own")
    .action((parts: string[], options: MergeOptions) => {
      mergeCommand(parts, options, io.err);
    });

  program
    .command('pareto')
    .description(
      'the non-dominated designs of a scenario, or rows of sweep results, over the given metrics',
    )
    .argument('<file>', 'scenario (JSON) or sweep results (CSV or JSON from `lightbench sweep`)')
    .requiredOption(
      '--objectives <metrics>',
      'comma-separated metric ids; a metric is minimised or maximised as its registry says, or add :min / :max',
    )
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV (the summary goes to stderr)')
    .option(
      '--all-ranks',
      'print every row with its Pareto rank (−1: not ranked), not only the front',
    )
    .action((file: string, options: ParetoOptions) => {
      const { out, note } = paretoReport(file, options);
      io.out(out);
      if (note) io.err(note);
    });

  program
    .command('criteria')
    .description(
      "scorecard against the scenario's launch criteria: pass/fail and margin per design and criterion; for sweep results, how many rows and points pass",
    )
    .argument('<file>', 'scenario (JSON) or sweep results (CSV or JSON from `lightbench sweep`)')
    .option('--name <name>', 'only this launch-criteria set')
    .option('--limit <n>', 'sweep results: feasible rows to list (default 20)')
    .option('--json', 'print JSON')
    .action((file: string, options: CriteriaOptions) => {
      io.out(criteriaReport(file, options));
    });

  registerCatalogCommand(program, io);
  registerSuppliersCommand(program, io);
  registerRoadmapCommand(program, io);
  registerFleetCommand(program, io);
  registerWorkloadCommand(program, io);

  return program;
}

/** Runs the CLI and returns its exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    if (error instanceof CliCancelled) {
      io.err(`lightbench: ${error.message}\n`);
      return EXIT_INTERRUPTED;
    }
    if (error instanceof CliInputError) {
      io.err(`lightbench: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.err(
      `lightbench: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

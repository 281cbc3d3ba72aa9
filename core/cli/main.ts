import { Command, CommanderError } from 'commander';
import { CliInputError, readScenarioFile } from './read-scenario';
import { evalJson, evalTable } from './commands/eval';
import { compareCsv, compareJson, compareTable } from './commands/compare';

/** Exit codes: 0 success, 1 unexpected failure, 2 bad input or usage. */
export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

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
      const scenario = readScenarioFile(file);
      io.out(`${options.json ? evalJson(scenario) : evalTable(scenario)}\n`);
    });

  program
    .command('compare')
    .description('every metric of every design: power, reach, density, cost, reliability, latency')
    .argument('<file>', 'scenario file (JSON)')
    .option('--json', 'print JSON: metrics, energy breakdown and bill of materials per design')
    .option('--csv', 'print CSV: one row per design, one column per metric')
    .action((file: string, options: { json?: boolean; csv?: boolean }) => {
      const scenario = readScenarioFile(file);
      io.out(
        options.json
          ? `${compareJson(scenario)}\n`
          : options.csv
            ? compareCsv(scenario)
            : `${compareTable(scenario)}\n`,
      );
    });

  return program;
}

/** Runs the CLI and returns its exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
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

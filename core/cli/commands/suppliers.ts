import { readFileSync } from 'node:fs';
import { writeOutputFile } from '../output-file';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  adequacyTable,
  analyzeSuppliers,
  capabilityTable,
  formatImportIssue,
  importSampleCsv,
  importSampleXlsx,
  limitsTable,
  matrixTable,
  provenanceTable,
  rankingTable,
  supplierEvidence,
  supplierMilestones,
  supplierWorkspaceSchema,
  type Scenario,
  type SupplierAnalysis,
  type SupplierWorkspace,
  type TextTable,
} from '../../index';
import { formatTable } from '../format-table';
import type { CliIo } from '../io';
import { CliInputError, readScenarioFile } from '../read-scenario';

interface SuppliersOptions {
  readonly json?: boolean;
  readonly draws?: string;
  readonly seed?: string;
  readonly import?: readonly string[];
  readonly out?: string;
}

function integerOption(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new CliInputError(
      `--${name}: ${JSON.stringify(text)} is not a whole number in ${min} … ${max}`,
    );
  return value;
}

function block(title: string, table: TextTable): string {
  return table.rows.length === 0 ? '' : `${title}\n${formatTable(table.headers, table.rows)}\n\n`;
}

export function suppliersText(scenario: Scenario, analysis: SupplierAnalysis): string {
  const design = analysis.design;
  const mc = analysis.monteCarlo;
  return [
    `${scenario.name}\n`,
    design
      ? `design ${design.name} (${design.id}), required margin ${design.required_margin_dB} dB\n\n`
      : '\n',
    ...analysis.notes.map((n) => `note: ${n}\n`),
    block('Spec limits', limitsTable(analysis)),
    block('Capability per supplier and parameter (all lanes pooled)', capabilityTable(analysis)),
    block('Sample size (success run / binomial)', adequacyTable(analysis)),
    block(
      `Link yield, Tx supplier (rows) × Rx supplier (columns), % with 95 % interval — ${mc.draws} ${mc.mode} draws per pair, seed ${mc.seed}`,
      matrixTable(analysis),
    ),
    block('Ranking', rankingTable(analysis)),
    block('Data provenance', provenanceTable(scenario.suppliers?.suppliers ?? [])),
  ].join('');
}

/** JSON has no NaN or Infinity. */
function jsonNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  return Number.isNaN(value) ? null : value > 0 ? 'inf' : '-inf';
}

export function suppliersJson(scenario: Scenario, analysis: SupplierAnalysis): string {
  return JSON.stringify(
    {
      scenario: scenario.name,
      design: analysis.design?.id ?? null,
      limits: analysis.limits,
      statistics: analysis.stats,
      sample_size: { ...analysis.reliability, suppliers: analysis.adequacy },
      monte_carlo: analysis.monteCarlo,
      interoperability: analysis.matrix,
      ranking: analysis.ranking,
      milestones: supplierMilestones(scenario),
      evidence: supplierEvidence(scenario, analysis),
      notes: analysis.notes,
    },
    jsonNumbers,
    2,
  );
}

/** `--import supplier=file`: adds the file's samples to that supplier (created when new). */
async function importInto(
  workspace: SupplierWorkspace,
  spec: string,
  err: (text: string) => void,
): Promise<SupplierWorkspace> {
  const at = spec.indexOf('=');
  if (at <= 0) throw new CliInputError(`--import: ${JSON.stringify(spec)} is not SUPPLIER=FILE`);
  const id = spec.slice(0, at);
  const path = spec.slice(at + 1);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new CliInputError(`--import: cannot read ${path}`);
  }
  const fileName = basename(path);
  const importedOn = new Date().toISOString().slice(0, 10);
  const result = /\.xlsx$/i.test(fileName)
    ? await importSampleXlsx(bytes, { fileName, importedOn })
    : importSampleCsv(new TextDecoder().decode(bytes), { fileName, importedOn }, bytes);
  for (const issue of result.issues) err(`${issue.severity}: ${formatImportIssue(issue)}\n`);
  if (!result.report) throw new CliInputError(`--import: nothing imported from ${path}`);
  const report = result.report;
  const existing = workspace.suppliers.find((s) => s.id === id);
  err(
    `lightbench: ${fileName}: ${report.samples.length} samples imported into ${id}, ${report.rejected.length} rows rejected\n`,
  );
  return {
    ...workspace,
    suppliers: existing
      ? workspace.suppliers.map((s) =>
          s.id === id ? { ...s, reports: [...s.reports, report] } : s,
        )
      : [...workspace.suppliers, { id, name: id, price_tiers: [], dates: {}, reports: [report] }],
  };
}

/** `lightbench suppliers SCENARIO`: capability, sample size, interoperability matrix and ranking. */
export function registerSuppliersCommand(program: Command, io: CliIo): void {
  program
    .command('suppliers')
    .description(
      'supplier qualification: per supplier and parameter n, mean, σ, Cp, Cpk, ppm, in-spec fraction with its interval, normality; samples still needed; the Tx × Rx link-yield matrix; the weighted ranking',
    )
    .argument('<file>', 'scenario file (JSON) with a "suppliers" section')
    .option('--json', 'print JSON (also the milestones and evidence the roadmap reads)')
    .option(
      '--draws <n>',
      'Monte Carlo draws per Tx × Rx pair (default: the scenario’s, else 100000)',
    )
    .option('--seed <n>', 'Monte Carlo seed (default: the scenario’s, else 1)')
    .option(
      '--import <supplier=file...>',
      'import CSV/XLSX sample reports into suppliers (by id) before the analysis',
    )
    .option('--out <file>', 'with --import: write the scenario with the imported reports here')
    .action(async (file: string, options: SuppliersOptions) => {
      let scenario = readScenarioFile(file, io.err);
      if (options.import && options.import.length > 0) {
        let workspace: SupplierWorkspace = scenario.suppliers ?? { suppliers: [], limits: [] };
        for (const spec of options.import) workspace = await importInto(workspace, spec, io.err);
        const checked = supplierWorkspaceSchema.safeParse(workspace);
        if (!checked.success)
          throw new CliInputError(`--import: the result is not valid: ${checked.error.message}`);
        scenario = { ...scenario, suppliers: checked.data };
        if (options.out) {
          writeOutputFile('--out', options.out, `${JSON.stringify(scenario, null, 2)}\n`);
          io.err(`lightbench: wrote ${options.out}\n`);
        }
      } else if (options.out) throw new CliInputError('--out is only written with --import');
      const draws = integerOption('draws', options.draws, 1000, 10_000_000);
      const seed = integerOption('seed', options.seed, 0, 4294967295);
      const analysis = analyzeSuppliers(scenario, {
        monteCarlo: {
          ...(draws === undefined ? {} : { draws }),
          ...(seed === undefined ? {} : { seed }),
        },
      });
      if (!analysis)
        throw new CliInputError(
          `${file}: no "suppliers" section; add one ({ "suppliers": [], "limits": [] }) or import reports with --import SUPPLIER=FILE`,
        );
      io.out(
        options.json ? `${suppliersJson(scenario, analysis)}\n` : suppliersText(scenario, analysis),
      );
    });
}

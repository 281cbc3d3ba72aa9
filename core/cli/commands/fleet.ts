import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { writeOutputFile } from '../output-file';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  calibrateScenario,
  compareFleet,
  compareLlama3,
  createTelemetryImporter,
  fleetFieldFit,
  parseFailureLog,
  type DesignComparison,
  type FieldReliability,
  type FleetComparison,
  type Llama3Comparison,
  type Scenario,
} from '../../index';
import type { CliIo } from '../io';
import { CliInputError, readScenarioFile } from '../read-scenario';

/** Bytes read at a time: large enough to amortise the per-chunk work, small enough to stream. */
const CHUNK_BYTES = 1 << 20;
const HASH_CHARS = 16;

interface FleetOptions {
  readonly failures?: string;
  readonly json?: boolean;
  readonly write?: string;
  readonly reference?: boolean;
}

/** Streams every telemetry file through one importer, hashing each as it goes. */
async function importTelemetry(scenario: Scenario, files: readonly string[]) {
  const importer = createTelemetryImporter(scenario, basename(files[0] ?? ''));
  const hashes: string[] = [];
  for (const [index, file] of files.entries()) {
    if (index > 0) importer.nextFile(basename(file));
    const hash = createHash('sha256');
    try {
      for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
        const buffer = chunk as Buffer;
        hash.update(buffer);
        importer.push(buffer.toString('utf8'));
      }
    } catch (error) {
      throw new CliInputError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    hashes.push(`sha256:${hash.digest('hex').slice(0, HASH_CHARS)}`);
  }
  return { comparison: compareFleet(importer.end()), hash: hashes.join(' ') };
}

const f = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);
const signed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? '—' : `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

function designLine(d: DesignComparison): string {
  const e = d.excess_loss_dB;
  return [
    d.design_id.padEnd(16),
    String(d.links).padStart(6),
    String(d.rows).padStart(9),
    f(d.predicted_loss_dB).padStart(7),
    `${signed(e.median)} (${signed(e.p10)} … ${signed(e.p90)})`.padStart(24),
    f(d.ber_margin_dB.median).padStart(8),
    f(d.model_margin_dB).padStart(8),
    signed(d.penalty_offset_dB.median).padStart(8),
    `${d.links_below_required}`.padStart(6),
    signed(d.drift_dB_per_year, 3).padStart(8),
    `${signed(d.temperature_margin_slope_dB_per_C, 3)} (r ${f(d.temperature_margin_r)})`.padStart(
      16,
    ),
  ].join(' ');
}

export function fleetTable(
  comparison: FleetComparison,
  calibrated: ReturnType<typeof calibrateScenario>,
  reliability: FieldReliability | null,
  reference: Llama3Comparison | null,
  hash: string,
): string {
  const c = comparison;
  const lines = [
    `Fleet telemetry: ${c.source} (${hash})`,
    `  ${c.lines} lines, ${c.accepted} samples accepted from ${c.links} links, ${c.first ?? '—'} … ${c.last ?? '—'}`,
    `  ${c.rejected_count} rejected, ${c.duplicates_count} duplicates (not counted twice), ${c.out_of_order} out of order (sorted in)`,
    ...c.rejected
      .slice(0, 20)
      .map((r) => `    ${r.file ? `${r.file}:` : 'line '}${r.line}: ${r.reason}`),
    ...c.duplicates
      .slice(0, 5)
      .map((d) => `    line ${d.line}: duplicate sample ${d.link_id} @ ${d.timestamp}`),
    '',
    'design            links   samples  loss dB   excess dB (p10 … p90)  BER mrg  model m  pen.off  <req  dB/year  dB/°C (r)',
    ...c.designs.map(designLine),
  ];
  for (const d of c.designs) {
    if (d.worst_links.length === 0) continue;
    lines.push(
      '',
      `Worst links of ${d.design_id} (BER-implied margin, required ${f(d.required_margin_dB)} dB):`,
    );
    for (const link of d.worst_links.slice(0, 5))
      lines.push(
        `  ${link.link_id.padEnd(24)} min ${f(link.min_margin_dB)} dB  mean ${f(link.mean_margin_dB)} dB  excess ${signed(link.excess_loss_dB)} dB  ${f(link.temperature_C, 1)} °C`,
      );
  }
  lines.push('', 'Calibration (written with provenance kind "measured"; --write FILE saves it):');
  if (calibrated.calibrations.length === 0) lines.push('  nothing to calibrate');
  for (const cal of calibrated.calibrations)
    lines.push(
      `  ${cal.design_id}: excess loss ${signed(cal.excess_loss_dB)} dB (p10 … p90 ${signed(cal.excess_loss_range_dB[0])} … ${signed(cal.excess_loss_range_dB[1])}), penalty offset ${signed(cal.penalty_offset_dB)} dB, n = ${cal.samples}`,
    );
  if (reliability) {
    lines.push(
      '',
      `Field reliability: ${reliability.source}, ${reliability.device_hours.toExponential(3)} device-hours (${reliability.exposure})`,
    );
    const pct = Math.round(reliability.link.confidence * 100);
    for (const { cause, fit } of reliability.by_cause)
      lines.push(
        `  ${cause.padEnd(16)} ${String(fit.failures).padStart(5)} failures  FIT ${f(fit.fit, 1)} [${f(fit.interval?.[0], 1)} … ${f(fit.interval?.[1], 1)}] (${pct} %)`,
      );
    lines.push(
      `  link (optics + fibre/connector): FIT ${f(reliability.link.fit, 1)}, ${pct} % upper ${f(reliability.link.upper_one_sided, 1)}; catalog ${f(reliability.catalog_fit, 0)}${reliability.disagrees ? '  ← the catalog FIT is outside the field interval' : ''}`,
    );
  }
  if (reference) lines.push('', ...llama3Lines(reference));
  return lines.join('\n');
}

export function llama3Lines(reference: Llama3Comparison): string[] {
  const pct = Math.round(reference.confidence * 100);
  return [
    `Llama 3 405B record (Meta 2024, Table 5): ${reference.gpus} GPUs, ${reference.days} days, ${reference.unexpected} unexpected interruptions`,
    ...reference.rows.map(
      (row) =>
        `  ${row.cause.padEnd(8)} observed ${String(row.observed).padStart(4)} [${f(row.interval[0], 1)} … ${f(row.interval[1], 1)}] (${pct} %)  model default ${f(row.predicted, 1)}${row.disagrees ? '  ← outside the interval' : ''}`,
    ),
  ];
}

/** `lightbench fleet SCENARIO TELEMETRY... [--failures LOG] [--json]`. */
export function registerFleetCommand(program: Command, io: CliIo): void {
  program
    .command('fleet')
    .description(
      'fleet telemetry against the model: measured vs predicted Rx power, excess loss, BER-implied margin, worst links, drift, temperature; the calibration; field FIT with χ² intervals',
    )
    .argument('<scenario>', 'scenario file (JSON) whose design ids the telemetry names')
    .argument(
      '<telemetry...>',
      'fleet telemetry CSV files (link_id, design_id, timestamp, rxN_dBm/txN_dBm, pre_fec_ber, …)',
    )
    .option('--failures <log>', 'failure / replacement log (CSV: id,date,cause[,count][,detail])')
    .option(
      '--reference',
      'also print the Llama 3 405B interruption record beside the model default',
    )
    .option(
      '--write <file>',
      'write the calibrated scenario (provenance kind "measured") to this file',
    )
    .option('--json', 'print JSON: comparison, calibrations, reliability')
    .action(async (file: string, telemetry: string[], options: FleetOptions) => {
      const scenario = readScenarioFile(file, io.err);
      const { comparison, hash } = await importTelemetry(scenario, telemetry);
      const calibrated = calibrateScenario(scenario, comparison, { hash });
      let reliability: FieldReliability | null = null;
      if (options.failures !== undefined) {
        let text: string;
        try {
          text = readFileSync(options.failures, 'utf8');
        } catch (error) {
          throw new CliInputError(
            `cannot read ${options.failures}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          );
        }
        const log = parseFailureLog(text);
        for (const r of log.rejected)
          io.err(`warning: ${options.failures}:${r.line}: ${r.reason}\n`);
        reliability = fleetFieldFit(log, basename(options.failures), comparison, scenario);
      }
      const reference = options.reference === true ? compareLlama3() : null;
      if (options.write !== undefined) {
        writeOutputFile(
          '--write',
          options.write,
          `${JSON.stringify(calibrated.scenario, null, 2)}\n`,
        );
        io.err(`lightbench: wrote ${options.write}\n`);
      }
      if (options.json === true) {
        io.out(
          `${JSON.stringify({ comparison, hash, calibrations: calibrated.calibrations, reliability, reference }, null, 2)}\n`,
        );
      } else io.out(`${fleetTable(comparison, calibrated, reliability, reference, hash)}\n`);
    });
}

import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { writeOutputFile } from '../output-file';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Command } from 'commander';
import {
  calibrateScenario,
  compareFleet,
  compareLlama3,
  createTelemetryImporter,
  dumpKeys,
  dumpTelemetryCsv,
  findDumpEntry,
  fleetFieldFit,
  fleetResidual,
  parseDumpMap,
  parseEthtool,
  sniffTelemetry,
  FLEET_CONSTANTS,
  type DesignResidual,
  type DumpMap,
  type Management,
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
const { RECENT_TIMES } = FLEET_CONSTANTS;

interface FleetOptions {
  readonly failures?: string;
  readonly json?: boolean;
  readonly write?: string;
  readonly reference?: boolean;
  readonly map?: string;
}

/** Bytes read to tell a fleet CSV from an ethtool dump. */
const SNIFF_BYTES = 4096;

/** An ethtool dump read as telemetry: what it was and where it went. */
export interface DumpRead {
  readonly file: string;
  readonly management: Management;
  readonly vendor_sn: string | null;
  readonly link_id: string;
  readonly design_id: string;
  readonly timestamp: string;
  /** Where the time came from: the map's timestamp column, or the file's modification time. */
  readonly time_from: 'map' | 'file time';
  readonly rx_power_kind: 'average' | 'OMA';
  readonly lanes: number;
}

function cannotRead(file: string, error: unknown): CliInputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliInputError(
    `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
  );
}

function readHead(file: string): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const length = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, length).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw cannotRead(file, error);
  }
}

function readMap(path: string | undefined): DumpMap | null {
  if (path === undefined) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw cannotRead(path, error);
  }
  const map = parseDumpMap(text);
  if (typeof map === 'string') throw new CliInputError(`--map ${path}: ${map}`);
  return map;
}

/**
 * Streams every telemetry file through one importer, hashing each as it goes. A file that is an
 * `ethtool -m` dump (text or --json) becomes one row of its link, through the --map file.
 */
async function importTelemetry(
  scenario: Scenario,
  files: readonly string[],
  mapPath: string | undefined,
  warn: (text: string) => void,
) {
  const importer = createTelemetryImporter(scenario, basename(files[0] ?? ''));
  const map = readMap(mapPath);
  for (const r of map?.rejected ?? []) warn(`warning: ${mapPath}:${r.line}: ${r.reason}\n`);
  const hashes: string[] = [];
  const dumps: DumpRead[] = [];
  for (const [index, file] of files.entries()) {
    if (index > 0) importer.nextFile(basename(file));
    const kind = sniffTelemetry(readHead(file));
    if (kind !== 'csv') {
      const { dump, hash } = readDump(file, map, mapPath);
      importer.push(dump.csv);
      dumps.push(dump.read);
      hashes.push(hash);
      continue;
    }
    const hash = createHash('sha256');
    // A decoder, not toString per chunk: a character split across two chunks stays whole.
    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
        const buffer = chunk as Buffer;
        hash.update(buffer);
        importer.push(decoder.write(buffer));
      }
      importer.push(decoder.end());
    } catch (error) {
      throw cannotRead(file, error);
    }
    hashes.push(`sha256:${hash.digest('hex').slice(0, HASH_CHARS)}`);
  }
  return { comparison: compareFleet(importer.end()), hash: hashes.join(' '), dumps };
}

function readDump(file: string, map: DumpMap | null, mapPath: string | undefined) {
  let bytes: Buffer;
  let mtime: number;
  try {
    bytes = readFileSync(file);
    mtime = statSync(file).mtimeMs;
  } catch (error) {
    throw cannotRead(file, error);
  }
  const parsed = parseEthtool(bytes.toString('utf8'));
  if (!parsed.ok) throw new CliInputError(`${file}: ${parsed.message}`);
  const module = parsed.module;
  const name = basename(file);
  if (map === null)
    throw new CliInputError(
      `${file} is \`ethtool -m\` output (${module.management} module, vendor_sn ${module.vendor_sn ?? 'none'}): it does not say which link and design it is; give --map FILE with columns link_id, design_id and file, interface or vendor_sn`,
    );
  const entry = findDumpEntry(map, name, module);
  if (entry === null)
    throw new CliInputError(
      `${file}: no row of --map ${mapPath} names this dump (looked for ${dumpKeys(name, module)})`,
    );
  const time = entry.time_ms ?? Math.floor(mtime);
  const read: DumpRead = {
    file: name,
    management: module.management,
    vendor_sn: module.vendor_sn,
    link_id: entry.link_id,
    design_id: entry.design_id,
    timestamp: new Date(time).toISOString(),
    time_from: entry.time_ms === null ? 'file time' : 'map',
    rx_power_kind: module.rx_power_kind,
    lanes: module.lanes.length,
  };
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, HASH_CHARS)}`;
  return { dump: { csv: dumpTelemetryCsv(module, entry, time), read }, hash };
}

const f = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);
/** With its sign; what rounds to zero prints +0.00, not -0.00. */
const signed = (value: number | null | undefined, digits = 2) => {
  if (value === null || value === undefined) return '—';
  const text = (Object.is(Number(value.toFixed(digits)), -0) ? 0 : value).toFixed(digits);
  return text.startsWith('-') ? text : `+${text}`;
};

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
  dumps: readonly DumpRead[] = [],
): string {
  const c = comparison;
  const lines = [
    `Fleet telemetry: ${c.source} (${hash})`,
    ...dumps.map(
      (d) =>
        `  ethtool dump ${d.file}: ${d.management} module ${d.vendor_sn ?? '(no serial)'}, ${d.lanes} lanes → link ${d.link_id}, design ${d.design_id}, ${d.timestamp} (${d.time_from})`,
    ),
    `  ${c.lines} lines, ${c.accepted} samples accepted from ${c.links} links, ${c.first ?? '—'} … ${c.last ?? '—'}`,
    `  ${c.rejected_count} rejected, ${c.duplicates_count} duplicates (not counted twice), ${c.out_of_order} out of order (sorted in)${c.late_unchecked > 0 ? `, ${c.late_unchecked} of them older than their link's last ${RECENT_TIMES} samples (not checked for duplicates)` : ''}`,
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
  const residual = fleetResidual(comparison, calibrated.scenario);
  if (calibrated.calibrations.length > 0) lines.push('', ...residualLines(residual));
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

/** The comparison against the calibrated scenario: ≈ 0 dB where the calibration took hold. */
export function residualLines(residual: readonly DesignResidual[]): string[] {
  return [
    'Residual after calibration (the comparison against the calibrated scenario; ≈ 0 when it explains the fleet):',
    ...residual.map(
      (r) =>
        `  ${r.design_id}: excess loss ${signed(r.excess_loss_dB.median)} dB (p10 … p90 ${signed(r.excess_loss_dB.p10)} … ${signed(r.excess_loss_dB.p90)}), penalty offset ${signed(r.penalty_offset_dB)} dB; model loss ${f(r.predicted_loss_dB)} dB (${signed(r.loss_change_dB)})`,
    ),
  ];
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
      'fleet telemetry CSV files (link_id, design_id, timestamp, rxN_dBm/txN_dBm, pre_fec_ber, …) and `ethtool -m` / `ethtool --json -m` dumps (with --map)',
    )
    .option(
      '--map <file>',
      'which link and design each ethtool dump is (CSV: link_id, design_id, and file, interface or vendor_sn; optional timestamp)',
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
      const { comparison, hash, dumps } = await importTelemetry(
        scenario,
        telemetry,
        options.map,
        io.err,
      );
      for (const dump of dumps)
        if (dump.rx_power_kind === 'OMA')
          io.err(
            `warning: ${dump.file} reports Rx as OMA and Tx as average power: its Tx − Rx is not a loss alone\n`,
          );
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
          `${JSON.stringify(
            {
              comparison,
              hash,
              dumps,
              calibrations: calibrated.calibrations,
              residual: fleetResidual(comparison, calibrated.scenario),
              reliability,
              reference,
            },
            null,
            2,
          )}\n`,
        );
      } else io.out(`${fleetTable(comparison, calibrated, reliability, reference, hash, dumps)}\n`);
    });
}

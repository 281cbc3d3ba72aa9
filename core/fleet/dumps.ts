import { splitCsvLine } from './csv-line';
import type { ModuleDiagnostics } from './ethtool';
import type { RejectedLine } from './failures';
import { parseIsoTime } from './time';

/**
 * Telemetry files the fleet import reads besides the fleet CSV: single-module dumps of
 * `ethtool -m` (text) and `ethtool --json -m`. A dump says what the module measured but not which
 * link or design it belongs to, nor when it was read; a dump map says so:
 *
 *     link_id,design_id,interface,vendor_sn,file,timestamp
 *     hall-a/r01/swp1,dr8-hall-a,swp1,,,2026-09-01T06:00:00Z
 *     hall-b/r07/swp3,fr4-hall-b,,LB0000000002,,
 *
 * `link_id` and `design_id` are required, with at least one key column: `file` (the dump's file
 * name, e.g. swp1.json), `interface` (its file name without the extension: `ethtool -m swp1 >
 * swp1.txt`) or `vendor_sn` (the module's serial number, read from the dump). `timestamp` (ISO
 * 8601) is optional; without it the caller uses when the dump was written (the file's time).
 */
export type TelemetryKind = 'csv' | 'ethtool-text' | 'ethtool-json';

const ETHTOOL_TEXT = /^\s*Identifier\s+: 0x[0-9a-fA-F]{2}/m;

/** What a telemetry file is, from its first few kilobytes. */
export function sniffTelemetry(head: string): TelemetryKind {
  const first = head.trimStart()[0];
  if (first === '[' || first === '{') return 'ethtool-json';
  return ETHTOOL_TEXT.test(head) ? 'ethtool-text' : 'csv';
}

export interface DumpMapEntry {
  readonly line: number;
  readonly link_id: string;
  readonly design_id: string;
  readonly file: string | null;
  readonly interface: string | null;
  readonly vendor_sn: string | null;
  /** ms since 1970, or null: the dump's own time is used. */
  readonly time_ms: number | null;
}

export interface DumpMap {
  readonly entries: readonly DumpMapEntry[];
  readonly rejected: readonly RejectedLine[];
}

const KEYS = ['file', 'interface', 'vendor_sn'] as const;

/** A dump map (CSV with a header; '#' lines are comments). A string says why it cannot be read. */
export function parseDumpMap(text: string): DumpMap | string {
  const lines = text.split(/\r?\n/);
  const entries: DumpMapEntry[] = [];
  const rejected: RejectedLine[] = [];
  let columns: string[] | null = null;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = splitCsvLine(raw).map((cell) => cell.trim());
    if (columns === null) {
      columns = cells;
      const missing = ['link_id', 'design_id'].filter((name) => !cells.includes(name));
      if (missing.length > 0) return `line ${line}: the header lacks ${missing.join(', ')}`;
      if (!KEYS.some((key) => cells.includes(key)))
        return `line ${line}: the header names no key column (${KEYS.join(', ')}) that says which dump a row is`;
      continue;
    }
    const header = columns;
    const cell = (name: string) => {
      const at = header.indexOf(name);
      const value = at < 0 ? '' : (cells[at] ?? '');
      return value === '' ? null : value;
    };
    const link = cell('link_id');
    const design = cell('design_id');
    const reject = (reason: string) => rejected.push({ line, text: raw.slice(0, 200), reason });
    if (link === null || design === null) {
      reject(link === null ? 'no link_id' : 'no design_id');
      continue;
    }
    if (KEYS.every((key) => cell(key) === null)) {
      reject(`no ${KEYS.join(', ')}: nothing says which dump this row is`);
      continue;
    }
    const timestamp = cell('timestamp');
    const time = timestamp === null ? null : parseIsoTime(timestamp);
    if (timestamp !== null && time === null) {
      reject(`timestamp ${JSON.stringify(timestamp)} is not ISO 8601`);
      continue;
    }
    entries.push({
      line,
      link_id: link,
      design_id: design,
      file: cell('file'),
      interface: cell('interface'),
      vendor_sn: cell('vendor_sn'),
      time_ms: time,
    });
  }
  if (columns === null) return 'it is empty: no header line';
  return { entries, rejected };
}

/** The file name without its last extension: the interface `ethtool -m swp1 > swp1.txt` read. */
export function interfaceOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/**
 * The map's row for a dump: by file name first, then interface, then the module's serial
 * number (the most specific key wins). null when no row names it.
 */
export function findDumpEntry(
  map: DumpMap,
  fileName: string,
  module: ModuleDiagnostics,
): DumpMapEntry | null {
  const stem = interfaceOf(fileName);
  return (
    map.entries.find((entry) => entry.file === fileName) ??
    map.entries.find((entry) => entry.interface === stem) ??
    (module.vendor_sn === null
      ? undefined
      : map.entries.find((entry) => entry.vendor_sn === module.vendor_sn)) ??
    null
  );
}

/** What `findDumpEntry` looked for, for the message when it finds nothing. */
export function dumpKeys(fileName: string, module: ModuleDiagnostics): string {
  return `file ${JSON.stringify(fileName)}, interface ${JSON.stringify(interfaceOf(fileName))}, vendor_sn ${module.vendor_sn === null ? '(none in the dump)' : JSON.stringify(module.vendor_sn)}`;
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const power = (dBm: number | null) => (dBm === null ? '' : String(dBm));

/**
 * One dump as a fleet-CSV file of one row, so it goes through the same importer as the fleet's
 * files: per-lane Tx and Rx power in dBm (no light is an empty cell), the module temperature.
 * The dump has no pre-FEC BER, so it adds to the power and loss figures, not to the margins.
 */
export function dumpTelemetryCsv(
  module: ModuleDiagnostics,
  entry: Pick<DumpMapEntry, 'link_id' | 'design_id'>,
  time_ms: number,
): string {
  const lanes = module.lanes;
  const header = [
    'link_id',
    'design_id',
    'timestamp',
    ...lanes.map((lane) => `tx${lane.lane}_dBm`),
    ...lanes.map((lane) => `rx${lane.lane}_dBm`),
    'temperature_C',
  ];
  const row = [
    csvCell(entry.link_id),
    csvCell(entry.design_id),
    new Date(time_ms).toISOString(),
    ...lanes.map((lane) => power(lane.tx_power_dBm)),
    ...lanes.map((lane) => power(lane.rx_power_dBm)),
    module.temperature_C === null ? '' : String(module.temperature_C),
  ];
  return `${header.join(',')}\n${row.join(',')}\n`;
}

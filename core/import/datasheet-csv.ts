import Papa from 'papaparse';
import { evaluateDesignFully } from '../evaluate-scenario';
import { ownValue } from '../own-key';
import { formatPath } from '../scenario/parse';
import { fieldRangeAt, getAtPath, setAtPath } from '../scenario/paths';
import { designSchema, type Design, type DesignProvenance } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';

/**
 * Supplier datasheets as CSV, one module per row, imported as new designs. Each row starts from a
 * catalog archetype (`base`) and overrides what the datasheet states. Columns (header names):
 *
 * | column              | meaning                                                        |
 * | ------------------- | -------------------------------------------------------------- |
 * | name (required)     | design name                                                    |
 * | base (required)     | catalog id the design starts from, e.g. dr8-800g               |
 * | vendor, part        | who and what; kept in the provenance notes                     |
 * | year                | datasheet year (default: the base's year for untouched values) |
 * | reach_m             | the reach the part is sold for: the design length              |
 * | tx_oma_dBm          | minimum launch OMA per lane                                    |
 * | rx_sensitivity_dBm  | receiver sensitivity (OMA) per lane                            |
 * | wavelength_nm       | lane wavelength                                                |
 * | module_power_W      | stated module power: the electronic parts are scaled to it     |
 * | price_usd           | module price at the reference volume                           |
 * | fit                 | module FIT                                                     |
 * | latency_ns          | module DSP/CDR latency per end                                 |
 * | <field path>        | any numeric design field, e.g. technology.power.dsp_pJ_per_bit |
 *
 * Rows that do not validate are returned with every reason; the others are imported.
 */
export const DATASHEET_COLUMNS: Readonly<Record<string, (design: Design) => string | null>> = {
  reach_m: (d) =>
    d.kind === 'imdd' ? 'channel.length_m' : d.kind === 'electrical' ? 'cable.length_m' : null,
  tx_oma_dBm: (d) => (d.kind === 'imdd' ? 'tx.oma_dBm' : null),
  rx_sensitivity_dBm: (d) =>
    d.kind === 'imdd' && d.rx.sensitivity.mode === 'given' ? 'rx.sensitivity.oma_dBm' : null,
  wavelength_nm: (d) =>
    d.kind === 'imdd' ? 'lane.wavelength_nm' : d.kind === 'coherent' ? 'wavelength_nm' : null,
  price_usd: () => 'technology.cost.module_usd',
  fit: () => 'technology.reliability.module_fit',
  latency_ns: () => 'technology.latency.dsp_ns_per_end',
};

const TEXT_COLUMNS = new Set(['name', 'base', 'vendor', 'part', 'year', 'module_power_W']);
const SCALED_PARTS = [
  'driver_pJ_per_bit',
  'tia_pJ_per_bit',
  'dsp_pJ_per_bit',
  'ring_tuning_mW_per_lane',
  'management_W',
] as const;

export interface RejectedRow {
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  readonly name: string;
  readonly reasons: readonly string[];
}

export interface DatasheetImport {
  readonly designs: readonly Design[];
  readonly rejected: readonly RejectedRow[];
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'imported'
  );
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Scales the module's electronic parts so its power at the design point equals `target_W`. */
function scaleToModulePower(
  design: Design,
  target_W: number,
  assumptions: Assumptions,
): Design | string {
  const energy = evaluateDesignFully(design, assumptions).metrics.energy;
  if (!energy) return 'module_power_W: the base design is infeasible (its laser cannot be sized)';
  const laser_W = energy.parts.find((p) => p.id === 'laser')?.power_W ?? 0;
  const others_W = energy.module_power_W - laser_W;
  if (!(target_W > laser_W)) {
    return `module_power_W ${target_W} W is below the ${laser_W.toFixed(2)} W its lasers need to close the link`;
  }
  if (!(others_W > 0)) return 'module_power_W: the base design has no electronic parts to scale';
  const scale = (target_W - laser_W) / others_W;
  let scaled = design;
  for (const part of SCALED_PARTS) {
    const path = `technology.power.${part}`;
    scaled = setAtPath(scaled, path, (getAtPath(scaled, path) as number) * scale);
  }
  return scaled;
}

/**
 * The header row and the data rows as arrays, with every CSV problem a row has. Parsed without
 * papaparse's header mode, which renames repeated headers (`x` → `x_1`, with a console warning)
 * and keys each row by user text on a plain object; here a cell is found by its column's index.
 */
interface DatasheetTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** CSV problems by data row index (0 = the first row after the header); -1 for the header. */
  readonly problems: ReadonlyMap<number, readonly string[]>;
}

function readTable(text: string): DatasheetTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
  });
  const [headerRow = [], ...rows] = parsed.data;
  const headers = headerRow.map((header) => header.trim());
  const problems = new Map<number, string[]>();
  const add = (index: number, problem: string) =>
    problems.set(index, [...(problems.get(index) ?? []), problem]);
  for (const error of parsed.errors) add((error.row ?? 0) - 1, `CSV: ${error.message}`);
  rows.forEach((row, index) => {
    if (row.length < headers.length)
      add(index, `CSV: Too few fields: expected ${headers.length} fields but parsed ${row.length}`);
    else if (row.length > headers.length)
      add(
        index,
        `CSV: Too many fields: expected ${headers.length} fields but parsed ${row.length}`,
      );
  });
  return { headers, rows, problems };
}

/** Header names that occur more than once, with how often (blank headers are not names). */
function duplicateHeaders(headers: readonly string[]): (readonly [string, number])[] {
  const counts = new Map<string, number>();
  for (const header of headers)
    if (header !== '') counts.set(header, (counts.get(header) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1);
}

export function importDatasheetCsv(
  text: string,
  catalog: readonly Design[],
  assumptions: Assumptions,
  existingIds: ReadonlySet<string> = new Set(),
): DatasheetImport {
  const { headers, rows, problems } = readTable(text);
  const designs: Design[] = [];
  const rejected: RejectedRow[] = [];
  const usedIds = new Set(existingIds);
  const duplicates = duplicateHeaders(headers);
  if (duplicates.length > 0) {
    return {
      designs: [],
      rejected: [
        {
          line: 1,
          name: '',
          reasons: duplicates.map(
            ([header, count]) =>
              `duplicate column "${header}" (${count} times): which value is meant is ambiguous`,
          ),
        },
      ],
    };
  }
  for (const required of ['name', 'base']) {
    if (!headers.includes(required)) {
      return {
        designs: [],
        rejected: [{ line: 1, name: '', reasons: [`missing required column "${required}"`] }],
      };
    }
  }
  const headerProblems = problems.get(-1);
  if (headerProblems)
    return { designs: [], rejected: [{ line: 1, name: '', reasons: [...headerProblems] }] };
  const columnIndex = new Map(headers.map((header, index) => [header, index]));
  rows.forEach((cells, index) => {
    const line = index + 2;
    const cell = (column: string): string | undefined => {
      const at = columnIndex.get(column);
      return at === undefined ? undefined : cells[at];
    };
    const csvProblems = problems.get(index);
    if (csvProblems) {
      rejected.push({ line, name: (cell('name') ?? '').trim(), reasons: [...csvProblems] });
      return;
    }
    const reasons: string[] = [];
    const name = (cell('name') ?? '').trim();
    const baseId = (cell('base') ?? '').trim();
    if (!name) reasons.push('name: required');
    const base = catalog.find((d) => d.id === baseId);
    if (!base) reasons.push(`base: ${JSON.stringify(baseId)} is not a catalog id`);
    const yearText = (cell('year') ?? '').trim();
    const year = yearText === '' ? new Date().getUTCFullYear() : Number(yearText);
    if (!Number.isInteger(year) || year < 1900 || year > 2100)
      reasons.push(`year: ${JSON.stringify(yearText)} is not a year (allowed 1900 … 2100)`);
    if (!base || reasons.length > 0) {
      rejected.push({ line, name, reasons });
      return;
    }
    const vendor = [cell('vendor'), cell('part')].filter((s) => s && s.trim()).join(' ');
    const provenance: DesignProvenance[string] = {
      source: 'DATASHEET_IMPORT',
      year,
      kind: 'datasheet',
      note: `${vendor || name}, CSV line ${line}`,
    };
    let design: Design = {
      ...base,
      name,
      description: `Imported from a supplier datasheet${vendor ? ` (${vendor})` : ''}, based on ${base.name}.`,
    };
    const provenanceMap = { ...(base.provenance ?? {}) };
    for (const [at, column] of headers.entries()) {
      const raw = cells[at];
      if (TEXT_COLUMNS.has(column) || raw === undefined || raw.trim() === '') continue;
      if (column === '') {
        reasons.push(`column ${at + 1}: a value (${JSON.stringify(raw.trim())}) under no header`);
        continue;
      }
      const mapped = ownValue(DATASHEET_COLUMNS, column);
      const path = mapped ? mapped(design) : column.includes('.') ? column : null;
      if (path === null) {
        reasons.push(
          mapped
            ? `${column}: does not apply to a ${design.kind} design`
            : `${column}: unknown column`,
        );
        continue;
      }
      const value = parseNumber(raw);
      const range = fieldRangeAt(design, path);
      if (range === undefined) {
        reasons.push(`${column}: ${path} is not a numeric design field`);
        continue;
      }
      if (value === null || Number.isNaN(value)) {
        reasons.push(
          `${column}: ${JSON.stringify(raw.trim())} is not a number (allowed ${range.min} … ${range.max} ${range.unit})`,
        );
        continue;
      }
      design = setAtPath(design, path, value);
      provenanceMap[path] = provenance;
    }
    let id = slug(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(name)}-${n}`;
    design = { ...design, id, provenance: provenanceMap };
    const checked = designSchema.safeParse(design);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        reasons.push(`${formatPath(issue.path)}: ${issue.message}`);
    }
    const powerText = (cell('module_power_W') ?? '').trim();
    if (checked.success && powerText !== '') {
      const power = parseNumber(powerText);
      if (power === null || Number.isNaN(power) || power <= 0) {
        reasons.push(
          `module_power_W: ${JSON.stringify(powerText)} is not a positive number of watts`,
        );
      } else {
        const scaled = scaleToModulePower(checked.data, power, assumptions);
        const rechecked = typeof scaled === 'string' ? null : designSchema.safeParse(scaled);
        if (typeof scaled === 'string') reasons.push(scaled);
        else if (rechecked && !rechecked.success) {
          for (const issue of rechecked.error.issues) {
            reasons.push(
              `module_power_W ${power} W needs ${formatPath(issue.path)} out of range: ${issue.message}`,
            );
          }
        } else {
          design = scaled;
          for (const part of SCALED_PARTS)
            provenanceMap[`technology.power.${part}`] = {
              ...provenance,
              note: `${provenance.note ?? ''}; scaled to the stated ${power} W module power`,
            };
        }
      }
    }
    if (reasons.length > 0) {
      rejected.push({ line, name, reasons });
      return;
    }
    usedIds.add(id);
    designs.push({ ...design, provenance: provenanceMap });
  });
  rejected.sort((a, b) => a.line - b.line);
  return { designs, rejected };
}

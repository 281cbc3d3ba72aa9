import { PARAMETER_BY_ALIAS, PARAMETERS, type ParameterId } from '../suppliers/parameters';

/**
 * What a column of a supplier's sample report holds, from its header alone. Suppliers spell
 * headers their own way ("Tx OMA (dBm)", "OMA_outer_dBm", "L3 TDECQ [dB]", "tx_oma_dBm_lane3"),
 * so a header is split into a name, a unit and an optional lane before the name is looked up.
 */
export type ColumnRole =
  | { readonly kind: 'serial' | 'lot' | 'date' }
  | { readonly kind: 'temperature' }
  | {
      readonly kind: 'parameter';
      readonly parameter: ParameterId;
      /** 0-based lane, or null for a module-level column. */
      readonly lane: number | null;
      /** Multiplies the cell into the parameter's canonical unit. */
      readonly factor: number;
    }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'bad'; readonly message: string };

const META: Readonly<Record<string, 'serial' | 'lot' | 'date' | 'temperature'>> = {
  serial: 'serial',
  sn: 'serial',
  s_n: 'serial',
  serial_number: 'serial',
  serial_no: 'serial',
  module_sn: 'serial',
  sample: 'serial',
  sample_id: 'serial',
  lot: 'lot',
  lot_id: 'lot',
  lot_no: 'lot',
  batch: 'lot',
  wafer_lot: 'lot',
  date: 'date',
  test_date: 'date',
  tested: 'date',
  measured_on: 'date',
  timestamp: 'date',
  temperature: 'temperature',
  temp: 'temperature',
  case_temperature: 'temperature',
  case_temp: 'temperature',
  tcase: 'temperature',
};

/** Unit spellings → the normalised key PARAMETERS' unit tables use. */
const UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  dbm: 'dbm',
  db: 'db',
  w: 'w',
  mw: 'mw',
  nm: 'nm',
  um: 'um',
  µm: 'um',
  c: 'c',
  degc: 'c',
  '°c': 'c',
  deg_c: 'c',
};

/** Words that are units when they end a header written with underscores (tx_oma_dBm). */
const SUFFIX_UNITS = new Set(['dbm', 'db', 'w', 'mw', 'nm', 'um', 'c', 'degc']);

export const SERIAL_SPELLINGS = Object.keys(META).filter((k) => META[k] === 'serial');

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9µ°]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

interface SplitHeader {
  readonly name: string;
  readonly unit: string | null;
  readonly lane: number | null;
}

/** "L3 TDECQ [dB]" → { name: "tdecq", unit: "db", lane: 2 }. */
export function splitHeader(header: string): SplitHeader {
  let text = header.trim();
  let unit: string | null = null;
  const bracketed = /[([]\s*([^)\]]*?)\s*[)\]]\s*$/.exec(text);
  let lane: number | null = null;
  if (bracketed && /^\d{1,3}$/.test(bracketed[1] ?? '')) {
    lane = Number(bracketed[1]) - 1;
    text = text.slice(0, bracketed.index);
  }
  const unitBracket = /[([]\s*([^)\]]*?)\s*[)\]]/.exec(text);
  if (unitBracket) {
    unit = (unitBracket[1] ?? '').toLowerCase().replace(/\s+/g, '');
    text = text.slice(0, unitBracket.index) + text.slice(unitBracket.index + unitBracket[0].length);
  }
  let words = normalise(text).split('_').filter(Boolean);
  // Lane as a word: lane3, ln3, ch3, l3, or "lane 3".
  const laneAt = words.findIndex(
    (w, i) =>
      /^(lane|ln|ch|l)\d{1,3}$/.test(w) ||
      (/^(lane|ch)$/.test(w) && /^\d{1,3}$/.test(words[i + 1] ?? '')),
  );
  if (laneAt >= 0 && lane === null) {
    const word = words[laneAt] ?? '';
    const digits = /\d+$/.exec(word);
    if (digits) {
      lane = Number(digits[0]) - 1;
      words.splice(laneAt, 1);
    } else {
      lane = Number(words[laneAt + 1]) - 1;
      words.splice(laneAt, 2);
    }
  }
  if (unit === null && words.length > 1 && SUFFIX_UNITS.has(words[words.length - 1] ?? '')) {
    unit = words[words.length - 1] ?? null;
    words = words.slice(0, -1);
  }
  return { name: words.join('_'), unit, lane: lane !== null && lane >= 0 ? lane : null };
}

export function columnRole(header: string): ColumnRole {
  const { name, unit, lane } = splitHeader(header);
  const meta = META[name];
  if (meta === 'temperature') {
    if (unit === null || UNIT_SPELLINGS[unit] === 'c') return { kind: 'temperature' };
    return {
      kind: 'bad',
      message: `unit "${unit}" is not a temperature unit Lightbench reads (allowed °C, C, degC)`,
    };
  }
  if (meta) return { kind: meta };
  const parameter = PARAMETER_BY_ALIAS.get(name);
  if (!parameter) return { kind: 'unknown' };
  const info = PARAMETERS[parameter];
  const allowed = Object.keys(info.units).join(', ');
  if (unit === null)
    return {
      kind: 'bad',
      message: `no unit: write it in the header, e.g. "${header.trim()} (${info.unit})" (allowed ${allowed})`,
    };
  const key = UNIT_SPELLINGS[unit] ?? unit;
  const factor = info.units[key];
  if (factor === undefined)
    return {
      kind: 'bad',
      message: `unit "${unit}" cannot be read as ${parameter} (allowed ${allowed})`,
    };
  return { kind: 'parameter', parameter, lane, factor };
}

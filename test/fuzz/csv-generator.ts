import type { Rng } from './rng';

/**
 * Random supplier datasheets for importDatasheetCsv: headers from the documented columns, numeric
 * field paths, names of Object.prototype members, path tricks (`__proto__.x`,
 * `constructor.prototype.x`), duplicates and blanks; cells with numbers in and out of range,
 * units, NaN, Infinity, quotes, embedded commas and newlines; empty rows, ragged rows, BOM, CRLF,
 * other delimiters.
 */
export interface GeneratedCsv {
  readonly text: string;
  readonly existingIds: readonly string[];
  readonly notes: readonly string[];
}

const COLUMNS = [
  'reach_m',
  'tx_oma_dBm',
  'rx_sensitivity_dBm',
  'wavelength_nm',
  'module_power_W',
  'price_usd',
  'fit',
  'latency_ns',
  'vendor',
  'part',
  'year',
  'technology.power.dsp_pJ_per_bit',
  'technology.power.driver_pJ_per_bit',
  'technology.cost.module_usd',
  'channel.connectors',
  'channel.length_m',
  'lane.count',
  'lane.rate_gbps',
  'tx.extinction_ratio_dB',
  'fiber.attenuation_dB_per_km',
];
const OBJECT_MEMBERS = [
  'constructor',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
  'toString',
  '__lookupGetter__',
  '__lookupSetter__',
  '__defineGetter__',
  '__defineSetter__',
  'propertyIsEnumerable',
  '__proto__',
  'prototype',
];
const PATH_TRICKS = [
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'technology.__proto__.polluted',
  'technology.constructor.prototype.polluted',
  'technology.power.__proto__',
  'technology.power.toString',
  'designs[0].name',
  'technology..power',
  '.',
  'a.b.c.d.e.f',
  'name.length',
  'tx.oma_dBm.value',
  '',
  ' ',
  'λ',
];
const BASES = [
  'dr8-800g',
  'lpo-800g-dr8',
  'fr4-800g-2xfr4',
  'sr8-800g-2xsr4-vcsel',
  'dac-800g-100g-lane',
  'aec-1600g-200g-lane',
  'coherent-400zr',
  'cpo-51t-bailly-class',
  'microled-800g-mosaic-class',
  'no-such-base',
  'constructor',
  '__proto__',
  'toString',
  '',
];
const NUMBERS = [
  '500',
  '-0.5',
  '-4.6',
  '14.5',
  '1050',
  '150',
  '45',
  '1310',
  '2000',
  '0',
  '-0',
  '1e308',
  '1e309',
  '-1e309',
  '5e-324',
  '-1',
  '1e21',
  '0.05',
  '12',
];
const ODD_CELLS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '5 dB',
  '3.5W',
  '1,5',
  '0x10',
  'true',
  'null',
  'undefined',
  '"quoted, with comma"',
  '"line\nbreak"',
  '"say ""hi"""',
  '  7  ',
  '—',
  '½',
  '"unclosed',
  '=1+1',
  '[object Object]',
];

function cell(rng: Rng, header: string, row: number): string {
  if (header === 'name')
    return rng.pick([`Part ${row}`, `Part ${row}`, 'Same name', '', '  ', '"A, B"', '__proto__']);
  if (header === 'base') return rng.pick(BASES);
  if (header === 'year')
    return rng.pick(['2026', '2025', '', '1899', '2101', '2026.5', 'next year', '0']);
  if (header === 'vendor' || header === 'part') return rng.pick(['Vendor X', '', '"Q, Inc."']);
  if (rng.chance(0.15)) return '';
  return rng.chance(0.7) ? rng.pick(NUMBERS) : rng.pick(ODD_CELLS);
}

/** Plausible datasheet values per documented column, so that many rows import and evaluate. */
const PLAUSIBLE: Readonly<Record<string, readonly string[]>> = {
  reach_m: ['2', '100', '500', '2000', '10000'],
  tx_oma_dBm: ['-2', '-0.5', '0.5', '3'],
  rx_sensitivity_dBm: ['-8', '-5', '-4.6', '-3'],
  wavelength_nm: ['850', '1271', '1311', '1550'],
  module_power_W: ['5', '8.5', '14.5', '18', '30'],
  price_usd: ['300', '800', '1500'],
  fit: ['50', '150', '400'],
  latency_ns: ['0', '5', '45'],
  'technology.power.dsp_pJ_per_bit': ['0', '2.5', '6'],
  'technology.cost.module_usd': ['500', '1200'],
};
const REAL_BASES = BASES.slice(0, 9);

/** A datasheet a supplier could have written: documented columns, plausible values. */
function plausibleCsv(rng: Rng): GeneratedCsv {
  const columns = Object.keys(PLAUSIBLE).filter(() => rng.chance(0.4));
  const lines = [['name', 'base', 'vendor', ...columns].join(',')];
  const rows = rng.between(1, 6);
  for (let r = 0; r < rows; r++)
    lines.push(
      [
        `Part ${r}`,
        rng.pick(REAL_BASES),
        'Vendor X',
        ...columns.map((c) => (rng.chance(0.1) ? '' : rng.pick(PLAUSIBLE[c] ?? ['']))),
      ].join(','),
    );
  return {
    text: `${lines.join('\n')}\n`,
    existingIds: rng.chance(0.3) ? ['part-0'] : [],
    notes: [],
  };
}

export function generateCsv(rng: Rng): GeneratedCsv {
  if (rng.chance(0.3)) return plausibleCsv(rng);
  const notes: string[] = [];
  const headers: string[] = [];
  if (!rng.chance(0.05)) headers.push('name');
  if (!rng.chance(0.05)) headers.push('base');
  const extra = rng.between(0, 6);
  for (let i = 0; i < extra; i++) {
    const pool = rng.pick([COLUMNS, COLUMNS, OBJECT_MEMBERS, PATH_TRICKS]);
    headers.push(rng.pick(pool));
  }
  if (rng.chance(0.1) && headers.length > 0) {
    const header = rng.pick(headers);
    headers.push(rng.chance(0.5) ? header : ` ${header} `);
    // A blank header is no name: blank columns are not duplicates of each other.
    if (header.trim() !== '') notes.push(`duplicate header ${JSON.stringify(header)}`);
  }
  // Shuffle (Fisher–Yates) so required columns are not always first.
  for (let i = headers.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [headers[i], headers[j]] = [headers[j] as string, headers[i] as string];
  }
  const delimiter = rng.chance(0.9) ? ',' : rng.pick([';', '\t', '|']);
  const newline = rng.chance(0.8) ? '\n' : '\r\n';
  const lines = [headers.map((h) => (h.includes(delimiter) ? `"${h}"` : h)).join(delimiter)];
  const rows = rng.between(0, 8);
  for (let r = 0; r < rows; r++) {
    if (rng.chance(0.08)) {
      lines.push(rng.pick(['', delimiter.repeat(Math.max(0, headers.length - 1)), '   ']));
      continue;
    }
    const cells = headers.map((h) => cell(rng, h, r));
    if (rng.chance(0.05)) cells.push('surplus');
    if (rng.chance(0.05)) cells.pop();
    lines.push(cells.join(delimiter));
  }
  let text = lines.join(newline);
  if (rng.chance(0.5)) text += newline;
  if (rng.chance(0.05)) text = `\uFEFF${text}`;
  if (rng.chance(0.04)) {
    text = text.slice(0, rng.int(text.length + 1));
    notes.length = 0; // the cut may have taken the duplicate with it
  }
  const existingIds = rng.chance(0.3) ? ['part-0', 'part-1', 'same-name', 'imported'] : [];
  return { text, existingIds, notes };
}

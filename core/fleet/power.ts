import { mwToDbm } from '../units';

/**
 * Optical power as the tools print it. A number carries its unit in the cell ("0.5012 mW",
 * "-3.00 dBm") or in its column header (rx1_dBm, tx1_mW). A bare number with neither is an error,
 * never a guess: -3 could be dBm, and 0.5 could be either.
 */
export type PowerUnit = 'dBm' | 'mW';

export type PowerParse =
  | { readonly ok: true; readonly dBm: number | null }
  | { readonly ok: false; readonly message: string };

const WITH_UNIT = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-inf)\s*(dBm|mW|uW|µW)\s*$/;
const UW_PER_MW = 1000;

/**
 * A power in dBm, or null for no light (0 mW, which ethtool prints as "-inf dBm"). `columnUnit` is
 * the unit the column's header names, if it names one.
 */
export function parsePower(cell: string, columnUnit: PowerUnit | null): PowerParse {
  const text = cell.trim();
  const tagged = WITH_UNIT.exec(text);
  if (tagged) {
    const [, number = '', unit = ''] = tagged;
    if (number === '-inf') return unit === 'dBm' ? { ok: true, dBm: null } : bad(text);
    const value = Number(number);
    if (unit === 'dBm') return { ok: true, dBm: value };
    return fromMw(unit === 'mW' ? value : value / UW_PER_MW, text);
  }
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) return bad(text);
  if (columnUnit === null)
    return {
      ok: false,
      message: `power ${JSON.stringify(text)} has no unit: mW and dBm are both possible (name it in the cell, "${text} dBm", or in the header, e.g. rx1_dBm)`,
    };
  return columnUnit === 'dBm' ? { ok: true, dBm: value } : fromMw(value, text);
}

function fromMw(value_mW: number, text: string): PowerParse {
  if (!(value_mW >= 0))
    return { ok: false, message: `power ${JSON.stringify(text)} is negative in mW` };
  return { ok: true, dBm: value_mW === 0 ? null : mwToDbm(value_mW) };
}

function bad(text: string): PowerParse {
  return {
    ok: false,
    message: `${JSON.stringify(text)} is not a power (e.g. "-3.1 dBm" or "0.49 mW")`,
  };
}

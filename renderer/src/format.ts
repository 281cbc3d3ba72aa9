import { INFEASIBLE_MECHANISM_LABELS } from '../../core';
import type { Infeasibility, LimitingMechanism } from '../../core';

/** Display formatting: a fixed precision per quantity so columns of numbers line up calmly. */

const MINUS = '\u2212';

/** null is a number that does not exist (infeasible, not applicable): shown as "—". */
function finite(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** Uses a real minus sign: hyphens look like dashes in tabular figures. */
function withMinus(text: string): string {
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/** dB and dBm values: two decimals is below any measurement's resolution and easy to scan. */
export function formatDecibels(
  value: number | null,
  unit: 'dB' | 'dBm' = 'dB',
  digits = 2,
): string {
  if (!finite(value)) return '—';
  // Avoid "-0.00".
  const rounded = Number(value.toFixed(digits)) === 0 ? 0 : value;
  return `${withMinus(rounded.toFixed(digits))} ${unit}`;
}

/** Metres below 1 km, kilometres above, three significant figures. */
export function formatLength(length_m: number | null): string {
  if (!finite(length_m)) return '—';
  if (Math.abs(length_m) >= 1000) return `${formatSignificant(length_m / 1000, 3)} km`;
  return `${formatSignificant(length_m, 3)} m`;
}

export function formatSignificant(value: number | null, digits: number): string {
  if (!finite(value)) return '—';
  if (value === 0) return '0';
  // Whole numbers at or above the precision keep all their digits (2000, not 2.00e+3).
  if (Math.abs(value) >= 10 ** (digits - 1)) return withMinus(Math.round(value).toString());
  return withMinus(String(Number(value.toPrecision(digits))));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Bit error ratios as "2.4 × 10⁻⁴"; anything below 1e-30 is effectively error free. */
export function formatBer(ber: number | null): string {
  if (!finite(ber)) return '—';
  if (ber <= 0 || ber < 1e-30) return '< 10⁻³⁰';
  const [mantissa = '', exponent = ''] = ber.toExponential(1).split('e');
  const power = String(Number(exponent))
    .split('')
    .map((char) => SUPERSCRIPT[char] ?? char)
    .join('');
  return `${mantissa} × 10${power}`;
}

const MECHANISMS: Record<LimitingMechanism, string> = {
  loss: 'loss',
  dispersion: 'chromatic dispersion',
  'modal-bandwidth': 'modal bandwidth',
  osnr: 'OSNR',
  'cd-tolerance': 'CD tolerance',
  'fixed-losses': 'fixed losses',
  'beyond-search-range': 'beyond search range',
};

export function describeMechanism(mechanism: LimitingMechanism): string {
  return MECHANISMS[mechanism];
}

/** "Infeasible: eye closed by chromatic dispersion". */
export function describeInfeasible(infeasible: Infeasibility): string {
  return `Infeasible: ${INFEASIBLE_MECHANISM_LABELS[infeasible.mechanism]}`;
}

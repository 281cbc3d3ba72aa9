import { splitCsvLine } from './csv-line';

/**
 * Field access on one CSV line without splitting it: the line stays in its chunk, the fields are
 * offsets, and numbers are read straight from the character codes. At a million rows the
 * allocation of one string per cell (split, then Number) was most of the import's time and
 * garbage. A line with a quote falls back to the full parser.
 */
const MAX_EXACT_DIGITS = 15;
const MAX_EXACT_POWER = 22;
const POW10 = Array.from({ length: MAX_EXACT_POWER + 1 }, (_, k) => 10 ** k);
const SPACE = 32;
const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
const QUOTE = 34;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;

/**
 * A decimal number in text[a, b), or NaN when the cell is anything else (units, "inf", blanks).
 * Up to 15 significant digits and exponents within ±22 are exact (one correctly rounded
 * operation, as Number() gives); anything longer goes through Number().
 */
export function parseNumberAt(text: string, a: number, b: number): number {
  // The common cell, [-]digits[.digits] in at most 15 characters, in one loop: every digit
  // string fits a double exactly, so one division by an exact power of ten is correctly rounded.
  if (b - a <= MAX_EXACT_DIGITS) {
    let i = a;
    const negative = i < b && text.charCodeAt(i) === MINUS;
    if (negative) i++;
    const first = i;
    let mantissa = 0;
    let dot = -1;
    for (; i < b; i++) {
      const c = text.charCodeAt(i);
      const digit = c - ZERO;
      if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
      else if (c === DOT && dot < 0) dot = i;
      else break;
    }
    if (i === b && b - first > (dot < 0 ? 0 : 1)) {
      const value = dot < 0 ? mantissa : mantissa / (POW10[b - dot - 1] ?? 1);
      return negative ? -value : value;
    }
  }
  return parseGeneralAt(text, a, b);
}

/** Everything else: spaces around, a '+', an exponent, more digits (the fast path's fallback). */
function parseGeneralAt(text: string, a: number, b: number): number {
  while (a < b && text.charCodeAt(a) === SPACE) a++;
  while (b > a && text.charCodeAt(b - 1) === SPACE) b--;
  if (a === b) return Number.NaN;
  let i = a;
  let sign = 1;
  let c = text.charCodeAt(i);
  if (c === MINUS || c === PLUS) {
    sign = c === MINUS ? -1 : 1;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  for (; i < b; i++) {
    c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    mantissa = mantissa * 10 + (c - ZERO);
    if (mantissa > 0) digits++;
    any = true;
  }
  if (i < b && c === DOT) {
    for (i++; i < b; i++) {
      c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      mantissa = mantissa * 10 + (c - ZERO);
      if (mantissa > 0) digits++;
      scale--;
      any = true;
    }
  }
  if (!any) return Number.NaN;
  if (i < b && (c === LOWER_E || c === UPPER_E)) {
    i++;
    let exponentSign = 1;
    c = text.charCodeAt(i);
    if (c === MINUS || c === PLUS) {
      exponentSign = c === MINUS ? -1 : 1;
      i++;
    }
    let exponent = 0;
    let exponentDigits = false;
    for (; i < b; i++) {
      c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      exponent = exponent * 10 + (c - ZERO);
      exponentDigits = true;
    }
    if (!exponentDigits) return Number.NaN;
    scale += exponentSign * exponent;
  }
  if (i !== b) return Number.NaN;
  if (digits > MAX_EXACT_DIGITS || scale > MAX_EXACT_POWER || scale < -MAX_EXACT_POWER)
    return Number(text.slice(a, b));
  const power = POW10[Math.abs(scale)] ?? 1;
  return sign * (scale >= 0 ? mantissa * power : mantissa / power);
}

/** The fields of the current line: offsets into its chunk (or cells, for a quoted line). */
export class LineFields {
  text = '';
  count = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private cells: string[] | null = null;
  /** Field bounds [a, b) in `text` after `range` (trimmed). */
  a = 0;
  b = 0;

  /** `quoted`: the chunk holds a quote somewhere, so this line may need the full parser. */
  load(text: string, start: number, end: number, quoted: boolean): void {
    this.text = text;
    if (quoted) {
      const line = text.slice(start, end);
      if (line.includes('"')) {
        this.cells = splitCsvLine(line);
        this.count = this.cells.length;
        return;
      }
    }
    this.cells = null;
    let k = 0;
    let a = start;
    for (;;) {
      let b = text.indexOf(',', a);
      if (b < 0 || b > end) b = end;
      if (k === this.starts.length) this.grow();
      this.starts[k] = a;
      this.ends[k] = b;
      k++;
      if (b === end) break;
      a = b + 1;
    }
    this.count = k;
  }

  /** Offsets of the line last read by `scanLine`: text[lineStart, lineEnd), without '\r'. */
  lineStart = 0;
  lineEnd = 0;

  /**
   * Reads the line that starts at `start` in one pass over its characters: the field bounds and
   * where it ends. Returns the index of its '\n', or -1 when the text ends first (the line is
   * incomplete: the caller carries it into the next chunk). A line with a quote goes through the
   * full parser.
   */
  scanLine(text: string, start: number): number {
    const length = text.length;
    let k = 0;
    let a = start;
    let quoted = false;
    for (let i = start; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        if (k === this.starts.length) this.grow();
        this.starts[k] = a;
        this.ends[k] = i;
        k++;
        a = i + 1;
      } else if (c === NEWLINE) {
        const end = i > a && text.charCodeAt(i - 1) === CR ? i - 1 : i;
        if (k === this.starts.length) this.grow();
        this.starts[k] = a;
        this.ends[k] = end;
        this.text = text;
        this.count = k + 1;
        this.lineStart = start;
        this.lineEnd = end;
        this.cells = null;
        if (quoted) {
          this.cells = splitCsvLine(text.slice(start, end));
          this.count = this.cells.length;
        }
        return i;
      } else if (c === QUOTE) quoted = true;
    }
    return -1;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  /** The trimmed text of field k ('' when absent). */
  string(k: number): string {
    if (k < 0 || k >= this.count) return '';
    if (this.cells) return (this.cells[k] ?? '').trim();
    return this.text.slice(this.starts[k], this.ends[k]).trim();
  }

  /** Field k as a plain decimal number; NaN for anything else (then read `string`). */
  number(k: number): number {
    if (k < 0 || k >= this.count) return Number.NaN;
    if (this.cells) {
      const cell = this.cells[k] ?? '';
      return parseNumberAt(cell, 0, cell.length);
    }
    return parseNumberAt(this.text, this.starts[k] ?? 0, this.ends[k] ?? 0);
  }

  /** Field k holds nothing but spaces. */
  empty(k: number): boolean {
    if (k < 0 || k >= this.count) return true;
    if (this.cells) return (this.cells[k] ?? '').trim() === '';
    for (let i = this.starts[k] ?? 0; i < (this.ends[k] ?? 0); i++)
      if (this.text.charCodeAt(i) !== SPACE) return false;
    return true;
  }

  /** Field k, trimmed, equals `value` exactly (no allocation). */
  equals(k: number, value: string): boolean {
    if (k < 0 || k >= this.count) return value === '';
    if (this.cells) return this.string(k) === value;
    this.trim(k);
    const start = this.a;
    return this.b - start === value.length && this.text.startsWith(value, start);
  }

  /** FNV-1a hash of field k's trimmed text (no allocation): the key of the link table. */
  hash(k: number): number {
    if (this.cells) {
      const cell = this.string(k);
      return fnv1a(cell, 0, cell.length);
    }
    if (k < 0 || k >= this.count) return fnv1a('', 0, 0);
    this.trim(k);
    return fnv1a(this.text, this.a, this.b);
  }

  private trim(k: number): void {
    let a = this.starts[k] ?? 0;
    let b = this.ends[k] ?? 0;
    while (a < b && this.text.charCodeAt(a) === SPACE) a++;
    while (b > a && this.text.charCodeAt(b - 1) === SPACE) b--;
    this.a = a;
    this.b = b;
  }

  /** Field k's start and end offsets in `text`; false for a quoted line (then read `string`). */
  range(k: number): boolean {
    if (this.cells || k < 0 || k >= this.count) return false;
    this.trim(k);
    return true;
  }
}

/**
 * A copy of `text` that does not keep its source alive: V8 makes a slice of a long string a view
 * into it, so a link id sliced from a 1 MB chunk would hold the whole chunk for as long as the
 * link is known. Concatenating and slicing again forces a flat copy of just the id.
 */
export function ownString(text: string): string {
  return ` ${text}`.slice(1);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-16 code units of text[a, b). */
export function fnv1a(text: string, a: number, b: number): number {
  let hash = FNV_OFFSET;
  for (let i = a; i < b; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * ISO 8601 times, strictly: Date.parse alone rolls "2026-09-31" over to 1 October, which would
 * silently move a record. The calendar date must exist as written.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since 1970 (UTC), or null when the text is not a real ISO 8601 date/time. */
export function parseIsoTime(text: string): number | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  if (Number(match[4] ?? 0) > 23 || Number(match[5] ?? 0) > 59 || Number(match[6] ?? 0) > 60)
    return null;
  // Date-only and zone-less times are read as UTC, so a file means the same on every machine.
  const zoned = match[4] !== undefined && match[7] === undefined ? `${text}Z` : text;
  const time = Date.parse(match[4] === undefined ? `${text}T00:00:00Z` : zoned.replace(' ', 'T'));
  return Number.isFinite(time) ? time : null;
}

const ZERO = 48;
const DASH = 45;
const COLON = 58;
const T = 84;
const SPACE = 32;
const DOT = 46;
const Z = 90;
const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const DAYS_TO_1970 = 719_468;
const DAYS_PER_ERA = 146_097;
const YEARS_PER_ERA = 400;
const LAST_SECOND = 59;
const LAST_MINUTE = 59;
const LAST_HOUR = 23;
const MONTHS = 12;
/** Days of each month in a common year (February gets its leap day in `daysInMonth`). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / YEARS_PER_ERA);
  const yearOfEra = y - era * YEARS_PER_ERA;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_TO_1970;
}

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The common telemetry shape, read from the characters in place: `YYYY-MM-DDTHH:MM:SS`, then
 * optionally `.fff` (exactly milliseconds) and `Z` (zone-less is UTC, as in `parseIsoTime`).
 * NaN for anything else, which then goes through `parseIsoTime` (offsets, other precisions,
 * leap seconds, date-only); null never: a date that does not exist is NaN here too.
 */
export function parseIsoTimeAt(text: string, a: number, b: number): number {
  const length = b - a;
  if (length < 19 || length > 24) return Number.NaN;
  if (
    text.charCodeAt(a + 4) !== DASH ||
    text.charCodeAt(a + 7) !== DASH ||
    (text.charCodeAt(a + 10) !== T && text.charCodeAt(a + 10) !== SPACE) ||
    text.charCodeAt(a + 13) !== COLON ||
    text.charCodeAt(a + 16) !== COLON
  )
    return Number.NaN;
  let ms = 0;
  let at = a + 19;
  if (at < b && text.charCodeAt(at) === DOT) {
    ms = digits(text, at + 1, 3);
    at += 4;
    if (ms < 0 || at > b) return Number.NaN;
  }
  if (at < b && text.charCodeAt(at) === Z) at++;
  if (at !== b) return Number.NaN;
  const year = digits(text, a, 4);
  const month = digits(text, a + 5, 2);
  const day = digits(text, a + 8, 2);
  const hour = digits(text, a + 11, 2);
  const minute = digits(text, a + 14, 2);
  const second = digits(text, a + 17, 2);
  if (year < 0 || month < 1 || month > MONTHS || day < 1 || day > daysInMonth(year, month))
    return Number.NaN;
  if (hour < 0 || hour > LAST_HOUR || minute < 0 || minute > LAST_MINUTE) return Number.NaN;
  if (second < 0 || second > LAST_SECOND) return Number.NaN;
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * MS_PER_SECOND +
    ms
  );
}

/**
 * Roadmap dates. Files write "2028-Q2", "2028-05" or "2028-05-15"; the model works in months since
 * the start of year 0 (a float), so a slip of three months is `+ 3` and a solved crossover can fall
 * between quarters. A quarter names its first day: 2028-Q2 is 2028-04-01.
 */
export type Months = number;

export const DATE_PATTERN = /^(\d{4})-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?)$/;
export const DATE_FORMAT_HINT = '"YYYY-Qn", "YYYY-MM" or "YYYY-MM-DD"';
/** Years a roadmap may name: wider than any program, narrow enough to catch a typo (20280). */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

const MONTHS_PER_YEAR = 12;
const MONTHS_PER_QUARTER = 3;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months since year 0, or null when the text is not a date this format knows. */
export function parseDate(text: string): Months | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return null;
  if (match[2] !== undefined)
    return year * MONTHS_PER_YEAR + (Number(match[2]) - 1) * MONTHS_PER_QUARTER;
  const month = Number(match[3]);
  if (month < 1 || month > MONTHS_PER_YEAR) return null;
  if (match[4] === undefined) return year * MONTHS_PER_YEAR + month - 1;
  const day = Number(match[4]);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return null;
  return year * MONTHS_PER_YEAR + month - 1 + (day - 1) / days;
}

/** `parseDate` for text the schema has already checked. */
export function monthsOf(text: string): Months {
  const months = parseDate(text);
  if (months === null) throw new Error(`not a roadmap date: ${text}`);
  return months;
}

export function yearOf(months: Months): number {
  return Math.floor(months / MONTHS_PER_YEAR);
}

/** Decimal year (2028.25 = 2028-04-01), for charts. */
export function decimalYear(months: Months): number {
  return months / MONTHS_PER_YEAR;
}

/** "2028-Q2": the quarter a moment falls in. */
export function formatQuarter(months: Months): string {
  const whole = Math.floor(months + 1e-9);
  const quarter = Math.floor((whole % MONTHS_PER_YEAR) / MONTHS_PER_QUARTER) + 1;
  return `${yearOf(whole)}-Q${quarter}`;
}

/** "2028-05": the month a moment falls in. */
export function formatMonth(months: Months): string {
  const whole = Math.floor(months + 1e-9);
  const month = (whole % MONTHS_PER_YEAR) + 1;
  return `${yearOf(whole)}-${String(month).padStart(2, '0')}`;
}

/** "2028-05-15": the day a moment falls in (for solved dates). */
export function formatDay(months: Months): string {
  const whole = Math.floor(months + 1e-9);
  const year = yearOf(whole);
  const month = (whole % MONTHS_PER_YEAR) + 1;
  const day = Math.floor((months - whole) * daysInMonth(year, month) + 1e-6) + 1;
  return `${formatMonth(whole)}-${String(day).padStart(2, '0')}`;
}

/** The first day of every quarter from `start` to `end` inclusive. */
export function quarterGrid(start: Months, end: Months): Months[] {
  const first = Math.ceil(start / MONTHS_PER_QUARTER - 1e-9) * MONTHS_PER_QUARTER;
  const grid: Months[] = [];
  for (let t = first; t <= end + 1e-9; t += MONTHS_PER_QUARTER) grid.push(t);
  return grid;
}

/** "2028-Q2 + 3 months" style durations, rounded to a tenth. */
export function formatMonths(months: number): string {
  const rounded = Math.round(months * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded} month${Math.abs(rounded) === 1 ? '' : 's'}`;
}

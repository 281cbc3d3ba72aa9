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

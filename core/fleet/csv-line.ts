import Papa from 'papaparse';

/**
 * One CSV line into cells. The fleet files are numbers and ids, so most lines hold no quote and a
 * plain split is exact and several times faster than a general parser; a line with a quote goes
 * through papaparse, which handles quoted commas and doubled quotes.
 */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const parsed = Papa.parse<string[]>(line, { header: false });
  return parsed.data[0] ?? [];
}

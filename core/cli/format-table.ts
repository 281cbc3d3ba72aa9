/** Plain-text table for the terminal: a header row, a rule, right-aligned numbers. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const isNumeric = headers.map((_, column) =>
    rows.every((row) => /^[-+−]?[\d.,]+(e[-+]?\d+)?$|^—$|^∞$/.test(row[column] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return isNumeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * A number with fixed decimals; one that does not exist (null: not applicable or infeasible; NaN
 * in a sweep column) as "—", infinities as symbols a reader understands.
 */
export function formatNumber(value: number | null, decimals: number): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '−∞';
  // Rounding −0.0004 to "-0.00" would read as a negative margin: print zero plainly.
  return value.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
}

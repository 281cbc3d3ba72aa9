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

/** A number with fixed decimals; infinities and NaN as symbols a reader understands. */
export function formatNumber(value: number, decimals: number): string {
  if (Number.isNaN(value)) return '—';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '−∞';
  // Rounding −0.0004 to "-0.00" would read as a negative margin: print zero plainly.
  return value.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
}

import type { ScenePart } from '../../../../core';

/** How the hover card and legend print the core's numbers (formatting only, no arithmetic). */
export function formatDensity(value: number): string {
  if (value >= 1) return value.toFixed(2);
  if (value >= 0.01) return value.toFixed(3);
  return value.toExponential(1);
}

export function formatBandwidth(gbps: number): string {
  return gbps >= 1000
    ? `${(gbps / 1000).toFixed(gbps % 1000 === 0 ? 1 : 2)} Tb/s`
    : `${gbps.toFixed(gbps < 10 ? 2 : 0)} Gb/s`;
}

export function formatPower(watts: number): string {
  return watts >= 100 ? `${watts.toFixed(0)} W` : `${watts.toFixed(watts >= 10 ? 1 : 2)} W`;
}

/** Rows of the hover card: name first, then bandwidth, power and power density where known. */
export function partRows(part: ScenePart): [string, string][] {
  const rows: [string, string][] = [];
  if (part.bandwidth_gbps !== null) rows.push(['Bandwidth', formatBandwidth(part.bandwidth_gbps)]);
  if (part.power_W !== null) rows.push(['Power', formatPower(part.power_W)]);
  if (part.power_density_W_per_mm2 !== null) {
    rows.push(['Power density', `${formatDensity(part.power_density_W_per_mm2)} W/mm²`]);
  }
  const [x, y, z] = part.size_mm;
  rows.push(['Size', `${x.toFixed(2)} × ${z.toFixed(2)} × ${y.toFixed(2)} mm`]);
  if (part.parameterPath !== null) rows.push(['Set by', part.parameterPath]);
  return rows;
}

import type { Layout } from 'plotly.js';

/**
 * Chart colours come from the CSS variables in styles.css, so a theme change restyles the charts
 * with the rest of the app (charts re-read them on every render).
 */
export function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly surface: string;
  readonly accent: string;
  readonly pass: string;
  readonly fail: string;
  readonly loss: string;
  readonly penalty: string;
  readonly neutral: string;
}

export function chartColors(): ChartColors {
  return {
    text: cssVar('--text', '#1d2330'),
    muted: cssVar('--text-muted', '#667085'),
    grid: cssVar('--chart-grid', '#e4e7ec'),
    surface: cssVar('--surface', '#ffffff'),
    accent: cssVar('--accent', '#2563eb'),
    pass: cssVar('--pass', '#15803d'),
    fail: cssVar('--fail', '#c2410c'),
    loss: cssVar('--chart-loss', '#64748b'),
    penalty: cssVar('--chart-penalty', '#b45309'),
    neutral: cssVar('--chart-neutral', '#334155'),
  };
}

/** The shared look: small type, light grid, no chart junk. */
export function baseLayout(colors: ChartColors): Partial<Layout> {
  const axis = {
    gridcolor: colors.grid,
    linecolor: colors.grid,
    zerolinecolor: colors.grid,
    tickfont: { size: 11, color: colors.muted },
    title: { font: { size: 12, color: colors.muted } },
    automargin: true,
  };
  return {
    font: { family: cssVar('--font-sans', 'system-ui, sans-serif'), size: 12, color: colors.text },
    paper_bgcolor: colors.surface,
    plot_bgcolor: colors.surface,
    margin: { l: 56, r: 16, t: 12, b: 44 },
    xaxis: axis,
    yaxis: axis,
    showlegend: false,
    hoverlabel: { font: { size: 12 } },
  };
}

import type * as PlotlyApi from 'plotly.js';

export type Plotly = typeof PlotlyApi;

let loading: Promise<Plotly> | undefined;

/**
 * plotly.js is several megabytes; loading it on first use keeps the first paint fast and puts it
 * in its own chunk. Every chart shares the one module.
 */
export function loadPlotly(): Promise<Plotly> {
  loading ??= import('plotly.js-dist-min').then((module) => module.default);
  return loading;
}

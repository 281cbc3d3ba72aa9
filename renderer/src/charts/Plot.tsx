import { useEffect, useRef, useState } from 'react';
import type { Data, DownloadImgopts, Layout } from 'plotly.js';
import { loadPlotly } from './plotly';

export interface PlotProps {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
  /** File name (without extension) for PNG/SVG export. */
  readonly exportName: string;
  /** Accessible name of the chart; charts are images to assistive technology. */
  readonly label: string;
  readonly testId: string;
  readonly height?: number;
}

type ImageFormat = 'png' | 'svg';

/**
 * A thin React wrapper around `Plotly.react`: it diffs in place on every data change (no
 * re-creation) and purges the graph on unmount. Export goes through Plotly's own image pipeline,
 * so PNG and SVG match what is on screen.
 */
export function Plot({ data, layout, exportName, label, testId, height = 300 }: PlotProps) {
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    let cancelled = false;
    void loadPlotly().then((Plotly) => {
      if (cancelled) return;
      void Plotly.react(
        element,
        data,
        { ...layout, height },
        {
          displayModeBar: false,
          displaylogo: false,
          responsive: true,
        },
      ).then(() => {
        if (!cancelled) setReady(true);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [data, layout, height]);

  useEffect(() => {
    const element = container.current;
    return () => {
      if (element !== null) void loadPlotly().then((Plotly) => Plotly.purge(element));
    };
  }, []);

  async function exportImage(format: ImageFormat) {
    const element = container.current;
    if (element === null) return;
    const Plotly = await loadPlotly();
    // Plotly honours `scale` here although its typings omit it: twice the pixels keeps a PNG
    // sharp in slides; SVG is resolution-free.
    const options: DownloadImgopts & { scale: number } = {
      format,
      filename: exportName,
      width: element.clientWidth,
      height,
      scale: format === 'png' ? 2 : 1,
    };
    await Plotly.downloadImage(element, options);
  }

  return (
    <div className="plot" data-testid={testId}>
      <div className="plot-toolbar">
        <button
          type="button"
          className="small"
          disabled={!ready}
          onClick={() => void exportImage('png')}
          aria-label={`Export ${label} as PNG`}
          data-testid={`${testId}-export-png`}
        >
          PNG
        </button>
        <button
          type="button"
          className="small"
          disabled={!ready}
          onClick={() => void exportImage('svg')}
          aria-label={`Export ${label} as SVG`}
          data-testid={`${testId}-export-svg`}
        >
          SVG
        </button>
      </div>
      <div
        ref={container}
        className="plot-canvas"
        role="img"
        aria-label={label}
        style={{ height }}
      />
    </div>
  );
}

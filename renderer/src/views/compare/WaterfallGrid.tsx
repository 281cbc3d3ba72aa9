import { useMemo } from 'react';
import type { Design, LinkResult } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { waterfallFigure } from '../../charts/waterfall';
import { formatDecibels, formatLength } from '../../format';
import type { CompareRow } from './compareData';

function SmallWaterfall({ design, result }: { design: Design; result: LinkResult }) {
  const chart = useMemo(() => waterfallFigure(result, { compact: true }), [result]);
  const tone = result.meets_required_margin ? 'pass' : 'fail';
  return (
    <figure className="chart-panel small-multiple" data-testid={`compare-waterfall-${design.id}`}>
      <figcaption>
        <span className="small-multiple-title" title={design.name}>
          {design.name}
        </span>
        <span className="small-multiple-meta">
          {formatLength(result.length_m)} ·{' '}
          <span className={`status-${tone}`}>{formatDecibels(result.link_margin_dB)}</span>
        </span>
      </figcaption>
      <Plot
        data={chart.data}
        layout={chart.layout}
        exportName={`${design.id}-link-budget`}
        label={`Link budget waterfall of ${design.name}`}
        testId={`compare-waterfall-chart-${design.id}`}
        height={200}
      />
    </figure>
  );
}

/** Small multiples: every design's link budget, drawn by the same builder as the Link view. */
export function WaterfallGrid({ rows }: { rows: readonly CompareRow[] }) {
  const evaluated = rows.flatMap((row) => (row.ok ? [row] : []));
  return (
    <div className="small-multiples">
      {evaluated.map((row) => (
        <SmallWaterfall key={row.design.id} design={row.design} result={row.evaluation.link} />
      ))}
    </div>
  );
}

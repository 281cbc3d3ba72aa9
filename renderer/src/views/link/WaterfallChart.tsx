import { useMemo } from 'react';
import type { LinkResult } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { waterfallFigure } from '../../charts/waterfall';

/** The link budget as a waterfall: launch, each loss and penalty, and what reaches the receiver. */
export function WaterfallChart({ result, designId }: { result: LinkResult; designId: string }) {
  const chart = useMemo(() => waterfallFigure(result), [result]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={`${designId}-link-budget`}
      label="Link budget waterfall"
      testId="waterfall-chart"
      height={250}
    />
  );
}

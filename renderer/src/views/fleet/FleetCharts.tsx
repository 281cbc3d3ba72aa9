import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import type { DesignComparison } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors, cssVar } from '../../charts/theme';

const DESIGN_FALLBACK = ['#2563eb', '#ea580c', '#0d9488', '#c026d3', '#65a30d'];

export function designColor(index: number): string {
  const slot = index % DESIGN_FALLBACK.length;
  return cssVar(`--fleet-design-${slot + 1}`, DESIGN_FALLBACK[slot] ?? '#64748b');
}

/** Measured against predicted received power of one design (lane samples, 0.25 dB bins). */
export function RxHistogram({ design, index }: { design: DesignComparison; index: number }) {
  const { data, layout } = useMemo(() => {
    const colors = chartColors();
    const bars = (
      name: string,
      dist: DesignComparison['rx_measured_dBm'],
      color: string,
    ): Data => ({
      type: 'bar',
      name,
      x: [...dist.bins.centres],
      y: [...dist.bins.counts],
      width: dist.bins.width,
      marker: { color },
      opacity: 0.6,
      hovertemplate: `${name} %{x:.2f} dBm: %{y} samples<extra></extra>`,
    });
    const data: Data[] = [
      bars('Predicted (Tx − model loss)', design.rx_predicted_dBm, colors.loss),
      bars('Measured', design.rx_measured_dBm, designColor(index)),
    ];
    const base = baseLayout(colors);
    const layout: Partial<Layout> = {
      ...base,
      barmode: 'overlay',
      showlegend: true,
      legend: { orientation: 'h', y: 1.12, font: { size: 11 } },
      xaxis: { ...base.xaxis, title: { text: 'Rx power per lane (dBm)' } },
      yaxis: { ...base.yaxis, title: { text: 'samples' } },
    };
    return { data, layout };
  }, [design, index]);
  return (
    <Plot
      data={data}
      layout={layout}
      exportName={`fleet-rx-${design.design_id}`}
      label={`Measured vs predicted Rx power, ${design.name}`}
      testId={`fleet-rx-chart-${design.design_id}`}
      height={240}
    />
  );
}

/** Per link: mean module temperature against mean BER-implied margin, with each design's slope. */
export function MarginTemperatureChart({ designs }: { designs: readonly DesignComparison[] }) {
  const { data, layout } = useMemo(() => {
    const colors = chartColors();
    const data: Data[] = designs.flatMap((design, index): Data[] => {
      const points: Data = {
        type: 'scattergl',
        mode: 'markers',
        name: design.design_id,
        x: [...design.temperature_points.temperature_C],
        y: [...design.temperature_points.margin_dB],
        marker: { color: designColor(index), size: 6, opacity: 0.75 },
        hovertemplate: `${design.design_id}: %{x:.1f} °C, %{y:.2f} dB<extra></extra>`,
      };
      const required: Data = {
        type: 'scatter',
        mode: 'lines',
        name: `${design.design_id} required`,
        x: [
          Math.min(...design.temperature_points.temperature_C),
          Math.max(...design.temperature_points.temperature_C),
        ],
        y: [design.required_margin_dB, design.required_margin_dB],
        line: { color: designColor(index), dash: 'dot', width: 1 },
        hoverinfo: 'skip',
      };
      return design.temperature_points.temperature_C.length > 0 ? [points, required] : [];
    });
    const base = baseLayout(colors);
    const layout: Partial<Layout> = {
      ...base,
      showlegend: true,
      legend: { orientation: 'h', y: 1.12, font: { size: 11 } },
      xaxis: { ...base.xaxis, title: { text: 'module temperature, link mean (°C)' } },
      yaxis: { ...base.yaxis, title: { text: 'BER-implied margin, link mean (dB)' } },
    };
    return { data, layout };
  }, [designs]);
  return (
    <Plot
      data={data}
      layout={layout}
      exportName="fleet-margin-temperature"
      label="Margin implied by the pre-FEC BER against module temperature, per link"
      testId="fleet-temperature-chart"
      height={280}
    />
  );
}

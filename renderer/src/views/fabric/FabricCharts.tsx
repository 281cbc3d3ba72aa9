import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import type { SizeSweep } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors, cssVar } from '../../charts/theme';
import { wrapLabel } from '../../charts/wrapLabel';
import type { OkEvaluation } from './fabricData';

const TIER_FALLBACK = ['#2563eb', '#0d9488', '#7c3aed', '#94a3b8', '#ca8a04'];

function tierColor(index: number): string {
  return cssVar(`--fabric-tier-${index + 1}`, TIER_FALLBACK[index] ?? '#64748b');
}

const OPTION_FALLBACK = ['#2563eb', '#ea580c', '#c026d3', '#0d9488', '#65a30d'];

/** Options get well-separated colours by position (technology categories can be near-twins). */
export function optionColor(index: number): string {
  const slot = index % OPTION_FALLBACK.length;
  return cssVar(`--fabric-option-${slot + 1}`, OPTION_FALLBACK[slot] ?? '#64748b');
}

type Quantity = 'power' | 'cost';

function stackedBars(results: readonly OkEvaluation[], quantity: Quantity) {
  const colors = chartColors();
  const scale = 1e-6;
  const unit = quantity === 'power' ? 'MW' : '$M';
  const names = results.map((result) => wrapLabel(result.fabric.name, 18));
  // One trace per tier position, then the switches, so the stacks line up across options.
  const tierNames = [
    ...new Set(results.flatMap((result) => result.tiers.map((tier) => tier.name))),
  ];
  const segments = [
    ...tierNames.map((name) => ({
      name,
      value: (result: OkEvaluation) => {
        const tier = result.tiers.find((candidate) => candidate.name === name);
        if (!tier) return 0;
        return quantity === 'power' ? tier.links.power_W : tier.links.capex_usd;
      },
    })),
    {
      name: 'Switches',
      value: (result: OkEvaluation) => {
        const groups = [result.switches, result.scale_up_switches].filter(
          (group) => group !== null,
        );
        return groups.reduce(
          (sum, group) => sum + (quantity === 'power' ? group.power_W : group.capex_usd),
          0,
        );
      },
    },
  ];
  const data: Data[] = segments.map((segment, index) => ({
    type: 'bar',
    name: segment.name,
    x: names,
    y: results.map((result) => segment.value(result) * scale),
    marker: { color: tierColor(segment.name === 'Switches' ? 3 : index) },
    hovertemplate: `${segment.name}: %{y:.2f} ${unit}<extra></extra>`,
  }));
  const totals = results.map(
    (result) =>
      (quantity === 'power' ? result.totals.network_power_W : result.totals.capex_usd) * scale,
  );
  data.push({
    type: 'scatter',
    mode: 'text',
    x: names,
    y: totals,
    text: totals.map((total) =>
      quantity === 'power'
        ? `${total.toFixed(2)} MW`
        : `$${total >= 1000 ? `${(total / 1000).toFixed(2)} B` : `${total.toFixed(0)} M`}`,
    ),
    textposition: 'top center',
    textfont: { size: 11, color: colors.text },
    showlegend: false,
    hoverinfo: 'skip',
    cliponaxis: false,
  });
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    barmode: 'stack',
    bargap: 0.45,
    showlegend: true,
    margin: { l: 56, r: 12, t: 36, b: 56 },
    legend: {
      orientation: 'h',
      traceorder: 'normal',
      xref: 'container',
      yref: 'container',
      x: 0,
      y: 1,
      yanchor: 'top',
      font: { size: 11, color: colors.muted },
    },
    xaxis: { ...base.xaxis, type: 'category' },
    yaxis: {
      ...base.yaxis,
      title: { text: quantity === 'power' ? 'Network power (MW)' : 'Capex ($M)' },
      rangemode: 'tozero',
      range: [0, Math.max(...totals, 0) * 1.15],
    },
  };
  return { data, layout };
}

export function StackedChart({
  results,
  quantity,
}: {
  results: readonly OkEvaluation[];
  quantity: Quantity;
}) {
  const chart = useMemo(() => stackedBars(results, quantity), [results, quantity]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={`fabric-${quantity}-by-tier`}
      label={quantity === 'power' ? 'Network power by tier' : 'Capex by tier'}
      testId={`fabric-${quantity}-chart`}
      height={320}
    />
  );
}

function sweepChart(
  results: readonly OkEvaluation[],
  sweeps: readonly SizeSweep[],
  quantity: Quantity,
) {
  const colors = chartColors();
  const data: Data[] = results.map((result, index) => {
    const sweep = sweeps[index];
    const y = sweep
      ? Array.from(quantity === 'power' ? sweep.network_power_MW : sweep.capex_usd, (v) =>
          quantity === 'power' ? v : v / 1e6,
        )
      : [];
    return {
      type: 'scatter',
      mode: 'lines+markers',
      name: result.fabric.name,
      x: sweep ? Array.from(sweep.accelerators) : [],
      y,
      connectgaps: false,
      line: { color: optionColor(index), width: 2 },
      marker: { size: 4, color: optionColor(index) },
      hovertemplate: `%{x:,} accelerators: %{y:,.${quantity === 'power' ? 2 : 0}f} ${quantity === 'power' ? 'MW' : '$M'}<extra>${result.fabric.name}</extra>`,
    };
  });
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    showlegend: true,
    margin: { l: 64, r: 12, t: 36, b: 44 },
    legend: {
      orientation: 'h',
      xref: 'container',
      yref: 'container',
      x: 0,
      y: 1,
      yanchor: 'top',
      font: { size: 11, color: colors.muted },
    },
    xaxis: {
      ...base.xaxis,
      type: 'log',
      title: { text: 'Accelerators (log scale)' },
      tickvals: [1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6],
      ticktext: ['1k', '3k', '10k', '30k', '100k', '300k', '1M'],
    },
    yaxis: {
      ...base.yaxis,
      type: 'log',
      dtick: 1,
      title: { text: quantity === 'power' ? 'Network power (MW, log)' : 'Capex ($M, log)' },
    },
  };
  return { data, layout };
}

export function SizeSweepChart({
  results,
  sweeps,
  quantity,
}: {
  results: readonly OkEvaluation[];
  sweeps: readonly SizeSweep[];
  quantity: Quantity;
}) {
  const chart = useMemo(() => sweepChart(results, sweeps, quantity), [results, sweeps, quantity]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={`fabric-${quantity}-vs-cluster-size`}
      label={
        quantity === 'power' ? 'Network power versus cluster size' : 'Capex versus cluster size'
      }
      testId={`fabric-sweep-${quantity}-chart`}
      height={300}
    />
  );
}

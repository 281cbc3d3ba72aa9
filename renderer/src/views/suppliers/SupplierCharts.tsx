import { useMemo } from 'react';
import type { Annotations, Data, Layout, Shape } from 'plotly.js';
import { parameterValues, PARAMETERS } from '../../../../core';
import type { ParameterId, SpecLimit, Supplier, SupplierAnalysis } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors, cssVar } from '../../charts/theme';
import { wrapLabel } from '../../charts/wrapLabel';

const SUPPLIER_FALLBACK = ['#2563eb', '#0d9488', '#d97706', '#7c3aed', '#db2777'];

export function supplierColor(index: number): string {
  const slot = index % SUPPLIER_FALLBACK.length;
  return cssVar(`--supplier-${slot + 1}`, SUPPLIER_FALLBACK[slot] ?? '#64748b');
}

/** One parameter: a box per supplier (every lane pooled) with the spec limits as dashed lines. */
export function ParameterBoxChart({
  suppliers,
  parameter,
  limit,
}: {
  suppliers: readonly Supplier[];
  parameter: ParameterId;
  limit: SpecLimit | undefined;
}) {
  const info = PARAMETERS[parameter];
  const { data, layout } = useMemo(() => {
    const colors = chartColors();
    const traces: Data[] = suppliers.map((supplier, index) => ({
      type: 'box',
      name: wrapLabel(supplier.name, 22),
      x: parameterValues(supplier, parameter),
      orientation: 'h',
      boxpoints: 'outliers',
      marker: { color: supplierColor(index), size: 4 },
      line: { color: supplierColor(index) },
      hovertemplate: `%{x:.3f} ${info.unit}<extra>${supplier.name}</extra>`,
    }));
    const shapes: Partial<Shape>[] = [];
    const annotations: Partial<Annotations>[] = [];
    for (const [name, value] of [
      ['LSL', limit?.lsl],
      ['USL', limit?.usl],
    ] as const) {
      if (value === undefined) continue;
      shapes.push({
        type: 'line',
        xref: 'x',
        yref: 'paper',
        x0: value,
        x1: value,
        y0: 0,
        y1: 1,
        line: { color: colors.fail, width: 2, dash: 'dash' },
      });
      annotations.push({
        xref: 'x',
        yref: 'paper',
        x: value,
        y: 1,
        yanchor: 'bottom',
        text: `${name} ${value}`,
        showarrow: false,
        font: { size: 11, color: colors.fail },
      });
    }
    const base = baseLayout(colors);
    const plotLayout: Partial<Layout> = {
      ...base,
      margin: { l: 150, r: 20, t: 24, b: 44 },
      xaxis: {
        ...base.xaxis,
        title: { text: `${info.label} (${info.unit})`, font: { size: 12, color: colors.muted } },
      },
      shapes,
      annotations,
    };
    return { data: traces, layout: plotLayout };
  }, [suppliers, parameter, limit, info]);
  return (
    <Plot
      data={data}
      layout={layout}
      exportName={`suppliers-${parameter}`}
      label={`${info.label} by supplier with its spec limits`}
      testId={`suppliers-box-${parameter}`}
      height={Math.max(180, 70 + suppliers.length * 46)}
    />
  );
}

/** The interoperability matrix: link yield for every Tx supplier (rows) × Rx supplier (columns). */
export function InteropHeatmap({
  analysis,
  names,
}: {
  analysis: SupplierAnalysis;
  names: ReadonlyMap<string, string>;
}) {
  const { data, layout } = useMemo(() => {
    const colors = chartColors();
    const matrix = analysis.matrix;
    const ids = matrix?.suppliers ?? [];
    const label = (id: string) => wrapLabel(names.get(id) ?? id, 18);
    const z = (matrix?.cells ?? []).map((row) =>
      row.map((cell) => (cell.ok ? cell.yield * 100 : null)),
    );
    const annotations: Partial<Annotations>[] = [];
    (matrix?.cells ?? []).forEach((row, t) =>
      row.forEach((cell, r) =>
        annotations.push({
          x: label(ids[r] ?? ''),
          y: label(ids[t] ?? ''),
          text: cell.ok ? `${(cell.yield * 100).toFixed(2)} %` : '—',
          showarrow: false,
          font: { size: 12, color: '#111827' },
        }),
      ),
    );
    const trace: Data = {
      type: 'heatmap',
      x: ids.map(label),
      y: ids.map(label),
      z,
      zmin: 90,
      zmax: 100,
      colorscale: [
        [0, '#fca5a5'],
        [0.5, '#fde68a'],
        [0.9, '#bbf7d0'],
        [1, '#4ade80'],
      ],
      colorbar: { title: { text: 'yield %' }, thickness: 12 },
      hovertemplate: 'Tx %{y} → Rx %{x}: %{z:.3f} %<extra></extra>',
    };
    const base = baseLayout(colors);
    const plotLayout: Partial<Layout> = {
      ...base,
      margin: { l: 140, r: 20, t: 12, b: 70 },
      xaxis: {
        ...base.xaxis,
        title: { text: 'Rx supplier', font: { size: 12, color: colors.muted } },
      },
      yaxis: {
        ...base.yaxis,
        title: { text: 'Tx supplier', font: { size: 12, color: colors.muted } },
        autorange: 'reversed',
      },
      annotations,
    };
    return { data: [trace], layout: plotLayout };
  }, [analysis, names]);
  return (
    <Plot
      data={data}
      layout={layout}
      exportName="suppliers-interoperability"
      label="Interoperability matrix: link yield per Tx and Rx supplier"
      testId="suppliers-heatmap"
      height={Math.max(220, 100 + (analysis.matrix?.suppliers.length ?? 0) * 60)}
    />
  );
}

import { tableCsv, PARAMETERS } from '../../../../core';
import type { SupplierAnalysis, TextTable } from '../../../../core';
import { saveText } from '../../host/saveExport';

/** A CSV button for a table, named like the other views' exports. */
export function CsvButton({
  table,
  fileName,
  label,
  testId,
}: {
  table: TextTable;
  fileName: string;
  label: string;
  testId: string;
}) {
  return (
    <button
      type="button"
      className="small"
      aria-label={`Export ${label} as CSV`}
      data-testid={testId}
      onClick={() => saveText(fileName, tableCsv(table))}
    >
      CSV
    </button>
  );
}

/** A plain table of text cells (ranking, sample size, provenance). */
export function TextTableView({
  table,
  testId,
  caption,
}: {
  table: TextTable;
  testId: string;
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="compare-table suppliers-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr className="metric-row">
            {table.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={/^[-\d.,—%() –]+$/.test(cell) ? 'numeric' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const fixed = (v: number | null, d: number) => (v === null || Number.isNaN(v) ? '—' : v.toFixed(d));

/** Cpk per supplier and parameter, coloured by the usual bands (≥ 1.33, 1.0–1.33, < 1.0). */
export function CapabilityTable({
  analysis,
  names,
}: {
  analysis: SupplierAnalysis;
  names: ReadonlyMap<string, string>;
}) {
  return (
    <div className="table-scroll">
      <table className="compare-table suppliers-table" data-testid="suppliers-cpk-table">
        <caption className="visually-hidden">Capability per supplier and parameter</caption>
        <thead>
          <tr className="metric-row">
            {[
              'Supplier',
              'Parameter',
              'n',
              'Mean',
              'σ',
              'LSL',
              'USL',
              'Cp',
              'Cpk',
              'ppm',
              'In spec % (95 % CI)',
              'Normality',
            ].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analysis.stats.map((s) => (
            <tr
              key={`${s.supplier}-${s.parameter}`}
              data-testid={`suppliers-cpk-${s.supplier}-${s.parameter}`}
            >
              <th scope="row" className="name-cell">
                {names.get(s.supplier) ?? s.supplier}
              </th>
              <td>
                {PARAMETERS[s.parameter].label} <span className="unit">{s.unit}</span>
              </td>
              <td className="numeric">{s.n}</td>
              <td className="numeric">{fixed(s.mean, 3)}</td>
              <td className="numeric">{fixed(s.sigma, 3)}</td>
              <td className="numeric">{fixed(s.lsl, 2)}</td>
              <td className="numeric">{fixed(s.usl, 2)}</td>
              <td className="numeric">{fixed(s.cp, 2)}</td>
              <td
                className={`numeric supplier-cpk${s.band ? ` supplier-cpk-${s.band}` : ''}`}
                data-band={s.band ?? ''}
              >
                {fixed(s.cpk, 2)}
              </td>
              <td className="numeric">
                {s.ppm === null ? '—' : s.ppm >= 100 ? s.ppm.toFixed(0) : s.ppm.toPrecision(2)}
              </td>
              <td className="numeric">
                {s.inSpec
                  ? `${(s.inSpec.fraction * 100).toFixed(2)} (${(s.inSpec.interval.lower * 100).toFixed(2)}–${(s.inSpec.interval.upper * 100).toFixed(2)})`
                  : '—'}
              </td>
              <td
                className={s.warning && !s.normality.tooFew ? 'supplier-warning' : 'muted'}
                title={s.warning ?? undefined}
              >
                {s.normality.tooFew
                  ? 'too few'
                  : s.normality.p < 0.05
                    ? `not normal (p ${s.normality.p.toPrecision(2)})`
                    : `ok (p ${s.normality.p.toFixed(2)})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

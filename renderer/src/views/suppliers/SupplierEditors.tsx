import { useState } from 'react';
import {
  criteriaLimits,
  designLimits,
  PARAMETER_IDS,
  PARAMETERS,
  pmdLimits,
  PMD_LIMITS,
  DEFAULT_RANKING,
  DEFAULT_MONTE_CARLO,
} from '../../../../core';
import type {
  ImddDesign,
  LaunchCriteria,
  SpecLimit,
  Supplier,
  SupplierWorkspace,
} from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';

type Update = (update: (w: SupplierWorkspace) => SupplierWorkspace) => void;

/** Commits on blur or Enter; an empty field is "none" where `optional`. */
function NumberField({
  value,
  label,
  optional = false,
  onCommit,
  testId,
}: {
  value: number | undefined;
  label: string;
  optional?: boolean;
  onCommit: (value: number | undefined) => void;
  testId?: string;
}) {
  return (
    <input
      key={String(value)}
      type="text"
      inputMode="decimal"
      className="suppliers-input"
      aria-label={label}
      data-testid={testId}
      defaultValue={value === undefined ? '' : String(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      onBlur={(e) => {
        const text = e.currentTarget.value.trim();
        if (text === '' && optional) onCommit(undefined);
        else if (text !== '' && Number.isFinite(Number(text))) onCommit(Number(text));
        else e.currentTarget.value = value === undefined ? '' : String(value);
      }}
    />
  );
}

function pricesText(supplier: Supplier): string {
  return supplier.price_tiers.map((t) => `${t.min_volume_units}:${t.price_usd}`).join(', ');
}

/** "0:950, 100000:720" → tiers; null when a part does not read. */
function parsePrices(text: string): Supplier['price_tiers'] | null {
  if (text.trim() === '') return [];
  const tiers = text.split(',').map((part) => part.split(':').map((x) => Number(x.trim())));
  if (tiers.some((t) => t.length !== 2 || t.some((x) => !Number.isFinite(x)))) return null;
  return tiers.map(([min, price]) => ({ min_volume_units: min ?? 0, price_usd: price ?? 0 }));
}

/** Name, part number, quoted prices by volume tier and promised dates, per supplier. */
export function SuppliersEditor({
  workspace,
  update,
}: {
  workspace: SupplierWorkspace;
  update: Update;
}) {
  const edit = (id: string, patch: (s: Supplier) => Supplier) =>
    update((w) => ({ ...w, suppliers: w.suppliers.map((s) => (s.id === id ? patch(s) : s)) }));
  return (
    <div className="table-scroll">
      <table className="compare-table suppliers-table" data-testid="suppliers-editor">
        <caption className="visually-hidden">Suppliers: quotes and promised dates</caption>
        <thead>
          <tr className="metric-row">
            {[
              'Supplier',
              'Part number',
              'Price USD by yearly volume (from:price, …)',
              'Samples due',
              'Qualified by',
              'Volume from',
              'Reports',
              '',
            ].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {workspace.suppliers.map((s) => (
            <tr key={s.id} data-testid={`suppliers-row-${s.id}`}>
              <td>
                <input
                  key={s.name}
                  className="suppliers-input wide"
                  aria-label={`Name of ${s.id}`}
                  defaultValue={s.name}
                  onBlur={(e) =>
                    e.currentTarget.value.trim() &&
                    edit(s.id, (x) => ({ ...x, name: e.currentTarget.value.trim() }))
                  }
                />
              </td>
              <td>
                <input
                  key={s.part_number ?? ''}
                  className="suppliers-input"
                  aria-label={`Part number of ${s.name}`}
                  defaultValue={s.part_number ?? ''}
                  onBlur={(e) => {
                    const part = e.currentTarget.value.trim();
                    edit(s.id, ({ part_number: _old, ...rest }) =>
                      part ? { ...rest, part_number: part } : rest,
                    );
                  }}
                />
              </td>
              <td>
                <input
                  key={pricesText(s)}
                  className="suppliers-input wide"
                  aria-label={`Prices of ${s.name}`}
                  defaultValue={pricesText(s)}
                  onBlur={(e) => {
                    const tiers = parsePrices(e.currentTarget.value);
                    if (tiers) edit(s.id, (x) => ({ ...x, price_tiers: tiers }));
                    else e.currentTarget.value = pricesText(s);
                  }}
                />
              </td>
              {(['sample', 'qualification', 'volume'] as const).map((kind) => (
                <td key={kind}>
                  <input
                    type="date"
                    className="suppliers-input"
                    aria-label={`${kind} date of ${s.name}`}
                    value={s.dates[kind] ?? ''}
                    onChange={(e) => {
                      const date = e.currentTarget.value;
                      edit(s.id, (x) => {
                        const { [kind]: _old, ...dates } = x.dates;
                        return { ...x, dates: date ? { ...dates, [kind]: date } : dates };
                      });
                    }}
                  />
                </td>
              ))}
              <td
                title={s.reports
                  .map((r) => `${r.file_name} (sha256 ${r.sha256.slice(0, 12)}…)`)
                  .join('\n')}
              >
                {s.reports.length} ({s.reports.reduce((n, r) => n + r.samples.length, 0)} samples)
              </td>
              <td>
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove ${s.name}`}
                  onClick={() =>
                    update((w) => ({ ...w, suppliers: w.suppliers.filter((x) => x.id !== s.id) }))
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** LSL / USL per parameter: from the design's budget, a PMD table, or typed in. */
export function LimitsEditor({
  workspace,
  update,
  design,
  criteria,
}: {
  workspace: SupplierWorkspace;
  update: Update;
  design: ImddDesign | null;
  criteria: readonly LaunchCriteria[];
}) {
  const [pmd, setPmd] = useState(Object.keys(PMD_LIMITS)[0] ?? '');
  const [bar, setBar] = useState(criteria[0]?.name ?? '');
  const applyBar = () => {
    const chosen = criteria.find((c) => c.name === bar);
    if (!chosen) return;
    const { limits, requiredMargin_dB } = criteriaLimits(chosen);
    update((w) => {
      const replaced = new Set(limits.map((l) => l.parameter));
      const next = {
        ...w,
        limits: [...w.limits.filter((l) => !replaced.has(l.parameter)), ...limits],
      };
      if (requiredMargin_dB === null) return next;
      const base = w.monte_carlo ?? DEFAULT_MONTE_CARLO;
      return { ...next, monte_carlo: { ...base, required_margin_dB: requiredMargin_dB } };
    });
  };
  const setLimit = (
    parameter: (typeof PARAMETER_IDS)[number],
    key: 'lsl' | 'usl',
    value: number | undefined,
  ) =>
    update((w) => {
      const existing = w.limits.find((l) => l.parameter === parameter);
      const next: SpecLimit = { parameter, source: 'typed' };
      const lsl = key === 'lsl' ? value : existing?.lsl;
      const usl = key === 'usl' ? value : existing?.usl;
      if (lsl !== undefined) next.lsl = lsl;
      if (usl !== undefined) next.usl = usl;
      const others = w.limits.filter((l) => l.parameter !== parameter);
      if (lsl === undefined && usl === undefined) return { ...w, limits: others };
      return {
        ...w,
        limits: existing
          ? w.limits.map((l) => (l.parameter === parameter ? next : l))
          : [...w.limits, next],
      };
    });
  return (
    <>
      <div className="suppliers-toolbar">
        <button
          type="button"
          className="small"
          disabled={!design}
          data-testid="suppliers-limits-design"
          onClick={() => design && update((w) => ({ ...w, limits: designLimits(design) }))}
        >
          Limits from the design
        </button>
        <select aria-label="PMD table" value={pmd} onChange={(e) => setPmd(e.currentTarget.value)}>
          {Object.keys(PMD_LIMITS).map((id) => (
            <option key={id}>{id}</option>
          ))}
        </select>
        <button
          type="button"
          className="small"
          data-testid="suppliers-limits-pmd"
          onClick={() => update((w) => ({ ...w, limits: pmdLimits(pmd) }))}
        >
          Limits from the PMD table
        </button>
        {criteria.length > 0 ? (
          <>
            <select
              aria-label="Launch bar"
              value={bar}
              onChange={(e) => setBar(e.currentTarget.value)}
            >
              {criteria.map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
            </select>
            <button
              type="button"
              className="small"
              data-testid="suppliers-limits-criteria"
              onClick={applyBar}
            >
              From the launch bar (power ceiling, link-margin floor)
            </button>
          </>
        ) : null}
        {workspace.monte_carlo?.required_margin_dB !== undefined ? (
          <span className="caption-hint">
            links must keep {workspace.monte_carlo.required_margin_dB} dB
          </span>
        ) : null}
      </div>
      <div className="table-scroll">
        <table className="compare-table suppliers-table" data-testid="suppliers-limits">
          <caption className="visually-hidden">Spec limits</caption>
          <thead>
            <tr className="metric-row">
              {['Parameter', 'LSL', 'USL', 'Unit', 'Source'].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PARAMETER_IDS.map((parameter) => {
              const limit = workspace.limits.find((l) => l.parameter === parameter);
              return (
                <tr key={parameter}>
                  <th scope="row" className="name-cell">
                    {PARAMETERS[parameter].label}
                  </th>
                  <td>
                    <NumberField
                      value={limit?.lsl}
                      optional
                      label={`LSL of ${parameter}`}
                      testId={`suppliers-lsl-${parameter}`}
                      onCommit={(v) => setLimit(parameter, 'lsl', v)}
                    />
                  </td>
                  <td>
                    <NumberField
                      value={limit?.usl}
                      optional
                      label={`USL of ${parameter}`}
                      testId={`suppliers-usl-${parameter}`}
                      onCommit={(v) => setLimit(parameter, 'usl', v)}
                    />
                  </td>
                  <td>{PARAMETERS[parameter].unit}</td>
                  <td className="muted">
                    {limit ? `${limit.source}${limit.note ? `: ${limit.note}` : ''}` : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The ranking's weights, the volume the price is read at and the need-by date. */
export function RankingControls({
  workspace,
  update,
}: {
  workspace: SupplierWorkspace;
  update: Update;
}) {
  const ranking = workspace.ranking ?? DEFAULT_RANKING;
  const set = (patch: Partial<typeof ranking>) =>
    update((w) => ({ ...w, ranking: { ...(w.ranking ?? DEFAULT_RANKING), ...patch } }));
  return (
    <div className="suppliers-toolbar" data-testid="suppliers-weights">
      {(['yield', 'cpk', 'price', 'schedule'] as const).map((key) => (
        <label key={key}>
          {key} weight{' '}
          <NumberField
            value={ranking.weights[key]}
            label={`${key} weight`}
            testId={`suppliers-weight-${key}`}
            onCommit={(v) =>
              v !== undefined && v >= 0 && set({ weights: { ...ranking.weights, [key]: v } })
            }
          />
        </label>
      ))}
      <label>
        volume / yr{' '}
        <NumberField
          value={ranking.volume_units}
          label="yearly volume"
          onCommit={(v) => v !== undefined && set({ volume_units: Math.round(v) })}
        />
      </label>
      <label>
        need by{' '}
        <input
          type="date"
          className="suppliers-input"
          aria-label="need-by date"
          value={ranking.need_by ?? ''}
          onChange={(e) => {
            const date = e.currentTarget.value;
            const { need_by: _old, ...rest } = ranking;
            update((w) => ({ ...w, ranking: date ? { ...rest, need_by: date } : rest }));
          }}
        />
      </label>
    </div>
  );
}

/** The store's edit, with its refusal shown to the user. */
export function useWorkspaceUpdate(onError: (message: string | null) => void): Update {
  const updateSupplierWorkspace = useAppStore((s) => s.updateSupplierWorkspace);
  return (update) => {
    const result = updateSupplierWorkspace(update);
    onError(result.ok ? null : result.message);
  };
}

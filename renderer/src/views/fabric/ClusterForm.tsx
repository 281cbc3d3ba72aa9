import { useState } from 'react';
import type { ClusterInputs } from './fabricData';
import { SWITCH_BANDWIDTHS_TBPS } from './fabricData';

type NumberKey = Exclude<keyof ClusterInputs, 'tier_count' | 'switch_bandwidth_tbps'>;

const NUMBER_FIELDS: readonly { key: NumberKey; label: string; unit: string }[] = [
  { key: 'accelerators', label: 'Accelerators', unit: '' },
  { key: 'ports_per_accelerator', label: 'Ports / accelerator', unit: '' },
  { key: 'port_speed_gbps', label: 'Port speed', unit: 'Gb/s' },
  { key: 'oversubscription', label: 'Oversubscription', unit: ': 1' },
  { key: 'accelerator_power_W', label: 'Accelerator power', unit: 'W' },
];

export interface ClusterFormProps {
  readonly cluster: ClusterInputs;
  /** Returns an error message when the change is rejected (out of range, cluster too big). */
  readonly onChange: (next: ClusterInputs) => string | null;
}

/**
 * The cluster inputs. A number is committed when it parses and the fabric accepts it; otherwise the
 * field keeps what was typed and shows why, and the results stay at the last valid cluster.
 */
export function ClusterForm({ cluster, onChange }: ClusterFormProps) {
  const [drafts, setDrafts] = useState<Partial<Record<NumberKey, string>>>({});
  const [error, setError] = useState<{ key: string; message: string } | null>(null);

  function commit(key: keyof ClusterInputs, next: ClusterInputs) {
    const message = onChange(next);
    setError(message === null ? null : { key, message });
  }

  function editNumber(key: NumberKey, text: string) {
    setDrafts((current) => ({ ...current, [key]: text }));
    const value = Number(text.replace(/[,_\s]/g, ''));
    if (text.trim() === '' || !Number.isFinite(value)) {
      setError({
        key,
        message: `${text === '' ? 'nothing' : JSON.stringify(text)} is not a number`,
      });
      return;
    }
    commit(key, { ...cluster, [key]: value });
  }

  return (
    <div className="fabric-form" data-testid="fabric-inputs">
      {NUMBER_FIELDS.map(({ key, label, unit }) => (
        <label key={key} className={`fabric-field${error?.key === key ? ' field-invalid' : ''}`}>
          <span className="fabric-field-label">{label}</span>
          <span className="fabric-field-control">
            <input
              className="field-input numeric"
              inputMode="decimal"
              value={drafts[key] ?? String(cluster[key])}
              onChange={(event) => editNumber(key, event.target.value)}
              onBlur={() => setDrafts((current) => ({ ...current, [key]: undefined }))}
              aria-invalid={error?.key === key}
              data-testid={`fabric-input-${key}`}
            />
            {unit ? <span className="fabric-field-unit">{unit}</span> : null}
          </span>
        </label>
      ))}
      <label className="fabric-field">
        <span className="fabric-field-label">Switch</span>
        <select
          className="field-input"
          value={cluster.switch_bandwidth_tbps}
          onChange={(event) =>
            commit('switch_bandwidth_tbps', {
              ...cluster,
              switch_bandwidth_tbps: Number(event.target.value),
            })
          }
          data-testid="fabric-input-switch"
        >
          {SWITCH_BANDWIDTHS_TBPS.map((tbps) => (
            <option key={tbps} value={tbps}>
              {tbps} Tb/s
            </option>
          ))}
        </select>
      </label>
      <label className="fabric-field">
        <span className="fabric-field-label">Tiers</span>
        <select
          className="field-input"
          value={cluster.tier_count}
          onChange={(event) =>
            commit('tier_count', { ...cluster, tier_count: event.target.value === '2' ? 2 : 3 })
          }
          data-testid="fabric-input-tiers"
        >
          <option value={2}>2 (leaf–spine)</option>
          <option value={3}>3 (leaf–spine–core)</option>
        </select>
      </label>
      {error === null ? null : (
        <p className="fabric-form-error" role="alert" data-testid="fabric-input-error">
          {error.message}
        </p>
      )}
    </div>
  );
}

import type { FilterShape } from '../../../../core';
import { formatLength, formatSignificant } from '../../format';

/** The view's local what-ifs, on top of the selected design. */
export interface SignalSettings {
  readonly length_m: number;
  readonly txBandwidth_GHz: number;
  readonly rxBandwidth_GHz: number;
  readonly txShape: FilterShape;
  readonly rxShape: FilterShape;
  /** Extra noise power on top of the design's, dB. */
  readonly noiseOffset_dB: number;
  /** Reference FFE taps (0 = off). */
  readonly equalizerTaps: number;
}

export interface SliderLimits {
  readonly maxLength_m: number;
  readonly minBandwidth_GHz: number;
  readonly maxBandwidth_GHz: number;
}

function Slider({
  id,
  label,
  value,
  shown,
  min,
  max,
  step,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  shown: string;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}) {
  return (
    <label className="signal-slider">
      <span className="signal-slider-label">{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        data-testid={`signal-${id}`}
        aria-valuetext={shown}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output className="signal-slider-value" data-testid={`signal-${id}-value`}>
        {shown}
      </output>
    </label>
  );
}

function ShapePicker({
  id,
  value,
  onChange,
}: {
  id: string;
  value: FilterShape;
  onChange: (shape: FilterShape) => void;
}) {
  return (
    <select
      className="signal-shape"
      aria-label={`${id === 'tx' ? 'Transmitter' : 'Receiver'} filter shape`}
      data-testid={`signal-${id}-shape`}
      value={value}
      onChange={(event) => onChange(event.target.value as FilterShape)}
    >
      <option value="gaussian">Gaussian</option>
      <option value="bessel-thomson">Bessel–Thomson 4</option>
    </select>
  );
}

/** Sliders for length, Tx/Rx bandwidth and noise; they change the view only, not the design. */
export function SignalControls({
  settings,
  limits,
  baud_GBd,
  onChange,
  onReset,
}: {
  settings: SignalSettings;
  limits: SliderLimits;
  baud_GBd: number;
  onChange: (next: SignalSettings) => void;
  onReset: () => void;
}) {
  const set = (patch: Partial<SignalSettings>) => onChange({ ...settings, ...patch });
  const bandwidthText = (value: number) =>
    `${formatSignificant(value, 3)} GHz (${formatSignificant(value / baud_GBd, 2)}× baud)`;
  return (
    <div className="signal-controls" data-testid="signal-controls">
      <Slider
        id="length"
        label="Length"
        value={settings.length_m}
        shown={formatLength(settings.length_m)}
        min={0}
        max={limits.maxLength_m}
        step={limits.maxLength_m / 200}
        onChange={(length_m) => set({ length_m })}
      />
      <div className="signal-slider-group">
        <Slider
          id="tx-bandwidth"
          label="Tx bandwidth"
          value={settings.txBandwidth_GHz}
          shown={bandwidthText(settings.txBandwidth_GHz)}
          min={limits.minBandwidth_GHz}
          max={limits.maxBandwidth_GHz}
          step={0.25}
          onChange={(txBandwidth_GHz) => set({ txBandwidth_GHz })}
        />
        <ShapePicker id="tx" value={settings.txShape} onChange={(txShape) => set({ txShape })} />
      </div>
      <div className="signal-slider-group">
        <Slider
          id="rx-bandwidth"
          label="Rx bandwidth"
          value={settings.rxBandwidth_GHz}
          shown={bandwidthText(settings.rxBandwidth_GHz)}
          min={limits.minBandwidth_GHz}
          max={limits.maxBandwidth_GHz}
          step={0.25}
          onChange={(rxBandwidth_GHz) => set({ rxBandwidth_GHz })}
        />
        <ShapePicker id="rx" value={settings.rxShape} onChange={(rxShape) => set({ rxShape })} />
      </div>
      <Slider
        id="noise"
        label="Extra noise"
        value={settings.noiseOffset_dB}
        shown={`${settings.noiseOffset_dB > 0 ? '+' : ''}${settings.noiseOffset_dB.toFixed(1)} dB`}
        min={-10}
        max={10}
        step={0.5}
        onChange={(noiseOffset_dB) => set({ noiseOffset_dB })}
      />
      <label className="signal-toggle">
        <input
          type="checkbox"
          checked={settings.equalizerTaps > 0}
          data-testid="signal-equalizer"
          onChange={(event) => set({ equalizerTaps: event.target.checked ? 5 : 0 })}
        />
        5-tap reference FFE
      </label>
      <button type="button" className="small" onClick={onReset} data-testid="signal-reset">
        Reset to design
      </button>
    </div>
  );
}

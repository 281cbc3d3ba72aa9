import { mwToDbm } from '../units';
import { parsePower } from './power';

/**
 * @method ethtool-dom Module diagnostics from `ethtool -m`
 * The digital diagnostics a pluggable reports (SFF-8636 for QSFP/QSFP28, CMIS for QSFP-DD/OSFP),
 * read from `ethtool -m` text or `ethtool --json -m`, with the labels, JSON keys and units of
 * ethtool's own sff-common.c, qsfp.c and cmis.c: temperature in °C, supply in V, bias in mA and
 * powers in mW (text also prints dBm). Powers are kept in dBm:
 * $$ P_{\mathrm{dBm}} = 10\log_{10} \frac{P}{1\ \mathrm{mW}} $$
 * The receiver reports either average power or OMA ("Rcvr signal avg optical power" / "Receiver
 * signal OMA"); which one is kept with the reading.
 * @assumes One module per dump; lanes numbered from 1 as ethtool prints them.
 * @ref ETHTOOL_MODULE
 */
export type Management = 'SFF-8636' | 'CMIS';
export type ThresholdQuantity =
  'bias_mA' | 'tx_power_dBm' | 'temperature_C' | 'voltage_V' | 'rx_power_dBm';
export type ThresholdLevel = 'high_alarm' | 'low_alarm' | 'high_warning' | 'low_warning';

export interface LaneDiagnostics {
  readonly lane: number;
  readonly tx_bias_mA: number | null;
  /** null: no light (0 mW) or not reported. */
  readonly tx_power_dBm: number | null;
  readonly rx_power_dBm: number | null;
}

export interface ModuleDiagnostics {
  readonly management: Management;
  readonly identifier: number;
  readonly identifier_description: string | null;
  readonly vendor_name: string | null;
  readonly vendor_pn: string | null;
  readonly vendor_sn: string | null;
  readonly temperature_C: number | null;
  readonly voltage_V: number | null;
  readonly rx_power_kind: 'average' | 'OMA';
  readonly lanes: readonly LaneDiagnostics[];
  readonly thresholds: Partial<Record<ThresholdQuantity, Partial<Record<ThresholdLevel, number>>>>;
}

export type EthtoolParse =
  | {
      readonly ok: true;
      readonly module: ModuleDiagnostics;
      readonly skipped: readonly LineIssue[];
    }
  | { readonly ok: false; readonly message: string; readonly skipped: readonly LineIssue[] };

export interface LineIssue {
  readonly line: number;
  readonly message: string;
}

/** SFF-8024 identifiers: which management interface a module speaks. */
const SFF8636_IDS = new Set([0x0c, 0x0d, 0x11]);
const CMIS_IDS = new Set([0x18, 0x19, 0x1e]);

export function managementOf(identifier: number): Management | null {
  if (SFF8636_IDS.has(identifier)) return 'SFF-8636';
  if (CMIS_IDS.has(identifier)) return 'CMIS';
  return null;
}

const THRESHOLD_LABELS: Readonly<Record<string, ThresholdQuantity>> = {
  'Laser bias current': 'bias_mA',
  'Laser output power': 'tx_power_dBm',
  'Module temperature': 'temperature_C',
  'Module voltage': 'voltage_V',
  'Laser rx power': 'rx_power_dBm',
};
const THRESHOLD_JSON: Readonly<Record<string, ThresholdQuantity>> = {
  laser_bias_current: 'bias_mA',
  laser_output_power: 'tx_power_dBm',
  module_temperature: 'temperature_C',
  module_voltage: 'voltage_V',
  laser_rx_power: 'rx_power_dBm',
};
const LEVELS: readonly ThresholdLevel[] = [
  'high_alarm',
  'low_alarm',
  'high_warning',
  'low_warning',
];

const CHANNEL =
  /^(Laser tx bias current|Transmit avg optical power|Rcvr signal avg optical power|Receiver signal OMA) \(Channel (\d+)\)$/;
const THRESHOLD =
  /^(Laser bias current|Laser output power|Module temperature|Module voltage|Laser rx power) (high|low) (alarm|warning) threshold$/;
const LEADING_NUMBER = /^\s*([-+]?\d+(?:\.\d+)?)/;

interface Draft {
  identifier: number | null;
  identifier_description: string | null;
  vendor_name: string | null;
  vendor_pn: string | null;
  vendor_sn: string | null;
  temperature_C: number | null;
  voltage_V: number | null;
  rx_power_kind: 'average' | 'OMA';
  lanes: Map<
    number,
    { tx_bias_mA: number | null; tx_power_dBm: number | null; rx_power_dBm: number | null }
  >;
  thresholds: Partial<Record<ThresholdQuantity, Partial<Record<ThresholdLevel, number>>>>;
}

function emptyDraft(): Draft {
  return {
    identifier: null,
    identifier_description: null,
    vendor_name: null,
    vendor_pn: null,
    vendor_sn: null,
    temperature_C: null,
    voltage_V: null,
    rx_power_kind: 'average',
    lanes: new Map(),
    thresholds: {},
  };
}

function lane(draft: Draft, index: number) {
  let entry = draft.lanes.get(index);
  if (!entry) {
    entry = { tx_bias_mA: null, tx_power_dBm: null, rx_power_dBm: null };
    draft.lanes.set(index, entry);
  }
  return entry;
}

function setThreshold(
  draft: Draft,
  quantity: ThresholdQuantity,
  level: ThresholdLevel,
  value: number,
) {
  draft.thresholds[quantity] = { ...draft.thresholds[quantity], [level]: value };
}

/** A text power "0.8912 mW / -0.50 dBm": the mW reading (4 decimals) converted, or null for 0 mW. */
function textPower(value: string): number | null | undefined {
  const mw = value.split('/')[0] ?? '';
  const parsed = parsePower(mw, null);
  return parsed.ok ? parsed.dBm : undefined;
}

function leadingNumber(value: string): number | undefined {
  const match = LEADING_NUMBER.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** `ethtool -m DEV` text output. Lines it does not use are ignored; malformed values are listed. */
export function parseEthtoolText(text: string): EthtoolParse {
  const draft = emptyDraft();
  const skipped: LineIssue[] = [];
  text.split(/\r?\n/).forEach((raw, index): void => {
    const line = index + 1;
    const split = raw.indexOf(' : ');
    if (split < 0) return;
    const name = raw.slice(0, split).trim();
    const value = raw.slice(split + 3).trim();
    const problem = (what: string): void =>
      void skipped.push({ line, message: `${name}: ${JSON.stringify(value)} is not ${what}` });
    if (name === 'Identifier') {
      const match = /^0x([0-9a-fA-F]{2})(?:\s+\((.*)\))?$/.exec(value);
      if (!match) return problem('an identifier (0xNN)');
      draft.identifier = Number.parseInt(match[1] ?? '', 16);
      draft.identifier_description = match[2] ?? null;
      return;
    }
    if (name === 'Vendor name') draft.vendor_name = value;
    else if (name === 'Vendor PN') draft.vendor_pn = value;
    else if (name === 'Vendor SN') draft.vendor_sn = value;
    else if (name === 'Module temperature' || name === 'Module voltage') {
      const number = leadingNumber(value);
      if (number === undefined)
        return problem(name === 'Module voltage' ? 'a voltage' : 'a temperature');
      if (name === 'Module voltage') draft.voltage_V = number;
      else draft.temperature_C = number;
    } else {
      const channel = CHANNEL.exec(name);
      if (channel) {
        const [, what = '', number = '0'] = channel;
        const entry = lane(draft, Number(number));
        if (what === 'Laser tx bias current') {
          const bias = leadingNumber(value);
          if (bias === undefined) return problem('a current');
          entry.tx_bias_mA = bias;
          return;
        }
        const power = textPower(value);
        if (power === undefined) return problem('a power');
        if (what === 'Transmit avg optical power') entry.tx_power_dBm = power;
        else {
          entry.rx_power_dBm = power;
          draft.rx_power_kind = what === 'Receiver signal OMA' ? 'OMA' : 'average';
        }
        return;
      }
      const threshold = THRESHOLD.exec(name);
      if (threshold) {
        const [, label = '', side = '', kind = ''] = threshold;
        const quantity = THRESHOLD_LABELS[label];
        if (!quantity) return;
        const level = `${side}_${kind}` as ThresholdLevel;
        const number = quantity.endsWith('dBm') ? textPower(value) : leadingNumber(value);
        if (number === undefined || number === null) return problem('a threshold');
        setThreshold(draft, quantity, level, number);
      }
    }
  });
  return finish(draft, skipped);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberArray(value: unknown): (number | null)[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((item) => (typeof item === 'number' && Number.isFinite(item) ? item : null));
}

const mwOrNull = (value: number | null) => (value === null || value <= 0 ? null : mwToDbm(value));

/**
 * `ethtool --json -m DEV`: an array holding one object. Powers are in mW (ethtool's JSON prints the
 * mW reading without a unit: the unit comes from its source, not from a guess).
 */
export function parseEthtoolJson(text: string): EthtoolParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${(error as Error).message}`, skipped: [] };
  }
  const root = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!isRecord(root))
    return { ok: false, message: 'expected ethtool --json output: [ { … } ]', skipped: [] };
  const draft = emptyDraft();
  const skipped: LineIssue[] = [];
  const str = (key: string) => (typeof root[key] === 'string' ? (root[key] as string) : null);
  const num = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : null;
  draft.identifier = num(root['identifier']);
  draft.identifier_description = str('identifier_description');
  draft.vendor_name = str('vendor_name');
  draft.vendor_pn = str('vendor_pn');
  draft.vendor_sn = str('vendor_sn');
  draft.temperature_C = num(root['module_temperature_measurement']);
  draft.voltage_V = num(root['module_voltage_measurement']);
  const bias = numberArray(root['laser_tx_bias_current']) ?? [];
  const tx = numberArray(root['transmit_avg_optical_power']) ?? [];
  const rxObject = root['rx_power'];
  const rx = isRecord(rxObject) ? (numberArray(rxObject['values']) ?? []) : [];
  if (isRecord(rxObject) && rxObject['type'] === 'Receiver signal OMA') draft.rx_power_kind = 'OMA';
  const count = Math.max(bias.length, tx.length, rx.length);
  for (let index = 0; index < count; index++) {
    const entry = lane(draft, index + 1);
    entry.tx_bias_mA = bias[index] ?? null;
    entry.tx_power_dBm = mwOrNull(tx[index] ?? null);
    entry.rx_power_dBm = mwOrNull(rx[index] ?? null);
  }
  for (const [key, quantity] of Object.entries(THRESHOLD_JSON)) {
    const group = root[key];
    if (!isRecord(group)) continue;
    for (const level of LEVELS) {
      const value = num(group[`${level}_threshold`]);
      if (value === null) continue;
      const converted = quantity.endsWith('dBm') ? mwOrNull(value) : value;
      if (converted !== null) setThreshold(draft, quantity, level, converted);
    }
  }
  return finish(draft, skipped);
}

function finish(draft: Draft, skipped: LineIssue[]): EthtoolParse {
  if (draft.identifier === null)
    return { ok: false, message: 'no module identifier: is this `ethtool -m` output?', skipped };
  const management = managementOf(draft.identifier);
  if (management === null)
    return {
      ok: false,
      message: `identifier 0x${draft.identifier.toString(16).padStart(2, '0')} is neither SFF-8636 (QSFP) nor CMIS (QSFP-DD, OSFP)`,
      skipped,
    };
  const lanes = [...draft.lanes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, values]) => ({ lane: index, ...values }));
  return {
    ok: true,
    skipped,
    module: {
      management,
      identifier: draft.identifier,
      identifier_description: draft.identifier_description,
      vendor_name: draft.vendor_name,
      vendor_pn: draft.vendor_pn,
      vendor_sn: draft.vendor_sn,
      temperature_C: draft.temperature_C,
      voltage_V: draft.voltage_V,
      rx_power_kind: draft.rx_power_kind,
      lanes,
      thresholds: draft.thresholds,
    },
  };
}

/** Text or JSON, by the first non-blank character. */
export function parseEthtool(text: string): EthtoolParse {
  const first = text.trimStart()[0];
  return first === '[' || first === '{' ? parseEthtoolJson(text) : parseEthtoolText(text);
}

import { evaluateImdd } from '../link/imdd-link';
import type { ImddDesign, Scenario } from '../scenario/schema';
import { mwToDbm } from '../units';
import { HISTOGRAM_RANGE_DB, POWER_RANGE_DBM } from './constants';
import { LineFields } from './fast-fields';
import { addValue, createHistogram, type StreamHistogram } from './histogram';
import { berToMargin_dB, designThresholdBer } from './margin';
import { parsePower } from './power';
import { parseIsoTime } from './time';
import { header, insertTime, type Columns, type Lanes } from './telemetry-columns';
import type { RejectedLine } from './failures';

/**
 * Streaming import of a fleet telemetry CSV: one row per link and sample time. Columns (header):
 * `link_id`, `design_id`, `timestamp` (ISO 8601) or `timestamp_s` (Unix seconds), per-lane powers
 * `rx1…rxN` and `tx1…txN` with the unit in the header (`rx1_dBm`, `tx1_mW`) or in each cell
 * (`-3.1 dBm`), `pre_fec_ber`, `corrected_cw`, `uncorrectable_cw`, `temperature_C`, `flaps`.
 * Memory is constant per design (fixed-bin histograms) and per link (running sums and one sorted
 * Float64Array of its sample times), so a 10 M-row file streams through.
 */
export const MAX_LISTED = 200;
const MS_PER_S = 1000;
const MS_PER_DAY = 86_400_000;
const HASH = 35;

/** What the comparison needs of a design, computed once. */
export interface DesignModel {
  readonly design: ImddDesign;
  readonly predictedLoss_dB: number;
  /** null when the design cannot close (infeasible): the fleet still reports what it measured. */
  readonly modelMargin_dB: number | null;
  readonly levels: number;
  readonly thresholdBer: number;
}

export interface DesignAccumulator {
  readonly model: DesignModel;
  rows: number;
  readonly rxMeasured: StreamHistogram;
  readonly rxPredicted: StreamHistogram;
  readonly excessLoss: StreamHistogram;
  readonly berMargin: StreamHistogram;
  /** Model margin at the measured launch and loss, less the BER-implied margin. */
  readonly penaltyResidual: StreamHistogram;
  /** Sums for the excess-loss drift regression (t in days). */
  readonly sums: {
    n: number;
    t: number;
    tt: number;
    e: number;
    te: number;
    ee: number;
  };
}

export interface LinkAccumulator {
  readonly id: string;
  readonly design: number;
  times: Float64Array;
  count: number;
  excessSum: number;
  excessN: number;
  marginMin: number;
  marginSum: number;
  marginN: number;
  temperatureSum: number;
  temperatureN: number;
  /** Sums of (temperature, BER margin) pairs: the within-link temperature regression. */
  readonly tm: { n: number; T: number; TT: number; m: number; mm: number; Tm: number };
  flaps: number;
  uncorrectable: number;
}

export interface TelemetryState {
  /** The file names, joined with ", " when there are several. */
  source: string;
  lines: number;
  rows: number;
  accepted: number;
  rejectedCount: number;
  readonly rejected: RejectedLine[];
  duplicatesCount: number;
  readonly duplicates: { line: number; link_id: string; timestamp: string }[];
  outOfOrder: number;
  firstTime: number;
  lastTime: number;
  readonly designs: DesignAccumulator[];
  readonly links: Map<string, LinkAccumulator>;
  /** Day-zero of the drift regression (the first accepted sample), ms. */
  epoch: number;
}

export function designModel(design: ImddDesign): DesignModel {
  const link = evaluateImdd(design);
  return {
    design,
    predictedLoss_dB: link.channel_loss_dB,
    modelMargin_dB: link.link_margin_dB,
    levels: design.lane.pam_levels,
    thresholdBer: designThresholdBer(design),
  };
}

export function createTelemetryState(source: string): TelemetryState {
  return {
    source,
    lines: 0,
    rows: 0,
    accepted: 0,
    rejectedCount: 0,
    rejected: [],
    duplicatesCount: 0,
    duplicates: [],
    outOfOrder: 0,
    firstTime: Number.POSITIVE_INFINITY,
    lastTime: Number.NEGATIVE_INFINITY,
    designs: [],
    links: new Map(),
    epoch: Number.NaN,
  };
}

function newDesign(model: DesignModel): DesignAccumulator {
  return {
    model,
    rows: 0,
    rxMeasured: createHistogram(POWER_RANGE_DBM),
    rxPredicted: createHistogram(POWER_RANGE_DBM),
    excessLoss: createHistogram(HISTOGRAM_RANGE_DB),
    berMargin: createHistogram(HISTOGRAM_RANGE_DB),
    penaltyResidual: createHistogram(HISTOGRAM_RANGE_DB),
    sums: { n: 0, t: 0, tt: 0, e: 0, te: 0, ee: 0 },
  };
}

/**
 * A row-oriented importer: feed it chunks of text in file order, then call `end`. Several files
 * go through one importer: `nextFile` closes the current one (each file has its own header and
 * line numbers; rejects name their file).
 */
export interface TelemetryImporter {
  push(chunk: string): void;
  nextFile(source: string): void;
  end(): TelemetryState;
  readonly state: TelemetryState;
}

export function createTelemetryImporter(
  scenario: Pick<Scenario, 'designs'>,
  source: string,
): TelemetryImporter {
  const state = createTelemetryState(source);
  const designIndex = new Map<string, number | string>();
  for (const design of scenario.designs) {
    if (design.kind !== 'imdd')
      designIndex.set(
        design.id,
        `design ${design.id} is ${design.kind}: only IM-DD designs have an optical budget to compare`,
      );
  }
  let columns: Columns | null = null;
  let carry = '';
  let file = source;
  let fileLine = 0;
  let headerSeen = false;
  let lastTimeText: string | null = null;
  let lastTime: number | null = null;

  const reject = (line: number, text: string, reason: string) => {
    state.rejectedCount += 1;
    if (state.rejected.length < MAX_LISTED)
      state.rejected.push({ file, line, text: text.slice(0, 200), reason });
  };

  const designFor = (id: string): number | string => {
    const known = designIndex.get(id);
    if (known !== undefined) return known;
    const design = scenario.designs.find((d) => d.id === id);
    let entry: number | string;
    if (!design) entry = `no design ${JSON.stringify(id)} in the scenario`;
    else if (design.kind !== 'imdd') entry = `design ${id} is ${design.kind}`;
    else {
      state.designs.push(newDesign(designModel(design)));
      entry = state.designs.length - 1;
    }
    designIndex.set(id, entry);
    return entry;
  };

  const fields = new LineFields();
  let txBuffer = new Float64Array(16);
  let rxBuffer = new Float64Array(16);
  let lastDesignText: string | null = null;
  let lastDesign: number | string = '';

  /** A lane's power in dBm; NaN for an empty cell or no light; a string says what is wrong. */
  const lanePower = (lane: Lanes): number | string => {
    if (lane.unit !== null) {
      const value = fields.number(lane.index);
      if (value === value) {
        if (lane.unit === 'dBm') return value;
        return value > 0
          ? mwToDbm(value)
          : value === 0
            ? Number.NaN
            : `power ${value} mW is negative`;
      }
    }
    if (fields.empty(lane.index)) return Number.NaN;
    const parsed = parsePower(fields.string(lane.index), lane.unit);
    if (!parsed.ok) return parsed.message;
    return parsed.dBm ?? Number.NaN;
  };

  const optionalNumber = (index: number, name: string): number | string => {
    if (index < 0 || fields.empty(index)) return Number.NaN;
    const value = fields.number(index);
    if (value === value) return value;
    const text = fields.string(index);
    const slow = Number(text);
    return Number.isFinite(slow) ? slow : `${name} ${JSON.stringify(text)} is not a number`;
  };

  const row = (text: string, start: number, end: number, line: number, quoted: boolean) => {
    fields.load(text, start, end, quoted);
    const raw = () => text.slice(start, end);
    if (columns === null) {
      headerSeen = true;
      const parsed = header(Array.from({ length: fields.count }, (_, k) => fields.string(k)));
      if (typeof parsed === 'string') reject(line, raw(), parsed);
      else columns = parsed;
      return;
    }
    state.rows += 1;
    const c = columns;
    const linkId = fields.string(c.link);
    if (linkId === '') return reject(line, raw(), 'no link_id');
    // Rows of one design and one sample time usually follow each other: compare in place.
    if (lastDesignText === null || !fields.equals(c.design, lastDesignText)) {
      lastDesignText = fields.string(c.design);
      lastDesign = designFor(lastDesignText);
    }
    const target = lastDesign;
    if (typeof target === 'string') return reject(line, raw(), target);
    if (lastTimeText === null || !fields.equals(c.time, lastTimeText)) {
      lastTimeText = fields.string(c.time);
      const seconds = lastTimeText === '' ? Number.NaN : Number(lastTimeText);
      lastTime = c.timeIsSeconds
        ? Number.isFinite(seconds)
          ? seconds * MS_PER_S
          : null
        : parseIsoTime(lastTimeText);
    }
    const time = lastTime;
    if (time === null)
      return reject(
        line,
        raw(),
        `timestamp ${JSON.stringify(lastTimeText)} is not ${c.timeIsSeconds ? 'Unix seconds' : 'ISO 8601'}`,
      );
    let txSum = 0;
    let txN = 0;
    let excessSum = 0;
    let excessN = 0;
    const d = state.designs[target] as DesignAccumulator;
    const laneCount = c.rx.length;
    if (laneCount > rxBuffer.length) {
      rxBuffer = new Float64Array(laneCount);
      txBuffer = new Float64Array(laneCount);
    }
    for (let k = 0; k < laneCount; k++) {
      const rx = lanePower(c.rx[k] as Lanes);
      if (typeof rx === 'string') return reject(line, raw(), `rx${k + 1}: ${rx}`);
      const txLane = c.tx[k];
      const tx = txLane ? lanePower(txLane) : Number.NaN;
      if (typeof tx === 'string') return reject(line, raw(), `tx${k + 1}: ${tx}`);
      if (tx === tx) {
        txSum += tx;
        txN += 1;
      }
      rxBuffer[k] = rx;
      txBuffer[k] = tx;
    }
    const berValue = optionalNumber(c.ber, 'pre_fec_ber');
    if (
      typeof berValue === 'string' ||
      !(berValue !== berValue || (berValue >= 0 && berValue <= 1))
    )
      return reject(
        line,
        raw(),
        `pre_fec_ber ${JSON.stringify(fields.string(c.ber))} is not a probability`,
      );
    const ber = berValue === berValue ? berValue : null;
    const temperatureValue = optionalNumber(c.temperature, 'temperature_C');
    if (typeof temperatureValue === 'string') return reject(line, raw(), temperatureValue);
    const temperature = temperatureValue === temperatureValue ? temperatureValue : null;
    const flaps = optionalNumber(c.flaps, 'flaps');
    if (typeof flaps === 'string') return reject(line, raw(), flaps);
    const uncorrectable = optionalNumber(c.uncorrectable, 'uncorrectable_cw');
    if (typeof uncorrectable === 'string') return reject(line, raw(), uncorrectable);

    let link = state.links.get(linkId);
    if (!link) {
      link = {
        id: linkId,
        design: target,
        times: new Float64Array(16),
        count: 0,
        excessSum: 0,
        excessN: 0,
        marginMin: Number.POSITIVE_INFINITY,
        marginSum: 0,
        marginN: 0,
        temperatureSum: 0,
        temperatureN: 0,
        tm: { n: 0, T: 0, TT: 0, m: 0, mm: 0, Tm: 0 },
        flaps: 0,
        uncorrectable: 0,
      };
      state.links.set(linkId, link);
    } else if (link.design !== target) {
      return reject(
        line,
        raw(),
        `link ${linkId} was design ${state.designs[link.design]?.model.design.id} earlier in the file`,
      );
    }
    const placed = insertTime(link, time);
    if (placed === 'duplicate') {
      state.duplicatesCount += 1;
      if (state.duplicates.length < MAX_LISTED)
        state.duplicates.push({ line, link_id: linkId, timestamp: lastTimeText ?? '' });
      return;
    }
    if (placed === 'late') state.outOfOrder += 1;
    state.accepted += 1;
    d.rows += 1;
    if (Number.isNaN(state.epoch)) state.epoch = time;
    state.firstTime = Math.min(state.firstTime, time);
    state.lastTime = Math.max(state.lastTime, time);
    const loss = d.model.predictedLoss_dB;
    for (let k = 0; k < laneCount; k++) {
      const rx = rxBuffer[k] ?? Number.NaN;
      const tx = txBuffer[k] ?? Number.NaN;
      if (rx !== rx) continue;
      addValue(d.rxMeasured, rx);
      if (tx === tx) {
        addValue(d.rxPredicted, tx - loss);
        const excess = tx - rx - loss;
        addValue(d.excessLoss, excess);
        excessSum += excess;
        excessN += 1;
      }
    }
    const t = (time - state.epoch) / MS_PER_DAY;
    const s = d.sums;
    const excessMean = excessN > 0 ? excessSum / excessN : Number.NaN;
    if (excessN > 0) {
      link.excessSum += excessMean;
      link.excessN += 1;
      s.n += 1;
      s.t += t;
      s.tt += t * t;
      s.e += excessMean;
      s.te += t * excessMean;
      s.ee += excessMean * excessMean;
    }
    const margin = ber === null ? null : berToMargin_dB(d.model.levels, ber, d.model.thresholdBer);
    if (margin !== null) {
      addValue(d.berMargin, margin);
      link.marginMin = Math.min(link.marginMin, margin);
      link.marginSum += margin;
      link.marginN += 1;
      if (excessN > 0 && txN > 0 && d.model.modelMargin_dB !== null) {
        const launch = txSum / txN - d.model.design.tx.oma_dBm;
        addValue(d.penaltyResidual, d.model.modelMargin_dB - excessMean + launch - margin);
      }
      if (temperature !== null) {
        const tm = link.tm;
        tm.n += 1;
        tm.T += temperature;
        tm.TT += temperature * temperature;
        tm.m += margin;
        tm.mm += margin * margin;
        tm.Tm += temperature * margin;
      }
    }
    if (temperature !== null) {
      link.temperatureSum += temperature;
      link.temperatureN += 1;
    }
    link.flaps += flaps === flaps ? flaps : 0;
    link.uncorrectable += uncorrectable === uncorrectable ? uncorrectable : 0;
  };

  const closeFile = () => {
    if (carry !== '') {
      state.lines += 1;
      fileLine += 1;
      const end = carry.endsWith('\r') ? carry.length - 1 : carry.length;
      if (!carry.startsWith('#')) row(carry, 0, end, fileLine, carry.includes('"'));
      carry = '';
    }
    if (!headerSeen) reject(1, '', 'empty file: no header line');
    headerSeen = false;
    columns = null;
    fileLine = 0;
    lastTimeText = null;
    lastDesignText = null;
  };

  return {
    state,
    push(chunk) {
      const text = carry + chunk;
      const quoted = text.includes('"');
      let start = 0;
      for (;;) {
        const newline = text.indexOf('\n', start);
        if (newline < 0) break;
        const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        state.lines += 1;
        fileLine += 1;
        // '#' lines are comments (the synthetic example says so in its first lines).
        if (end > start && text.charCodeAt(start) !== HASH) row(text, start, end, fileLine, quoted);
        start = newline + 1;
      }
      carry = text.slice(start);
    },
    nextFile(next) {
      closeFile();
      file = next;
      state.source = `${state.source}, ${next}`;
    },
    end() {
      closeFile();
      return state;
    },
  };
}

import type { Scenario } from '../scenario/schema';
import { mwToDbm } from '../units';
import { LineFields, ownString } from './fast-fields';
import { addValue } from './histogram';
import { LinkTable } from './link-table';
import { parsePower } from './power';
import { parseIsoTime, parseIsoTimeAt } from './time';
import { header, placeTime, type Columns, type Lanes } from './telemetry-columns';
import {
  createTelemetryState,
  designModel,
  newDesign,
  type DesignAccumulator,
  type LinkAccumulator,
  type TelemetryState,
} from './telemetry-state';

/**
 * Streaming import of a fleet telemetry CSV: one row per link and sample time. Columns (header):
 * `link_id`, `design_id`, `timestamp` (ISO 8601) or `timestamp_s` (Unix seconds), per-lane powers
 * `rx1…rxN` and `tx1…txN` with the unit in the header (`rx1_dBm`, `tx1_mW`) or in each cell
 * (`-3.1 dBm`), `pre_fec_ber`, `corrected_cw`, `uncorrectable_cw`, `temperature_C`, `flaps`.
 * Memory is constant per design (fixed-bin histograms) and per link (running sums and its most
 * recent sample times, RECENT_TIMES), so a 10 M-row file holds what a 1 M-row one does.
 */
export const MAX_LISTED = 200;
const MS_PER_S = 1000;
const MS_PER_DAY = 86_400_000;
const HASH = 35;

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
      state.rejected.push({ file, line, text: ownString(text.slice(0, 200)), reason });
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
  const links = new LinkTable<LinkAccumulator>();
  let txBuffer = new Float64Array(16);
  let rxBuffer = new Float64Array(16);
  let lastDesignText: string | null = null;
  let lastDesign: number | string = '';
  /** What is wrong with the last cell read, when a reader returns NaN for an error. */
  let problem: string | null = null;

  /** A lane's power in dBm; NaN for an empty cell or no light, or with `problem` set. */
  const lanePower = (lane: Lanes): number => {
    if (lane.unit !== null) {
      const value = fields.number(lane.index);
      if (value === value) {
        if (lane.unit === 'dBm') return value;
        if (value > 0) return mwToDbm(value);
        if (value < 0) problem = `power ${value} mW is negative`;
        return Number.NaN;
      }
    }
    if (fields.empty(lane.index)) return Number.NaN;
    const parsed = parsePower(fields.string(lane.index), lane.unit);
    if (!parsed.ok) problem = parsed.message;
    else if (parsed.dBm !== null) return parsed.dBm;
    return Number.NaN;
  };

  /** NaN when absent or empty, or with `problem` set when it is not a number. */
  const optionalNumber = (index: number, name: string): number => {
    if (index < 0) return Number.NaN;
    const value = fields.number(index);
    if (value === value || fields.empty(index)) return value;
    const text = fields.string(index);
    const slow = Number(text);
    if (Number.isFinite(slow)) return slow;
    problem = `${name} ${JSON.stringify(text)} is not a number`;
    return Number.NaN;
  };

  /** The last ISO time read in place and its value (neighbouring rows often share it). */
  let timeText = '';
  let timeValue = Number.NaN;

  /** The sample time in ms, or NaN (then `problem` says why). */
  const sampleTime = (c: Columns): number => {
    if (c.timeIsSeconds) {
      const seconds = fields.number(c.time);
      if (seconds === seconds) return seconds * MS_PER_S;
    } else if (fields.range(c.time)) {
      if (timeValue === timeValue && fields.equals(c.time, timeText)) return timeValue;
      const fast = parseIsoTimeAt(fields.text, fields.a, fields.b);
      if (fast === fast) {
        // A view into the chunk, not a copy: it holds one chunk at most, until the next time.
        timeText = fields.text.slice(fields.a, fields.b);
        timeValue = fast;
        return fast;
      }
    }
    // The slow path, at most once per distinct text in a row (samples share their time).
    if (lastTimeText === null || !fields.equals(c.time, lastTimeText)) {
      lastTimeText = ownString(fields.string(c.time));
      const seconds = lastTimeText === '' ? Number.NaN : Number(lastTimeText);
      lastTime = c.timeIsSeconds
        ? Number.isFinite(seconds)
          ? seconds * MS_PER_S
          : null
        : parseIsoTime(lastTimeText);
    }
    if (lastTime !== null) return lastTime;
    problem = `timestamp ${JSON.stringify(lastTimeText)} is not ${c.timeIsSeconds ? 'Unix seconds' : 'ISO 8601'}`;
    return Number.NaN;
  };

  const newLink = (id: string, design: number, hash: number): LinkAccumulator => {
    const link: LinkAccumulator = {
      id,
      design,
      times: new Float64Array(0),
      count: 0,
      samples: 0,
      first: Number.NaN,
      last: Number.NaN,
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
    links.add(link, hash);
    state.links.set(id, link);
    return link;
  };

  /** The line `fields` holds (read by `scanLine`). */
  const row = (line: number) => {
    const text = fields.text;
    const start = fields.lineStart;
    const end = fields.lineEnd;
    if (columns === null) {
      headerSeen = true;
      const parsed = header(Array.from({ length: fields.count }, (_, k) => fields.string(k)));
      if (typeof parsed === 'string') reject(line, text.slice(start, end), parsed);
      else columns = parsed;
      return;
    }
    state.rows += 1;
    const c = columns;
    problem = null;
    if (fields.empty(c.link)) return reject(line, text.slice(start, end), 'no link_id');
    // Rows of one design usually follow each other: compare in place.
    if (lastDesignText === null || !fields.equals(c.design, lastDesignText)) {
      lastDesignText = ownString(fields.string(c.design));
      lastDesign = designFor(lastDesignText);
    }
    const target = lastDesign;
    if (typeof target === 'string') return reject(line, text.slice(start, end), target);
    const time = sampleTime(c);
    if (time !== time) return reject(line, text.slice(start, end), problem ?? 'no timestamp');
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
      if (problem !== null) return reject(line, text.slice(start, end), `rx${k + 1}: ${problem}`);
      const txLane = c.tx[k];
      const tx = txLane ? lanePower(txLane) : Number.NaN;
      if (problem !== null) return reject(line, text.slice(start, end), `tx${k + 1}: ${problem}`);
      if (tx === tx) {
        txSum += tx;
        txN += 1;
      }
      rxBuffer[k] = rx;
      txBuffer[k] = tx;
    }
    const ber = optionalNumber(c.ber, 'pre_fec_ber');
    if (problem !== null || ber < 0 || ber > 1)
      return reject(
        line,
        text.slice(start, end),
        `pre_fec_ber ${JSON.stringify(fields.string(c.ber))} is not a probability`,
      );
    const temperature = optionalNumber(c.temperature, 'temperature_C');
    const flaps = problem === null ? optionalNumber(c.flaps, 'flaps') : Number.NaN;
    const uncorrectable =
      problem === null ? optionalNumber(c.uncorrectable, 'uncorrectable_cw') : Number.NaN;
    if (problem !== null) return reject(line, text.slice(start, end), problem);

    const hash = fields.hash(c.link);
    let link = links.find(fields, c.link, hash);
    if (!link) link = newLink(ownString(fields.string(c.link)), target, hash);
    else if (link.design !== target) {
      return reject(
        line,
        text.slice(start, end),
        `link ${link.id} was design ${state.designs[link.design]?.model.design.id} earlier in the file`,
      );
    }
    const placed = placeTime(link, time);
    if (placed === 'duplicate') {
      state.duplicatesCount += 1;
      if (state.duplicates.length < MAX_LISTED)
        state.duplicates.push({
          line,
          link_id: link.id,
          timestamp: ownString(fields.string(c.time)),
        });
      return;
    }
    if (placed !== 'new') state.outOfOrder += 1;
    if (placed === 'unchecked') state.unchecked += 1;
    state.accepted += 1;
    link.samples += 1;
    d.rows += 1;
    if (state.epoch !== state.epoch) state.epoch = time;
    if (time < state.firstTime) state.firstTime = time;
    if (time > state.lastTime) state.lastTime = time;
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
    const margin = ber === ber ? d.marginCache.margin(ber) : Number.NaN;
    if (margin === margin) {
      addValue(d.berMargin, margin);
      if (margin < link.marginMin) link.marginMin = margin;
      link.marginSum += margin;
      link.marginN += 1;
      if (excessN > 0 && txN > 0 && d.model.modelMargin_dB !== null) {
        const launch = txSum / txN - d.model.design.tx.oma_dBm;
        addValue(d.penaltyResidual, d.model.modelMargin_dB - excessMean + launch - margin);
      }
      if (temperature === temperature) {
        const tm = link.tm;
        tm.n += 1;
        tm.T += temperature;
        tm.TT += temperature * temperature;
        tm.m += margin;
        tm.mm += margin * margin;
        tm.Tm += temperature * margin;
      }
    }
    if (temperature === temperature) {
      link.temperatureSum += temperature;
      link.temperatureN += 1;
    }
    if (flaps === flaps) link.flaps += flaps;
    if (uncorrectable === uncorrectable) link.uncorrectable += uncorrectable;
  };

  /** The line `fields` just read; empty and '#' lines (comments) are counted, not read. */
  const lineRead = () => {
    state.lines += 1;
    fileLine += 1;
    // '#' lines are comments (the synthetic example says so in its first lines).
    const start = fields.lineStart;
    if (fields.lineEnd > start && fields.text.charCodeAt(start) !== HASH) row(fileLine);
  };

  const closeFile = () => {
    if (carry !== '') {
      fields.scanLine(`${carry}\n`, 0);
      carry = '';
      lineRead();
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
      // The chunk is read where it lies, in one pass per line (a `carry + chunk` string would
      // make every character read go through a concatenation); only the line split across the
      // boundary is joined, on its own.
      let start = 0;
      if (carry !== '') {
        const newline = chunk.indexOf('\n');
        if (newline < 0) {
          carry = ownString(carry + chunk);
          return;
        }
        fields.scanLine(ownString(carry + chunk.slice(0, newline + 1)), 0);
        carry = '';
        lineRead();
        start = newline + 1;
      }
      for (;;) {
        const newline = fields.scanLine(chunk, start);
        if (newline < 0) break;
        lineRead();
        start = newline + 1;
      }
      carry = start < chunk.length ? ownString(chunk.slice(start)) : '';
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

import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { ImddDesign } from '../scenario/schema';
import { marginToBer } from './margin';
import { designModel } from './telemetry-state';
import { mulberry32 } from '../suppliers/random';

/**
 * Synthetic fleet telemetry (labelled as such wherever it is shipped): links of given designs,
 * each with its own excess loss and temperature, sampled at a fixed interval. Seeded, so the
 * example, the tests and the bench see the same numbers. The planted truths are the inputs here,
 * so calibration can be checked against them.
 */
export interface SyntheticDesign {
  readonly design: ImddDesign;
  readonly links: number;
  /** Median excess loss over the model's channel loss, dB (the planted truth). */
  readonly excess_loss_dB: number;
  readonly excess_loss_sd_dB: number;
  /** Penalty the model does not have, dB (planted). */
  readonly penalty_dB: number;
  /** Excess-loss drift, dB per year. */
  readonly drift_dB_per_year: number;
}

export interface SyntheticOptions {
  readonly designs: readonly SyntheticDesign[];
  readonly samples_per_link: number;
  readonly interval_s: number;
  readonly start_iso: string;
  readonly lanes: number;
  readonly seed: number;
  /** Margin lost per °C above the reference temperature (planted). */
  readonly temperature_coefficient_dB_per_C: number;
}

/** Reference module temperature of the planted temperature dependence, °C. */
const REFERENCE_TEMPERATURE_C = 45;
const LAUNCH_ABOVE_MINIMUM_DB = 1;
const LAUNCH_SD_DB = 0.3;
const SAMPLE_NOISE_DB = 0.05;
const TEMPERATURE_SPREAD_C = 8;
const DIURNAL_SWING_C = 3;
const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;
const CODEWORDS_PER_SAMPLE = 1e9;

function gaussian(random: () => number): () => number {
  return () => {
    const u = Math.max(random(), Number.MIN_VALUE);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

export function syntheticHeader(lanes: number): string {
  const rx = Array.from({ length: lanes }, (_, k) => `rx${k + 1}_dBm`);
  const tx = Array.from({ length: lanes }, (_, k) => `tx${k + 1}_dBm`);
  return [
    'link_id',
    'design_id',
    'timestamp',
    ...tx,
    ...rx,
    'pre_fec_ber',
    'corrected_cw',
    'uncorrectable_cw',
    'temperature_C',
    'flaps',
  ].join(',');
}

/** The telemetry as CSV text in chunks of about `rowsPerChunk` rows (header first). */
export function* syntheticTelemetry(
  options: SyntheticOptions,
  rowsPerChunk = 10_000,
): Generator<string> {
  const random = mulberry32(options.seed);
  const normal = gaussian(random);
  const start = Date.parse(options.start_iso);
  const spread: Record<string, number[]> = {};
  for (const entry of options.designs) {
    const values = Array.from({ length: entry.links }, (_, k) =>
      normalQuantile((k + 0.5) / entry.links, 0, 1),
    );
    for (let k = values.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [values[k], values[j]] = [values[j] ?? 0, values[k] ?? 0];
    }
    spread[entry.design.id] = values;
  }
  const links = options.designs.flatMap((entry, designIndex) => {
    const model = designModel(entry.design);
    return Array.from({ length: entry.links }, (_, k) => ({
      id: `${entry.design.id}-link-${String(k + 1).padStart(4, '0')}`,
      entry,
      model,
      designIndex,
      // Stratified normal quantiles, shuffled: the links' median is the planted value exactly.
      excess: entry.excess_loss_dB + entry.excess_loss_sd_dB * (spread[entry.design.id]?.[k] ?? 0),
      temperature: REFERENCE_TEMPERATURE_C + TEMPERATURE_SPREAD_C * (random() - 0.5) * 2,
      launch: Array.from(
        { length: options.lanes },
        () => LAUNCH_ABOVE_MINIMUM_DB + LAUNCH_SD_DB * normal(),
      ),
    }));
  });
  let chunk: string[] = [syntheticHeader(options.lanes)];
  for (let sample = 0; sample < options.samples_per_link; sample++) {
    const seconds = sample * options.interval_s;
    const timestamp = new Date(start + seconds * 1000).toISOString();
    const diurnal = DIURNAL_SWING_C * Math.sin((2 * Math.PI * seconds) / SECONDS_PER_DAY);
    for (const link of links) {
      const { design } = link.entry;
      const excess = link.excess + (link.entry.drift_dB_per_year * seconds) / SECONDS_PER_YEAR;
      const temperature = link.temperature + diurnal;
      const tx: string[] = [];
      const rx: string[] = [];
      for (let lane = 0; lane < options.lanes; lane++) {
        const launch = design.tx.oma_dBm + (link.launch[lane] ?? 0);
        const laneExcess = excess + SAMPLE_NOISE_DB * normal();
        tx.push(launch.toFixed(2));
        rx.push((launch - link.model.predictedLoss_dB - laneExcess).toFixed(2));
      }
      // Rounded powers are what the telemetry says: the margin is planted on the rounded values.
      const txMean = tx.reduce((sum, value) => sum + Number(value), 0) / options.lanes;
      const rxMean = rx.reduce((sum, value) => sum + Number(value), 0) / options.lanes;
      const measuredExcess = txMean - rxMean - link.model.predictedLoss_dB;
      const margin =
        feasibleMargin(link.model.modelMargin_dB) -
        measuredExcess +
        (txMean - design.tx.oma_dBm) -
        link.entry.penalty_dB -
        options.temperature_coefficient_dB_per_C * (temperature - REFERENCE_TEMPERATURE_C);
      const ber = marginToBer(link.model.levels, margin, link.model.thresholdBer);
      const corrected = Math.round(ber * CODEWORDS_PER_SAMPLE);
      const flaps = random() < 0.001 ? 1 : 0;
      chunk.push(
        [
          link.id,
          design.id,
          timestamp,
          ...tx,
          ...rx,
          ber.toPrecision(4),
          corrected,
          0,
          temperature.toFixed(1),
          flaps,
        ].join(','),
      );
      if (chunk.length >= rowsPerChunk) {
        // A trailing '' gives the final newline within one flat join (no concatenated string).
        chunk.push('');
        yield chunk.join('\n');
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) {
    chunk.push('');
    yield chunk.join('\n');
  }
}

/** Synthetic telemetry plants offsets on a margin, so the design must close. */
function feasibleMargin(margin_dB: number | null): number {
  if (margin_dB === null)
    throw new Error(
      'synthetic telemetry: the design cannot close, so it has no margin to plant on',
    );
  return margin_dB;
}

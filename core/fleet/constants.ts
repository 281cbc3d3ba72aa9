import { sourced, type Sourced } from '../provenance';

/**
 * The fleet model's constants. Histogram bins are a resolution choice (they bound the error of the
 * streamed medians), not physics; the Llama 3 record is published data.
 */

/** Bin width of the streamed dB histograms: medians and quantiles are exact to half of it. */
export const HISTOGRAM_BIN_DB = 0.01;
/** Span of the streamed histograms, dB: excess loss and margins outside it are clamped to the ends. */
export const HISTOGRAM_RANGE_DB: readonly [number, number] = [-40, 40];
/** Span of the received-power histograms, dBm. */
export const POWER_RANGE_DBM: readonly [number, number] = [-40, 10];

/** One-sided confidence of the FIT upper bound and the two-sided interval, by default. */
export const DEFAULT_FIT_CONFIDENCE = 0.9;

/**
 * Sample times kept per link for the duplicate check: at least the most recent RECENT_TIMES
 * (64 samples: 16 hours at 15-minute telemetry), at most twice that. Memory per link is then
 * fixed however long the file, so a 10 M-row import holds no more than a 1 M-row one with the
 * same links. A late sample older than the window is accepted without the check and counted.
 */
export const RECENT_TIMES = 64;

/** Links kept in the worst-links table. */
export const WORST_LINKS = 50;

/**
 * Meta, "The Llama 3 Herd of Models" (2024), Table 5: root causes of the unexpected interruptions
 * of 54 days of Llama 3 405B pre-training on 16,384 H100 GPUs (400 Gb/s RoCE, three-layer Clos).
 * 466 interruptions, 47 planned, 419 unexpected; counts by category as published.
 */
export const LLAMA3_GPUS: Sourced = sourced(16_384, {
  source: 'META_LLAMA3_HERD',
  year: 2024,
  kind: 'paper',
});
export const LLAMA3_DAYS: Sourced = sourced(54, {
  source: 'META_LLAMA3_HERD',
  year: 2024,
  kind: 'paper',
});
export const LLAMA3_PORT_SPEED_GBPS: Sourced = sourced(400, {
  source: 'META_LLAMA3_HERD',
  year: 2024,
  kind: 'paper',
});
export const LLAMA3_TOTAL_INTERRUPTIONS = 466;
export const LLAMA3_PLANNED_INTERRUPTIONS = 47;

/** Table 5 of META_LLAMA3_HERD, category → count (unexpected interruptions, 419 in all). */
export const LLAMA3_TABLE5: readonly (readonly [string, number])[] = [
  ['Faulty GPU', 148],
  ['GPU HBM3 Memory', 72],
  ['Software Bug', 54],
  ['Network Switch/Cable', 35],
  ['Host Maintenance', 32],
  ['GPU SRAM Memory', 19],
  ['GPU System Processor', 17],
  ['NIC', 7],
  ['NCCL Watchdog Timeouts', 7],
  ['Silent Data Corruption', 6],
  ['GPU Thermal Interface + Sensor', 6],
  ['SSD', 3],
  ['Power Supply', 3],
  ['Server Chassis', 2],
  ['IO Expansion Board', 2],
  ['Dependency', 2],
  ['CPU', 2],
  ['System Memory', 2],
];

import Papa from 'papaparse';
import type { StatisticalEye } from '../../../../core';

/**
 * The statistical eye reshaped for charts and files. The core computes one UI of phases (the eye
 * is periodic in phase); charts show two UIs centred on the best sampling phase.
 */

/** Densities and BERs below this are drawn as "never": a log axis needs a floor. */
export const PROBABILITY_FLOOR = 1e-30;

export interface EyeGrid {
  /** Time from the best sampling phase, UI, 2N columns from −1 to +1. */
  readonly time_UI: Float64Array;
  readonly amplitudes: Float64Array;
  /** log10 density per OMA unit, rows = amplitudes, columns = time (Plotly wants plain rows). */
  readonly logDensity: number[][];
  /** log10 BER map, same shape. */
  readonly logBer: number[][];
}

/** Phase index shown in column j of a 2-UI window centred on the best phase. */
function phaseOfColumn(eye: StatisticalEye, column: number): number {
  const n = eye.phases_UI.length;
  return (((eye.bestPhaseIndex + column - n) % n) + n) % n;
}

export function eyeGrid(eye: StatisticalEye): EyeGrid {
  const n = eye.phases_UI.length;
  const bins = eye.amplitudes.length;
  const columns = 2 * n + 1;
  const time_UI = new Float64Array(columns);
  for (let j = 0; j < columns; j++) time_UI[j] = (j - n) / n;
  const logDensity: number[][] = [];
  const logBer: number[][] = [];
  for (let b = 0; b < bins; b++) {
    const densityRow = new Array<number>(columns);
    const berRow = new Array<number>(columns);
    for (let j = 0; j < columns; j++) {
      const index = phaseOfColumn(eye, j) * bins + b;
      densityRow[j] = Math.log10(Math.max(eye.density[index] ?? 0, PROBABILITY_FLOOR));
      berRow[j] = Math.log10(Math.max(eye.berMap[index] ?? 0, PROBABILITY_FLOOR));
    }
    logDensity.push(densityRow);
    logBer.push(berRow);
  }
  return { time_UI, amplitudes: eye.amplitudes, logDensity, logBer };
}

/** BER against phase over one UI centred on the best phase (x in UI from it). */
export function phaseBathtub(eye: StatisticalEye): { x: Float64Array; ber: Float64Array } {
  const n = eye.phases_UI.length;
  const x = new Float64Array(n + 1);
  const ber = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) {
    x[j] = (j - n / 2) / n;
    const phase = (((eye.bestPhaseIndex + j - n / 2) % n) + n) % n;
    ber[j] = Math.max(eye.berVsPhase[phase] ?? 0, PROBABILITY_FLOOR);
  }
  return { x, ber };
}

function round(value: number, digits = 6): number {
  return Number(value.toPrecision(digits));
}

/** The eye over one UI as a long table: one row per (phase, amplitude). */
export function eyeCsv(eye: StatisticalEye): string {
  const n = eye.phases_UI.length;
  const bins = eye.amplitudes.length;
  const rows: (number | string)[][] = [];
  for (let phase = 0; phase < n; phase++) {
    for (let b = 0; b < bins; b++) {
      rows.push([
        round(eye.phases_UI[phase] as number),
        round(eye.amplitudes[b] as number),
        round(eye.density[phase * bins + b] as number),
        round(eye.berMap[phase * bins + b] as number),
      ]);
    }
  }
  return `${Papa.unparse({
    fields: ['time_from_pulse_peak_UI', 'amplitude_OMA', 'density_per_OMA', 'ber'],
    data: rows,
  })}\n`;
}

/** Both bathtubs in one table: curve = phase (x in UI) or threshold (x in OMA units). */
export function bathtubCsv(eye: StatisticalEye): string {
  const rows: (number | string)[][] = [];
  const phase = phaseBathtub(eye);
  phase.x.forEach((x, i) => rows.push(['phase', round(x), round(phase.ber[i] as number)]));
  eye.amplitudes.forEach((x, i) =>
    rows.push(['threshold', round(x), round(eye.berVsThreshold[i] as number)]),
  );
  return `${Papa.unparse({ fields: ['curve', 'x', 'ber'], data: rows })}\n`;
}

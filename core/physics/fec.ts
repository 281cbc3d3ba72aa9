import type { FecId } from '../scenario/schema';
import { sourced, type Sourced } from '../provenance';

/** A forward-error-correction preset: the pre-FEC BER the PMD must reach, and the code's overhead. */
export interface FecPreset {
  readonly id: FecId;
  readonly name: string;
  /** Codeword and payload length in symbols; none for uncoded links. */
  readonly n: number;
  readonly k: number;
  readonly preFecBerThreshold: Sourced;
}

export const FEC_PRESETS: Readonly<Record<FecId, FecPreset>> = {
  kp4: {
    id: 'kp4',
    name: 'RS(544,514) "KP4"',
    n: 544,
    k: 514,
    preFecBerThreshold: sourced(2.4e-4, { source: 'LABPRO_STD', year: 2024, kind: 'standard' }),
  },
  kr4: {
    id: 'kr4',
    name: 'RS(528,514) "KR4"',
    n: 528,
    k: 514,
    preFecBerThreshold: sourced(5e-5, { source: 'LABPRO_STD', year: 2024, kind: 'standard' }),
  },
  none: {
    id: 'none',
    name: 'no FEC',
    n: 1,
    k: 1,
    preFecBerThreshold: sourced(1e-12, { source: 'IEEE_8023_BER', year: 2010, kind: 'standard' }),
  },
};

/** Rate overhead n/k − 1 (KP4: 5.84 %). */
export function fecOverhead(preset: FecPreset): number {
  return preset.n / preset.k - 1;
}

/** 256b/257b transcoding ahead of the Reed–Solomon FECs; 64b/66b line coding without FEC. */
const TRANSCODE_256B_257B = 256 / 257;
const LINE_CODE_64B_66B = 64 / 66;

/**
 * Payload carried by a lane of the given line rate: 106.25 Gb/s with KP4 carries 100 Gb/s,
 * 25.78125 Gb/s with KR4 or 64b/66b carries 25 Gb/s.
 */
export function payloadRate_gbps(lineRate_gbps: number, fec: FecId): number {
  if (fec === 'none') return lineRate_gbps * LINE_CODE_64B_66B;
  const preset = FEC_PRESETS[fec];
  return (lineRate_gbps * preset.k * TRANSCODE_256B_257B) / preset.n;
}

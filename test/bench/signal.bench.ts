import { pulseResponse } from '../../core/signal/pulse-response';
import { statisticalEye } from '../../core/signal/statistical-eye';
import { isiPenaltyOfPulse } from '../../core/signal/isi-penalty';

/** The target: a PAM4 statistical eye, 64 samples/UI × 256 bins × 8 neighbours, ≤ 50 ms. */
const EYE_TARGET_MS = 50;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function time(label: string, runs: number, target_ms: number | null, body: () => number): void {
  let sink = 0;
  for (let i = 0; i < 5; i++) sink += body(); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += body();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = percentile(samples, 0.5);
  const p95 = percentile(samples, 0.95);
  const verdict =
    target_ms === null ? '' : `  target ≤ ${target_ms} ms: ${p95 <= target_ms ? 'met' : 'MISSED'}`;
  console.log(
    `${label.padEnd(52)} median ${median.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms${verdict}  (checksum ${sink.toFixed(3)})`,
  );
}

export function runSignalBench(): void {
  const channel = {
    baud_GBd: 53.125,
    tx: { shape: 'gaussian', bandwidth_GHz: 0.7 * 53.125 },
    rx: { shape: 'bessel-thomson', bandwidth_GHz: 0.5 * 53.125 },
    fiber: {
      length_m: 2000,
      wavelength_nm: 1271,
      dispersion_ps_per_nm_km: -3.9,
      sourceRmsWidth_nm: 0.1,
      modalBandwidth_MHz_km: null,
    },
  } as const;
  time('PAM4 statistical eye (pulse + eye, 64 × 256, 8 sym)', 40, EYE_TARGET_MS, () => {
    const pulse = pulseResponse(channel, { samplesPerUi: 64 });
    const eye = statisticalEye(pulse, { levels: 4, noiseSigma: 0.03, targetBer: 2.4e-4 });
    return eye.eyeHeight;
  });
  time('NRZ statistical eye (64 × 256, 8 sym)', 40, EYE_TARGET_MS, () => {
    const pulse = pulseResponse(channel, { samplesPerUi: 64 });
    return statisticalEye(pulse, { levels: 2, noiseSigma: 0.08, targetBer: 2.4e-4 }).eyeHeight;
  });
  time('ISI penalty, PAM4 (32 samples/UI, σ search)', 40, null, () => {
    const pulse = pulseResponse(channel, { samplesPerUi: 32 });
    return isiPenaltyOfPulse(pulse, { levels: 4, targetBer: 2.4e-4 }).penalty_dB;
  });
}

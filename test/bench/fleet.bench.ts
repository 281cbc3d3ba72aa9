import { readFileSync } from 'node:fs';
import {
  compareFleet,
  createTelemetryImporter,
  parseScenarioText,
  syntheticTelemetry,
  type ImddDesign,
} from '../../core/index';

/**
 * Fleet telemetry import: 1,000,000 synthetic rows (10,000 links × 100 samples, 4 lanes) streamed
 * through the importer in ~10,000-row chunks, as the CLI and the worker feed it. The text is
 * generated chunk by chunk and never held whole; only the time inside the importer (push, end,
 * comparison) is counted. Targets: ≤ 3 s, ≤ 300 MB resident.
 */
export function runFleetBench(): void {
  const parsed = parseScenarioText(readFileSync('examples/fleet/fleet-scenario.json', 'utf8'));
  if (!parsed.ok) throw new Error('examples/fleet/fleet-scenario.json does not parse');
  const scenario = parsed.scenario;
  const designs = scenario.designs.filter((d): d is ImddDesign => d.kind === 'imdd');
  const chunks = syntheticTelemetry({
    designs: designs.map((design, index) => ({
      design,
      links: 5000,
      excess_loss_dB: index === 1 ? 1.5 : 0,
      excess_loss_sd_dB: 0.3,
      penalty_dB: 0,
      drift_dB_per_year: 0,
    })),
    samples_per_link: 100,
    interval_s: 900,
    start_iso: '2026-01-01T00:00:00Z',
    lanes: 4,
    seed: 1,
    temperature_coefficient_dB_per_C: 0.03,
  });
  const importer = createTelemetryImporter(scenario, 'bench.csv');
  let inside_ms = 0;
  let bytes = 0;
  let peakRss = 0;
  for (const chunk of chunks) {
    bytes += chunk.length;
    const start = process.hrtime.bigint();
    importer.push(chunk);
    inside_ms += Number(process.hrtime.bigint() - start) / 1e6;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const start = process.hrtime.bigint();
  const comparison = compareFleet(importer.end());
  inside_ms += Number(process.hrtime.bigint() - start) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const excess = comparison.designs[1]?.excess_loss_dB.median ?? Number.NaN;
  console.log(
    `fleet import: ${comparison.accepted.toLocaleString('en')} telemetry rows (${(bytes / 2 ** 20).toFixed(0)} MiB of CSV) in ${(inside_ms / 1000).toFixed(2)} s (target ≤ 3 s), peak rss ${(peakRss / 2 ** 20).toFixed(0)} MiB (target ≤ 300 MB); planted excess 1.50 dB → ${excess.toFixed(2)} dB`,
  );
}

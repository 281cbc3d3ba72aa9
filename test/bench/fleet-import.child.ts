import { readFileSync } from 'node:fs';
import {
  compareFleet,
  createTelemetryImporter,
  parseScenarioText,
  syntheticTelemetry,
  type ImddDesign,
} from '../../core/index';

/**
 * The fleet import bench, run in a child process of its own so that its peak RSS is the
 * import's and not the bench runner's (bundled and spawned by fleet.bench.ts). Argument: the
 * number of sample rounds (each round is one row per link, 10,000 links, 4 lanes).
 *
 * The rows are real synthetic telemetry (`syntheticTelemetry`), generated for TEMPLATE_ROUNDS
 * rounds once; round r of the run is template r mod TEMPLATE_ROUNDS with its timestamp moved to
 * round r's, so 10 M rows cost seconds to make instead of a minute, and every row stays a
 * distinct, valid sample. Prints one JSON line: rows, import wall and CPU time, RSS before the
 * import, its peak, and RSS at each million rows.
 */
const LINKS_PER_DESIGN = 5000;
const TEMPLATE_ROUNDS = 10;
const INTERVAL_S = 900;
const START = '2026-01-01T00:00:00Z';
const ROWS_PER_CHECKPOINT = 1_000_000;

const rounds = Number(process.argv[2] ?? 100);
const parsed = parseScenarioText(readFileSync('examples/fleet/fleet-scenario.json', 'utf8'));
if (!parsed.ok) throw new Error('examples/fleet/fleet-scenario.json does not parse');
const scenario = parsed.scenario;
const designs = scenario.designs.filter((d): d is ImddDesign => d.kind === 'imdd');
/** The header and TEMPLATE_ROUNDS rounds of rows; the generator's text is released after. */
function makeTemplates() {
  const text = [
    ...syntheticTelemetry({
      designs: designs.map((design, index) => ({
        design,
        links: LINKS_PER_DESIGN,
        excess_loss_dB: index === 1 ? 1.5 : 0,
        excess_loss_sd_dB: 0.3,
        penalty_dB: 0,
        drift_dB_per_year: 0,
      })),
      samples_per_link: TEMPLATE_ROUNDS,
      interval_s: INTERVAL_S,
      start_iso: START,
      lanes: 4,
      seed: 1,
      temperature_coefficient_dB_per_C: 0.03,
    }),
  ].join('');
  const lines = text.split('\n');
  const links = LINKS_PER_DESIGN * designs.length;
  const header = `${lines[0]}\n`;
  const templates = Array.from({ length: TEMPLATE_ROUNDS }, (_, r) =>
    [...lines.slice(1 + r * links, 1 + (r + 1) * links), ''].join('\n'),
  );
  return { links, header, templates };
}
const { links, header, templates } = makeTemplates();
const stamp = (round: number) =>
  new Date(Date.parse(START) + round * INTERVAL_S * 1000).toISOString();

globalThis.gc?.();
const before_MB = process.memoryUsage().rss / 2 ** 20;
const importer = createTelemetryImporter(scenario, 'bench.csv');
let wall_ms = 0;
let peak_MB = before_MB;
let bytes = 0;
const checkpoints: [number, number][] = [];
let cpu_ms = 0;
/** Only the importer's time is counted: making the chunk is the bench's work, not the import's. */
const timed = (run: () => void) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  wall_ms += Number(process.hrtime.bigint() - start) / 1e6;
  const spent = process.cpuUsage(cpu);
  cpu_ms += (spent.user + spent.system) / 1000;
};
timed(() => importer.push(header));
for (let round = 0; round < rounds; round++) {
  const template = round % TEMPLATE_ROUNDS;
  // Through bytes, as the CLI and the worker get their text (decoded from a file's buffer): a
  // flat string. replaceAll alone would hand the importer a rope of 10,000 pieces.
  const moved =
    round === template
      ? (templates[template] ?? '')
      : (templates[template] ?? '').replaceAll(stamp(template), stamp(round));
  const chunk = Buffer.from(moved, 'latin1').toString('latin1');
  bytes += chunk.length;
  timed(() => importer.push(chunk));
  const rss = process.memoryUsage().rss / 2 ** 20;
  if (rss > peak_MB) peak_MB = rss;
  const rows = (round + 1) * links;
  if (rows % ROWS_PER_CHECKPOINT === 0) checkpoints.push([rows, Math.round(rss)]);
}
let comparison = null as ReturnType<typeof compareFleet> | null;
timed(() => {
  comparison = compareFleet(importer.end());
});
peak_MB = Math.max(peak_MB, process.memoryUsage().rss / 2 ** 20);
const result = comparison as ReturnType<typeof compareFleet> | null;
console.log(
  JSON.stringify({
    rows: result?.accepted ?? 0,
    bytes,
    wall_ms,
    cpu_ms,
    before_MB,
    peak_MB,
    max_rss_MB: process.resourceUsage().maxRSS / 1024,
    checkpoints,
    excess_dB: result?.designs[1]?.excess_loss_dB.median ?? null,
    duplicates: result?.duplicates_count ?? null,
  }),
);

import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';
import { escapeXml as h } from '../brief/svg-charts';
import { compareLlama3 } from './llama3';

/**
 * The brief's "Field data" section: what was calibrated from which telemetry (the values written
 * into the designs with provenance kind `measured`, and what they replaced), the field FIT, and the
 * published Llama 3 record beside the model's default. Empty when the scenario has no fleet data.
 */
const f = (value: number | undefined | null, digits = 2) =>
  value === undefined || value === null ? '—' : value.toFixed(digits);
const signed = (value: number | undefined | null) =>
  value === undefined || value === null ? '—' : `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;

export function fleetBriefSection(context: BriefContext): BriefSection {
  const fleet = context.scenario.fleet;
  const calibrations = fleet?.calibrations ?? [];
  if (calibrations.length === 0 && fleet?.field_fit === undefined) return EMPTY_BRIEF_SECTION;
  const rows = calibrations
    .map((c) => {
      const design = context.scenario.designs.find((d) => d.id === c.design_id);
      const now =
        design?.kind === 'imdd'
          ? `${f(design.channel.measured_loss_dB)} dB loss, ${f(design.penalties.other_dB)} dB other penalty`
          : '—';
      return `<tr><th scope="row">${h(design?.name ?? c.design_id)}</th><td>${h(c.source)}<br><span class="muted">${h(c.hash ?? 'no hash')}</span></td><td>${h(c.from.slice(0, 10))} … ${h(c.to.slice(0, 10))}</td><td>${c.samples} on ${c.links} links</td><td>${signed(c.excess_loss_dB)} (${signed(c.excess_loss_range_dB[0])} … ${signed(c.excess_loss_range_dB[1])})</td><td>${signed(c.penalty_offset_dB)}</td><td>${c.previous.measured_loss_dB === null ? 'computed loss' : `${f(c.previous.measured_loss_dB)} dB`}, ${f(c.previous.other_penalty_dB)} dB</td><td>${now}</td></tr>`;
    })
    .join('');
  const calibrationTable =
    calibrations.length > 0
      ? `<p>The link model was calibrated to fleet telemetry: the designs below carry the fitted channel loss and penalty with provenance kind <span class="kind kind-measured">measured</span>, and every figure in this brief uses them.</p><div class="wide"><table class="numbers"><thead><tr><th>Design</th><th>Telemetry</th><th>Dates</th><th>Lane samples</th><th>Excess loss dB (p10 … p90)</th><th>Penalty offset dB</th><th>Before</th><th>Now</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : '';
  const fit = fleet?.field_fit;
  const pct = (value: number) => `${Math.round(value * 100)} %`;
  const fitText = fit
    ? `<p>Field FIT of the optical links (${h(fit.source)}): <strong>${f(fit.fit, 1)}</strong> failures per 10⁹ link-hours, ${pct(fit.confidence)} interval ${f(fit.interval[0], 1)} … ${f(fit.interval[1], 1)} (${fit.failures} failures in ${fit.device_hours.toExponential(3)} h).${fleet?.use_field_fit ? ' The Fabric figures use it instead of the catalog FIT.' : ''}</p>`
    : '';
  const llama = compareLlama3();
  const llamaRows = llama.rows
    .map(
      (row) =>
        `<tr${row.disagrees ? ' class="fail"' : ''}><th scope="row">${row.cause === 'network' ? 'Network (switch and cable)' : 'Everything else'}</th><td>${row.observed}</td><td>${f(row.interval[0], 1)} … ${f(row.interval[1], 1)}</td><td>${f(row.predicted, 1)}</td><td>${row.disagrees ? 'outside the interval' : 'within'}</td></tr>`,
    )
    .join('');
  const llamaTable = `<h3>Published fleet record: Llama 3 405B</h3><p>${llama.gpus.toLocaleString('en')} GPUs for ${llama.days} days, ${llama.unexpected} unexpected interruptions (Meta 2024, Table 5), beside the model's default prediction for that cluster. The "everything else" default is derived from this record, so it agrees by construction.</p><table class="numbers"><thead><tr><th>Cause</th><th>Observed</th><th>${pct(llama.confidence)} interval</th><th>Model default</th><th></th></tr></thead><tbody>${llamaRows}</tbody></table>`;
  return {
    html: `<section id="field-data"><h2>Field data</h2>${calibrationTable}${fitText}${llamaTable}</section>`,
    methods: [
      'fleet-comparison',
      'fleet-ber-margin',
      'fleet-calibration',
      'fleet-fit',
      'llama3-reference',
    ],
    references: ['META_LLAMA3_HERD', 'CHI2_POISSON_CI', 'ETHTOOL_MODULE'],
  };
}

import {
  evaluateDesign,
  INFEASIBLE_MECHANISM_LABELS,
  type LinkResult,
  type Scenario,
} from '../../index';
import { formatNumber, formatTable } from '../format-table';

/** The JSON record of one design: DESIGN.md output names, no chart-only fields. */
export function linkRecord(id: string, name: string, result: LinkResult): Record<string, unknown> {
  const { waterfall: _waterfall, waterfall_floor: _floor, ...fields } = result;
  const sensitivity =
    result.kind === 'imdd' ? { rx_sensitivity_oma_dBm: result.rx_sensitivity_oma_dBm } : {};
  return { id, name, ...fields, ...sensitivity };
}

export function evalJson(scenario: Scenario): string {
  const designs = scenario.designs.map((design) =>
    linkRecord(design.id, design.name, evaluateDesign(design)),
  );
  return JSON.stringify({ scenario: scenario.name, designs }, null, 2);
}

function reachText(result: LinkResult): string {
  return result.max_reach_m >= 10_000
    ? `${formatNumber(result.max_reach_m / 1000, 1)} km`
    : `${formatNumber(result.max_reach_m, 0)} m`;
}

export function evalTable(scenario: Scenario): string {
  const rows = scenario.designs.map((design) => {
    const r = evaluateDesign(design);
    return [
      design.name,
      r.length_m >= 10_000
        ? `${formatNumber(r.length_m / 1000, 1)} km`
        : `${formatNumber(r.length_m, 0)} m`,
      r.kind === 'coherent'
        ? // With NLI or transceiver noise modelled, the receiver's GSNR is what meets the requirement.
          r.nli_model === 'gn' || r.required_osnr_includes_rx !== null
          ? `GSNR ${formatNumber(r.received_osnr_0p1nm_dB, 1)}`
          : `OSNR ${formatNumber(r.osnr_dB, 1)}`
        : formatNumber(r.power_budget_dB, 2),
      formatNumber(r.channel_loss_dB, 2),
      formatNumber(r.penalty_dB, 2),
      r.kind === 'imdd'
        ? formatNumber(r.rx_sensitivity_oma_dBm, 2)
        : r.kind === 'coherent'
          ? `req ${formatNumber(r.required_osnr_dB, 1)}`
          : '—',
      formatNumber(r.link_margin_dB, 2),
      r.infeasible ? 'INFEASIBLE' : r.meets_required_margin ? 'pass' : 'FAIL',
      reachText(r),
      r.limiting_mechanism,
    ];
  });
  const infeasible = scenario.designs.flatMap((design) => {
    const r = evaluateDesign(design);
    return r.infeasible
      ? [
          `  ${design.name}: ${INFEASIBLE_MECHANISM_LABELS[r.infeasible.mechanism]} — ${r.infeasible.reason}`,
        ]
      : [];
  });
  const notes = infeasible.length
    ? `\n\nInfeasible (numbers that do not exist are shown as —):\n${infeasible.join('\n')}`
    : '';
  const headers = [
    'design',
    'length',
    'budget dB',
    'channel dB',
    'penalty dB',
    'Rx sens dBm',
    'margin dB',
    'vs req',
    'max reach',
    'limited by',
  ];
  return `${scenario.name}\n\n${formatTable(headers, rows)}${notes}`;
}

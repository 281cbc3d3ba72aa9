import { INFEASIBLE_MECHANISM_LABELS } from '../../../../core';
import type {
  CoherentLinkResult,
  ElectricalLinkResult,
  ImddLinkResult,
  LinkResult,
} from '../../../../core';
import {
  describeInfeasible,
  describeMechanism,
  formatBer,
  formatDecibels,
  formatLength,
  formatSignificant,
} from '../../format';

interface Card {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The raw number, for tests and copy-paste: the shown text is rounded. */
  readonly raw?: number | null;
  /** The full text on hover, when the card's lines are cut short. */
  readonly title?: string;
  readonly detail?: string;
  readonly tone?: 'pass' | 'fail';
  readonly primary?: boolean;
}

function marginCard(result: LinkResult): Card {
  const meets = result.meets_required_margin;
  if (result.infeasible) {
    return {
      id: 'link_margin_dB',
      label: 'Link margin',
      value: 'Infeasible',
      raw: null,
      detail: INFEASIBLE_MECHANISM_LABELS[result.infeasible.mechanism],
      title: `${describeInfeasible(result.infeasible)}: ${result.infeasible.reason}`,
      tone: 'fail',
      primary: true,
    };
  }
  return {
    id: 'link_margin_dB',
    label: 'Link margin',
    value: formatDecibels(result.link_margin_dB),
    raw: result.link_margin_dB,
    detail: `${meets ? 'meets' : 'misses'} required ${formatDecibels(result.required_margin_dB)}`,
    tone: meets ? 'pass' : 'fail',
    primary: true,
  };
}

function reachCard(result: LinkResult): Card {
  return {
    id: 'max_reach_m',
    label: 'Max reach',
    value: formatLength(result.max_reach_m),
    raw: result.max_reach_m,
    detail: `limited by ${describeMechanism(result.limiting_mechanism)}`,
    primary: true,
  };
}

function imddCards(result: ImddLinkResult): Card[] {
  return [
    marginCard(result),
    reachCard(result),
    {
      id: 'power_budget_dB',
      label: 'Power budget',
      value: formatDecibels(result.power_budget_dB),
      raw: result.power_budget_dB,
      detail: 'Tx OMA − sensitivity',
    },
    {
      id: 'channel_loss_dB',
      label: 'Channel loss',
      value: formatDecibels(result.channel_loss_dB),
      raw: result.channel_loss_dB,
      detail:
        result.channel_loss_source === 'measured'
          ? 'measured'
          : `fiber ${formatDecibels(result.fiber_loss_dB)}`,
    },
    {
      id: 'penalty_dB',
      label: 'Penalties',
      value: formatDecibels(result.penalty_dB),
      raw: result.penalty_dB,
      detail:
        result.penalty_dB === null && result.infeasible
          ? 'unbounded: the eye is closed'
          : `dispersion ${formatDecibels(result.dispersion_penalty_dB)}`,
    },
    {
      id: 'received_oma_dBm',
      label: 'Received OMA',
      value: formatDecibels(result.received_oma_dBm, 'dBm'),
      raw: result.received_oma_dBm,
      detail: `launch ${formatDecibels(result.tx_oma_dBm, 'dBm')}`,
    },
    {
      id: 'rx_sensitivity_oma_dBm',
      label: 'Rx sensitivity (OMA)',
      value: formatDecibels(result.rx_sensitivity_oma_dBm, 'dBm'),
      raw: result.rx_sensitivity_oma_dBm,
      detail: `at BER ${formatBer(result.target_ber)}`,
    },
    {
      id: 'ber_estimate',
      label: 'BER estimate',
      value: formatBer(result.ber_estimate),
      raw: result.ber_estimate,
      detail: `${formatSignificant(result.lane_rate_gbps, 4)} Gb/s per lane`,
    },
  ];
}

function coherentCards(result: CoherentLinkResult): Card[] {
  return [
    marginCard(result),
    reachCard(result),
    {
      id: 'osnr_dB',
      label: result.nli_model === 'gn' ? 'OSNR (ASE)' : 'Delivered OSNR',
      value: formatDecibels(result.osnr_dB),
      raw: result.osnr_dB,
      detail: `in 0.1 nm · ${formatDecibels(result.osnr_ase_signal_dB)} in signal bw`,
    },
    ...coherentNoiseCards(result),
    {
      id: 'required_osnr_dB',
      label: 'Required OSNR',
      value: formatDecibels(result.required_osnr_dB),
      raw: result.required_osnr_dB,
      detail:
        result.required_osnr_includes_rx === true
          ? 'in 0.1 nm, incl. receiver noise'
          : 'of the format, back-to-back',
    },
    {
      id: 'channel_loss_dB',
      label: 'Line loss',
      value: formatDecibels(result.channel_loss_dB),
      raw: result.channel_loss_dB,
      detail: `${result.spans} span${result.spans === 1 ? '' : 's'} × ${formatDecibels(result.span_loss_dB)}`,
    },
    {
      id: 'penalty_dB',
      label: 'OSNR penalties',
      value: formatDecibels(result.penalty_dB),
      raw: result.penalty_dB,
    },
    {
      id: 'accumulated_cd_ps_per_nm',
      label: 'Accumulated CD',
      value: `${formatSignificant(result.accumulated_cd_ps_per_nm, 3)} ps/nm`,
      raw: result.accumulated_cd_ps_per_nm,
    },
    {
      id: 'lane_rate_gbps',
      label: 'Line rate',
      value: `${formatSignificant(result.lane_rate_gbps, 4)} Gb/s`,
      raw: result.lane_rate_gbps,
    },
  ];
}

/** SNR_NLI, GSNR, the optimum launch and what the receiver sees, when they are modelled. */
function coherentNoiseCards(result: CoherentLinkResult): Card[] {
  const cards: Card[] = [];
  if (result.snr_nli_0p1nm_dB !== null && result.snr_nli_signal_dB !== null) {
    cards.push(
      {
        id: 'snr_nli_0p1nm_dB',
        label: 'SNR (NLI, GN model)',
        value: formatDecibels(result.snr_nli_0p1nm_dB),
        raw: result.snr_nli_0p1nm_dB,
        detail: `in 0.1 nm · ${formatDecibels(result.snr_nli_signal_dB)} in signal bw`,
      },
      {
        id: 'gsnr_0p1nm_dB',
        label: 'GSNR',
        value: formatDecibels(result.gsnr_0p1nm_dB),
        raw: result.gsnr_0p1nm_dB,
        detail: `in 0.1 nm · ${formatDecibels(result.gsnr_signal_dB)} in signal bw`,
      },
    );
  }
  if (result.optimum_launch_power_dBm_per_ch !== null) {
    cards.push({
      id: 'optimum_launch_power_dBm_per_ch',
      label: 'Optimum launch',
      value: `${formatDecibels(result.optimum_launch_power_dBm_per_ch, 'dBm')}/ch`,
      raw: result.optimum_launch_power_dBm_per_ch,
      detail: 'where the GSNR peaks',
    });
  }
  if (result.required_osnr_includes_rx !== null) {
    cards.push({
      id: 'received_osnr_0p1nm_dB',
      label: 'Received OSNR',
      value: formatDecibels(result.received_osnr_0p1nm_dB),
      raw: result.received_osnr_0p1nm_dB,
      detail: `line + transceiver · ${formatDecibels(result.received_snr_signal_dB)} in signal bw`,
    });
  }
  return cards;
}

function electricalCards(result: ElectricalLinkResult): Card[] {
  return [
    marginCard(result),
    reachCard(result),
    {
      id: 'power_budget_dB',
      label: 'SerDes budget',
      value: formatDecibels(result.power_budget_dB),
      raw: result.power_budget_dB,
      detail: 'insertion loss at Nyquist',
    },
    {
      id: 'channel_loss_dB',
      label: 'Channel loss',
      value: formatDecibels(result.channel_loss_dB),
      raw: result.channel_loss_dB,
      detail: `cable ${formatDecibels(result.cable_loss_dB)}, hosts ${formatDecibels(result.host_loss_dB)}`,
    },
    {
      id: 'lane_rate_gbps',
      label: 'Lane rate',
      value: `${formatSignificant(result.lane_rate_gbps, 4)} Gb/s`,
      raw: result.lane_rate_gbps,
    },
  ];
}

function cardsFor(result: LinkResult): Card[] {
  switch (result.kind) {
    case 'imdd':
      return imddCards(result);
    case 'coherent':
      return coherentCards(result);
    case 'electrical':
      return electricalCards(result);
  }
}

/** The headline numbers of one link evaluation. */
export function ResultCards({ result }: { result: LinkResult }) {
  const cards = cardsFor(result);
  return (
    <dl className="result-cards">
      {cards.map((card) => (
        <div
          key={card.id}
          className={[
            'result-card',
            card.primary === true ? 'primary' : '',
            card.tone === undefined ? '' : `tone-${card.tone}`,
          ]
            .join(' ')
            .trim()}
          data-testid={`result-${card.id}`}
          title={card.title}
        >
          <dt>{card.label}</dt>
          <dd
            className="result-value"
            data-value={card.raw ?? undefined}
            data-testid={card.id === 'link_margin_dB' ? 'margin-value' : undefined}
          >
            {card.value}
          </dd>
          {card.detail === undefined ? null : <dd className="result-detail">{card.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}

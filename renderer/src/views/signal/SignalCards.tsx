import { dBmToMw } from '../../../../core';
import type { DesignEye, ImddLinkResult } from '../../../../core';
import { formatBer, formatDecibels, formatSignificant } from '../../format';

interface Card {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly raw: number | null;
  readonly detail: string;
  readonly tone?: 'pass' | 'fail';
  readonly primary?: boolean;
}

function cardsFor(signal: DesignEye, result: ImddLinkResult, baud_GBd: number): Card[] {
  const { eye, penalty } = signal;
  const oma_uW = dBmToMw(signal.receivedOma_dBm) * 1000;
  const closed = !Number.isFinite(penalty.penalty_dB);
  return [
    {
      id: 'penalty',
      label: 'ISI penalty',
      value: closed ? 'eye closed' : formatDecibels(penalty.penalty_dB),
      raw: penalty.penalty_dB,
      detail: 'extra OMA vs an ISI-free eye',
      primary: true,
      ...(closed ? { tone: 'fail' as const } : {}),
    },
    {
      id: 'eye-margin',
      label: 'Eye margin',
      value: formatDecibels(signal.eyeMargin_dB),
      raw: signal.eyeMargin_dB,
      detail: `at ${formatDecibels(signal.receivedOma_dBm, 'dBm')} received OMA`,
      tone: signal.eyeMargin_dB >= 0 ? 'pass' : 'fail',
      primary: true,
    },
    {
      id: 'eye-height',
      label: `Eye height @ ${formatBer(eye.targetBer)}`,
      value: `${formatSignificant(eye.eyeHeight * oma_uW, 3)} µW`,
      raw: eye.eyeHeight,
      detail: `${formatSignificant(eye.eyeHeight, 3)} of OMA${eye.levels > 2 ? ', smallest sub-eye' : ''}`,
    },
    {
      id: 'eye-width',
      label: `Eye width @ ${formatBer(eye.targetBer)}`,
      value: `${formatSignificant(eye.eyeWidth_UI, 3)} UI`,
      raw: eye.eyeWidth_UI,
      detail: `${formatSignificant((eye.eyeWidth_UI / baud_GBd) * 1000, 3)} ps`,
    },
    {
      id: 'ber',
      label: 'BER at best phase',
      value: formatBer(eye.ber),
      raw: eye.ber,
      detail: `target ${formatBer(eye.targetBer)}`,
      tone: eye.ber <= eye.targetBer ? 'pass' : 'fail',
    },
    {
      id: 'budget-margin',
      label: 'Budget margin',
      value: formatDecibels(result.link_margin_dB),
      raw: result.link_margin_dB,
      detail: `at ${formatSignificant(result.length_m, 4)} m, design penalties`,
    },
    {
      id: 'budget-penalties',
      label: 'Budget penalties',
      value: formatDecibels(result.penalty_dB),
      raw: result.penalty_dB,
      detail: `dispersion ${formatDecibels(result.dispersion_penalty_dB)}, modal ${formatDecibels(result.modal_penalty_dB)}`,
    },
    {
      id: 'sensitivity',
      label: 'Rx sensitivity (OMA)',
      value: formatDecibels(result.rx_sensitivity_oma_dBm, 'dBm'),
      raw: result.rx_sensitivity_oma_dBm,
      detail: `noise σ ${formatSignificant(signal.noiseSigma, 3)} of OMA`,
    },
  ];
}

/** The eye's numbers beside the design's budget numbers. */
export function SignalCards({
  signal,
  result,
  baud_GBd,
}: {
  signal: DesignEye;
  result: ImddLinkResult;
  baud_GBd: number;
}) {
  return (
    <dl className="result-cards signal-cards">
      {cardsFor(signal, result, baud_GBd).map((card) => (
        <div
          key={card.id}
          className={[
            'result-card',
            card.primary === true ? 'primary' : '',
            card.tone === undefined ? '' : `tone-${card.tone}`,
          ]
            .join(' ')
            .trim()}
          data-testid={`signal-${card.id}`}
        >
          <dt>{card.label}</dt>
          <dd className="result-value" data-value={card.raw}>
            {card.value}
          </dd>
          <dd className="result-detail">{card.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

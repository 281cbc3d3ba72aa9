import { sourced, type Sourced } from '../provenance';

/**
 * Host SerDes energy by electrical reach class: what the switch or accelerator spends to drive the
 * electrical channel to its optics. Pluggables with a DSP need only a chip-to-module (VSR) link;
 * linear optics and copper need a long-reach SerDes because nothing retimes the signal; co-packaged
 * engines sit millimetres away (XSR).
 */
export const hostSerdesClasses = ['none', 'XSR', 'VSR', 'MR', 'LR'] as const;
export type HostSerdesClass = (typeof hostSerdesClasses)[number];

export const HOST_SERDES_PJ_PER_BIT: Readonly<Record<HostSerdesClass, Sourced>> = {
  none: sourced(0, {
    source: 'LINK_MARGIN_EST',
    year: 2026,
    kind: 'estimate',
    note: 'no host SerDes on this path',
  }),
  XSR: sourced(1.0, {
    source: 'HOST_SERDES_EST',
    year: 2025,
    kind: 'estimate',
    range: [0.5, 1.5],
    note: 'die-to-die / co-packaged, ≤ 50 mm',
  }),
  VSR: sourced(3.0, {
    source: 'HOST_SERDES_EST',
    year: 2025,
    kind: 'estimate',
    range: [2, 5],
    note: 'chip-to-module, retimed optics',
  }),
  MR: sourced(5.0, { source: 'HOST_SERDES_EST', year: 2025, kind: 'estimate', range: [4, 7] }),
  LR: sourced(8.0, {
    source: 'AYAR_AI',
    year: 2024,
    kind: 'datasheet',
    range: [6, 10],
    note: '112G long-reach SerDes 6–10 pJ/bit',
  }),
};

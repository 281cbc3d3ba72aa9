import { sourced, type Sourced } from '../provenance';

/**
 * Every constant of the fabric roll-up, with its source (keys in fabric-references.ts or
 * core/references.ts). Fabric files may override the switch and interruption figures; these are
 * the defaults when they do not.
 */

/** Switch ASIC energy, ASIC power ÷ capacity: TH5 ~500 W / 51.2 Tb/s. */
export const SWITCH_ASIC_PJ_PER_BIT: Sourced = sourced(9.8, {
  source: 'TECHINSIGHTS_TH5',
  year: 2022,
  kind: 'estimate',
  range: [8.8, 9.8],
  note: 'derived: 450–500 W ÷ 51.2 Tb/s',
});

/**
 * The share of the ASIC's energy the link model already charges as host SerDes (a retimed
 * pluggable's VSR class), left out of the switch so no watt is counted twice.
 */
export const SWITCH_SERDES_PJ_PER_BIT: Sourced = sourced(3.0, {
  source: 'HOST_SERDES_EST',
  year: 2025,
  kind: 'estimate',
  range: [2, 5],
  note: 'the VSR host-SerDes figure of core/power/host-serdes.ts',
});

/** Switch box over its ASIC: fans, control CPU, power conversion. */
export const SWITCH_SYSTEM_OVERHEAD: Sourced = sourced(1.25, {
  source: 'FABRIC_SWITCH_EST',
  year: 2026,
  kind: 'estimate',
  range: [1.1, 1.5],
});

/** Switch price without optics per Tb/s: a 64 × 800G (51.2 Tb/s) switch at $150k–250k. */
export const SWITCH_USD_PER_TBPS: Sourced = sourced(200_000 / 51.2, {
  source: 'LUXOPTX_800G_COST',
  year: 2025,
  kind: 'estimate',
  range: [150_000 / 51.2, 250_000 / 51.2],
  note: 'derived: $200k ÷ 51.2 Tb/s, scaled linearly with capacity',
});

/** Failures of one switch (FRUs, ASIC, board) per 10⁹ h: MTBF ~250,000 h. */
export const SWITCH_FIT: Sourced = sourced(4000, {
  source: 'FABRIC_SWITCH_EST',
  year: 2026,
  kind: 'estimate',
  range: [2500, 5000],
});

/**
 * Job interruptions per accelerator-day from everything but the network (GPU, HBM, host, …):
 * Meta's Llama 3 run, (419 − 35 network) interruptions ÷ (54 days × 16,384 GPUs).
 */
export const OTHER_INTERRUPTIONS_PER_ACCELERATOR_DAY: Sourced = sourced(
  (419 - 35) / (54 * 16_384),
  {
    source: 'META_LLAMA3_DCD',
    year: 2024,
    kind: 'paper',
    note: 'derived: 384 non-network interruptions in 54 days on 16,384 H100',
  },
);

/** Share of link and switch failures that interrupt the job. */
export const NETWORK_INTERRUPT_SHARE: Sourced = sourced(1, {
  source: 'FABRIC_INTERRUPT_EST',
  year: 2026,
  kind: 'estimate',
  range: [0.1, 1],
});

export const CHECKPOINT_COST_S: Sourced = sourced(30, {
  source: 'FABRIC_CHECKPOINT_EST',
  year: 2026,
  kind: 'estimate',
  range: [5, 300],
});

export const RESTART_S: Sourced = sourced(300, {
  source: 'FABRIC_CHECKPOINT_EST',
  year: 2026,
  kind: 'estimate',
  range: [60, 1800],
});

/** Power per accelerator outside the network: ~700 W GPU + ~575 W of CPU, NIC, power supplies. */
export const ACCELERATOR_POWER_W: Sourced = sourced(1275, {
  source: 'SEMIANALYSIS_100K_H100',
  year: 2024,
  kind: 'estimate',
  range: [1000, 2000],
  note: 'H100-era; Blackwell-class accelerators draw more',
});

/** Rails of a rail-optimized fabric: the 8 GPUs (and NICs) of one HGX server. */
export const DEFAULT_RAILS: Sourced = sourced(8, {
  source: 'RILLOR_CONNECTX',
  year: 2025,
  kind: 'datasheet',
});

/** Default reach bins per tier, [label, share, shortest m, longest m]. */
export type ReachBinSeed = readonly [label: string, share: number, lo_m: number, hi_m: number];

export const DEFAULT_REACH_BINS: Sourced<{
  readonly accelerator: readonly ReachBinSeed[];
  readonly aggregation: readonly ReachBinSeed[];
  readonly core: readonly ReachBinSeed[];
}> = sourced(
  {
    accelerator: [
      ['in-rack', 0.5, 0.5, 3],
      ['in-row', 0.5, 3, 30],
    ],
    aggregation: [
      ['in-row', 0.4, 3, 30],
      ['across the hall', 0.6, 30, 150],
    ],
    core: [
      ['across the hall', 0.7, 30, 300],
      ['between halls', 0.3, 300, 500],
    ],
  },
  { source: 'FABRIC_REACH_EST', year: 2026, kind: 'estimate' },
);

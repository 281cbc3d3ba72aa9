import type { Reference } from '../references';

/**
 * Sources of the fabric roll-up's constants (core/fabric/constants.ts), by key, in the shape of
 * REFERENCES (core/references.ts), to be merged into it. Keys already there (LUXOPTX_800G_COST,
 * HOST_SERDES_EST, …) are reused, not repeated. The FABRIC_*_EST keys are this model's own
 * estimates: each value's provenance note says what it is calibrated to.
 */
export const FABRIC_REFERENCES = {
  TECHINSIGHTS_TH5: {
    title:
      'TechInsights (Linley Group), "Tomahawk 5 Switches At 51.2Tbps": 64 × 800G, 512 × 100G PAM4 SerDes, 5 nm, ~500 W (estimate) — ≈ 9.8 pJ/bit derived',
    year: 2022,
    kind: 'paper',
  },
  GAZETTABYTE_TH6: {
    title:
      'Gazettabyte, "Tomahawk 6: the industry\'s first 100-terabit switch chip": 102.4 Tb/s, 512 × 200G or 1,024 × 100G SerDes, 3 nm chiplets',
    year: 2025,
    kind: 'paper',
  },
  META_LLAMA3_DCD: {
    title:
      'DatacenterDynamics, Meta Llama 3 405B training report: 16,384 H100 GPUs, 54 days, 419 unexpected interruptions (≈ 1 per 3 h), 35 of them network switch & cable; > 90 % effective training time',
    year: 2024,
    kind: 'paper',
  },
  SEMIANALYSIS_100K_H100: {
    title:
      'Apetops summary of SemiAnalysis "100,000 H100 Clusters": ~150 MW; ~700 W per GPU plus ~575 W per GPU for CPU, NIC and power supplies; storage, switches and optics ≈ 10 % (estimate)',
    year: 2024,
    kind: 'estimate',
  },
  RILLOR_CONNECTX: {
    title:
      'Rillor, "ConnectX-7 vs ConnectX-8 and NVLink5": HGX B300 / GB300 carry 8 × ConnectX-8 at 800 Gb/s, one per GPU (rail-optimized scale-out)',
    year: 2025,
    kind: 'datasheet',
  },
  FABRIC_SWITCH_EST: {
    title:
      'Lightbench fabric estimate: switch system overhead (fans, CPU, power conversion) over the ASIC, and a switch failure rate (MTBF ~250,000 h, the datacenter-switch datasheet class); replace with your vendor figures',
    year: 2026,
    kind: 'estimate',
  },
  FABRIC_REACH_EST: {
    title:
      'Lightbench fabric estimate: reach distribution of an AI cluster (in-rack ≤ 3 m, in-row ≤ 30 m, across the hall ≤ 300 m, between halls ≤ 500 m); replace with your floor plan',
    year: 2026,
    kind: 'estimate',
  },
  FABRIC_INTERRUPT_EST: {
    title:
      'Lightbench fabric estimate: a synchronous training job spans the whole cluster, so every link or switch failure interrupts it (share 1; lower it where links fail over without a restart)',
    year: 2026,
    kind: 'estimate',
  },
  FABRIC_CHECKPOINT_EST: {
    title:
      'Lightbench fabric estimate: checkpoint cost 30 s and restart 300 s, chosen so a 16,384-GPU job interrupted once per 3 h loses ≈ 10 % to checkpoint/restart (Young–Daly), matching Meta\'s "> 90 % effective training time"',
    year: 2026,
    kind: 'estimate',
  },
  YOUNG_1974: {
    title:
      'J. W. Young, "A first order approximation to the optimum checkpoint interval", Commun. ACM 17(9); J. T. Daly, "A higher order estimate of the optimum checkpoint interval for restart dumps", FGCS 22 (2006): τ ≈ √(2δM)',
    year: 1974,
    kind: 'paper',
  },
  AL_FARES_2008: {
    title:
      'M. Al-Fares, A. Loukissas, A. Vahdat, "A Scalable, Commodity Data Center Network Architecture", SIGCOMM 2008: a k-ary fat tree of radix-k switches holds k³/4 hosts with 5k²/4 switches (k²/2 hosts with 3k/2 switches in two tiers)',
    year: 2008,
    kind: 'paper',
  },
} as const satisfies Record<string, Reference>;

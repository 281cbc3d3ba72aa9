import type { Reference } from '../references';

/**
 * Sources of the workload model's constants and shipped data, by key, in the shape of REFERENCES
 * (core/references.ts), merged into it. Keys already there (YOUNG_1974, META_LLAMA3_DCD) are
 * reused, not repeated. WORKLOAD_*_EST keys are this model's own estimates.
 */
export const WORKLOAD_REFERENCES = {
  NCCL_TESTS_PERF: {
    title:
      'NVIDIA nccl-tests, "Performance reported by NCCL tests" (doc/PERFORMANCE.md): algorithm bandwidth = size ÷ time; bus bandwidth = algbw × 2(n−1)/n for all-reduce, × (n−1)/n for reduce-scatter, all-gather and all-to-all',
    year: 2023,
    kind: 'standard',
    url: 'https://github.com/NVIDIA/nccl-tests/blob/master/doc/PERFORMANCE.md',
  },
  THAKUR_2005: {
    title:
      'R. Thakur, R. Rabenseifner, W. Gropp, "Optimization of Collective Communication Operations in MPICH", Int. J. High Performance Computing Applications 19(1): α–β cost of ring, recursive and tree collectives',
    year: 2005,
    kind: 'paper',
  },
  PATARASUK_2009: {
    title:
      'P. Patarasuk, X. Yuan, "Bandwidth optimal all-reduce algorithms for clusters of workstations", J. Parallel and Distributed Computing 69(2): the ring all-reduce sends 2(n−1)/n of the data per rank, the lower bound',
    year: 2009,
    kind: 'paper',
  },
  SANDERS_2009: {
    title:
      'P. Sanders, J. Speck, J. L. Träff, "Two-tree algorithms for full bandwidth broadcast, reduction and scan", Parallel Computing 35(12) — the double binary tree NCCL uses: log-depth latency at full bandwidth',
    year: 2009,
    kind: 'paper',
  },
  NARAYANAN_2021: {
    title:
      'D. Narayanan et al., "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM", SC21: two tensor-parallel all-reduces per layer forward and two backward; interleaved 1F1B bubble (p−1)/(v·m)',
    year: 2021,
    kind: 'paper',
    url: 'https://arxiv.org/abs/2104.04473',
  },
  KAPLAN_2020: {
    title:
      'J. Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361: training compute C ≈ 6·N·D FLOPs (N parameters, D tokens)',
    year: 2020,
    kind: 'paper',
    url: 'https://arxiv.org/abs/2001.08361',
  },
  LEPIKHIN_2020: {
    title:
      'D. Lepikhin et al., "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", arXiv:2006.16668: expert parallelism — an all-to-all dispatch and combine per MoE layer',
    year: 2020,
    kind: 'paper',
    url: 'https://arxiv.org/abs/2006.16668',
  },
  RAJBHANDARI_2020: {
    title:
      'S. Rajbhandari et al., "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", SC20: sharded data parallelism — gradient reduce-scatter and parameter all-gather, the volume of one all-reduce',
    year: 2020,
    kind: 'paper',
    url: 'https://arxiv.org/abs/1910.02054',
  },
  DALY_2006: {
    title:
      'J. T. Daly, "A higher order estimate of the optimum checkpoint interval for restart dumps", Future Generation Computer Systems 22(3)',
    year: 2006,
    kind: 'paper',
  },
  LLAMA3_2024: {
    title:
      'Llama Team, AI @ Meta, "The Llama 3 Herd of Models", arXiv:2407.21783: 70B has 80 layers, model dimension 8,192; pre-trained on ~15.6T tokens at 8,192-token sequences, 16M-token batches; 16,384 H100 at 38–43 % BF16 MFU with 4D parallelism; 466 job interruptions in a 54-day snapshot; storage 2 TB/s sustained, 7 TB/s peak',
    year: 2024,
    kind: 'paper',
    url: 'https://arxiv.org/abs/2407.21783',
  },
  DEEPSEEK_V3_2024: {
    title:
      'DeepSeek-AI, "DeepSeek-V3 Technical Report", arXiv:2412.19437: 671B parameters, 37B activated per token, 61 layers, hidden 7,168, 256 routed experts (8 active) + 1 shared; 14.8T tokens at 4,096-token sequences, batch up to 15,360; FP8 mixed precision; 16-way pipeline, 64-way expert parallelism, ZeRO-1 data parallelism on 2,048 H800',
    year: 2024,
    kind: 'paper',
    url: 'https://arxiv.org/abs/2412.19437',
  },
  NVIDIA_H100_DATASHEET: {
    title:
      'NVIDIA H100 Tensor Core GPU datasheet: SXM 989 TFLOP/s BF16 and 1,979 TFLOP/s FP8 dense; NVLink 900 GB/s (450 GB/s each way) among 8 GPUs of an HGX board',
    year: 2023,
    kind: 'datasheet',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  WORKLOAD_SWITCH_HOP_EST: {
    title:
      'Lightbench estimate: port-to-port latency of a cut-through 51.2–102.4 Tb/s Ethernet or InfiniBand switch, ~0.6 µs (vendors quote "sub-microsecond")',
    year: 2025,
    kind: 'estimate',
  },
  WORKLOAD_SOFTWARE_ALPHA_EST: {
    title:
      'Lightbench estimate: per-step software and NIC overhead of a collective (kernel launch, protocol, doorbells), a few µs — calibrated to the ~10–20 µs small-message all-reduce floor nccl-tests shows on 8-GPU InfiniBand systems',
    year: 2025,
    kind: 'estimate',
  },
  WORKLOAD_GPU_HOUR_EST: {
    title:
      'Lightbench estimate: cost of one H100-class accelerator-hour to the team running the job (capex amortization, hosting, excluding energy and network), ~2 USD',
    year: 2025,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;

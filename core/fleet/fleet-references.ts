import type { Reference } from '../references';

/**
 * Sources of the fleet model's constants and shipped data, by key, in the shape of REFERENCES
 * (core/references.ts), merged into it. Keys already there are reused, not repeated.
 */
export const FLEET_REFERENCES = {
  META_LLAMA3_HERD: {
    title:
      'Llama Team, AI @ Meta, "The Llama 3 Herd of Models", arXiv:2407.21783 (2024), §3.3.4 and Table 5: 54 days of 405B pre-training on 16,384 H100 GPUs, 466 job interruptions (47 planned, 419 unexpected); network switch and cable 35 (8.4 %)',
    year: 2024,
    kind: 'paper',
  },
  ETHTOOL_MODULE: {
    title:
      'ethtool (kernel.org), sff-common.c, qsfp.c and cmis.c: the field names, units and JSON keys of `ethtool -m` for SFF-8636 and CMIS modules (v6.x)',
    year: 2025,
    kind: 'standard',
  },
  CHI2_POISSON_CI: {
    title:
      'Garwood (1936), "Fiducial limits for the Poisson distribution", Biometrika 28: exact χ² limits of a Poisson rate, as tabulated in MIL-HDBK-338B and JEDEC JESD85 for FIT',
    year: 1936,
    kind: 'paper',
  },
} as const satisfies Record<string, Reference>;

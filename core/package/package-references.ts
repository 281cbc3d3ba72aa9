import type { Reference } from '../references';

/**
 * Sources of the package geometry (core/package/), by key, in the shape of REFERENCES
 * (core/references.ts), to be merged into it. Keys already there (MEANDERSQUARE_MT, CALEDONIAN_SMF,
 * IEEE_SPECTRUM_AVICENA, WAVESPLITTER_ELSFP_TYPES, NVIDIA_DAC_LACC, FTONE_ZRPLUS, …) are reused, not repeated.
 * PACKAGE_GEOMETRY_EST collects the dimensions no public page states; each value's note says what.
 */
export const PACKAGE_REFERENCES = {
  EIA_310_RACK: {
    title:
      'EIA-310-E / IEC 60297 rack: 1 rack unit = 1.75 in = 44.45 mm; 19 in rack, equipment body about 17.2–17.5 in (437–445 mm) wide',
    year: 2005,
    kind: 'standard',
  },
  HENGTONG_OSFP: {
    title:
      'Hengtong, "800G OSFP comprehensive guide": OSFP module 100.4 × 22.58 × 13.0 mm, 8 electrical lanes (vendor page, weak)',
    year: 2024,
    kind: 'datasheet',
  },
  REGISTER_HUMBOLDT: {
    title:
      'The Register, "Tencent lines up to deploy Broadcom\'s co-packaged optical switches": Humboldt CPO switch in a 2U chassis with front-panel MPO connectors',
    year: 2022,
    kind: 'paper',
  },
  // TECHINSIGHTS_TH5 is defined once, in core/fabric/fabric-references.ts.
  TOMAHAWK_GENERATIONS: {
    title:
      "Switch ASIC generations: Tomahawk 4 25.6 Tb/s (Tom's Hardware 2019), Tomahawk 5 51.2 Tb/s (TechInsights 2022), Tomahawk 6 102.4 Tb/s (Gazettabyte, Jun 2025)",
    year: 2025,
    kind: 'datasheet',
  },
  RILLOR_NVLINK5: {
    title:
      'Rillor, "ConnectX-7 vs ConnectX-8 and NVLink5": NVLink 5 = 1.8 TB/s per GPU (18 links × 100 GB/s, both directions)',
    year: 2025,
    kind: 'datasheet',
  },
  ASTM_B258_AWG: {
    title:
      'ASTM B258, standard nominal diameters of AWG solid conductors: 26 AWG 0.4039 mm, 30 AWG 0.2546 mm',
    year: 2018,
    kind: 'standard',
  },
  PACKAGE_GEOMETRY_EST: {
    title:
      'Lightbench package estimate: dimensions no public source states (die, substrate and chassis sizes, clearances, jackets); each value says what it assumes',
    year: 2026,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;

import { sourced, type Sourced } from '../provenance';

/**
 * Dimensions and counts the package scenes are drawn with, each with its source. Numbers a
 * design carries (port rate, ports per RU, engine rate, shoreline, fibres per link, powers) come
 * from the design and the core's models instead; these fill in what the model does not describe.
 */
const estimate = (value: number, note: string, range?: readonly [number, number]): Sourced =>
  sourced(value, {
    source: 'PACKAGE_GEOMETRY_EST',
    year: 2026,
    kind: 'estimate',
    note,
    ...(range === undefined ? {} : { range }),
  });

export const RACK_UNIT_mm = sourced(44.45, {
  source: 'EIA_310_RACK',
  year: 2005,
  kind: 'standard',
});
export const CHASSIS_WIDTH_mm = sourced(438, {
  source: 'EIA_310_RACK',
  year: 2005,
  kind: 'standard',
  range: [437, 445],
  note: 'equipment body of a 19 in rack',
});
export const CHASSIS_DEPTH_mm = estimate(480, 'typical 1–2RU switch depth', [400, 600]);
export const CHASSIS_WALL_mm = estimate(1.5, 'sheet-metal wall and faceplate');
export const BOARD_THICKNESS_mm = estimate(2.4, 'switch main board');
/** Gap between the main board and the chassis floor (standoffs). */
export const BOARD_STANDOFF_mm = estimate(3, 'board standoffs');

export interface ModuleOutline {
  readonly width_mm: number;
  readonly height_mm: number;
  readonly length_mm: number;
}
export const OSFP_MODULE = sourced<ModuleOutline>(
  { width_mm: 22.58, height_mm: 13.0, length_mm: 100.4 },
  { source: 'HENGTONG_OSFP', year: 2024, kind: 'datasheet' },
);
export const QSFPDD_MODULE = sourced<ModuleOutline>(
  { width_mm: 18.35, height_mm: 8.5, length_mm: 93.26 },
  { source: 'FTONE_ZRPLUS', year: 2023, kind: 'datasheet', note: 'W × L × H of a QSFP-DD ZR+' },
);
export const CAGE_WALL_mm = estimate(0.6, 'cage sheet metal and clearance per side');
export const CAGE_GAP_mm = estimate(1.5, 'between neighbouring cages');
/** Cage rows per rack unit: stacked 2 × 1 cages fill a 1RU faceplate. */
export const CAGE_ROWS_PER_RU = estimate(2, 'stacked (2 × 1) cages per RU');
export const MODULE_PROTRUSION_mm = estimate(
  14,
  'module nose and pull tab in front of the faceplate',
);

/** Switch ASIC core energy, without the SerDes (the design's host SerDes class adds those). */
export const SWITCH_CORE_pJ_PER_BIT = sourced(6, {
  source: 'TECHINSIGHTS_TH5',
  year: 2022,
  kind: 'estimate',
  range: [5, 7],
  note: 'TH5 ≈ 450–500 W / 51.2 Tb/s ≈ 8.8–9.8 pJ/bit in all, less ≈ 3 pJ/bit of SerDes',
});
export const SWITCH_BANDWIDTHS_gbps = sourced<readonly number[]>([25_600, 51_200, 102_400], {
  source: 'TOMAHAWK_GENERATIONS',
  year: 2025,
  kind: 'datasheet',
});
export const SWITCH_PACKAGE_EDGE_mm = estimate(75, 'organic BGA package of a 51.2T-class switch');
export const SWITCH_DIE_EDGE_mm = estimate(28, 'switch die (or core + SerDes chiplets) footprint');
export const PACKAGE_HEIGHT_mm = estimate(2.2, 'package substrate thickness');
export const DIE_HEIGHT_mm = estimate(0.8, 'die with its lid removed');
export const ENGINE_HEIGHT_mm = estimate(1.2, 'optical engine (PIC + EIC stack)');
/** An engine's depth away from the die, per mm of its shoreline edge, when its area is not given. */
export const ENGINE_DEPTH_PER_EDGE = estimate(1.4, 'engine footprint aspect', [1, 2]);
export const ENGINE_GAP_mm = estimate(1, 'between engines, and engine to die');
export const SUBSTRATE_MARGIN_mm = estimate(4, 'substrate border outside the engines');

export const FIBER_PITCH_um = sourced(250, {
  source: 'MEANDERSQUARE_MT',
  year: 2025,
  kind: 'estimate',
  note: 'MT ferrule pitch, used when a design gives none',
});
export const FIBER_COATING_DIAMETER_mm = sourced(0.245, {
  source: 'CALEDONIAN_SMF',
  year: 2020,
  kind: 'datasheet',
  range: [0.235, 0.255],
});
export const FIBER_CLADDING_DIAMETER_mm = sourced(0.125, {
  source: 'CALEDONIAN_SMF',
  year: 2020,
  kind: 'datasheet',
});
export const FIBER_ATTACH_LENGTH_mm = estimate(6, 'fibre-attach unit (V-groove block) length');
export const FIBER_LEAD_mm = estimate(8, 'straight fibre run off the package before it turns');
export const RIBBON_LAYER_GAP_mm = estimate(1.5, 'vertical spacing of ribbon layers in the tray');
export const FRONT_CONNECTOR_DEPTH_mm = estimate(12, 'front-panel fibre adapter depth');
export const CPO_CHASSIS_RU = sourced(2, {
  source: 'REGISTER_HUMBOLDT',
  year: 2022,
  kind: 'datasheet',
  note: 'Humboldt CPO switch: 2U',
});
export const LASERS_PER_ELSFP = sourced(8, {
  source: 'WAVESPLITTER_ELSFP_TYPES',
  year: 2025,
  kind: 'datasheet',
  range: [4, 8],
  note: '4 or 8 polarisation-maintaining outputs per MT; one laser per output',
});

export const ACCELERATOR_DIE_mm = sourced(
  { width_mm: 26, depth_mm: 33 },
  {
    source: 'PACKAGE_GEOMETRY_EST',
    year: 2026,
    kind: 'estimate',
    note: 'one reticle-limited die (26 × 33 mm exposure field)',
  },
);
export const HBM_STACK_mm = sourced(
  { width_mm: 11, depth_mm: 11, height_mm: 0.72 },
  { source: 'PACKAGE_GEOMETRY_EST', year: 2026, kind: 'estimate', note: 'HBM3-class stack' },
);
export const HBM_STACKS = estimate(8, 'HBM stacks beside one accelerator die (4 per long side)');
export const CHIPLET_DEPTH_PER_EDGE = estimate(1.5, 'optical I/O chiplet footprint aspect');
export const CHIPLET_GAP_mm = estimate(1.5, 'between chiplets, and chiplet to HBM or die');
export const FIBER_STUB_mm = estimate(30, 'fibre drawn beyond the package edge');
/** Accelerator optical I/O per direction: NVLink 5 (1.8 TB/s both ways = 7.2 Tb/s each way), ×2, ×4. */
export const ACCELERATOR_IO_gbps = sourced<readonly number[]>([7_200, 14_400, 28_800], {
  source: 'RILLOR_NVLINK5',
  year: 2025,
  kind: 'estimate',
  note: '7.2 Tb/s per direction derived from 1.8 TB/s; 14.4 and 28.8 Tb/s are doublings',
});

export const AWG_DIAMETER_mm = sourced<Readonly<Record<26 | 30, number>>>(
  { 26: 0.4039, 30: 0.2546 },
  { source: 'ASTM_B258_AWG', year: 2018, kind: 'standard' },
);
/** Passive DAC gauge by length: 30 AWG up to 1 m, 26 AWG beyond. */
export const DAC_THIN_GAUGE_MAX_m = sourced(1, {
  source: 'NVIDIA_DAC_LACC',
  year: 2025,
  kind: 'datasheet',
});
export const TWINAX_INSULATION_PER_CONDUCTOR = estimate(2.6, 'foamed-FEP insulation ÷ conductor');
export const CABLE_JACKET_WALL_mm = estimate(0.8, 'outer jacket and shield wall');
export const TIGHT_BUFFER_DIAMETER_mm = estimate(0.9, 'tight-buffered fibre of a duplex cord');
export const IMAGING_FIBER_DIAMETER_mm = sourced(0.5, {
  source: 'IEEE_SPECTRUM_AVICENA',
  year: 2023,
  kind: 'paper',
});

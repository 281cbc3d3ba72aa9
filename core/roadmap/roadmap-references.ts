import type { Reference } from '../references';

/**
 * Sources of the roadmap model's constants and shipped data, by key, in the shape of REFERENCES
 * (core/references.ts), merged into it. Keys already there are reused, not repeated.
 */
export const ROADMAP_REFERENCES = {
  WRIGHT_1936: {
    title:
      'T. P. Wright, "Factors affecting the cost of airplanes", J. Aeronautical Sciences 3(4): the learning curve (cost per doubling of cumulative volume)',
    year: 1936,
    kind: 'paper',
  },
  NASA_TRL: {
    title: 'NASA NPR 7123.1 Appendix E / ISO 16290:2013: Technology Readiness Levels 1–9',
    year: 2013,
    kind: 'standard',
    url: 'https://www.iso.org/standard/56064.html',
  },
  DOD_MRL_DESKBOOK: {
    title:
      'OSD Manufacturing Technology Program, Manufacturing Readiness Level (MRL) Deskbook: MRL 1–10',
    year: 2022,
    kind: 'standard',
    url: 'https://www.dodmrl.com/',
  },
  PMI_PMBOK_CPM: {
    title:
      'PMI, A Guide to the Project Management Body of Knowledge (PMBOK), critical path method: forward pass and critical path',
    year: 2017,
    kind: 'standard',
  },
  AIAG_PPAP_2006: {
    title:
      'AIAG, Production Part Approval Process (PPAP) 4th ed.: Cpk ≥ 1.33 for ongoing processes, ≥ 1.67 preliminary',
    year: 2006,
    kind: 'standard',
  },
  BISSELL_1990: {
    title:
      'A. F. Bissell, "How reliable is your capability index?", J. Royal Statistical Society C 39(3): 331–340 (approximate confidence bounds on Cpk)',
    year: 1990,
    kind: 'paper',
  },
  ROADMAP_EXAMPLE_EST: {
    title:
      'Lightbench roadmap example: milestone dates, volume forecasts and trajectory end points are labelled engineering estimates for a DR8 → LPO → CPO program, not vendor commitments',
    year: 2026,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;

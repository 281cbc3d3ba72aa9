import type { TechnologyCategory } from '../../../../core';

/** Display names of the technology categories (catalog, Compare view legends). */
export const CATEGORY_LABELS: Readonly<Record<TechnologyCategory, string>> = {
  'copper-dac': 'Copper DAC',
  'copper-aec': 'Copper AEC',
  aoc: 'AOC',
  'pluggable-mmf': 'Pluggable MMF',
  'pluggable-smf': 'Pluggable SMF',
  lpo: 'LPO',
  lro: 'LRO',
  cpo: 'CPO',
  'optical-io': 'Optical I/O',
  microled: 'microLED',
  coherent: 'Coherent',
};

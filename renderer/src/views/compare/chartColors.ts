import type { EnergyPartId, TechnologyCategory } from '../../../../core';
import { cssVar } from '../../charts/theme';

/** Technology categories and energy parts get fixed colours from styles.css (--category-*, --energy-*). */
const CATEGORY_FALLBACK: Readonly<Record<TechnologyCategory, string>> = {
  'copper-dac': '#a16207',
  'copper-aec': '#ca8a04',
  aoc: '#0891b2',
  'pluggable-mmf': '#0d9488',
  'pluggable-smf': '#2563eb',
  lpo: '#4f46e5',
  lro: '#7c3aed',
  cpo: '#c026d3',
  'optical-io': '#db2777',
  microled: '#65a30d',
  coherent: '#475569',
};

const ENERGY_FALLBACK: Readonly<Record<EnergyPartId, string>> = {
  laser: '#ea580c',
  driver: '#2563eb',
  'ring-tuning': '#9333ea',
  tia: '#0d9488',
  dsp: '#475569',
  management: '#a3aebd',
  'host-serdes': '#ca8a04',
};

export function categoryColor(category: TechnologyCategory): string {
  return cssVar(`--category-${category}`, CATEGORY_FALLBACK[category]);
}

export function energyPartColor(part: EnergyPartId): string {
  return cssVar(`--energy-${part}`, ENERGY_FALLBACK[part]);
}

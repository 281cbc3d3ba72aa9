import { sourced } from '../provenance';

/** Physical constants (SI, exact since the 2019 redefinition). */
export const PLANCK_J_S = sourced(6.62607015e-34, {
  source: 'SI_2019',
  year: 2019,
  kind: 'standard',
});
export const SPEED_OF_LIGHT_M_PER_S = sourced(299_792_458, {
  source: 'SI_2019',
  year: 2019,
  kind: 'standard',
});

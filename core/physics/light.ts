import { PLANCK_J_S, SPEED_OF_LIGHT_M_PER_S } from './constants';

export { M_PER_NM } from '../units';

export const SPEED_OF_LIGHT = SPEED_OF_LIGHT_M_PER_S.value;

/** Optical frequency of a vacuum wavelength, Hz. */
export function opticalFrequency_Hz(wavelength_nm: number): number {
  return SPEED_OF_LIGHT / (wavelength_nm * 1e-9);
}

/** Photon energy h·ν, J. */
export function photonEnergy_J(wavelength_nm: number): number {
  return PLANCK_J_S.value * opticalFrequency_Hz(wavelength_nm);
}

import { HOURS_PER_YEAR } from '../cost/tco';

/**
 * @method reliability Reliability: FIT, failures, blast radius
 * FIT (failures in 10⁹ device-hours) per part → failures per year per link. A link has two ends
 * (module or engine share each), its lasers (inside the modules, or external and shared), and the
 * cable. Parts fail independently with constant rates, so rates add:
 * $$ \mathrm{FIT}_{\mathrm{link}} = 2\,(\mathrm{FIT}_{\mathrm{mod}} + n_{\mathrm{laser}}\,\mathrm{FIT}_{\mathrm{laser}}) + \mathrm{FIT}_{\mathrm{cable}}, \qquad f = \mathrm{FIT}_{\mathrm{link}} \cdot 10^{-9} \cdot 8766\ \text{per year} $$
 * The blast radius is the number of ports one failure takes down (1 for a pluggable, the engine's
 * ports for co-packaged optics).
 * @assumes Constant failure rates (the flat part of the bathtub), independent parts.
 * @valid FIT 0–1e9.
 */
export interface ReliabilityInputs {
  /** FIT of one end's module or engine share, lasers excluded. */
  readonly moduleFit: number;
  readonly laserFit: number;
  /** Lasers per link end (lanes ÷ lanes per laser, fractional for shared sources). */
  readonly lasersPerEnd: number;
  readonly cableFit: number;
  /** Ports one failure takes down: 1 for a pluggable, the engine's ports for co-packaged optics. */
  readonly blastRadiusPorts: number;
}

export interface Reliability {
  readonly fit: number;
  readonly failures_per_year: number;
  /** null when nothing in the link fails (FIT 0): there is no mean time between failures. */
  readonly mtbf_hours: number | null;
  readonly blast_radius_ports: number;
  /** Port-outages per year per link: failures × ports each takes down. */
  readonly port_outages_per_year: number;
}

const ENDS_PER_LINK = 2;
export const FIT_HOURS = 1e9;

export function failuresPerYear(fit: number): number {
  return (fit / FIT_HOURS) * HOURS_PER_YEAR;
}

export function linkReliability(inputs: ReliabilityInputs): Reliability {
  const fit =
    ENDS_PER_LINK * (inputs.moduleFit + inputs.laserFit * inputs.lasersPerEnd) + inputs.cableFit;
  const failures = failuresPerYear(fit);
  return {
    fit,
    failures_per_year: failures,
    mtbf_hours: fit > 0 ? FIT_HOURS / fit : null,
    blast_radius_ports: inputs.blastRadiusPorts,
    port_outages_per_year: failures * inputs.blastRadiusPorts,
  };
}

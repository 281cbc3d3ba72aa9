import { sourced, type Sourced } from '../provenance';
import { SPEED_OF_LIGHT } from '../physics/light';

/**
 * @method latency One-way latency
 * Serialization of a 64-byte reference frame at the port rate, FEC encode and decode, DSP/CDR at
 * each end, and propagation at the medium's group velocity (group index n_g):
 * $$ t = \frac{512\ \mathrm{bit}}{R} + t_{\mathrm{FEC}} + 2\,t_{\mathrm{DSP}} + \frac{n_g L}{c} $$
 * @assumes Glass n_g ≈ 1.468 (4.9 ns/m); twinax velocity factor ≈ 0.7.
 * @valid Any length; latency in ns.
 * @ref PROPAGATION_EST
 */
export const media = ['fiber', 'copper', 'imaging-fiber'] as const;
export type Medium = (typeof media)[number];

/** Group index (fibre) or inverse velocity factor (twinax): delay = index / c. */
export const MEDIUM_GROUP_INDEX: Readonly<Record<Medium, Sourced>> = {
  fiber: sourced(1.468, {
    source: 'PROPAGATION_EST',
    year: 2024,
    kind: 'estimate',
    range: [1.467, 1.469],
    note: 'G.652 group index ≈ 4.9 ns/m',
  }),
  copper: sourced(1 / 0.7, {
    source: 'PROPAGATION_EST',
    year: 2024,
    kind: 'estimate',
    range: [1 / 0.78, 1 / 0.66],
    note: 'twinax velocity factor ≈ 0.7',
  }),
  'imaging-fiber': sourced(1.5, {
    source: 'PROPAGATION_EST',
    year: 2024,
    kind: 'estimate',
    note: 'multicore glass imaging fibre',
  }),
};

/** Minimum Ethernet frame, the reference for serialization delay. */
export const REFERENCE_FRAME_BITS = 64 * 8;

export function propagation_ns_per_m(medium: Medium): number {
  return (MEDIUM_GROUP_INDEX[medium].value / SPEED_OF_LIGHT) * 1e9;
}

export interface LatencyInputs {
  readonly moduleRate_gbps: number;
  readonly length_m: number;
  readonly medium: Medium;
  readonly fec_ns: number;
  readonly dspPerEnd_ns: number;
}

export interface Latency {
  readonly serialization_ns: number;
  readonly fec_ns: number;
  readonly dsp_ns: number;
  readonly propagation_ns: number;
  readonly latency_ns: number;
}

/** One-way latency from its parts, ns (shared with the columnar kernel). */
export function latencySum_ns(
  serialization_ns: number,
  fec_ns: number,
  dsp_ns: number,
  propagation_ns: number,
): number {
  return serialization_ns + fec_ns + dsp_ns + propagation_ns;
}

export function linkLatency(inputs: LatencyInputs): Latency {
  const serialization_ns = REFERENCE_FRAME_BITS / inputs.moduleRate_gbps;
  const dsp_ns = 2 * inputs.dspPerEnd_ns;
  const propagation_ns = propagation_ns_per_m(inputs.medium) * inputs.length_m;
  return {
    serialization_ns,
    fec_ns: inputs.fec_ns,
    dsp_ns,
    propagation_ns,
    latency_ns: latencySum_ns(serialization_ns, inputs.fec_ns, dsp_ns, propagation_ns),
  };
}

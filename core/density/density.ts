/**
 * @method density Faceplate, shoreline and area density
 * How much bandwidth fits at the faceplate, along a die edge and per area. Faceplate density is
 * ports per rack unit × port rate; shoreline density is the engine's rate over its edge, or, from
 * the fibre pitch p, the fibres per mm (half of them transmitting) × wavelengths × lane rate;
 * area density is the engine's rate over its footprint:
 * $$ F = n_{\mathrm{RU}} R, \qquad S = \frac{R_{\mathrm{eng}}}{w_{\mathrm{eng}}} \;\text{or}\; \frac{1}{2p}\, n_\lambda R_{\mathrm{lane}}, \qquad A = \frac{R_{\mathrm{eng}}}{a_{\mathrm{eng}}} $$
 * @assumes Duplex fibres: half the fibres along an edge carry each direction.
 * @valid Where a figure does not apply (no faceplate for a chiplet) the density is reported as not applicable.
 * @ref CALEDONIAN_SMF
 */
export interface DensityInputs {
  readonly moduleRate_gbps: number;
  readonly portsPerRu: number | null;
  readonly engineRate_gbps: number | null;
  readonly engineEdge_mm: number | null;
  readonly engineArea_mm2: number | null;
  readonly fiberPitch_um: number | null;
  readonly wavelengthsPerFiber: number;
  readonly laneRate_gbps: number;
}

export interface DensityResult {
  readonly faceplate_tbps_per_ru: number | null;
  readonly shoreline_gbps_per_mm: number | null;
  readonly shoreline_method: 'engine-edge' | 'fiber-pitch' | null;
  readonly area_tbps_per_mm2: number | null;
}

/** Gb/s per mm along an edge lined with fibres at `pitch_um`, half of them transmitting. */
export function fiberPitchShoreline_gbps_per_mm(
  pitch_um: number,
  wavelengthsPerFiber: number,
  laneRate_gbps: number,
): number {
  const fibersPerMm = 1000 / pitch_um;
  return (fibersPerMm / 2) * wavelengthsPerFiber * laneRate_gbps;
}

export function densityOf(inputs: DensityInputs): DensityResult {
  const faceplate =
    inputs.portsPerRu === null ? null : (inputs.portsPerRu * inputs.moduleRate_gbps) / 1000;
  let shoreline: number | null = null;
  let method: DensityResult['shoreline_method'] = null;
  if (inputs.engineRate_gbps !== null && inputs.engineEdge_mm !== null) {
    shoreline = inputs.engineRate_gbps / inputs.engineEdge_mm;
    method = 'engine-edge';
  } else if (inputs.fiberPitch_um !== null) {
    shoreline = fiberPitchShoreline_gbps_per_mm(
      inputs.fiberPitch_um,
      inputs.wavelengthsPerFiber,
      inputs.laneRate_gbps,
    );
    method = 'fiber-pitch';
  }
  const area =
    inputs.engineRate_gbps !== null && inputs.engineArea_mm2 !== null
      ? inputs.engineRate_gbps / 1000 / inputs.engineArea_mm2
      : null;
  return {
    faceplate_tbps_per_ru: faceplate,
    shoreline_gbps_per_mm: shoreline,
    shoreline_method: method,
    area_tbps_per_mm2: area,
  };
}

/**
 * Cross-field physical checks of a design that a single field's range cannot express: lane
 * corners around the lane wavelength, the IEEE dispersion window on multimode fibre, WDM channels
 * that do not fit the band or overlap. Each message names the field and the allowed range.
 */
export interface PhysicsIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

interface ImddLike {
  readonly kind: 'imdd';
  readonly lane: {
    readonly wavelength_nm: number;
    readonly wavelength_min_nm?: number | undefined;
    readonly wavelength_max_nm?: number | undefined;
  };
  readonly fiber: { readonly type: string; readonly dispersion_case?: string | undefined };
}

export function imddPhysicsIssues(design: ImddLike): PhysicsIssue[] {
  const issues: PhysicsIssue[] = [];
  const { wavelength_nm, wavelength_min_nm, wavelength_max_nm } = design.lane;
  if (wavelength_min_nm !== undefined && wavelength_min_nm > wavelength_nm) {
    issues.push({
      path: ['lane', 'wavelength_min_nm'],
      message: `${wavelength_min_nm} nm is above the lane wavelength (allowed 400 … ${wavelength_nm} nm, the shortest lane corner)`,
    });
  }
  if (wavelength_max_nm !== undefined && wavelength_max_nm < wavelength_nm) {
    issues.push({
      path: ['lane', 'wavelength_max_nm'],
      message: `${wavelength_max_nm} nm is below the lane wavelength (allowed ${wavelength_nm} … 1700 nm, the longest lane corner)`,
    });
  }
  if (design.fiber.dispersion_case === 'ieee-worst-case' && design.fiber.type !== 'SMF') {
    issues.push({
      path: ['fiber', 'dispersion_case'],
      message: `"ieee-worst-case" applies to SMF (λ0 window 1300–1324 nm); ${design.fiber.type} allows "typical" only`,
    });
  }
  return issues;
}

/** GNPy's default C band, 191.3–196.1 THz. */
export const DEFAULT_BAND_GHZ = 4800;

interface CoherentLike {
  readonly kind: 'coherent';
  readonly baud_GBd: number;
  readonly nonlinearity?:
    | {
        readonly channels: number;
        readonly channel_spacing_GHz: number;
        readonly band_GHz?: number | undefined;
      }
    | undefined;
  readonly transceiver?:
    | { readonly rx_snr_dB?: number | undefined; readonly required_osnr_includes_rx: boolean }
    | undefined;
}

export function coherentPhysicsIssues(design: CoherentLike): PhysicsIssue[] {
  const issues: PhysicsIssue[] = [];
  const nl = design.nonlinearity;
  if (nl) {
    if (nl.channel_spacing_GHz < design.baud_GBd) {
      issues.push({
        path: ['nonlinearity', 'channel_spacing_GHz'],
        message: `${nl.channel_spacing_GHz} GHz is below the symbol rate: channels would overlap (allowed ${design.baud_GBd} … 1000 GHz, at least baud_GBd)`,
      });
    }
    const band_GHz = nl.band_GHz ?? DEFAULT_BAND_GHZ;
    const fit = Math.floor(band_GHz / nl.channel_spacing_GHz);
    if (nl.channels > Math.max(1, fit)) {
      issues.push({
        path: ['nonlinearity', 'channels'],
        message: `${nl.channels} channels × ${nl.channel_spacing_GHz} GHz do not fit the ${band_GHz} GHz band (allowed 1 … ${Math.max(1, fit)} channels)`,
      });
    }
  }
  const trx = design.transceiver;
  if (trx && trx.required_osnr_includes_rx && trx.rx_snr_dB !== undefined) {
    issues.push({
      path: ['transceiver', 'rx_snr_dB'],
      message:
        'is counted in the required OSNR already (required_osnr_includes_rx is true): leave it out or set required_osnr_includes_rx false',
    });
  }
  return issues;
}

/** The cross-field issues of any design (none for copper). */
export function designPhysicsIssues(
  design: ImddLike | CoherentLike | { readonly kind: 'electrical' },
): PhysicsIssue[] {
  if (design.kind === 'imdd') return imddPhysicsIssues(design);
  if (design.kind === 'coherent') return coherentPhysicsIssues(design);
  return [];
}

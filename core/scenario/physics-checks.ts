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

import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { FIT_HOURS } from '../reliability/fit';
import { DEFAULT_FIT_CONFIDENCE } from './constants';

/**
 * @method fleet-fit Field FIT with its χ² confidence interval
 * With n failures in T device-hours, the point estimate is FIT = 10⁹ n / T. Failures of parts with
 * a constant rate are Poisson, and the exact (Garwood) limits of its rate are χ² quantiles:
 * $$ \mathrm{FIT}_{\mathrm{upper}} = \frac{10^9}{T}\,\frac{\chi^2_{c}(2n+2)}{2}, \qquad \mathrm{FIT}_{\mathrm{lower}} = \frac{10^9}{T}\,\frac{\chi^2_{1-c}(2n)}{2} $$
 * for the one-sided bounds at confidence c (the lower bound is 0 when n = 0), and with c → (1+c)/2
 * for the two-sided interval. Zero failures still bound the rate: in 10⁹ device-hours the
 * one-sided 90 % upper bound is χ²₀.₉(2)/2 = ln 10 = 2.30 FIT.
 * @assumes Constant failure rate (flat part of the bathtub); devices independent; hours exact.
 * @ref CHI2_POISSON_CI
 */
export interface FieldFit {
  readonly failures: number;
  readonly device_hours: number;
  /** null when there are no device-hours to divide by. */
  readonly fit: number | null;
  readonly confidence: number;
  /** One-sided upper bound at `confidence`. */
  readonly upper_one_sided: number | null;
  /** Two-sided interval at `confidence`. */
  readonly interval: readonly [number, number] | null;
}

export function fitUpperBound(failures: number, deviceHours: number, confidence: number): number {
  return ((FIT_HOURS / deviceHours) * chisquareQuantile(confidence, 2 * failures + 2)) / 2;
}

export function fitLowerBound(failures: number, deviceHours: number, confidence: number): number {
  if (failures === 0) return 0;
  return ((FIT_HOURS / deviceHours) * chisquareQuantile(1 - confidence, 2 * failures)) / 2;
}

export function fieldFit(
  failures: number,
  deviceHours: number,
  confidence: number = DEFAULT_FIT_CONFIDENCE,
): FieldFit {
  if (!(deviceHours > 0))
    return {
      failures,
      device_hours: 0,
      fit: null,
      confidence,
      upper_one_sided: null,
      interval: null,
    };
  const twoSided = (1 + confidence) / 2;
  return {
    failures,
    device_hours: deviceHours,
    fit: (FIT_HOURS * failures) / deviceHours,
    confidence,
    upper_one_sided: fitUpperBound(failures, deviceHours, confidence),
    interval: [
      fitLowerBound(failures, deviceHours, twoSided),
      fitUpperBound(failures, deviceHours, twoSided),
    ],
  };
}

/** Poisson interval of a count (events, not a rate): the same χ² limits with T = 10⁹. */
export function countInterval(count: number, confidence: number): readonly [number, number] {
  const twoSided = (1 + confidence) / 2;
  return [fitLowerBound(count, FIT_HOURS, twoSided), fitUpperBound(count, FIT_HOURS, twoSided)];
}

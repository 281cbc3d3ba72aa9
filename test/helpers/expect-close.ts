import { assert } from 'vitest';

/**
 * Tolerance for `expectClose`: the check passes when |actual − expected| ≤ atol + rtol·|expected|.
 * At least one of the two must be given, so a call always says how close is close enough.
 */
export type Tolerance =
  | { readonly rtol: number; readonly atol?: number }
  | { readonly atol: number; readonly rtol?: number };

/**
 * Asserts that `actual` is within the tolerance of `expected`. Equal infinities pass (a closed eye
 * is −Infinity dB of margin on both sides); NaN never passes. `label` names the quantity in the
 * failure message, e.g. "400GBASE-DR4 channel_loss_dB". A null actual (a number the core says
 * does not exist) never passes either.
 */
export function expectClose(
  actual: number | null,
  expected: number | null,
  tolerance: Tolerance,
  label = 'value',
): void {
  const rtol = tolerance.rtol ?? 0;
  const atol = tolerance.atol ?? 0;
  if (!(rtol >= 0 && atol >= 0)) {
    throw new Error(`expectClose: tolerances must be non-negative, got rtol ${rtol}, atol ${atol}`);
  }
  if (actual === null) assert.fail(`${label}: expected ${expected}, got null (no value)`);
  if (expected === null) assert.fail(`${label}: expected no value (null), got ${actual}`);
  if (Number.isNaN(actual) || Number.isNaN(expected)) {
    assert.fail(`${label}: expected ${expected}, got ${actual} (NaN is never close)`);
  }
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) {
    if (actual !== expected) assert.fail(`${label}: expected ${expected}, got ${actual}`);
    return;
  }
  const difference = Math.abs(actual - expected);
  const allowed = atol + rtol * Math.abs(expected);
  if (!(difference <= allowed)) {
    const parts = [rtol > 0 ? `rtol ${rtol}` : '', atol > 0 ? `atol ${atol}` : '']
      .filter(Boolean)
      .join(' + ');
    assert.fail(
      `${label}: expected ${expected} ± ${allowed.toPrecision(3)} (${parts}), got ${actual} ` +
        `(off by ${difference.toPrecision(3)}, ${(difference / allowed).toPrecision(3)}× the tolerance)`,
    );
  }
}

/** A value the core may leave out (null: infeasible, not applicable) that this test needs present. */
export function num<T>(value: T | null | undefined, label = 'value'): T {
  if (value === null || value === undefined)
    assert.fail(`${label}: expected a value, got ${value}`);
  return value;
}

import type { Months } from './dates';

/**
 * @method roadmap-crossover Crossover and bar-clearing dates, solved
 * The date technology X first beats Y on a metric is the first root of
 * $$ g(t) = \pm\,\big(m_Y(t) - m_X(t)\big), \qquad t^{*} = \min\{\,t : g(t) > 0\,\} $$
 * (the sign by which way the metric is better): the quarter grid
 * brackets the first sign change and bisection narrows the bracket to
 * $2^{-40}$ of a quarter, so the date is solved, not read off the grid. The date a technology
 * clears the bar is found the same way on the predicate "every criterion passes".
 * @assumes At most one change of sign within a quarter.
 * @ref WRIGHT_1936
 */
const BISECTION_STEPS = 40;

/** The first moment in [lo, hi] where `holds` turns true, given false at lo and true at hi. */
export function bisectFirst(holds: (at: Months) => boolean, lo: Months, hi: Months): Months {
  let a = lo;
  let b = hi;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const middle = (a + b) / 2;
    if (holds(middle)) b = middle;
    else a = middle;
  }
  return b;
}

export type FirstTrue =
  | { readonly kind: 'from-start' }
  | { readonly kind: 'at'; readonly at: Months }
  | { readonly kind: 'never' };

/** The first moment on or after grid[0] where `holds` is true, bracketed by the grid. */
export function firstTrue(holds: (at: Months) => boolean, grid: readonly Months[]): FirstTrue {
  const first = grid[0];
  if (first === undefined) return { kind: 'never' };
  if (holds(first)) return { kind: 'from-start' };
  for (let i = 1; i < grid.length; i++) {
    const lo = grid[i - 1];
    const hi = grid[i];
    if (lo !== undefined && hi !== undefined && holds(hi))
      return { kind: 'at', at: bisectFirst(holds, lo, hi) };
  }
  return { kind: 'never' };
}

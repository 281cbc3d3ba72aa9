/**
 * Downhill simplex (Nelder & Mead 1965) on the unit box, with the standard coefficients
 * (reflection 1, expansion 2, contraction ½, shrink ½). Points are clamped to [0, 1]ⁿ, which keeps
 * every trial inside the variables' ranges. Written here because the npm packages for it either
 * fail to load as ES modules under Node (fmin 0.0.4) or need an asynchronous WebAssembly start-up
 * (nlopt-js), and the optimiser must run synchronously in workers, the CLI and tests alike.
 */
export interface SimplexResult {
  readonly x: Float64Array;
  readonly fx: number;
  readonly evaluations: number;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

export function nelderMead(
  f: (x: Float64Array) => number,
  start: Float64Array,
  { maxEvaluations = 400, tolerance = 1e-9, step = 0.1 } = {},
): SimplexResult {
  const n = start.length;
  let evaluations = 0;
  const evaluate = (x: Float64Array) => {
    evaluations++;
    const value = f(x);
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  };
  interface Vertex {
    x: Float64Array;
    fx: number;
  }
  const simplex: Vertex[] = [{ x: start.map(clamp01), fx: 0 }];
  const vertex = (i: number) => simplex[i] as Vertex;
  for (let i = 0; i < n; i++) {
    const x = vertex(0).x.slice();
    x[i] = clamp01((x[i] as number) + ((x[i] as number) + step <= 1 ? step : -step));
    simplex.push({ x, fx: 0 });
  }
  for (const v of simplex) v.fx = evaluate(v.x);
  const along = (from: Float64Array, to: Float64Array, t: number) =>
    from.map((v, i) => clamp01(v + t * ((to[i] as number) - v)));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.fx - b.fx);
    const best = vertex(0);
    const worst = vertex(n);
    if (Math.abs(worst.fx - best.fx) <= tolerance * (Math.abs(best.fx) + tolerance)) break;
    const centroid = new Float64Array(n);
    for (let v = 0; v < n; v++)
      for (let i = 0; i < n; i++)
        centroid[i] = (centroid[i] as number) + (vertex(v).x[i] as number) / n;
    const reflected = along(centroid, worst.x, -1);
    const fr = evaluate(reflected);
    if (fr < best.fx) {
      const expanded = along(centroid, worst.x, -2);
      const fe = evaluate(expanded);
      simplex[n] = fe < fr ? { x: expanded, fx: fe } : { x: reflected, fx: fr };
    } else if (fr < vertex(n - 1).fx) {
      simplex[n] = { x: reflected, fx: fr };
    } else {
      const contracted =
        fr < worst.fx ? along(centroid, reflected, 0.5) : along(centroid, worst.x, 0.5);
      const fc = evaluate(contracted);
      if (fc < Math.min(fr, worst.fx)) simplex[n] = { x: contracted, fx: fc };
      else {
        for (let v = 1; v <= n; v++) {
          const x = along(best.x, vertex(v).x, 0.5);
          simplex[v] = { x, fx: evaluate(x) };
        }
      }
    }
  }
  simplex.sort((a, b) => a.fx - b.fx);
  return { x: vertex(0).x, fx: vertex(0).fx, evaluations };
}

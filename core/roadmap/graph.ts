/**
 * The milestone graph's plumbing: a dependency cycle named by its ids, and a topological order
 * (dependencies first) for the forward pass.
 */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/** The first cycle found, as ids from a node back to itself ("a → b → a"), or null. */
export function findCycle(graph: DependencyGraph): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    const seen = state.get(id);
    if (seen === 'done') return null;
    if (seen === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const dependency of graph.get(id) ?? []) {
      if (!graph.has(dependency)) continue;
      const cycle = visit(dependency);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of graph.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return null;
}

/** Dependencies before dependants; assumes no cycle (checked by the schema). */
export function topologicalOrder(graph: DependencyGraph): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (id: string) => {
    if (done.has(id)) return;
    done.add(id);
    for (const dependency of graph.get(id) ?? []) if (graph.has(dependency)) visit(dependency);
    order.push(id);
  };
  for (const id of graph.keys()) visit(id);
  return order;
}

/**
 * Prototype pollution check: the own property names of the built-in prototypes before any input,
 * compared after each one. A new key is reported (and removed, so later inputs are judged alone).
 */
const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];

export type PrototypeSnapshot = ReadonlyMap<string, ReadonlySet<PropertyKey>>;

export function snapshotPrototypes(): PrototypeSnapshot {
  return new Map(PROTOTYPES.map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]));
}

/** New keys on any prototype since `before` ("Object.prototype.polluted"), removed again. */
export function prototypePollution(before: PrototypeSnapshot): string[] {
  const found: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    const known = before.get(name);
    for (const key of Reflect.ownKeys(proto)) {
      if (known?.has(key)) continue;
      found.push(`${name}.${String(key)}`);
      Reflect.deleteProperty(proto, key);
    }
  }
  // A prototype swapped on Object.prototype itself would not show as a key.
  if (Object.getPrototypeOf(Object.prototype) !== null)
    found.push('Object.prototype.[[Prototype]]');
  return found;
}

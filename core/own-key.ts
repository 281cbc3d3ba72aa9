/**
 * Lookups keyed by user text (CSV headers, field paths, provenance sources) must see own keys
 * only: `record["constructor"]` on a plain object is `Object`, not "absent".
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

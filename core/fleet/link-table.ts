import type { LineFields } from './fast-fields';

/**
 * Links by id, looked up straight from the CSV field: an open-addressing table keyed by the
 * field's FNV-1a hash and compared in place, so a row costs no string for its link id (a Map
 * would need the id sliced out and hashed again on every one of a million rows). The id string
 * is made once, when the link is first seen.
 */
const INITIAL_SLOTS = 1024;
const EMPTY = -1;
/** Grow when more than half the slots are taken (linear probing stays short). */
const MAX_LOAD = 0.5;

export class LinkTable<T extends { readonly id: string }> {
  readonly entries: T[] = [];
  private slots = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
  private hashes = new Uint32Array(INITIAL_SLOTS);

  /** The entry whose id is field k of the current line, or undefined. `hash` = fields.hash(k). */
  find(fields: LineFields, k: number, hash: number): T | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot] ?? EMPTY;
      if (index === EMPTY) return undefined;
      if (this.hashes[slot] === hash) {
        const entry = this.entries[index] as T;
        if (fields.equals(k, entry.id)) return entry;
      }
    }
  }

  add(entry: T, hash: number): void {
    this.entries.push(entry);
    this.place(this.entries.length - 1, hash);
    if (this.entries.length > this.slots.length * MAX_LOAD) this.rehash();
  }

  private place(index: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = index;
    this.hashes[slot] = hash;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const old = { slots: this.slots, hashes: this.hashes };
    this.slots = new Int32Array(size).fill(EMPTY);
    this.hashes = new Uint32Array(size);
    for (let slot = 0; slot < old.slots.length; slot++) {
      const index = old.slots[slot] ?? EMPTY;
      if (index !== EMPTY) this.place(index, old.hashes[slot] ?? 0);
    }
  }
}

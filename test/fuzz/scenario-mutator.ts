import type { Rng } from './rng';

/**
 * Mutated scenario files from real ones (the examples and the frozen fixtures of older schema
 * versions): structural mutations on the parsed tree (delete or duplicate keys, wrong types,
 * special and huge numbers, strings where numbers go, `__proto__` / `constructor` / `prototype`
 * keys, unknown keys, deep nesting, schema versions), then text and byte mutations (truncation,
 * BOM, invalid UTF-8). Every mutation is named, so a finding says what was done to which file.
 */
export interface SeedFile {
  readonly name: string;
  readonly value: unknown;
}

export interface MutatedFile {
  readonly seed: string;
  readonly mutations: readonly string[];
  /** What is written to disk (may hold invalid UTF-8). */
  readonly bytes: Uint8Array;
  /** The bytes as a UTF-8 reader sees them (invalid sequences become U+FFFD). */
  readonly text: string;
}

type Container = Record<string, unknown> | unknown[];
interface Slot {
  readonly parent: Container;
  readonly key: string | number;
  readonly path: string;
}

/** Raw JSON text put in place of a marker string after serialising. */
const RAW_TEXT: readonly string[] = ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '-0'];
const EVIL_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const UNKNOWN_KEYS = ['extra', 'x_future_field', 'toString', 'valueOf', 'hasOwnProperty', '', ' '];
const WRONG_TYPES: readonly unknown[] = [
  'text',
  '',
  true,
  false,
  null,
  [],
  {},
  [1, 2, 3],
  { x: 1 },
  '12.5',
  '1e3',
  ' 7 ',
  'NaN',
  'Infinity',
  '0x10',
  '1,5',
  0,
  -1,
];
const SPECIAL_NUMBERS: readonly number[] = [
  0,
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  1e-300,
  2.5,
  1e21,
];
const VERSIONS: readonly unknown[] = [0, 1, 2, 3, 4, 99, -1, 2.5, '3', null, 1e9, true];

class Mutation {
  private readonly raw = new Map<string, string>();
  private readonly renamed = new Map<string, string>();
  private counter = 0;
  constructor(
    readonly rng: Rng,
    readonly root: { value: unknown },
  ) {}

  /** A marker string standing for raw JSON text. */
  rawValue(text: string): string {
    const marker = `\u0000RAW${this.counter++}\u0000`;
    this.raw.set(marker, text);
    return marker;
  }
  /** A marker key serialised as `key` (so an object can carry a key twice). */
  rawKey(key: string): string {
    const marker = `\u0000KEY${this.counter++}\u0000`;
    this.renamed.set(marker, key);
    return marker;
  }
  serialise(): string {
    let text = JSON.stringify(this.root.value, null, this.rng.chance(0.5) ? 2 : undefined) ?? '';
    const quoted = (marker: string) => JSON.stringify(marker);
    for (const [marker, raw] of this.raw) text = text.split(quoted(marker)).join(raw);
    for (const [marker, key] of this.renamed)
      text = text.split(quoted(marker)).join(JSON.stringify(key));
    return text;
  }
}

function slots(value: unknown, path = '', found: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push({ parent: value, key: index, path: `${path}[${index}]` });
      slots(item, `${path}[${index}]`, found);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      found.push({ parent: record, key, path: path ? `${path}.${key}` : key });
      slots(record[key], path ? `${path}.${key}` : key, found);
    }
  }
  return found;
}

const get = (slot: Slot): unknown => (slot.parent as Record<string | number, unknown>)[slot.key];
function set(slot: Slot, value: unknown): void {
  Object.defineProperty(slot.parent, slot.key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Sets an own key, even "__proto__" (which `=` would turn into a prototype swap). */
function define(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Op = (m: Mutation, all: Slot[]) => string | null;

const numberSlots = (all: Slot[]) => all.filter((s) => typeof get(s) === 'number');
const objectSlots = (all: Slot[]) => all.filter((s) => isRecord(get(s)));
const arraySlots = (all: Slot[]) => all.filter((s) => Array.isArray(get(s)));

const OPS: readonly (readonly [string, number, Op])[] = [
  [
    'scale a number',
    6,
    (m, all) => {
      const slot = pickOf(m.rng, numberSlots(all));
      if (!slot) return null;
      const factor = m.rng.pick([0.5, 0.9, 1.1, 2, 10, 0.1, -1]);
      set(slot, (get(slot) as number) * factor);
      return `${slot.path} ×${factor}`;
    },
  ],
  [
    'special number',
    3,
    (m, all) => {
      const slot = pickOf(m.rng, numberSlots(all));
      if (!slot) return null;
      if (m.rng.chance(0.4)) {
        const raw = m.rng.pick(RAW_TEXT);
        set(slot, m.rawValue(raw));
        return `${slot.path} = ${raw}`;
      }
      const value = m.rng.pick(SPECIAL_NUMBERS);
      set(slot, value);
      return `${slot.path} = ${value}`;
    },
  ],
  [
    'wrong type',
    3,
    (m, all) => {
      const slot = pickOf(m.rng, all);
      if (!slot) return null;
      const value = structuredClone(m.rng.pick(WRONG_TYPES));
      set(slot, value);
      return `${slot.path} = ${JSON.stringify(value)}`;
    },
  ],
  [
    'delete a key',
    3,
    (m, all) => {
      const slot = pickOf(
        m.rng,
        all.filter((s) => !Array.isArray(s.parent)),
      );
      if (!slot) return null;
      Reflect.deleteProperty(slot.parent, slot.key);
      return `delete ${slot.path}`;
    },
  ],
  [
    'duplicate a key',
    2,
    (m, all) => {
      const slot = pickOf(
        m.rng,
        all.filter((s) => !Array.isArray(s.parent)),
      );
      if (!slot) return null;
      const other = m.rng.chance(0.5) ? structuredClone(get(slot)) : m.rng.pick(WRONG_TYPES);
      define(slot.parent as Record<string, unknown>, m.rawKey(String(slot.key)), other);
      return `duplicate key ${slot.path}`;
    },
  ],
  [
    'prototype key',
    3,
    (m, all) => {
      const targets = objectSlots(all);
      const target = m.rng.chance(0.2) || targets.length === 0 ? null : m.rng.pick(targets);
      const record = (target ? get(target) : m.root.value) as Record<string, unknown>;
      if (!isRecord(record)) return null;
      const key = m.rng.pick(EVIL_KEYS);
      const value = m.rng.pick<unknown>([
        { polluted: 'yes' },
        { prototype: { polluted: 'yes' } },
        { toString: 1, valueOf: 'x' },
        'text',
        1,
        null,
        [],
      ]);
      define(record, key, structuredClone(value));
      return `${target?.path ?? '(top)'}.${key} = ${JSON.stringify(value)}`;
    },
  ],
  [
    'unknown key',
    2,
    (m, all) => {
      const targets = objectSlots(all);
      const target = m.rng.chance(0.4) || targets.length === 0 ? null : m.rng.pick(targets);
      const record = (target ? get(target) : m.root.value) as Record<string, unknown>;
      if (!isRecord(record)) return null;
      const key = m.rng.pick(UNKNOWN_KEYS);
      define(record, key, m.rng.pick<unknown>([1, 'x', { nested: [1, 2] }, null]));
      return `${target?.path ?? '(top)'}.${JSON.stringify(key)} added`;
    },
  ],
  [
    'deep nesting',
    1,
    (m, all) => {
      const slot = pickOf(m.rng, all);
      if (!slot) return null;
      const depth = m.rng.pick([100, 1000, 10_000, 100_000]);
      const raw = m.rng.chance(0.5)
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      set(slot, m.rawValue(raw));
      return `${slot.path} nested ${depth} deep`;
    },
  ],
  [
    'schema version',
    2,
    (m) => {
      if (!isRecord(m.root.value)) return null;
      const version = m.rng.pick(VERSIONS);
      if (m.rng.chance(0.15)) {
        delete m.root.value['schemaVersion'];
        return 'delete schemaVersion';
      }
      m.root.value['schemaVersion'] = version;
      return `schemaVersion = ${JSON.stringify(version)}`;
    },
  ],
  [
    'array element',
    2,
    (m, all) => {
      const slot = pickOf(m.rng, arraySlots(all));
      if (!slot) return null;
      const list = get(slot) as unknown[];
      const choice = m.rng.int(4);
      if (choice === 0 && list.length > 0) {
        list.push(structuredClone(m.rng.pick(list)));
        return `${slot.path}: an element twice`;
      }
      if (choice === 1 && list.length > 0) {
        list.splice(m.rng.int(list.length), 1);
        return `${slot.path}: an element removed`;
      }
      if (choice === 2 && list.length > 0) {
        const item = m.rng.pick(list);
        for (let i = 0; i < 60; i++) list.push(structuredClone(item));
        return `${slot.path}: an element 60 more times`;
      }
      set(slot, []);
      return `${slot.path} = []`;
    },
  ],
  [
    'swap values',
    2,
    (m, all) => {
      const a = pickOf(m.rng, all);
      const b = pickOf(m.rng, all);
      if (!a || !b || a.path.startsWith(b.path) || b.path.startsWith(a.path)) return null;
      const va = get(a);
      set(a, get(b));
      set(b, va);
      return `swap ${a.path} and ${b.path}`;
    },
  ],
  [
    'huge string',
    1,
    (m, all) => {
      const slot = pickOf(
        m.rng,
        all.filter((s) => typeof get(s) === 'string'),
      );
      if (!slot) return null;
      const length = m.rng.pick([201, 20_001, 1_000_000]);
      set(slot, 'λ'.repeat(length));
      return `${slot.path} = ${length} × "λ"`;
    },
  ],
];

function pickOf<T>(rng: Rng, values: readonly T[]): T | undefined {
  return values.length === 0 ? undefined : rng.pick(values);
}

function pickOp(rng: Rng): readonly [string, number, Op] {
  const total = OPS.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = rng.next() * total;
  for (const op of OPS) {
    draw -= op[1];
    if (draw < 0) return op;
  }
  return OPS[OPS.length - 1] as readonly [string, number, Op];
}

const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xff],
  [0xc0, 0x80],
  [0x80],
  [0xed, 0xa0, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xe2, 0x82],
];

export function mutateScenario(seeds: readonly SeedFile[], rng: Rng): MutatedFile {
  const seed = rng.pick(seeds);
  const mutation = new Mutation(rng, { value: structuredClone(seed.value) });
  const mutations: string[] = [];
  const count = rng.chance(0.1) ? 0 : rng.chance(0.6) ? 1 : rng.between(2, 5);
  for (let i = 0; i < count; i++) {
    const [name, , op] = pickOp(rng);
    const done = op(mutation, slots(mutation.root.value));
    if (done !== null) mutations.push(`${name}: ${done}`);
  }
  let text = mutation.serialise();
  if (rng.chance(0.06)) {
    const length = text.length;
    const at = rng.int(length + 1);
    text = text.slice(0, at);
    mutations.push(`truncated at ${at} of ${length} characters`);
  }
  if (rng.chance(0.04)) {
    text = `\uFEFF${text}`;
    mutations.push('BOM');
  }
  let bytes = new TextEncoder().encode(text);
  if (rng.chance(0.04)) {
    const insert = rng.pick(INVALID_UTF8);
    const at = rng.int(bytes.length + 1);
    const next = new Uint8Array(bytes.length + insert.length);
    next.set(bytes.subarray(0, at), 0);
    next.set(insert, at);
    next.set(bytes.subarray(at), at + insert.length);
    bytes = next;
    mutations.push(`invalid UTF-8 ${insert.map((b) => b.toString(16)).join(' ')} at byte ${at}`);
  }
  return { seed: seed.name, mutations, bytes, text: new TextDecoder().decode(bytes) };
}

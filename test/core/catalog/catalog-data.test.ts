import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_REFERENCES } from '../../../core/catalog/catalog-references';
import { CORE_REFERENCES, REFERENCES } from '../../../core/references';

/**
 * Data checks on the technology catalog that hold whatever the final scenario schema looks like:
 * the file is a JSON array of designs with unique ids, every number carries provenance whose source
 * resolves, and every provenance entry is well formed. The models are run on the catalog elsewhere.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ProvenanceEntry {
  source: string;
  year: number;
  kind: string;
  range?: [number, number];
  note?: string;
}

const catalogText = readFileSync(
  new URL('../../../core/catalog/catalog.json', import.meta.url),
  'utf8',
);
const catalog = JSON.parse(catalogText) as Json;
const designs = (Array.isArray(catalog) ? catalog : []) as { [key: string]: Json }[];

const KINDS = ['standard', 'datasheet', 'paper', 'estimate'];
const knownSources = new Set([...Object.keys(REFERENCES), ...Object.keys(CATALOG_REFERENCES)]);

/** Every leaf under `node`, keyed by dotted path ("technology.power.dsp_pJ_per_bit"). */
function leaves(node: Json, path: string, out: Map<string, Json>): Map<string, Json> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, child] of Object.entries(node))
      leaves(child, path ? `${path}.${key}` : key, out);
  } else if (Array.isArray(node)) {
    node.forEach((child, i) => leaves(child, `${path}[${i}]`, out));
  } else {
    out.set(path, node);
  }
  return out;
}

function designLeaves(design: { [key: string]: Json }): Map<string, Json> {
  const { provenance: _provenance, ...rest } = design;
  return leaves(rest, '', new Map());
}

function provenanceOf(design: { [key: string]: Json }): Record<string, ProvenanceEntry> {
  return (design.provenance ?? {}) as unknown as Record<string, ProvenanceEntry>;
}

describe('technology catalog data', () => {
  it('is a non-empty JSON array of designs with unique ids', () => {
    expect(Array.isArray(catalog)).toBe(true);
    expect(designs.length).toBeGreaterThanOrEqual(20);
    const ids = designs.map((d) => d.id);
    ids.forEach((id) => expect(typeof id).toBe('string'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every design a link kind, a name and a technology half', () => {
    for (const design of designs) {
      expect(['imdd', 'coherent', 'electrical'], String(design.id)).toContain(design.kind);
      expect(typeof design.name, String(design.id)).toBe('string');
      expect(typeof design.technology, String(design.id)).toBe('object');
    }
  });

  it('has a provenance entry for every numeric leaf', () => {
    const missing: string[] = [];
    for (const design of designs) {
      const provenance = provenanceOf(design);
      for (const [path, value] of designLeaves(design)) {
        if (typeof value === 'number' && !(path in provenance))
          missing.push(`${String(design.id)}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keys provenance by paths that exist in the design', () => {
    const dangling: string[] = [];
    for (const design of designs) {
      const paths = designLeaves(design);
      for (const path of Object.keys(provenanceOf(design))) {
        if (!paths.has(path)) dangling.push(`${String(design.id)}: ${path}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('resolves every provenance source in the references', () => {
    const unknown: string[] = [];
    for (const design of designs) {
      for (const [path, entry] of Object.entries(provenanceOf(design))) {
        if (!knownSources.has(entry.source))
          unknown.push(`${String(design.id)}: ${path} → ${entry.source}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('uses only valid provenance kinds and whole years', () => {
    for (const design of designs) {
      for (const [path, entry] of Object.entries(provenanceOf(design))) {
        const where = `${String(design.id)}: ${path}`;
        expect(KINDS, where).toContain(entry.kind);
        expect(
          Number.isInteger(entry.year) && entry.year >= 1900 && entry.year <= 2100,
          where,
        ).toBe(true);
        if (entry.note !== undefined) expect(typeof entry.note, where).toBe('string');
      }
    }
  });

  it('keeps every numeric value inside its provenance range', () => {
    const outside: string[] = [];
    for (const design of designs) {
      const values = designLeaves(design);
      for (const [path, entry] of Object.entries(provenanceOf(design))) {
        if (entry.range === undefined) continue;
        const [lo, hi] = entry.range;
        const value = values.get(path);
        const ok = lo <= hi && typeof value === 'number' && value >= lo && value <= hi;
        if (!ok)
          outside.push(`${String(design.id)}: ${path} = ${String(value)} not in [${lo}, ${hi}]`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('never points at the shared research folder and carries no raw [Sn] research tags', () => {
    expect(catalogText).not.toMatch(/\.\.\/shared|\/work\/shared/);
    expect(catalogText).not.toMatch(/\[S\d+[a-z]?[\],]/);
  });

  it('gives every catalog reference a title, year, kind and no duplicate of a core key', () => {
    for (const [key, reference] of Object.entries(CATALOG_REFERENCES)) {
      expect(reference.title.length, key).toBeGreaterThan(10);
      expect(Number.isInteger(reference.year), key).toBe(true);
      expect(KINDS, key).toContain(reference.kind);
      expect(key in CORE_REFERENCES, `${key} duplicates a core reference`).toBe(false);
      expect(REFERENCES[key as keyof typeof REFERENCES], `${key} is merged into REFERENCES`).toBe(
        reference,
      );
    }
  });
});

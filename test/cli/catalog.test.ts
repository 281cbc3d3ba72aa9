import { describe, expect, it } from 'vitest';
import { CATALOG, DEFAULT_ASSUMPTIONS, evaluateDesignFully, referenceFor } from '../../core/index';
import { run } from './sweep-fixture';

interface Entry {
  id: string;
  name: string;
  kind: string;
  category: string;
  figures: { energy_pJ_per_bit: number | null; max_reach_m: number; cost_usd_per_gbps: number };
  sources: { key: string; title: string | null; paths: string[] }[];
}

describe('lightbench catalog (issue 18 item 9)', () => {
  it('lists every archetype with its id, name, kind, key figures and sources', async () => {
    const { code, out } = await run('catalog');
    expect(code).toBe(0);
    expect(out).toContain(`${CATALOG.length} archetypes`);
    const lines = out.split('\n');
    for (const design of CATALOG) {
      const line = lines.find((l) => l.startsWith(`${design.id} `));
      expect(line, design.id).toBeDefined();
      expect(line).toContain(design.name);
      expect(line).toContain(`${design.kind} / ${design.technology.category}`);
    }
    // The 800G DR8 row: 800 Gb/s, 8 × 106.3 Gb/s, 500 m, the same pJ/bit as `compare`.
    const dr8 = lines.find((l) => l.startsWith('dr8-800g '));
    expect(dr8).toMatch(/ 800 +8 × 106\.3 +500 m +23\.68 +3\.25 +TIA_DR8/);
  });

  it('--json: the figures are the ones compare computes, and every source has its title', async () => {
    const { code, out } = await run('catalog', '--json');
    expect(code).toBe(0);
    const { archetypes } = JSON.parse(out) as { archetypes: Entry[] };
    expect(archetypes.map((a) => a.id)).toEqual(CATALOG.map((d) => d.id));
    for (const archetype of archetypes) {
      const design = CATALOG.find((d) => d.id === archetype.id);
      if (!design) throw new Error(archetype.id);
      const { metrics, link } = evaluateDesignFully(design, DEFAULT_ASSUMPTIONS);
      expect(archetype.figures.energy_pJ_per_bit).toBe(metrics.values.energy_pJ_per_bit);
      expect(archetype.figures.max_reach_m).toBe(link.max_reach_m);
      expect(archetype.sources.length).toBeGreaterThan(0);
      for (const source of archetype.sources) {
        expect(source.title, `${archetype.id} ${source.key}`).toBe(referenceFor(source.key)?.title);
        expect(source.title).not.toBeNull();
      }
      // Every provenance path is credited to exactly one source.
      const paths = archetype.sources.flatMap((s) => s.paths).sort();
      expect(paths).toEqual(Object.keys(design.provenance ?? {}).sort());
    }
  });

  it('shows one archetype, as text and as JSON with its full design', async () => {
    const text = await run('catalog', 'cpo-51t-bailly-class');
    expect(text.code).toBe(0);
    expect(text.out).toContain('(cpo-51t-bailly-class)');
    expect(text.out).toContain('energy per bit     7.93 pJ/bit');
    expect(text.out).toMatch(/Sources \(\d+\):/);
    const json = await run('catalog', 'coherent-400zr', '--json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as Entry & { design: { id: string; kind: string } };
    expect(parsed.design.id).toBe('coherent-400zr');
    expect(parsed.design.kind).toBe('coherent');
    // 400ZR reaches past its 80 km design length: the DSP's CD tolerance ends it near 137 km.
    expect(parsed.figures.max_reach_m).toBeGreaterThan(80_000);
    expect(parsed.figures.max_reach_m).toBeLessThan(140_000);
  });

  it('an unknown id exits 2 and suggests the ids that look like it', async () => {
    const { code, err, out } = await run('catalog', 'dr8');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('no archetype with id "dr8"; did you mean dr8-800g, dr8-1600g');
    expect((await run('catalog', 'nothing-like-it')).err).not.toContain('did you mean');
  });
});

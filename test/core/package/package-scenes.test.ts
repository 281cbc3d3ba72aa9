import { num } from '../../helpers/expect-close';
import { describe, expect, it } from 'vitest';
import {
  catalogDesign,
  DEFAULT_ASSUMPTIONS,
  evaluateDesignFully,
  setAtPath,
  type Design,
} from '../../../core/index';
import { buildAccelerator, chipletGeometry } from '../../../core/package/accelerator';
import { buildCables, cableMediumOf, hexPitchFor } from '../../../core/package/cables';
import { OSFP_MODULE, QSFPDD_MODULE } from '../../../core/package/constants';
import { buildCpoSwitch, engineGeometry } from '../../../core/package/cpo-switch';
import { overlappingPairs } from '../../../core/package/overlap';
import { buildPluggableSwitch } from '../../../core/package/pluggable-switch';
import { PACKAGE_REFERENCES } from '../../../core/package/package-references';
import { REFERENCES } from '../../../core/references';
import { extentOf, type PackageScene, type ScenePart } from '../../../core/package/scene';

function design(id: string): Design {
  const found = catalogDesign(id);
  if (found === undefined) throw new Error(`catalog has no ${id}`);
  return found;
}
const evaluate = (d: Design) => evaluateDesignFully(d, DEFAULT_ASSUMPTIONS);
const SWITCH_BANDWIDTHS = [25_600, 51_200, 102_400] as const;
const of = (scene: PackageScene, kind: ScenePart['kind']) =>
  scene.parts.filter((p) => p.kind === kind);

function expectNoOverlaps(scene: PackageScene) {
  const pairs = overlappingPairs(scene.parts).map(([a, b]) => `${a.id} × ${b.id}`);
  expect(pairs.slice(0, 5)).toEqual([]);
}

function expectUniqueIdsAndParents(scene: PackageScene) {
  const ids = new Set(scene.parts.map((p) => p.id));
  expect(ids.size).toBe(scene.parts.length);
  for (const p of scene.parts) if (p.parentId !== null) expect(ids.has(p.parentId)).toBe(true);
}

describe('co-packaged switch', () => {
  const davisson = evaluate(design('cpo-102t-davisson-class'));
  const bailly = evaluate(design('cpo-51t-bailly-class'));

  it.each([
    [bailly, 51_200, 8],
    [davisson, 102_400, 16],
    [davisson, 25_600, 4],
  ])('engine count = switch bandwidth ÷ engine rate (%#)', (evaluation, bandwidth, engines) => {
    const scene = buildCpoSwitch(evaluation, { switchBandwidth_gbps: bandwidth });
    expect(scene.counts.engines).toBe(engines);
    expect(of(scene, 'engine')).toHaveLength(engines);
  });

  it('sizes each engine edge from the shoreline density the core computed', () => {
    const shoreline = davisson.metrics.density.shoreline_gbps_per_mm ?? Number.NaN;
    const geometry = engineGeometry(davisson, 102_400);
    expect(geometry.edge_mm).toBeCloseTo(6400 / shoreline, 9);
    expect(geometry.edge_mm).toBeCloseTo(
      design('cpo-102t-davisson-class').technology.density.engine_edge_mm ?? 0,
      9,
    );
    const scene = buildCpoSwitch(davisson, { switchBandwidth_gbps: 102_400 });
    for (const engine of of(scene, 'engine')) {
      const along = Math.max(engine.size_mm[0], engine.size_mm[2]) === engine.size_mm[0] ? 0 : 2;
      const edge = Math.min(engine.size_mm[0], engine.size_mm[2]);
      expect([edge, engine.size_mm[along]]).toContain(geometry.edge_mm);
    }
  });

  it('halving the shoreline doubles the engine edge', () => {
    const wide = evaluate(
      setAtPath(design('cpo-102t-davisson-class'), 'technology.density.engine_edge_mm', 20),
    );
    expect(engineGeometry(wide, 102_400).edge_mm).toBeCloseTo(20, 9);
  });

  it('tiles engines around the die: four sides, none touching the die, all close to it', () => {
    const scene = buildCpoSwitch(davisson, { switchBandwidth_gbps: 102_400 });
    const [dieMin, dieMax] = extentOf(of(scene, 'asic')[0] as ScenePart);
    const sides = { front: 0, back: 0, left: 0, right: 0 };
    for (const engine of of(scene, 'engine')) {
      const [min, max] = extentOf(engine);
      if (min[2] >= dieMax[2]) sides.front++;
      else if (max[2] <= dieMin[2]) sides.back++;
      else if (max[0] <= dieMin[0]) sides.left++;
      else if (min[0] >= dieMax[0]) sides.right++;
      const distance = Math.max(
        dieMin[0] - max[0],
        min[0] - dieMax[0],
        dieMin[2] - max[2],
        min[2] - dieMax[2],
      );
      expect(distance).toBeGreaterThan(0);
      expect(distance).toBeLessThan(10);
    }
    expect(sides).toEqual({ front: 4, back: 4, left: 4, right: 4 });
  });

  it('draws every fibre: ports per engine × fibres per link', () => {
    const scene = buildCpoSwitch(davisson, { switchBandwidth_gbps: 102_400 });
    expect(scene.counts.fibers).toBe(16 * (6400 / 1600) * 16);
    const fibers = new Set(of(scene, 'fiber').map((p) => p.id.split('-').slice(0, 2).join('-')));
    expect(fibers.size).toBe(scene.counts.fibers);
  });

  it('puts external lasers at the faceplate, one laser per lanes-per-laser lanes', () => {
    const scene = buildCpoSwitch(davisson, { switchBandwidth_gbps: 102_400 });
    const lanes = (102_400 / 1600) * 8;
    expect(scene.counts.lasers).toBe(Math.ceil(lanes / 8 / 8));
    const faceplate = scene.parts.find((p) => p.id === 'faceplate') as ScenePart;
    for (const laser of of(scene, 'laser-module')) {
      expect(extentOf(laser)[1][2]).toBeGreaterThan(extentOf(faceplate)[1][2]);
    }
  });

  it.each(SWITCH_BANDWIDTHS)('has no overlapping parts at %i Gb/s', (bandwidth) => {
    for (const evaluation of [bailly, davisson]) {
      const scene = buildCpoSwitch(evaluation, { switchBandwidth_gbps: bandwidth });
      expectUniqueIdsAndParents(scene);
      expectNoOverlaps(scene);
    }
  });

  it('shows the core’s powers: engine = (module − laser) × ports per engine', () => {
    const scene = buildCpoSwitch(davisson, { switchBandwidth_gbps: 102_400 });
    const energy = num(davisson.metrics.energy);
    const laser = energy.parts.find((p) => p.id === 'laser')?.power_W ?? 0;
    const engine = of(scene, 'engine')[0] as ScenePart;
    expect(engine.power_W).toBeCloseTo((energy.module_power_W - laser) * 4, 9);
    expect(engine.power_density_W_per_mm2).toBeCloseTo(
      (engine.power_W ?? 0) / (engine.size_mm[0] * engine.size_mm[2]),
      12,
    );
  });
});

describe('pluggable switch', () => {
  it.each([
    ['dr8-800g', 51_200, 64, 2],
    ['dr8-800g', 102_400, 128, 4],
    ['dr8-1600g', 102_400, 64, 2],
    ['lr4-400g-10km', 25_600, 64, 2],
  ])('%s at %i Gb/s: radix %i cages in %iRU', (id, bandwidth, radix, rackUnits) => {
    const scene = buildPluggableSwitch(evaluate(design(id)), { switchBandwidth_gbps: bandwidth });
    expect(scene.counts.cages).toBe(radix);
    expect(of(scene, 'cage')).toHaveLength(radix);
    expect(of(scene, 'module')).toHaveLength(radix);
    const faceplate = scene.parts.find((p) => p.id === 'faceplate') as ScenePart;
    expect(faceplate.size_mm[1]).toBeCloseTo(rackUnits * 44.45, 9);
    expectUniqueIdsAndParents(scene);
    expectNoOverlaps(scene);
  });

  it('uses the OSFP or QSFP-DD outline from the form factor', () => {
    const osfp = buildPluggableSwitch(evaluate(design('dr8-800g')), {
      switchBandwidth_gbps: 51_200,
    });
    const qsfp = buildPluggableSwitch(evaluate(design('lr4-400g-10km')), {
      switchBandwidth_gbps: 51_200,
    });
    expect(of(osfp, 'module')[0]?.size_mm).toEqual([
      OSFP_MODULE.value.width_mm,
      OSFP_MODULE.value.height_mm,
      OSFP_MODULE.value.length_mm,
    ]);
    expect(of(qsfp, 'module')[0]?.size_mm[0]).toBe(QSFPDD_MODULE.value.width_mm);
  });

  it('takes module power from the core', () => {
    const evaluation = evaluate(design('dr8-800g'));
    const scene = buildPluggableSwitch(evaluation, { switchBandwidth_gbps: 51_200 });
    expect(of(scene, 'module')[0]?.power_W).toBe(evaluation.metrics.values.module_power_W);
  });
});

describe('accelerator with optical I/O', () => {
  const teraphy = evaluate(design('optical-io-teraphy-class'));

  it.each([
    [7_200, 4],
    [14_400, 8],
    [28_800, 15],
  ])('%i Gb/s per direction needs %i chiplets', (bandwidth, chiplets) => {
    const scene = buildAccelerator(teraphy, { ioBandwidth_gbps: bandwidth });
    expect(scene.counts.chiplets).toBe(chiplets);
    expect(of(scene, 'chiplet')).toHaveLength(chiplets);
    expect(scene.counts.fibers).toBe(chiplets * 16);
    expect(of(scene, 'hbm')).toHaveLength(8);
    expectUniqueIdsAndParents(scene);
    expectNoOverlaps(scene);
  });

  it('chiplet edge = chiplet rate ÷ fibre-pitch shoreline, and the fibre array fits it', () => {
    const geometry = chipletGeometry(teraphy, 14_400);
    // 250 µm pitch, 8 λ × 32 Gb/s, half the fibres transmit: 512 Gb/s/mm → 2048 / 512 = 4 mm.
    expect(geometry.edge_mm).toBeCloseTo(4, 9);
    expect(geometry.fiberRows).toBe(1);
  });
});

describe('cable cross-sections', () => {
  const ids = ['dac-800g-100g-lane', 'dr8-800g', 'fr4-800g-2xfr4', 'microled-800g-mosaic-class'];
  const scene = buildCables(ids.map((id) => evaluate(design(id))));

  it('classifies the media', () => {
    expect(ids.map((id) => cableMediumOf(design(id)))).toEqual([
      'copper-pairs',
      'parallel-ribbon',
      'duplex-wdm',
      'imaging',
    ]);
  });

  it('counts lanes: 16 twinax pairs, 16 ribbon fibres, 4 × 4λ fibres, 400 imaging cores', () => {
    expect(of(scene, 'insulation')).toHaveLength(2 * 16);
    expect(
      scene.parts.filter((p) => p.id.startsWith('cable-1-fiber-') && p.kind === 'fiber'),
    ).toHaveLength(16);
    expect(
      scene.parts.filter((p) => p.id.startsWith('cable-2-fiber-') && p.kind === 'fiber'),
    ).toHaveLength(4);
    expect(scene.parts.filter((p) => p.id.startsWith('cable-3-imaging-0-core-'))).toHaveLength(400);
    expect(scene.labels.map((l) => l.text)).toEqual([
      'Copper twinax pairs\n8 lanes/direction',
      'Parallel fibre ribbon\n8 lanes/direction',
      'Duplex fibre\n8 lanes/direction',
      'Imaging fibre (microLED)\n400 lanes/direction',
    ]);
  });

  it('draws to scale: 245 µm coated fibre, 0.5 mm imaging fibre, AWG conductors', () => {
    const fiber = scene.parts.find((p) => p.id === 'cable-1-fiber-0') as ScenePart;
    expect(fiber.size_mm[0]).toBeCloseTo(0.245, 9);
    expect(scene.parts.find((p) => p.id === 'cable-3-imaging-0')?.size_mm[0]).toBe(0.5);
    const conductor = of(scene, 'conductor')[0] as ScenePart;
    expect([0.4039, 0.2546]).toContain(conductor.size_mm[0]);
  });

  it('has no overlapping parts; cores fit their imaging fibre', () => {
    expectUniqueIdsAndParents(scene);
    expectNoOverlaps(scene);
    const pitch = hexPitchFor(400, 0.25);
    expect(pitch).toBeGreaterThan(0.018);
    expect(pitch).toBeLessThan(0.025);
  });
});

describe('references', () => {
  it('every source key a package constant cites resolves', async () => {
    const constants = await import('../../../core/package/constants');
    const all = { ...REFERENCES, ...PACKAGE_REFERENCES } as Record<string, unknown>;
    for (const value of Object.values(constants)) {
      const source = (value as { source?: string }).source;
      expect(source === undefined || source in all, String(source)).toBe(true);
    }
  });
});

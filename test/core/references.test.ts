import { describe, expect, it } from 'vitest';
import { CATALOG_REFERENCES } from '../../core/catalog/catalog-references';
import { FABRIC_REFERENCES } from '../../core/fabric/fabric-references';
import { PACKAGE_REFERENCES } from '../../core/package/package-references';
import { CORE_REFERENCES, REFERENCES } from '../../core/references';
import { SIGNAL_REFERENCES } from '../../core/signal/signal-references';
import { SUPPLIER_REFERENCES } from '../../core/suppliers/suppliers-references';
import { ROADMAP_REFERENCES } from '../../core/roadmap/roadmap-references';
import { FLEET_REFERENCES } from '../../core/fleet/fleet-references';
import { WORKLOAD_REFERENCES } from '../../core/workload/workload-references';
import { PHYSICS_REFERENCES } from '../../core/physics/physics-references';

describe('the reference list', () => {
  const groups = {
    CORE_REFERENCES,
    CATALOG_REFERENCES,
    FABRIC_REFERENCES,
    SIGNAL_REFERENCES,
    PACKAGE_REFERENCES,
    SUPPLIER_REFERENCES,
    ROADMAP_REFERENCES,
    FLEET_REFERENCES,
    WORKLOAD_REFERENCES,
    PHYSICS_REFERENCES,
  };

  it('merges every group without one key shadowing another', () => {
    const seen = new Map<string, string>();
    for (const [group, references] of Object.entries(groups)) {
      for (const key of Object.keys(references)) {
        expect(seen.get(key), `${key} is in both ${seen.get(key)} and ${group}`).toBeUndefined();
        seen.set(key, group);
      }
    }
    expect(Object.keys(REFERENCES).length).toBe(seen.size);
  });

  it('gives every reference a title, a year and a kind', () => {
    for (const [key, reference] of Object.entries(REFERENCES)) {
      expect(reference.title.length, key).toBeGreaterThan(10);
      expect(reference.year, key).toBeGreaterThanOrEqual(1900);
      expect(['standard', 'datasheet', 'paper', 'estimate'], key).toContain(reference.kind);
    }
  });
});

import {
  CABLE_DEFAULT_DESIGNS,
  cableMedia,
  cableMediumOf,
  catalogDesign,
  SCENE_DEFAULT_DESIGN,
  sceneFits,
  type Design,
  type SceneKind,
} from '../../../../core';

/** A design a scene is built from, and whether it is in the scenario (so its fields are editable). */
export interface SceneSource {
  readonly design: Design;
  readonly inScenario: boolean;
}

function fromCatalog(id: string): SceneSource[] {
  const design = catalogDesign(id);
  return design === undefined ? [] : [{ design, inScenario: false }];
}

/**
 * Which designs drive a scene: the selected design when it fits, else the first in the scenario
 * that fits, else the catalog's archetype (shown read-only until added to the scenario). Cables
 * take one design per medium, chosen the same way.
 */
export function sceneSources(
  kind: SceneKind,
  designs: readonly Design[],
  selectedId: string | null,
): SceneSource[] {
  const selected = designs.find((design) => design.id === selectedId);
  if (kind === 'cables') {
    return cableMedia.flatMap((medium) => {
      const fits = (design: Design) => cableMediumOf(design) === medium;
      const chosen =
        selected !== undefined && fits(selected) ? selected : designs.find((d) => fits(d));
      return chosen === undefined
        ? fromCatalog(CABLE_DEFAULT_DESIGNS[medium])
        : [{ design: chosen, inScenario: true }];
    });
  }
  const fits = (design: Design) => sceneFits(kind, design);
  const chosen = selected !== undefined && fits(selected) ? selected : designs.find((d) => fits(d));
  return chosen === undefined
    ? fromCatalog(SCENE_DEFAULT_DESIGN[kind])
    : [{ design: chosen, inScenario: true }];
}

/** The design a clicked part belongs to: cable parts are prefixed "cable-<index>-". */
export function designIndexOfPart(partId: string): number {
  const match = /^cable-(\d+)-/.exec(partId);
  return match === null ? 0 : Number(match[1]);
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../../core/index';
import type { CoherentDesign, Design, ImddDesign, Scenario } from '../../core/index';

/**
 * The shipped example scenarios, read from examples/ exactly as the app and the CLI read them, so
 * the tests check the same numbers users see.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const EXAMPLE_FILES = ['datacenter-pmds.json', 'field-measured.json'] as const;
export type ExampleFile = (typeof EXAMPLE_FILES)[number];

export function readExampleText(file: ExampleFile): string {
  return readFileSync(new URL(`examples/${file}`, `file://${REPO_ROOT}`), 'utf8');
}

export function loadExample(file: ExampleFile): Scenario {
  const result = parseScenarioText(readExampleText(file));
  if (!result.ok) throw new Error(`${file} does not parse: ${JSON.stringify(result.issues)}`);
  return result.scenario;
}

export function allExampleDesigns(): readonly Design[] {
  return EXAMPLE_FILES.flatMap((file) => loadExample(file).designs);
}

export function allImddDesigns(): readonly ImddDesign[] {
  return allExampleDesigns().filter((d): d is ImddDesign => d.kind === 'imdd');
}

export function exampleDesign(id: string): Design {
  const design = allExampleDesigns().find((d) => d.id === id);
  if (!design) throw new Error(`no example design with id ${id}`);
  return design;
}

export function imddDesign(id: string): ImddDesign {
  const design = exampleDesign(id);
  if (design.kind !== 'imdd') throw new Error(`${id} is not an IM-DD design`);
  return design;
}

export function coherentDesign(id: string): CoherentDesign {
  const design = exampleDesign(id);
  if (design.kind !== 'coherent') throw new Error(`${id} is not a coherent design`);
  return design;
}

/** A copy of an IM-DD design at another channel length, everything else held. */
export function atLength(design: ImddDesign, length_m: number): ImddDesign {
  return { ...design, channel: { ...design.channel, length_m } };
}

/** A copy without a measured loss, so the channel loss is computed. */
export function withoutMeasuredLoss(design: ImddDesign): ImddDesign {
  const { measured_loss_dB: _measured, ...channel } = design.channel;
  return { ...design, channel };
}

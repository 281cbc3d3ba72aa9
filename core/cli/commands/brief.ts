import { writeFileSync, renameSync } from 'node:fs';
import { buildBrief, type Scenario } from '../../index';

/**
 * `lightbench brief FILE --out brief.html`: the self-contained trade-off brief. Written to a
 * temporary file beside the target and renamed, so a failed run leaves no half-written brief.
 */
export function writeBrief(
  scenario: Scenario,
  out: string,
  options: { criteria?: string; generatedOn?: string },
): void {
  const html = buildBrief(scenario, {
    generatedOn: options.generatedOn ?? new Date().toISOString().slice(0, 10),
    ...(options.criteria === undefined ? {} : { criteria: options.criteria }),
  });
  const temporary = `${out}.${process.pid}.partial`;
  writeFileSync(temporary, html);
  renameSync(temporary, out);
}

import { buildBrief, type Scenario } from '../../index';
import { writeOutputFile } from '../output-file';

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
  writeOutputFile('--out', out, html);
}

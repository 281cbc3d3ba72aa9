import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';

/** The brief's "Impact on training" section; empty until the workload model lands. */
export function workloadBriefSection(_context: BriefContext): BriefSection {
  return EMPTY_BRIEF_SECTION;
}

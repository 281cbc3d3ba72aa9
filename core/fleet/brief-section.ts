import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';

/** The brief's "Field data" section; empty until the fleet model lands. */
export function fleetBriefSection(_context: BriefContext): BriefSection {
  return EMPTY_BRIEF_SECTION;
}

import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';

/** The brief's "Roadmap and gates" section; empty until the roadmap model lands. */
export function roadmapBriefSection(_context: BriefContext): BriefSection {
  return EMPTY_BRIEF_SECTION;
}

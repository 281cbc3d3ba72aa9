import { EMPTY_BRIEF_SECTION, type BriefContext, type BriefSection } from '../brief/section';

/** The brief's "Supplier qualification" section; empty until the suppliers model lands. */
export function suppliersBriefSection(_context: BriefContext): BriefSection {
  return EMPTY_BRIEF_SECTION;
}

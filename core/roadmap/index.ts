/** Roadmap and launch gates: the public surface of core/roadmap (re-exported by core/index.ts). */
export { roadmapSchema } from './schema';
export { roadmapBriefSection } from './brief-section';

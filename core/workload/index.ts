/** Training workload: the public surface of core/workload (re-exported by core/index.ts). */
export { workloadSchema } from './schema';
export { workloadBriefSection } from './brief-section';

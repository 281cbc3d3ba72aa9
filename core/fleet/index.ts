/** Fleet telemetry: the public surface of core/fleet (re-exported by core/index.ts). */
export { fleetSchema } from './schema';
export { fleetBriefSection } from './brief-section';

/** Supplier qualification: the public surface of core/suppliers (re-exported by core/index.ts). */
export * from './schema';
export * from './parameters';
export * from './statistics';
export * from './link-yield';
export * from './ranking';
export * from './limits';
export * from './qualify';
export * from './milestones';
export { suppliersBriefSection } from './brief-section';

/** Supplier qualification: the public surface of core/suppliers (re-exported by core/index.ts). */
export { supplierWorkspaceSchema } from './schema';
export { suppliersBriefSection } from './brief-section';

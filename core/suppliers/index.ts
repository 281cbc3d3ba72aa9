/** Supplier qualification: the public surface of core/suppliers (re-exported by core/index.ts). */
export * from './schema';
export * from './parameters';
export * from './statistics';
export * from './link-yield';
export * from './ranking';
export * from './limits';
export * from './qualify';
export * from './milestones';
export * from './tables';
export { suppliersBriefSection } from './brief-section';
export { importSampleCsv, type SampleFileMeta } from '../import/sample-report-csv';
export { importSampleXlsx } from '../import/sample-report-xlsx';
export {
  formatImportIssue,
  readSampleTable,
  type ImportIssue,
  type SampleReportImport,
  type SampleTable,
} from '../import/sample-report';
export { sha256Hex } from '../import/sha256';

/** The public surface of the core: what the renderer, Electron and the CLI import. */
export * from './scenario/schema';
export { numberIn, rangeOf, formatValue, type FieldRange } from './scenario/fields';
export {
  parseScenario,
  parseScenarioText,
  formatIssues,
  formatPath,
  type ScenarioIssue,
  type ParseResult,
} from './scenario/parse';
export { evaluateDesign, marginCurve, designLength_m } from './link/evaluate';
export type * from './link/results';
export { REFERENCES, referenceFor, type Reference, type ReferenceKey } from './references';
export type { Provenance, ProvenanceKind, Sourced } from './provenance';
export { FEC_PRESETS, fecOverhead, type FecPreset } from './physics/fec';

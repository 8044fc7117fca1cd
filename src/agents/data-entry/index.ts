export { runDataEntryAgent } from './data-entry.agent';
export { extractRecords, type DataEntryMethod, type DataEntryResult, type ExtractOptions } from './data-entry';
export { BUILTIN_TARGETS, resolveTarget, targetFromJsonSchema } from './targets';
export type { DataEntryOutput } from './records';
export type { DataRecord, FieldSpec, FieldType, TargetSpec } from './target.types';
export { parseNumber, normalizeEmail, normalizePhone } from './coerce';

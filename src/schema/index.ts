// Header mapping: each source's columns → canonical fields, the rest passed through.
export { FIELD_KINDS } from './fields.js';
export { normalizeHeader } from './normalize.js';
export { matchHeader, headerScore } from './lookup.js';
export { mapHeaders, type HeaderMapping, type MappingOverrides } from './mapping.js';
export { loadMappingFile } from './mapping-file.js';
export { createRecordMapper, passthroughKeys } from './record-mapper.js';
export { sourceNameFromFile } from './source-name.js';

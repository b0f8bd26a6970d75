// The validate concept, from leaf to top: schema/ (the schema's types, loading, JSON Schema,
// inference), checks/ (one module per check), the engine that streams rows through them, and
// the planner that splits the work across threads. Callers outside import only from here.
export { COLUMN_TYPES, compileSchema, dataSchemaJsonSchema, loadSchemaFile, parseSchema, SchemaError, schemaToYaml, writeSchemaFile, type ColumnSchema, type ColumnType, type CompiledSchema, type DataSchema, type Severity } from './schema/index.js'
export { COLUMN_CHECKS, DATASET_CHECKS, type Finding } from './checks/index.js'
export { validatePart, type ValidateOptions, type ValidationPart, type ValidationResult } from './engine.js'
export { validateData, planParts, type ValidateDataOptions } from './parallel.js'
export { ColumnProfile, type ProfileJson } from './profile.js'
export { FINDINGS_KEPT_PER_CHECK } from './findings.js'

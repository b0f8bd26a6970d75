export { validatePart, type ValidateOptions, type ValidationPart, type ValidationResult } from './engine.js'
export { validateData, planParts } from './parallel.js'
export { ColumnProfile, type ProfileJson } from './profile.js'
export { FINDINGS_KEPT_PER_CHECK } from './findings.js'

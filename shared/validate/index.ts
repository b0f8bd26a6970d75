export { validateData, type ValidateOptions, type ValidationResult } from './engine.js'
export { ColumnProfile, type ProfileJson } from './profile.js'
export { FINDINGS_KEPT_PER_CHECK } from './findings.js'

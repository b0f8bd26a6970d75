export { cell, details, formatCount, formatStat, runUrl, table } from './markdown.js'
export { findingsTable, profileTable, validationSummary } from './validation.js'

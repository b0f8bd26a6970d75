export { cell, details, formatCount, formatStat, runUrl, table } from './markdown.js'
export { findingsTable, profileTable, validationSummary } from './validation.js'
export { renderGateReport, type GateReportView, type SliceView } from './gate.js'
export { groupedBarChart, mermaidString, type GroupedBars } from './mermaid.js'

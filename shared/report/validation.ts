import type { Finding } from '../validate/index.js'
import type { ValidationResult } from '../validate/index.js'
import { MESSAGE_LIMIT, mdCode, mdText } from './escape.js'
import { details, formatCount, formatStat, md, table } from './markdown.js'

/** Findings listed in the job summary; the JSON report has them all. */
const SUMMARY_FINDINGS = 200

/** Columns profiled in the job summary; the JSON report has them all. */
const SUMMARY_COLUMNS = 200

/** How `fail-on` turned the findings into the step's status; by default the step fails exactly when the data is invalid. */
export interface ValidationEnforcement {
  failOn: string
  failsStep: boolean
}

export function validationSummary(result: ValidationResult, valid: boolean, reportPath: string, enforcement?: ValidationEnforcement): string {
  const failsStep = enforcement?.failsStep ?? !valid
  const files = result.files.length === 1 ? mdCode(result.files[0].path) : `${result.files.length} files`
  const lines = [`## ${validationHeading(valid, failsStep)}`, '']
  if (enforcement && valid === failsStep) {
    lines.push(
      valid
        ? `The data is valid, but the step fails on warnings (${mdCode(`fail-on: ${enforcement.failOn}`)}).`
        : `The data has errors, but the step passes (${mdCode(`fail-on: ${enforcement.failOn}`)}).`,
      '',
    )
  }
  lines.push(
    `**${formatCount(result.rows)} rows** in ${files} · ${result.errors} errors · ${result.warnings} warnings · data hash ${mdCode(result.dataHash.slice(0, 12))}`,
    '',
  )
  if (result.findings.length > 0) {
    lines.push('### Findings', '', findingsTable(result.findings.slice(0, SUMMARY_FINDINGS)), '')
    if (result.findings.length > SUMMARY_FINDINGS) {
      lines.push(`${formatCount(result.findings.length - SUMMARY_FINDINGS)} more findings are in ${mdCode(reportPath)}.`, '')
    }
  }
  lines.push(details('Column profile', profileTable(result), result.findings.length === 0), '')
  const columns = Object.keys(result.profile).length
  if (columns > SUMMARY_COLUMNS) lines.push(`${formatCount(columns - SUMMARY_COLUMNS)} more columns are profiled in ${mdCode(reportPath)}.`, '')
  return lines.join('\n')
}

/** The heading says whether the data is valid; a step that `fail-on` lets pass, or fails anyway, is marked ⚠️. */
function validationHeading(valid: boolean, failsStep: boolean): string {
  if (valid) return failsStep ? '⚠️ Data validation passed (the step fails on warnings)' : '✅ Data validation passed'
  return failsStep ? '❌ Data validation failed' : '⚠️ Data validation failed (not enforced)'
}

export function findingsTable(findings: Finding[]): string {
  return table(
    ['', 'where', 'column', 'check', 'message'],
    findings.map((finding) => [
      finding.severity === 'error' ? '❌' : '⚠️',
      finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}` : '',
      finding.column ?? '',
      finding.check,
      md(mdText(finding.message, MESSAGE_LIMIT)),
    ]),
  )
}

export function profileTable(result: ValidationResult): string {
  const rows = Object.entries(result.profile)
    .slice(0, SUMMARY_COLUMNS)
    .map(([name, profile]) => [
      md(mdCode(name)),
      profile.type,
      formatCount(profile.missing),
      `${profile.distinctExact ? '' : '≈'}${formatCount(profile.distinct)}`,
      formatStat(profile.min),
      formatStat(profile.max),
      formatStat(profile.mean),
      formatStat(profile.std),
      md(
        (profile.top ?? [])
          .slice(0, 3)
          .map((entry) => `${mdText(formatStat(entry.value))} (${formatCount(entry.count)})`)
          .join(', '),
      ),
    ])
  return table(['column', 'type', 'missing', 'distinct', 'min', 'max', 'mean', 'std', 'top values'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
    'left',
  ])
}

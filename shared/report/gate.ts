import { candidatesSection } from './gate-candidates.js'
import { gateChart } from './gate-chart.js'
import { mdText } from './escape.js'
import { countOf } from './gate-format.js'
import { confusionSection, costLine, mcnemarLine } from './gate-sections.js'
import { sliceSections } from './gate-slices.js'
import { intervalNote, metricTable } from './gate-table.js'
import { reasonList, verdictCounts } from './gate-verdict.js'
import { isFirstRun, type GateReportView } from './gate-view.js'
import { linkTarget } from './markdown.js'

export type { CandidatesView, GateReportView, SliceView } from './gate-view.js'

/** The evaluate-gate report, for the job summary and the sticky pull-request comment. */
export function renderGateReport(view: GateReportView): string {
  const sections = [
    [title(view), '', intro(view)].join('\n'),
    metricTable(view),
    intervalNote(view),
    reasonList(view.gate.verdicts),
    candidatesSection(view),
    view.gate.mcnemar && mcnemarLine(view.gate.mcnemar),
    gateChart(view),
    confusionSection(view),
    ...sliceSections(view),
    costLine(view),
    footer(view),
  ]
  return `${sections.filter((section) => section).join('\n\n')}\n`
}

function title(view: GateReportView): string {
  const verdict = view.passed ? '✅ Evaluation gate passed' : view.failOnRegression ? '❌ Evaluation gate failed' : '⚠️ Evaluation gate failed (not enforced)'
  const models = isFirstRun(view) ? `${mdText(view.candidateName)}, first run` : `${mdText(view.candidateName)} vs ${mdText(view.baselineName ?? 'baseline')}`
  return `## ${verdict}: ${models} · ${countOf(view.rows, 'row')} evaluated`
}

function intro(view: GateReportView): string {
  const lines = [`${view.task} · ${countOf(view.gate.verdicts.length, 'thresholded metric')}: ${verdictCounts(view.gate.verdicts)}`]
  if (isFirstRun(view)) {
    lines.push(
      '**First run**: there is no baseline to compare with, so the change criteria (min-absolute-change, min-relative-change, not-worse) were skipped and the value thresholds alone decide.',
    )
  }
  if (!view.passed && !view.failOnRegression) lines.push('The gate failed, but failures are not enforced here, so the check does not fail.')
  return lines.join('\n\n')
}

function footer({ runUrl, commit }: GateReportView): string | undefined {
  const parts: string[] = []
  const url = runUrl && linkTarget(runUrl)
  if (url) parts.push(`[workflow run](${url})`)
  if (commit) parts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit.slice(0, 12) : mdText(commit)}`)
  return parts.length > 0 ? `---\n${parts.join(' · ')}` : undefined
}


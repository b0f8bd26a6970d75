import type { TrainResult } from '../train/index.js'
import { mdCode, mdText } from './escape.js'
import { details, formatStat, link, md, table } from './markdown.js'

/** The job summary of a training run: what was trained, on what, and its validation metrics. */
export function renderTrainSummary(result: TrainResult): string {
  const { metadata, manifest } = result
  const trainer = metadata.trainer === 'command' ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend)} backend)`
  const lines = [
    `## Trained ${mdText(manifest.task)} model of ${mdCode(manifest.target)}`,
    '',
    `${trainer} · ${mdText(manifest.flavor)} flavor · ${formatStat(metadata.rows.train)} training rows${metadata.rows.validation ? ` · ${formatStat(metadata.rows.validation)} validation rows` : ''} · ${manifest.inputs.length} features · ${formatStat(result.durationSeconds)} s`,
    '',
    table(['validation metric', 'value'], Object.entries(result.metrics).map(([name, value]) => [name, formatStat(value)]), ['left', 'right']),
  ]
  if (result.history && result.history.length > 0) {
    const best = result.history.reduce((a, b) => (b.valLoss < a.valLoss ? b : a))
    lines.push('', `Best validation loss ${formatStat(best.valLoss)} at epoch ${best.epoch} of ${result.history.length}.`)
    lines.push('', details('Loss per epoch', table(['epoch', 'loss', 'validation loss'], result.history.map((h) => [h.epoch, formatStat(h.loss), formatStat(h.valLoss)]), ['right', 'right', 'right'])))
  }
  lines.push('', details('Lineage', table(['', ''], [
    ['data sha256', md(mdCode(metadata.dataHash))],
    ['params sha256', md(mdCode(metadata.paramsHash))],
    ['commit', metadata.lineage.commit ? md(mdCode(metadata.lineage.commit)) : '—'],
    ['run', metadata.lineage.runUrl ? link('workflow run', metadata.lineage.runUrl, metadata.lineage.runUrl) : '—'],
    ['seed', metadata.seed],
    ['model directory', md(mdCode(result.modelDir))],
  ])))
  return lines.join('\n') + '\n'
}

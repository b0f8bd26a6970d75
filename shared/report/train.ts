import type { TrainResult } from '../train/index.js'
import { details, formatStat, table } from './markdown.js'

/** The job summary of a training run: what was trained, on what, and its validation metrics. */
export function renderTrainSummary(result: TrainResult): string {
  const { metadata } = result
  const trainer = metadata.trainer === 'command' ? `command \`${metadata.command}\`` : `built-in ${metadata.model} (${metadata.backend} backend)`
  const lines = [
    `## Trained ${metadata.task} model of \`${metadata.target}\``,
    '',
    `${trainer} · ${formatStat(metadata.rows.train)} training rows${metadata.rows.validation ? ` · ${formatStat(metadata.rows.validation)} validation rows` : ''} · ${metadata.features.length} features · ${formatStat(metadata.durationSeconds)} s`,
    '',
    table(['validation metric', 'value'], Object.entries(result.metrics).map(([name, value]) => [name, formatStat(value)]), ['left', 'right']),
  ]
  if (result.history && result.history.length > 0) {
    const best = result.history.reduce((a, b) => (b.valLoss < a.valLoss ? b : a))
    lines.push('', `Best validation loss ${formatStat(best.valLoss)} at epoch ${best.epoch} of ${result.history.length}.`)
    lines.push('', details('Loss per epoch', table(['epoch', 'loss', 'validation loss'], result.history.map((h) => [h.epoch, formatStat(h.loss), formatStat(h.valLoss)]), ['right', 'right', 'right'])))
  }
  lines.push('', details('Lineage', table(['', ''], [
    ['data sha256', `\`${metadata.dataHash}\``],
    ['params sha256', `\`${metadata.paramsHash}\``],
    ['commit', metadata.lineage.commit ? `\`${metadata.lineage.commit}\`` : '—'],
    ['run', metadata.lineage.runUrl ?? '—'],
    ['seed', metadata.seed],
    ['model directory', `\`${result.modelDir}\``],
  ])))
  return lines.join('\n') + '\n'
}

// Summaries of the training benchmark: medians per (config, tool), the Markdown table, the JSON rows.
import { median } from './report.mjs'

/**
 * One row per case that ran. `ratio` is the case's median fit time over scikit-learn's (all
 * BLAS threads) in the same config, so above 1 means slower than scikit-learn.
 */
export function summariseTraining(cases) {
  const rows = cases.map((c) => {
    const samples = c.samples
    const pick = (key) => samples.map((sample) => sample[key]).filter((value) => typeof value === 'number')
    const cpus = pick('cpuSeconds')
    return {
      config: c.config,
      tool: c.tool,
      label: c.label,
      runs: samples.length,
      fitSeconds: median(pick('fitSeconds')),
      wallSeconds: median(pick('wallSeconds')),
      cpuSeconds: cpus.length ? median(cpus) : null,
      peakRssMb: (median(pick('peakRssKb')) * 1024) / 1e6,
      peakRssMbBeforeFit: median(pick('peakRssMbBeforeFit')),
      accuracy: median(pick('accuracy')),
      runsOn: runsOn(samples[0]),
      skipped: c.skipped,
    }
  })
  for (const row of rows) {
    const reference = rows.find((other) => other.config.name === row.config.name && other.tool === 'sklearn' && other.runs > 0)
    row.ratio = reference && row.runs > 0 ? row.fitSeconds / reference.fitSeconds : null
  }
  return rows
}

// What each side really ran on, read from its own report rather than from what was asked.
function runsOn(sample) {
  if (!sample) return ''
  if (sample.blasThreads !== undefined) return `NumPy BLAS, ${sample.blasThreads ?? '?'} thread${sample.blasThreads === 1 ? '' : 's'}`
  if (sample.backend !== 'wasm') return `${sample.backend}`
  return `wasm, ${sample.simd ? 'SIMD' : 'no SIMD'}, ${sample.wasmThreads} thread${sample.wasmThreads === 1 ? '' : 's'}`
}

export function trainingTable(rows, data) {
  const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
  const lines = [
    `Data: ${data.rows.toLocaleString('en-US')} rows x ${data.features} numeric features, ${data.classes} classes; fit on the first ${data.trainRows.toLocaleString('en-US')}, accuracy on the last ${data.holdoutRows.toLocaleString('en-US')}.`,
    '',
    '| config | tool | median fit s | accuracy | ratio | runs | median peak RSS MB (before fit) | runs on |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ]
  for (const row of rows) {
    if (row.runs === 0) {
      lines.push(`| ${row.config.name} | ${row.label} | skipped | | | 0 | | |`)
      continue
    }
    const ratio = row.ratio === null ? 'n/a' : `${row.ratio.toFixed(2)}x`
    lines.push(`| ${row.config.name} | ${row.label} | ${fixed(row.fitSeconds, 2)} | ${fixed(row.accuracy * 100, 2)}% | ${ratio} | ${row.runs} | ${fixed(row.peakRssMb, 0)} (${fixed(row.peakRssMbBeforeFit, 0)}) | ${row.runsOn} |`)
  }
  const notes = rows.filter((row) => row.skipped).map((row) => `- ${row.config.name}, ${row.label}: ${row.skipped}`)
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n')
}

/** The JSON form of a summary row, with every sample. */
export function trainingRecord(row, samples) {
  const round = (value, digits) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)
  return {
    config: row.config.name,
    epochs: row.config.epochs,
    batchSize: row.config.batchSize,
    tool: row.tool,
    label: row.label,
    runsOn: row.runsOn,
    runs: row.runs,
    medianFitSeconds: round(row.fitSeconds, 3),
    medianWallSeconds: round(row.wallSeconds, 3),
    medianCpuSeconds: row.cpuSeconds === null ? null : round(row.cpuSeconds, 2),
    medianPeakRssMb: round(row.peakRssMb, 1),
    medianPeakRssMbBeforeFit: round(row.peakRssMbBeforeFit, 1),
    accuracy: round(row.accuracy, 5),
    fitTimeVsSklearn: row.ratio === null ? null : round(row.ratio, 3),
    samples: samples.map((s) => ({
      ...s,
      fitSeconds: round(s.fitSeconds, 3),
      wallSeconds: round(s.wallSeconds, 3),
      peakRssMbBeforeFit: round(s.peakRssMbBeforeFit, 1),
      peakRssMbAfterFit: round(s.peakRssMbAfterFit, 1),
    })),
    ...(row.skipped ? { skipped: row.skipped } : {}),
  }
}

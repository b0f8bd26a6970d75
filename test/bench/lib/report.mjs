// Summaries of the samples: the Markdown table and the JSON record.
import { cpus, loadavg, platform, release, totalmem } from 'node:os'

export function median(values) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One row per tool; throughput ratios are against pandas when it ran. MB = 10^6 bytes. */
export function summarise(tools, bytes) {
  const rows = tools.map((tool) => {
    const seconds = median(tool.samples.map((sample) => sample.seconds))
    const rssMb = median(tool.samples.map((sample) => sample.peakRssKb)) * 1024 / 1e6
    const cpus = tool.samples.map((sample) => sample.cpuSeconds).filter((cpu) => cpu !== null)
    const cpuSeconds = cpus.length ? median(cpus) : null
    return { name: tool.name, label: tool.label, runs: tool.samples.length, seconds, cpuSeconds, mbPerSecond: bytes / 1e6 / seconds, rssMb, skipped: tool.skipped }
  })
  const pandas = rows.find((row) => row.name === 'pandas' && row.runs > 0)
  for (const row of rows) row.vsPandas = pandas && row.runs > 0 ? row.mbPerSecond / pandas.mbPerSecond : null
  return rows
}

export function markdownTable(rows, data) {
  const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
  const lines = [
    `File: ${data.path} (${(data.bytes / 1e6).toFixed(1)} MB, ${data.rows.toLocaleString('en-US')} rows)`,
    '',
    '| tool | median s | MB/s | median peak RSS MB | ratio vs pandas throughput |',
    '| --- | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows) {
    if (row.runs === 0) {
      lines.push(`| ${row.label} | skipped | | | |`)
      continue
    }
    const ratio = row.vsPandas === null ? 'n/a' : `${row.vsPandas.toFixed(2)}x`
    lines.push(`| ${row.label} | ${fixed(row.seconds, 2)} | ${fixed(row.mbPerSecond, 1)} | ${fixed(row.rssMb, 0)} | ${ratio} |`)
  }
  const cpu = rows.filter((row) => row.cpuSeconds !== null && row.runs > 0).map((row) => `${row.name} ${row.cpuSeconds.toFixed(2)}`)
  if (cpu.length) lines.push('', `Median CPU s (user + sys, less sensitive to a busy machine): ${cpu.join(', ')}`)
  const notes = rows.filter((row) => row.skipped).map((row) => `- ${row.label}: ${row.skipped}`)
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n')
}

/** `node` is the version of the binary that ran the measured processes. */
export function machineInfo(node) {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    node,
    os: `${platform()} ${release()}`,
    memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    date: new Date().toISOString(),
  }
}

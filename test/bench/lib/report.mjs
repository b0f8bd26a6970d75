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

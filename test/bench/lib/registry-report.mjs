// Summaries of the registry benchmark: medians per operation and tool, the Markdown table, the JSON record.
import { median } from './report.mjs'

/** From the spec: the client's peak RSS, and each direction's time against curl's. */
export const TARGETS = { peakRssMb: 200, ratioVsCurl: 2 }

const mbOfKb = (kb) => (kb * 1024) / 1e6

/**
 * Four rows, register and fetch, each ours and curl's. `ratio` is our median time over curl's in
 * the same direction, so 2 is throughput half of curl's. Our register row's RSS is the client's peak
 * once registered; the fetch row's is the whole process's (register, then fetch), which the target is about.
 */
export function summariseRegistry(samples, bytes) {
  const pick = (list, read) => median(list.map(read))
  const ours = samples.registry
  const row = (operation, tool, label, seconds, rssKb, cpuSeconds) => ({ operation, tool, label, seconds, mbPerSecond: bytes / 1e6 / seconds, peakRssMb: mbOfKb(rssKb), cpuSeconds })
  const rows = [
    row('register', 'mlops', 'mlops registry: pack + sha256 + upload', pick(ours, (s) => s.register.seconds), pick(ours, (s) => s.register.peakRssKb), null),
    row('register', 'curl', 'curl -T (upload)', pick(samples.upload, (s) => s.seconds), pick(samples.upload, (s) => s.peakRssKb), pick(samples.upload, (s) => s.cpuSeconds)),
    row('fetch', 'mlops', 'mlops registry: download + verify + extract', pick(ours, (s) => s.fetch.seconds), pick(ours, (s) => s.peakRssKb), null),
    row('fetch', 'curl', 'curl -L -o (download)', pick(samples.download, (s) => s.seconds), pick(samples.download, (s) => s.peakRssKb), pick(samples.download, (s) => s.cpuSeconds)),
  ]
  for (const r of rows) {
    const curl = rows.find((other) => other.operation === r.operation && other.tool === 'curl')
    r.ratio = r.seconds / curl.seconds
  }
  const phases = {
    packSeconds: pick(ours, (s) => s.register.seconds - s.register.backendSeconds),
    uploadSeconds: pick(ours, (s) => s.register.backendSeconds),
    downloadSeconds: pick(ours, (s) => s.fetch.backendSeconds),
    extractSeconds: pick(ours, (s) => s.fetch.seconds - s.fetch.backendSeconds),
    processSeconds: pick(ours, (s) => s.seconds),
    processCpuSeconds: ours.every((s) => s.cpuSeconds !== null) ? pick(ours, (s) => s.cpuSeconds) : null,
  }
  // Each run's own ratio too: on a shared machine a busy spell can slow one tool's run more than the other's.
  const perRun = ours.map((s, i) => ({ register: s.register.seconds / samples.upload[i].seconds, fetch: s.fetch.seconds / samples.download[i].seconds }))
  const worstRssMb = mbOfKb(Math.max(...ours.map((s) => s.peakRssKb)))
  const verdict = {
    peakRss: { worstMb: worstRssMb, met: worstRssMb < TARGETS.peakRssMb },
    register: { ratio: rows[0].ratio, met: rows[0].ratio <= TARGETS.ratioVsCurl },
    fetch: { ratio: rows[2].ratio, met: rows[2].ratio <= TARGETS.ratioVsCurl },
  }
  return { rows, phases, verdict, perRun }
}

export function registryTable({ rows, phases, verdict, perRun }, { machine, node, curl, megabytes, emulatorPeakRssKb }) {
  const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
  const met = (ok) => (ok ? 'MET' : 'MISSED')
  return [
    `## Model registry (GitHub backend, emulator on loopback): a ${megabytes} MB model`,
    '',
    `Node ${machine.node} (${node}), ${curl}; ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}`,
    '',
    '| operation | tool | median s | MB/s | peak RSS MB | ratio vs curl |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.operation} | ${r.label} | ${fixed(r.seconds, 2)} | ${fixed(r.mbPerSecond, 0)} | ${fixed(r.peakRssMb, 0)} | ${fixed(r.ratio, 2)}x |`),
    '',
    `Our phases (median s): pack + sha256 ${fixed(phases.packSeconds, 2)}, upload ${fixed(phases.uploadSeconds, 2)}; download + sha256 ${fixed(phases.downloadSeconds, 2)}, extract ${fixed(phases.extractSeconds, 2)}. ` +
      `The client process: ${fixed(phases.processSeconds, 2)} s wall${phases.processCpuSeconds === null ? '' : `, ${fixed(phases.processCpuSeconds, 2)} s CPU`}. The emulator's own peak RSS: ${emulatorPeakRssKb ? fixed(mbOfKb(emulatorPeakRssKb), 0) : '?'} MB.`,
    `Our register row's RSS is the client's peak once registered; the fetch row's is the peak of the whole process (register, then fetch).`,
    `Ratio of each run to the curl run after it: register ${perRun.map((r) => fixed(r.register, 2)).join(', ')}; fetch ${perRun.map((r) => fixed(r.fetch, 2)).join(', ')}.`,
    '',
    `Targets: peak RSS under ${TARGETS.peakRssMb} MB ${met(verdict.peakRss.met)} (worst run ${fixed(verdict.peakRss.worstMb, 0)} MB); ` +
      `register within ${TARGETS.ratioVsCurl}x of curl's upload ${met(verdict.register.met)} (${fixed(verdict.register.ratio, 2)}x); ` +
      `fetch within ${TARGETS.ratioVsCurl}x of curl's download ${met(verdict.fetch.met)} (${fixed(verdict.fetch.ratio, 2)}x).`,
  ].join('\n')
}

export function registryRecord({ rows, phases, verdict, perRun }, samples, { machine, code, runs, bytes, curl, gnuTime, emulatorPeakRssKb }) {
  const round = (value, digits) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)
  return {
    machine,
    code,
    runs,
    curl,
    model: { weightsBytes: bytes, files: ['metadata.json', 'profile.json', 'weights.bin'] },
    rssSource: gnuTime ? '/usr/bin/time %M for the whole client process; process.resourceUsage().maxRSS once registered' : '/proc/<pid>/status VmHWM (polled)',
    units: 'MB = 10^6 bytes; MB/s is weights.bin bytes over the median wall time; ratio = our time / curl time, same direction',
    targets: TARGETS,
    verdict: {
      peakRss: { worstMb: round(verdict.peakRss.worstMb, 1), met: verdict.peakRss.met },
      register: { ratio: round(verdict.register.ratio, 3), met: verdict.register.met },
      fetch: { ratio: round(verdict.fetch.ratio, 3), met: verdict.fetch.met },
    },
    results: rows.map((r) => ({
      operation: r.operation,
      tool: r.tool,
      label: r.label,
      medianSeconds: round(r.seconds, 3),
      mbPerSecond: round(r.mbPerSecond, 1),
      medianPeakRssMb: round(r.peakRssMb, 1),
      ratioVsCurl: round(r.ratio, 3),
    })),
    ratiosPerRun: perRun.map((r) => ({ register: round(r.register, 3), fetch: round(r.fetch, 3) })),
    phases: Object.fromEntries(Object.entries(phases).map(([key, value]) => [key, round(value, 3)])),
    emulatorPeakRssMb: emulatorPeakRssKb ? round(mbOfKb(emulatorPeakRssKb), 1) : null,
    samples: {
      registry: samples.registry.map((s) => ({
        registerSeconds: round(s.register.seconds, 3),
        uploadSeconds: round(s.register.backendSeconds, 3),
        fetchSeconds: round(s.fetch.seconds, 3),
        downloadSeconds: round(s.fetch.backendSeconds, 3),
        processSeconds: round(s.seconds, 3),
        cpuSeconds: s.cpuSeconds,
        peakRssKbRegistered: s.register.peakRssKb,
        peakRssKb: s.peakRssKb,
      })),
      curlUpload: samples.upload.map((s) => ({ seconds: round(s.seconds, 3), cpuSeconds: s.cpuSeconds, peakRssKb: s.peakRssKb })),
      curlDownload: samples.download.map((s) => ({ seconds: round(s.seconds, 3), cpuSeconds: s.cpuSeconds, peakRssKb: s.peakRssKb })),
    },
  }
}

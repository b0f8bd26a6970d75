// Wall time and peak RSS of one child process.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { GNU_TIME } from './system.mjs'

const TAIL = 4096
const POLL_MS = 10

/**
 * Runs `command args` and resolves { seconds, cpuSeconds, peakRssKb, status, signal, stdout, stderr }.
 * Wall time is taken here with hrtime (finer than GNU time's %e). Peak RSS and CPU time
 * (user + sys, steadier than wall time on a shared machine) come from GNU time; without
 * it, peak RSS is VmHWM in /proc, polled, which can miss a final spike, and CPU is null.
 */
export async function measure(command, args, { gnuTime, tmpDir, env }) {
  if (gnuTime) {
    const out = join(tmpDir, `time-${process.pid}-${Date.now()}.txt`)
    try {
      const run = await runChild(GNU_TIME, ['-f', '%e %U %S %M', '-o', out, command, ...args], env)
      return { ...run, ...parseGnuTime(readFileSync(out, 'utf8'), command) }
    } finally {
      rmSync(out, { force: true })
    }
  }
  let peakRssKb = 0
  const run = await runChild(command, args, env, (pid) => {
    peakRssKb = Math.max(peakRssKb, readVmHwmKb(pid))
  })
  return { ...run, cpuSeconds: null, peakRssKb }
}

// GNU time may write "Command exited with non-zero status N" before the formatted line.
function parseGnuTime(text, command) {
  const last = text.trim().split('\n').pop() ?? ''
  const match = /^[\d.]+ ([\d.]+) ([\d.]+) (\d+)$/.exec(last.trim())
  if (!match) throw new Error(`cannot read GNU time's output for ${command}: ${JSON.stringify(text)}`)
  return { cpuSeconds: Math.round((Number(match[1]) + Number(match[2])) * 100) / 100, peakRssKb: Number(match[3]) }
}

function readVmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

function runChild(command, args, env, poll) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout = (stdout + chunk).slice(-TAIL)))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-TAIL)))
    const timer = poll ? setInterval(() => poll(child.pid), POLL_MS) : undefined
    if (poll) poll(child.pid)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(new Error(`cannot start ${command}: ${error.message}`))
    })
    child.on('exit', () => {
      clearInterval(timer)
    })
    child.on('close', (status, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolve({ seconds, status, signal, stdout, stderr })
    })
  })
}

/** The JSON object a child printed last on stdout, or undefined. */
export function lastJsonLine(text) {
  const line = text.trim().split('\n').pop()
  try {
    return line ? JSON.parse(line) : undefined
  } catch {
    return undefined
  }
}

/** Measured runs per tool: MLOPS_BENCH_RUNS, default 3. */
export function readRuns(value) {
  if (value === undefined || value === '') return 3
  const runs = Number(value)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`MLOPS_BENCH_RUNS must be a positive integer, got '${value}'.`)
  return runs
}

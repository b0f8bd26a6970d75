import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'

/**
 * Temporary files and folders of this process. Whoever makes one removes it when done; any
 * still here are removed when the process exits, normally or on SIGINT, SIGTERM or SIGHUP.
 * After the clean-up the signal is raised again (unless something else also listens for it),
 * so the process still ends as that signal ends it: exit status 128 + its number.
 *
 * Worker threads receive no signals, and the process may end without running their
 * 'exit' listeners: a thread is given a folder its parent thread tracks (`setTemporaryParent`)
 * and makes its own folders inside it.
 */
const tracked = new Set<string>()
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
let parent: string | undefined
let listening = false

/**
 * A new folder `<tmpdir>/<prefix>XXXXXX`, removed on every exit path. In a worker thread it
 * is made in the parent's folder and left to the parent: it may outlive the thread, which
 * hands its files over.
 */
export function createTemporaryDir(prefix: string): string {
  // The signal handlers go in first: a signal that lands as soon as the folder exists would
  // otherwise end the process before anything removes it.
  if (parent === undefined) listen()
  const dir = mkdtempSync(join(parent ?? tmpdir(), prefix))
  if (parent === undefined) trackTemporary(dir)
  return dir
}

/** Removes `path` on exit or signal unless `removeTemporary` or `forgetTemporary` comes first. */
export function trackTemporary(path: string): void {
  tracked.add(path)
  listen()
}

/** Removes a temporary file or folder now. */
export function removeTemporary(path: string): void {
  rmSync(path, { recursive: true, force: true })
  tracked.delete(path)
}

/** The path is no longer temporary, e.g. it was renamed into place. */
export function forgetTemporary(path: string): void {
  tracked.delete(path)
}

/** In a worker thread: make temporary folders inside `dir`, which the parent thread tracks. */
export function setTemporaryParent(dir: string): void {
  parent = dir
}

function removeAll(): void {
  for (const path of tracked) {
    try {
      // A worker thread may still be writing into a folder while it is removed: try again then.
      rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 })
    } catch {
      // Exiting anyway: one that cannot be removed must not keep the others.
    }
  }
  tracked.clear()
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll()
  if (process.listenerCount(signal) > 1) return
  process.removeListener(signal, onSignal)
  process.kill(process.pid, signal)
}

function listen(): void {
  if (listening) return
  listening = true
  process.on('exit', removeAll)
  if (isMainThread) for (const signal of SIGNALS) process.on(signal, onSignal)
}

#!/usr/bin/env node
import { describeError } from '../errors/index.js'
import { startEntry } from '../runtime/entry.js'
import { main } from './main.js'

startEntry(() => {
  ignoreClosedPipes()
  return main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(describeError(error) + '\n')
      process.exitCode = 2
    },
  )
})

/**
 * `mlops ... | head` closes the pipe before the summary is written. The run's exit code still
 * stands, so a write to a closed pipe is dropped rather than turned into a crash.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
    })
  }
}

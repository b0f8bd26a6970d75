#!/usr/bin/env node
import { describeError } from '../errors/index.js'
import { startEntry } from '../runtime/entry.js'
import { main } from './main.js'

startEntry(import.meta.url, () =>
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(describeError(error) + '\n')
      process.exitCode = 2
    },
  ),
)

import { startEntry } from '../../../shared/runtime/entry.js'
import { run } from './main.js'

startEntry(run)

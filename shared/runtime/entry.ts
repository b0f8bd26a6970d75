import { fileURLToPath } from 'node:url'
import { isValidationWorker, serveValidationPart, setWorkerEntry } from '../validate/index.js'

/**
 * The body of every entry file (action bundle, CLI). The same file also starts the
 * validation worker threads, so a bundle needs no second entry.
 */
export function startEntry(entryUrl: string, main: () => Promise<unknown>): void {
  if (isValidationWorker()) {
    void serveValidationPart()
    return
  }
  setWorkerEntry(fileURLToPath(entryUrl))
  void main()
}

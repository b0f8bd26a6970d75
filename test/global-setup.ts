import { compileTypeScript } from './helpers/repo.js'

/** The CLI and docs tests run the compiled JavaScript in build/: compile once, before any test. */
export default function setup(): void {
  compileTypeScript()
}

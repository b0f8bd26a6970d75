// Writes each action's action.yml and the input/output tables of its README from the command definitions.
// With --check, exits non-zero when a file is out of date instead of writing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMANDS } from '../../build/shared/commands/index.js'
import { renderActionYaml, renderReadmeTables, spliceGenerated } from '../../build/shared/runtime/docs.js'

const root = new URL('../..', import.meta.url).pathname
const check = process.argv.includes('--check')
const stale = []

for (const command of COMMANDS) {
  const folder = join(root, 'actions', command.action)
  const readmePath = join(folder, 'README.md')
  const files = {
    [join(folder, 'action.yml')]: renderActionYaml(command),
    [readmePath]: spliceGenerated(existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${command.title}\n`, renderReadmeTables(command)),
  }
  for (const [path, content] of Object.entries(files)) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : ''
    if (current === content) continue
    if (check) stale.push(path)
    else writeFileSync(path, content)
  }
}
if (stale.length > 0) {
  console.error(`Out of date (run npm run build): ${stale.join(', ')}`)
  process.exit(1)
}

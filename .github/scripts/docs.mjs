// Writes each action's action.yml and the generated blocks of its README from the command
// definitions and the check registry. With --check, exits non-zero when a file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMANDS } from '../../build/shared/commands/index.js'
import { dataSchemaJsonSchema } from '../../build/shared/validate/index.js'
import { isActionCommand, renderActionYaml, renderInputsAndOutputs, renderSchemaChecks, spliceGenerated } from '../../build/shared/runtime/docs.js'

const root = new URL('../..', import.meta.url).pathname
const check = process.argv.includes('--check')
const stale = []

function emit(path, content) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : ''
  if (current === content) return
  if (check) stale.push(path)
  else writeFileSync(path, content)
}

// A command without an action (a server, say) has no action.yml; the CLI's help describes it.
for (const command of COMMANDS.filter(isActionCommand)) {
  const folder = join(root, 'actions', command.action)
  const readmePath = join(folder, 'README.md')
  let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${command.title}\n`
  readme = spliceGenerated(readme, 'inputs and outputs', renderInputsAndOutputs(command))
  if (command.action === 'data-validate') readme = spliceGenerated(readme, 'schema checks', renderSchemaChecks())
  emit(join(folder, 'action.yml'), renderActionYaml(command))
  emit(readmePath, readme)
}
emit(join(root, 'shared', 'schema', 'data-schema.json'), JSON.stringify(dataSchemaJsonSchema(), null, 2) + '\n')

if (stale.length > 0) {
  console.error(`Out of date (run npm run build): ${stale.join(', ')}`)
  process.exit(1)
}

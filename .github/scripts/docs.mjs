// Writes each action's action.yml and the generated blocks of its README from the command
// definitions and the check registry, and the permissions table of the root README.
// With --check, exits non-zero when a file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMANDS } from '../../build/shared/commands/index.js'
import { dataSchemaJsonSchema } from '../../build/shared/validate/index.js'
import {
  isActionCommand,
  renderActionYaml,
  renderInputsAndOutputs,
  renderPermissions,
  renderPermissionsOverview,
  renderSchemaChecks,
  spliceBetween,
  spliceGenerated,
} from '../../build/shared/runtime/docs.js'

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
const actions = COMMANDS.filter(isActionCommand)
for (const command of actions) {
  const folder = join(root, 'actions', command.action)
  const readmePath = join(folder, 'README.md')
  let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${command.title}\n`
  readme = spliceGenerated(readme, 'inputs and outputs', renderInputsAndOutputs(command))
  readme = spliceGenerated(readme, 'permissions', renderPermissions(command), 'inputs and outputs')
  if (command.action === 'data-validate') readme = spliceGenerated(readme, 'schema checks', renderSchemaChecks())
  emit(join(folder, 'action.yml'), renderActionYaml(command))
  emit(readmePath, readme)
}
emit(join(root, 'shared', 'schema', 'data-schema.json'), JSON.stringify(dataSchemaJsonSchema(), null, 2) + '\n')

const [begin, end] = ['<!-- permissions:start -->', '<!-- permissions:end -->']
const rootReadme = readFileSync(join(root, 'README.md'), 'utf8')
const withPermissions = spliceBetween(rootReadme, begin, end, `${begin}\n${renderPermissionsOverview(actions)}\n${end}`)
if (withPermissions === undefined) {
  console.error(`README.md: no '${begin}' and '${end}' markers for the permissions table.`)
  process.exit(1)
}
emit(join(root, 'README.md'), withPermissions)

if (stale.length > 0) {
  console.error(`Out of date (run npm run build): ${stale.join(', ')}`)
  process.exit(1)
}

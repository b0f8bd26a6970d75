// Prepares a release: `npm run set-version -- 1.2.0` writes the version into package.json and its lock,
// the CLI, the reusable workflows' refs to this repository's actions (@v1.2.0), the refs in docs,
// starters and examples (@v1), and a CHANGELOG heading. Then rebuild (`npm run build`) and commit.
// `--root DIR` works on another copy of the repository.
import { describeError, UserError } from '../../build/shared/errors/index.js'
import { setVersion } from '../../build/shared/release/index.js'

const args = process.argv.slice(2)
const rootIndex = args.indexOf('--root')
const root = rootIndex >= 0 ? args.splice(rootIndex, 2)[1] : new URL('../..', import.meta.url).pathname
const [version] = args

try {
  if (!version) throw new UserError('Usage: npm run set-version -- <version>, such as 1.2.0.')
  const changed = setVersion(root, version, new Date().toISOString().slice(0, 10))
  console.log(changed.length > 0 ? `Changed: ${changed.join(', ')}. Now run npm run build and commit.` : 'Nothing to change.')
} catch (error) {
  console.error(describeError(error))
  process.exit(2)
}

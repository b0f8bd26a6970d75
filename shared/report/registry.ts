import type { VersionRecord } from '../registry/index.js'
import { table } from './markdown.js'

/** The versions of one model, newest first, as the job summary shows them. */
export function registryVersionsTable(name: string, versions: readonly VersionRecord[], location: string): string {
  if (versions.length === 0) return `Model \`${name}\` has no versions in the ${location}.`
  const rows = [...versions].reverse().map((v) => [`[v${v.version}](${v.url})`, v.aliases.map((a) => `\`${a}\``).join(' '), v.status, `\`${v.digest.slice(0, 12)}\``, v.created_at])
  return `Versions of \`${name}\` in the ${location}:\n\n${table(['version', 'aliases', 'status', 'sha256', 'created'], rows)}`
}

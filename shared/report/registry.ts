import { modelUri } from '../registry/names.js'
import type { VersionRecord } from '../registry/index.js'
import { mdCode, mdText } from './escape.js'
import { link, md, table } from './markdown.js'

/** The job summary of a registry operation: what happened, to which version, and the versions now. */
export function registrySummary(outcome: string, record: VersionRecord | undefined, name: string, versions: readonly VersionRecord[], location: string): string {
  const version = record ? `: ${link(modelUri(record.name, record.version), record.url).text}` : ''
  return `## ${mdText(outcome)}${version}\n\n${registryVersionsTable(name, versions, location)}\n`
}

/** The versions of one model, newest first, as the job summary shows them. */
export function registryVersionsTable(name: string, versions: readonly VersionRecord[], location: string): string {
  if (versions.length === 0) return `Model ${mdCode(name)} has no versions in the ${mdText(location)}.`
  const rows = [...versions]
    .reverse()
    .map((v) => [link(`v${v.version}`, v.url), md(v.aliases.map((alias) => mdCode(alias)).join(' ')), v.status, md(mdCode(v.digest.slice(0, 12))), v.created_at])
  return `Versions of ${mdCode(name)} in the ${mdText(location)}:\n\n${table(['version', 'aliases', 'status', 'sha256', 'created'], rows)}`
}

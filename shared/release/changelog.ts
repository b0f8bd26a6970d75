/**
 * CHANGELOG.md in the Keep a Changelog shape: `## Unreleased`, then `## 1.2.3 - 2026-01-31` per release,
 * newest first. A release's notes are its section.
 */

const heading = (line: string) => /^## /.test(line)
const versionOf = (line: string) => /^## \[?v?([^\]\s]+)\]?(?:\s|$)/.exec(line)?.[1]

/** The text under the version's heading, up to the next `## ` heading; undefined when it has none. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => heading(line) && versionOf(line) === version)
  if (start < 0) return undefined
  const end = lines.findIndex((line, i) => i > start && heading(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim()
}

/**
 * Gives what `## Unreleased` lists to a new version: its heading goes under `## Unreleased`, which starts
 * empty again. A version that has a heading already is left as it is.
 */
export function addChangelogHeading(changelog: string, version: string, date: string): string {
  const lines = changelog.split('\n')
  if (lines.some((line) => heading(line) && versionOf(line) === version)) return changelog
  const unreleased = lines.findIndex((line) => /^## \[?Unreleased\]?\s*$/i.test(line))
  const entry = `## ${version} - ${date}`
  if (unreleased >= 0) lines.splice(unreleased + 1, 0, '', entry)
  else {
    const first = lines.findIndex(heading)
    lines.splice(first < 0 ? lines.length : first, 0, entry, '')
  }
  return lines.join('\n')
}

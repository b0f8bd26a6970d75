/**
 * How files refer to this repository's actions and reusable workflows, and to third-party actions.
 * Reusable workflows pin this repository's actions to the exact release they ship in; everything else
 * (READMEs, starter workflows, examples) names the moving major tag, as users write it.
 */

export const REPOSITORY = 'mlops-actions/mlops-actions'

/** `mlops-actions/mlops-actions/actions/train@v1`, `mlops-actions/mlops-actions/.github/workflows/mlops-pr.yml@v1`. */
const OWN_REF = /mlops-actions\/mlops-actions\/(actions\/[\w-]+|\.github\/workflows\/[\w.-]+\.ya?ml)@([\w.-]+)/g

/** `uses: owner/repo[/path]@ref`, with its trailing `# v5.0.0` comment when there is one. */
const USES = /uses:\s*['"]?([\w.-]+\/[\w.-]+)((?:\/[\w.\/-]+)?)@([\w.\/-]+)['"]?[ \t]*(#[^\n]*)?/g

export interface OwnReference {
  /** `actions/train` or `.github/workflows/mlops-pr.yml`. */
  target: string
  ref: string
  line: number
}

export interface ActionPin {
  /** `actions/checkout`: the repository, which one pin serves whatever the path. */
  action: string
  ref: string
  comment?: string
  line: number
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** A line a workflow runs: in Markdown, only these are refs a reader copies; prose may name any release. */
const USES_LINE = /^.*\buses:.*$/gm

/** In a Markdown file, the refs on `uses:` lines; in any other, every ref. */
export function ownReferences(text: string, file = ''): OwnReference[] {
  const lines = isMarkdown(file) ? [...text.matchAll(USES_LINE)].map((m) => ({ text: m[0], at: m.index })) : [{ text, at: 0 }]
  return lines.flatMap((line) => [...line.text.matchAll(OWN_REF)].map((m) => ({ target: m[1]!, ref: m[2]!, line: lineAt(text, line.at + m.index) })))
}

/** The refs `ownReferences` finds, made `ref`. */
export function rewriteOwnReferences(text: string, ref: string, file = ''): string {
  const rewrite = (part: string) => part.replace(OWN_REF, (_match, target: string) => `${REPOSITORY}/${target}@${ref}`)
  return isMarkdown(file) ? text.replace(USES_LINE, rewrite) : rewrite(text)
}

const isMarkdown = (file: string) => file.endsWith('.md')

/** The actions of other repositories that `uses:` lines name; local (`./`) and Docker ones are not pins. */
export function thirdPartyPins(text: string): ActionPin[] {
  return [...text.matchAll(USES)]
    .filter((m) => m[1] !== REPOSITORY)
    .map((m) => ({ action: m[1]!, ref: m[3]!, ...(m[4] && { comment: m[4].slice(1).trim() }), line: lineAt(text, m.index) }))
}

/** Reusable workflows of this repository, whose own-action refs name the exact release. */
export const isReusableWorkflow = (path: string) => /^\.github\/workflows\/mlops-[\w.-]+\.ya?ml$/.test(path)

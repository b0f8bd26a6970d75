import { formatStat, table } from '../report/index.js'

export interface CardFacts {
  name: string
  version: number
  digest: string
  description?: string
  comparedWith?: string
}

/** The model card: what the model is, how well it did, and where it came from. Markdown for a release body. */
export function renderModelCard(facts: CardFacts, metadata: Record<string, any>): string {
  const metrics: Record<string, number> = metadata.metrics ?? {}
  const lineage: Record<string, string> = metadata.lineage ?? {}
  const lines = [
    `# ${facts.name} v${facts.version}`,
    '',
    facts.description ?? `A ${metadata.task ?? ''} model of \`${metadata.target ?? '?'}\`.`.replace('A  model', 'A model'),
    '',
    '## Model',
    '',
    table(['', ''], [
      ['task', metadata.task ?? '—'],
      ['target', metadata.target ? `\`${metadata.target}\`` : '—'],
      ['features', Array.isArray(metadata.features) ? metadata.features.map((f: string) => `\`${f}\``).join(', ') : '—'],
      ['trainer', metadata.trainer === 'command' ? `command \`${metadata.command}\`` : `built-in ${metadata.model ?? ''} (${metadata.backend ?? '?'})`],
      ['training rows', metadata.rows?.train ?? '—'],
      ['validation rows', metadata.rows?.validation ?? '—'],
    ]),
    '',
    '## Validation metrics',
    '',
    Object.keys(metrics).length > 0 ? table(['metric', 'value'], Object.entries(metrics).map(([k, v]) => [k, formatStat(v)]), ['left', 'right']) : 'None recorded.',
    '',
    '## Lineage',
    '',
    table(['', ''], [
      ['commit', lineage.commit ? `\`${lineage.commit}\`` : '—'],
      ['workflow run', lineage.runUrl ?? '—'],
      ['data sha256', metadata.dataHash ? `\`${metadata.dataHash}\`` : '—'],
      ['params sha256', metadata.paramsHash ? `\`${metadata.paramsHash}\`` : '—'],
      ['compared with', facts.comparedWith ?? '—'],
      ['trained at', metadata.createdAt ?? '—'],
      ['archive sha256', `\`${facts.digest}\``],
    ]),
    '',
    '## Parameters',
    '',
    '```json',
    JSON.stringify(metadata.params ?? {}, null, 2),
    '```',
    '',
  ]
  return lines.join('\n')
}

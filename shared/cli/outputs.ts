import type { OutputSpec } from '../runtime/command.js'

/** Outputs with their JSON types: the host gives every output as text, as GitHub does. */
export function typedOutputs(specs: Record<string, OutputSpec>, outputs: Record<string, string>): Record<string, unknown> {
  const typed: Record<string, unknown> = {}
  for (const [name, text] of Object.entries(outputs)) typed[name] = typedValue(specs[name]?.type, text)
  return typed
}

/** An empty output (such as `version` when nothing was registered) is null; text that is not of the type stays text. */
function typedValue(type: OutputSpec['type'], text: string): unknown {
  if (!type || type === 'string') return text
  if (text.trim() === '') return null
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
  if (type === 'number') return Number.isFinite(Number(text)) ? Number(text) : text
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

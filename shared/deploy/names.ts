import { UserError } from '../errors/index.js'

/**
 * KServe's rule for an InferenceService name: a DNS-1123 label (lower-case letters, digits and '-',
 * at most 63) that also starts with a letter, as the Knative service made from it must.
 */
const SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/

/** A DNS-1123 label: a namespace, a Secret's key holder, a container. */
const LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/

/** A DNS-1123 subdomain, which a Secret's name is: labels joined by dots, at most 253 characters. */
const SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

export function checkServiceName(name: string, input = 'service'): string {
  if (!SERVICE_NAME.test(name))
    throw new UserError(
      `Input '${input}': ${shown(name)} is not a Kubernetes name for the service; use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, such as churn-model.`,
    )
  return name
}

export function checkNamespace(namespace: string, input = 'namespace'): string {
  if (!LABEL.test(namespace)) throw new UserError(`Input '${input}': ${shown(namespace)} is not a Kubernetes namespace; use at most 63 lower-case letters, digits and '-', such as models.`)
  return namespace
}

export function checkSecretName(name: string, input = 'secret'): string {
  if (!SUBDOMAIN.test(name)) throw new UserError(`Input '${input}': ${shown(name)} is not a Kubernetes Secret name; use lower-case letters, digits, '-' and '.', such as mlops-server.`)
  return name
}

/** An image reference on one line: `registry/name:tag` or `name@sha256:…`; the registry checks the rest. */
export function checkImage(image: string, input = 'image'): string {
  if (!/^[a-z0-9][\w./:@-]*$/i.test(image) || image.length > 512)
    throw new UserError(`Input '${input}': ${shown(image)} is not a container image reference, such as ghcr.io/octo-org/mlops-server:1.0.`)
  return image
}

/** Quoted for a one-line message; a name with a line break or a quote is shown escaped. */
function shown(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) && !value.includes("'") ? `'${value}'` : JSON.stringify(value)
}

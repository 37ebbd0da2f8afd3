import type { Classification } from './classification.js'

/** A call named for an infrastructure-as-code tool (`tf-gha-install-terraform.yml`, `pulumi-action`). */
const IAC_TOOL = /(?:^|[^a-z])(?:terraform|tofu|tf|pulumi|cdk|bicep|terragrunt)(?:[^a-z]|$)/i
/** An input that picks what the tool does (`TFAction`, `command`, `terraform_operation`). */
const ACTION_INPUT = /action|command|operation|cmd|mode/i
/** `apply`, `up` or `deploy` among its values, literal or an expression's fallback (`… || 'apply'`). */
const APPLIES = /(?:^|[^\w-])(?:apply|up|deploy)(?:[^\w-]|$)/i

/**
 * A call the gate cannot read that an infrastructure tool's name and an action input tell to apply
 * (real-world patterns §10.1: inputs of opaque calls are evidence): `TFAction: ${{ inputs.action || 'apply' }}`
 * on `…/tf-gha-install-terraform.yml`. A plan or destroy alone applies nothing.
 */
export function iacCallInputs(ref: string, inputs: Record<string, string>): Classification[] {
  const name = ref.replace(/@.*$/, '').split('/').slice(1).join('/')
  if (!IAC_TOOL.test(name)) return []
  const applies = Object.entries(inputs).some(([key, value]) => ACTION_INPUT.test(key) && APPLIES.test(value))
  return applies ? [{ purpose: 'iac-apply', rule: 'iac-inputs', via: [] }] : []
}

import type { PolicyProposal } from './propose-policy.js'

/** The published JSON Schema, as README's "The policy and editor support" shows it. */
const SCHEMA_URL =
  'https://raw.githubusercontent.com/maturity-gate/maturity-gate/main/schema/maturity.schema.json'

/**
 * `.maturity.yml` for a proposal, each key with a comment saying what it does, and the practices that stand
 * between the pipeline and the next level as comments: the file is read once, by a person deciding to adopt it.
 */
export function policyText(proposal: PolicyProposal): string {
  const { model, target, reached } = proposal
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# Proposed by `maturity-gate init` from this repository's workflows; docs/policy.md describes every key.",
    '',
    "# The version of this file's format.",
    'version: 1',
    `# The maturity model the pipeline is held to; its levels, lowest first: ${proposal.levels.join(', ')}.`,
    `model: ${model}`,
    reached
      ? `# The level the gate requires: ${target} is the highest level the pipeline reaches today.`
      : `# The level the gate requires. No level is reached today: ${target} is the model's first level.`,
    `target: ${target}`,
    '# enforce: the check fails while the pipeline is below the target; advise: it only annotates.',
    ...(reached ? [] : [`# advise until ${target} is reached; then switch to enforce.`]),
    `mode: ${reached ? 'enforce' : 'advise'}`,
    '# Options of the built-in practices (such as where they look), waivers and attestations, and practices',
    '# of your own.',
    ...gapComments(proposal),
    'practices: {}',
    ''
  ].join('\n')
}

function gapComments({ next, gaps, reached }: PolicyProposal): string[] {
  if (next === undefined) return ["# The pipeline reaches the model's highest level."]
  if (gaps.length === 0) return []
  const heading = reached
    ? `# What stands between the pipeline and ${next}, the next level:`
    : `# What stands between the pipeline and ${next}:`
  return [heading, ...gaps.map(gap => `#   ${gap.practice} (${gap.status}): ${oneLine(gap.message)}`)]
}

/** A comment ends at the line's end: a message spread over lines would turn into YAML. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

import { globFilter } from '../evidence/glob-filter.js'
import { NOT_OURS } from '../evidence/not-ours.js'
import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listFiles, listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'
import type { Workspace } from '../evidence/evidence.js'

/** Files that define infrastructure, by tool convention (the one list of them; a policy may replace it). */
const IAC_FILES = [
  '**/*.{tf,tf.json,tofu}', // Terraform, OpenTofu
  '**/terragrunt.hcl',
  '**/Pulumi.{yaml,yml}',
  '**/*.bicep',
  '**/azuredeploy.json', // ARM templates
  '**/{cdk,cdktf}.json',
  '**/Chart.yaml', // Helm
  '**/helmfile.{yaml,yml}',
  '**/kustomization.{yaml,yml}'
]

const options = {
  files: z
    .array(workspaceGlob)
    .min(1)
    .default(IAC_FILES)
    .describe('globs of infrastructure-as-code files (Terraform, Pulumi, Bicep, CDK, Helm, Kustomize, …)'),
  jobs: jobGlobs
}

const messages = {
  applied: '{jobs} apply the infrastructure code ({files})',
  'not-applied': '{files} define infrastructure, but no workflow job applies them',
  'apply-without-files': '{jobs} apply infrastructure, but no file in the repository matches {globs}',
  none: 'no infrastructure-as-code files (nothing matches {globs}) and no job applies any',
  opaque: OPAQUE_MESSAGE
}

export const infrastructureAsCode = definePractice({
  meta: {
    id: 'infrastructure-as-code',
    title: 'Infrastructure as code, applied by the pipeline',
    model: 'cdmm',
    rationale:
      'CDMM expert, Design & Architecture: environments are defined as versioned code and created or changed by the pipeline, not by hand.',
    messages,
    options,
    namedJobs: ['iac-apply']
  },
  check(context, { files: globs }) {
    const isIac = globFilter(globs, { dot: true, ignore: [...NOT_OURS] })
    const pipeline = pipelineOf(context.evidence, context.environments)
    const applying = pipeline.withPurpose('iac-apply')
    const named = context.evidence.workspace.files.filter(file => isIac(file))
    // Templates are read only when they can change the verdict: something applies infrastructure, and no file
    // is IaC by its name. Unapplied templates stay unread, and the verdict stays what their absence says.
    const files =
      named.length === 0 && applying.length > 0 ? cloudFormationTemplates(context.evidence.workspace) : named
    const fileEvidence = files.slice(0, 5).map(file => ({ kind: 'file' as const, file }))
    const globList = globs.map(g => `\`${g}\``).join(', ')
    const applyRemediation =
      'Add a workflow job that applies them (`terraform apply`, `tofu apply`, `pulumi up`, `cdk deploy`, `helm upgrade --install`, `az deployment group create`, …), ideally on push to the default branch after a reviewed plan.'
    if (applying.length > 0 && files.length > 0) {
      return findingFor(context, messages, 'applied', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(applying), files: listFiles(files) },
        evidence: [...applying.map(job => jobEvidence(job, 'iac-apply')), ...fileEvidence],
        locations: applying.map(job => locationOf(job, 'iac-apply')),
        remediation: ''
      })
    }
    // A deploy the gate cannot read may apply the infrastructure (a remote terraform workflow, a manifest).
    const opaque =
      applying.length === 0 &&
      opaqueVerdict(context, {
        purposes: ['iac-apply'],
        calledJobs: ['deploy'],
        work: 'applying the infrastructure code',
        jobsOption: true
      })
    if (opaque) return opaque
    if (files.length > 0) {
      return findingFor(context, messages, 'not-applied', {
        status: 'fail',
        strength: 'definition',
        data: { files: listFiles(files) },
        evidence: fileEvidence,
        locations: files.slice(0, 5).map(file => ({ file, line: 1, column: 1 })),
        remediation: applyRemediation
      })
    }
    if (applying.length > 0) {
      return findingFor(context, messages, 'apply-without-files', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(applying), globs: globList },
        evidence: applying.map(job => jobEvidence(job, 'iac-apply')),
        locations: applying.map(job => locationOf(job, 'iac-apply')),
        remediation:
          'Keep the infrastructure code in this repository, or set `files` for this practice to the globs where it lives.'
      })
    }
    return findingFor(context, messages, 'none', {
      status: 'fail',
      strength: 'definition',
      data: { globs: globList },
      evidence: [],
      locations: [],
      remediation: `Describe the environments as code (Terraform, Pulumi, Bicep, CDK, Helm, …) in this repository. ${applyRemediation}`
    })
  }
})

/** Where CloudFormation templates may be: YAML, JSON and `.template` files outside the workflows folder. */
const TEMPLATE_CANDIDATE = globFilter(['**/*.{yml,yaml,json,template}'], {
  dot: true,
  ignore: [...NOT_OURS, '.github/**', '**/package{,-lock}.json', '**/tsconfig*.json']
})
/** CloudFormation's own limit on a template's size: anything larger is no template. */
const MAX_TEMPLATE_CHARS = 1_000_000
/** The format version key, as YAML or JSON, at the top of the template. */
const FORMAT_VERSION = /^(?:AWSTemplateFormatVersion|\s*"AWSTemplateFormatVersion")\s*:/m
/** A top-level `Resources:` (YAML) or `"Resources": {` (JSON) whose entries have `AWS::` types. */
const RESOURCES = /^(?:Resources:[ \t]*(?:#.*)?$|\s*"Resources"\s*:\s*\{)/m
const AWS_TYPE = /^\s*(?:Type|"Type")\s*:\s*["']?AWS::\w+::/m

/**
 * CloudFormation (and SAM) templates, found by content (real-world patterns §1.5: CloudFormation endpoint
 * stacks): their names follow no convention, so a file is one when it declares the format version, or a
 * top-level `Resources:` with `AWS::` types.
 */
function cloudFormationTemplates(workspace: Workspace): string[] {
  return workspace.files.filter(file => {
    if (!TEMPLATE_CANDIDATE(file)) return false
    const text = workspace.read(file)
    if (text === undefined || text.length > MAX_TEMPLATE_CHARS) return false
    return FORMAT_VERSION.test(text) || (RESOURCES.test(text) && AWS_TYPE.test(text))
  })
}

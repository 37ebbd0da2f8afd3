import picomatch from 'picomatch'
import { NOT_OURS } from '../evidence/not-ours.js'
import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { listFiles, listJobs } from './support/findings.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'

const OPTIONS = {
  files: z
    .array(workspaceGlob)
    .min(1)
    .default([
      '**/train*.{py,ipynb,R,jl}',
      // `train` as a word anywhere in the name (`iris-train-pipeline.ipynb`, `3_model_training.ipynb`) or a
      // `training/` package; not inside another word (`constraints.py`).
      // A test of training code is not the training code (`test_train.py`).
      '**/!(test*)[-_.]train{,ing,er}{,[-_.]*}.{py,ipynb,R,jl}',
      '**/training/**/!(test*).{py,R,jl}',
      '**/dvc.yaml',
      '**/MLproject',
      '**/pipeline*.{py,yaml,yml,json}',
      '**/*_pipeline.py',
      '**/kubeflow/**/*.{py,yaml}'
    ])
    .describe('globs of training entry points and pipeline definitions'),
  jobs: jobGlobs
}

const messages = {
  found: 'training code is in the repository: {files}',
  'trained-by-workflow': 'training runs from the repository in {jobs}',
  none: 'no training entry point or pipeline definition matches {globs}{hint}'
}

export const trainingCodeVersioned = definePractice({
  meta: {
    id: 'training-code-versioned',
    title: 'Training code is versioned',
    model: 'mlops',
    rationale:
      'MLOps level 0 (manual process): even a manual process starts from training code kept under source control, so a model can be traced to the code that made it.',
    messages,
    options: OPTIONS,
    namedJobs: ['training']
  },
  check(context, options) {
    const { files } = context.evidence.workspace
    const isMatch = picomatch(options.files, { dot: true, ignore: [...NOT_OURS] })
    const found = files.filter(file => isMatch(file))
    if (found.length > 0) {
      return findingFor(context, messages, 'found', {
        status: 'pass',
        strength: 'definition',
        data: { files: listFiles(found) },
        evidence: found.map(file => ({ kind: 'file' as const, file })),
        locations: found.slice(0, 5).map(file => ({ file, line: 1, column: 1 })),
        remediation: ''
      })
    }
    const training = pipelineOf(context.evidence, context.environments).withPurpose('training')
    if (training.length > 0) {
      return findingFor(context, messages, 'trained-by-workflow', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(training) },
        evidence: training.map(job => jobEvidence(job, 'training')),
        locations: training.map(job => locationOf(job, 'training')),
        remediation: ''
      })
    }
    const notebooks = files.filter(file => file.endsWith('.ipynb'))
    return findingFor(context, messages, 'none', {
      status: 'fail',
      strength: 'definition',
      data: {
        globs: options.files.join(', '),
        hint: notebooks.length > 0 ? ` (notebooks found: ${listFiles(notebooks)})` : ''
      },
      evidence: notebooks.map(file => ({ kind: 'file' as const, file })),
      locations: [],
      remediation:
        notebooks.length > 0
          ? 'Move the training steps of the notebooks into a script (train.py) or pipeline definition, or list the notebook in the `files` option.'
          : 'Commit the training code (a train.py, dvc.yaml, MLproject or pipeline definition), or point the `files` option at it.'
    })
  }
})

import type { Purpose } from '../../workflow/catalog/purpose.js'

/** What a built-in practice reads, besides its options: shown by `explain` and in docs/practices.md. */
export interface PracticeEvidence {
  /**
   * The catalog purposes of the jobs it reads, the evidence first and then the jobs that evidence must come
   * before or after (an acceptance test, then the deploy it gates): exactly the purposes its source names.
   */
  purposes: readonly Purpose[]
  /** Its options whose globs name the workspace files it reads: reports, migrations, metrics files. */
  files?: readonly string[]
  /** What it reads that is neither a job nor a workspace file, in words: what the REST API tells. */
  also?: string
}

const RUN = "with a token, this run's jobs and their conclusions (REST API)"

/**
 * Per practice id, what it reads. A table beside the practices rather than a `meta` field: it only describes
 * (no check reads it), so keeping it out of `meta` keeps the practices' contract and their 34 files as they
 * are, and one table shows at a glance which practices share which evidence. It cannot drift unseen:
 * __tests__/practices/docs/practice-evidence.test.ts compares every entry with its practice's source (the
 * purposes it names, the workspace and API evidence it reads) and fails on a practice without an entry.
 */
export const practiceEvidence: Readonly<Record<string, PracticeEvidence>> = {
  'acceptance-before-promotion': { purposes: ['acceptance-test', 'deploy'], also: RUN },
  'acceptance-tests': { purposes: ['acceptance-test'] },
  'automated-db-migrations': { purposes: ['db-migration', 'deploy'], files: ['migrations'] },
  'automated-deploy': { purposes: ['deploy', 'iac-apply'] },
  'automated-model-deploy': { purposes: ['model-deploy', 'model-evaluation'] },
  'build-artifacts-stored': { purposes: ['artifact-store', 'build'] },
  'build-once-deploy-anywhere': { purposes: ['build', 'artifact-store', 'deploy'] },
  'ci-on-change': { purposes: ['build', 'unit-test', 'integration-test', 'acceptance-test'], also: RUN },
  'continuous-deployment': { purposes: ['deploy', 'iac-apply'] },
  'continuous-training': { purposes: ['training'] },
  'coverage-threshold': { purposes: ['coverage'], files: ['reports'] },
  'data-validation': { purposes: ['data-validation', 'training'] },
  'infrastructure-as-code': { purposes: ['iac-apply'], files: ['files'] },
  'integration-tests': { purposes: ['integration-test'] },
  'ml-metadata': { purposes: ['experiment-tracking', 'training'], files: ['files', 'metrics-files'] },
  'model-metrics-recorded': { purposes: ['model-evaluation'], files: ['files'] },
  'model-serving-tests': {
    purposes: [
      'smoke-test',
      'integration-test',
      'acceptance-test',
      'performance-test',
      'model-deploy',
      'deploy'
    ]
  },
  'model-validation': { purposes: ['model-evaluation', 'model-deploy', 'deploy'] },
  'performance-tests': { purposes: ['performance-test'] },
  'pipeline-deployed': { purposes: ['pipeline-deploy'] },
  'pipeline-packaged': { purposes: ['artifact-store'] },
  'pipeline-tests': { purposes: ['unit-test'] },
  'post-deploy-verification': {
    purposes: ['smoke-test', 'acceptance-test', 'deploy', 'model-deploy', 'rollout']
  },
  'protected-default-branch': {
    purposes: [],
    also: 'with a token, the rulesets of the default branch (REST API): they must require a pull request and status checks; classic branch protection is not read'
  },
  'scripted-build': { purposes: ['build'] },
  'scripted-deploy': { purposes: ['deploy', 'iac-apply', 'artifact-store'] },
  'security-tests': { purposes: ['security-scan'] },
  'staged-model-promotion': { purposes: ['model-deploy', 'deploy'] },
  'static-analysis': { purposes: ['static-analysis'] },
  'test-environment': { purposes: ['deploy'] },
  'test-reports': { purposes: ['test-report'], files: ['reports'] },
  'training-code-versioned': { purposes: ['training'], files: ['files'] },
  'unit-tests': { purposes: ['unit-test'], files: ['reports'] },
  'zero-downtime-deploy': { purposes: ['rollout', 'deploy'] }
}

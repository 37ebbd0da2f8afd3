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
  /**
   * Repository files it reads because the workflow names them, not an option: job specs, scripts, model
   * registry files, requirements (real-world patterns §1.5, §9).
   */
  definitions?: string
}

const RUN = "with a token, this run's jobs and their conclusions (REST API)"
const ML_DEFINITIONS =
  'the specs, scripts and model files its jobs name (a `models:/` URI, a registry file, a submitted job spec)'

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
  'automated-db-migrations': { purposes: ['db-migration', 'deploy', 'iac-apply'], files: ['migrations'] },
  'automated-deploy': { purposes: ['deploy', 'iac-apply'] },
  'automated-model-deploy': { purposes: ['model-deploy', 'model-evaluation'], definitions: ML_DEFINITIONS },
  'build-artifacts-stored': { purposes: ['artifact-store', 'build'] },
  'build-once-deploy-anywhere': {
    purposes: ['build', 'artifact-store', 'deploy', 'iac-apply', 'rollout', 'model-deploy']
  },
  'ci-on-change': { purposes: ['build', 'unit-test', 'integration-test', 'acceptance-test'], also: RUN },
  'continuous-deployment': { purposes: ['deploy', 'iac-apply', 'artifact-store', 'rollout', 'model-deploy'] },
  'continuous-training': { purposes: ['training'], definitions: ML_DEFINITIONS },
  'coverage-threshold': {
    purposes: ['coverage', 'build', 'unit-test', 'integration-test'],
    files: ['reports'],
    definitions:
      'without a report, the config files its coverage commands were followed through (pyproject.toml `addopts`, package.json), for a bar the runner enforces itself (`--cov-fail-under=85`, coverage.py `fail_under`, `nyc --check-coverage --lines 80`): a bar at least `min` passes'
  },
  'data-validation': { purposes: ['data-validation', 'training'], definitions: ML_DEFINITIONS },
  'infrastructure-as-code': { purposes: ['iac-apply', 'deploy'], files: ['files'] },
  'integration-tests': { purposes: ['integration-test', 'acceptance-test'] },
  'ml-metadata': {
    purposes: ['experiment-tracking', 'training', 'pipeline-deploy'],
    files: ['files', 'metrics-files']
  },
  'model-metrics-recorded': { purposes: ['model-evaluation'], files: ['files'] },
  'model-serving-tests': {
    purposes: [
      'smoke-test',
      'integration-test',
      'acceptance-test',
      'performance-test',
      'model-deploy',
      'deploy'
    ],
    definitions: ML_DEFINITIONS
  },
  'model-validation': {
    purposes: ['model-evaluation', 'model-deploy', 'deploy'],
    definitions: ML_DEFINITIONS
  },
  'performance-tests': { purposes: ['performance-test'] },
  'pipeline-deployed': { purposes: ['pipeline-deploy'] },
  'pipeline-packaged': {
    purposes: ['artifact-store', 'build', 'deploy', 'model-deploy', 'pipeline-deploy', 'training'],
    definitions:
      'the Dockerfiles of the images its jobs push: one that starts a server is the prediction service'
  },
  'pipeline-tests': { purposes: ['unit-test'] },
  'post-deploy-verification': {
    purposes: ['smoke-test', 'acceptance-test', 'deploy', 'model-deploy', 'rollout', 'iac-apply']
  },
  'protected-default-branch': {
    purposes: [],
    also: 'with a token, the rulesets of the default branch (REST API): they must require a pull request and status checks; when they do not, classic branch protection (`GET /repos/{owner}/{repo}/branches/{branch}`): its required status checks pass it. Unreadable protection is unknown: waive the practice or set `enabled: false` when the token cannot see it'
  },
  'scripted-build': { purposes: ['build'] },
  'scripted-deploy': { purposes: ['deploy', 'iac-apply', 'artifact-store'] },
  'security-tests': { purposes: ['security-scan'] },
  'staged-model-promotion': { purposes: ['model-deploy', 'deploy'], definitions: ML_DEFINITIONS },
  'static-analysis': { purposes: ['static-analysis', 'security-scan'] },
  'test-environment': { purposes: ['deploy'] },
  'test-reports': {
    purposes: ['test-report', 'build', 'unit-test', 'integration-test', 'acceptance-test'],
    files: ['reports']
  },
  'training-code-versioned': { purposes: ['training'], files: ['files'] },
  'unit-tests': { purposes: ['unit-test', 'build'], files: ['reports'] },
  'zero-downtime-deploy': { purposes: ['rollout', 'deploy', 'iac-apply'] }
}

import type { Location, Status } from '../../src/core/finding.js'
import { cdmm } from '../../src/models/cdmm.js'
import { mlops } from '../../src/models/mlops.js'
import type { Model } from '../../src/models/model.js'
import type { PipelineJob, Report, ReportFinding } from '../../src/evaluate/report.js'
import { defined } from '../helpers/defined.js'

/** Hand-built reports for the renderers' golden tests, one per situation a reader meets. */

const CI = '.github/workflows/ci.yml'
const DELIVERY = '.github/workflows/delivery.yml'
const at = (file: string, line: number, column = 3): Location => ({ file, line, column })

type Verdict = Partial<Omit<ReportFinding, 'practice' | 'level' | 'category' | 'status'>>

/** Every practice of the model, passing with `definition` strength unless `verdicts` says otherwise. */
function findings(model: Model, verdicts: Record<string, [Status, Verdict?]>): ReportFinding[] {
  return model.practices.map(practice => {
    const [status, fields] = verdicts[practice.id] ?? ['pass']
    return {
      practice: practice.id,
      title: practice.id.replace(/-/g, ' ').replace(/^./, c => c.toUpperCase()),
      level: practice.level,
      category: practice.category,
      status,
      strength: status === 'pass' ? 'definition' : 'none',
      messageId: status === 'pass' ? 'found' : status,
      message: status === 'pass' ? `${practice.id} found in the workflows` : `${practice.id} not found`,
      evidence: status === 'pass' ? [{ kind: 'job', workflow: CI, job: 'build', location: at(CI, 10) }] : [],
      locations: status === 'pass' ? [at(CI, 10)] : [],
      remediation: '',
      ...fields
    }
  })
}

function job(fields: Partial<PipelineJob> & Pick<PipelineJob, 'id'>): PipelineJob {
  return { workflow: DELIVERY, name: fields.id, needs: [], stages: [], location: at(DELIVERY, 10), ...fields }
}

function report(model: Model, fields: Partial<Report>): Report {
  const top = defined(model.levels.at(-1), 'a level')
  return {
    version: 1,
    model: model.id,
    target: defined(model.levels[1], 'a second level'),
    level: top,
    levelIndex: model.levels.length - 1,
    levels: [...model.levels],
    passed: true,
    mode: 'enforce',
    reason: 'level reached',
    profile: Object.fromEntries(model.categories.map(category => [category, top])),
    targets: {},
    findings: [],
    disabled: [],
    expiries: [],
    warnings: [],
    regressions: [],
    policyChanges: [],
    base: {
      status: 'compared',
      sha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      reason: 'compared with the base commit'
    },
    gaps: [],
    pipeline: [],
    policy: { path: '.maturity.yml', source: 'head' },
    evidence: { workflows: 2, run: true, offline: false, needsApi: [], onlyApiMissing: false },
    ...fields
  }
}

const ok = (seconds: number): PipelineJob['run'] => ({ conclusion: 'success', durationSeconds: seconds })

const SHOP_PIPELINE: PipelineJob[] = [
  job({ id: 'build', stages: ['build', 'artifact-store'], run: ok(180), location: at(DELIVERY, 12) }),
  job({
    id: 'unit',
    name: 'Unit tests',
    stages: ['unit-test', 'integration-test', 'static-analysis'],
    run: ok(240),
    location: at(DELIVERY, 24)
  }),
  job({
    id: 'deploy-staging',
    needs: ['build', 'unit'],
    stages: ['deploy'],
    environment: 'staging',
    environmentClass: 'preproduction',
    run: ok(60),
    location: at(DELIVERY, 33)
  }),
  job({
    id: 'e2e',
    name: 'Acceptance (Playwright)',
    needs: ['deploy-staging'],
    stages: ['acceptance-test'],
    run: { conclusion: 'failure', durationSeconds: 300 },
    location: at(DELIVERY, 43)
  }),
  job({
    id: 'deploy-production',
    needs: ['e2e'],
    stages: ['deploy'],
    environment: 'production',
    environmentClass: 'production',
    run: { conclusion: 'skipped', durationSeconds: null },
    location: at(DELIVERY, 58)
  })
]

export const CASES = {
  'passing-web-service': report(cdmm, {
    target: 'intermediate',
    level: 'advanced',
    levelIndex: 3,
    reason: 'level advanced reached, target intermediate',
    profile: {
      'build-deploy': 'advanced',
      'test-verification': 'expert',
      'information-reporting': 'expert',
      'design-architecture': 'advanced',
      'culture-organization': 'expert'
    },
    findings: findings(cdmm, {
      'unit-tests': [
        'pass',
        {
          strength: 'run',
          evidence: [
            { kind: 'tests', file: 'reports/junit.xml', tests: 412, failures: 0, errors: 0, skipped: 3 }
          ],
          locations: [at(CI, 21)]
        }
      ],
      'automated-db-migrations': ['not-applicable', { message: 'the repository has no migrations' }],
      'infrastructure-as-code': [
        'fail',
        {
          message: 'no IaC files found (terraform, pulumi, helm, bicep)',
          remediation: 'keep the infrastructure as code in the repository and apply it from the pipeline'
        }
      ]
    }).filter(f => f.practice !== 'performance-tests'),
    pipeline: SHOP_PIPELINE.map(j => (j.run ? { ...j, run: ok(j.run.durationSeconds ?? 30) } : j)),
    disabled: ['performance-tests']
  }),

  'failing-e2e': report(cdmm, {
    target: 'advanced',
    level: 'beginner',
    levelIndex: 1,
    passed: false,
    reason: 'level beginner reached, target advanced: acceptance-tests, protected-default-branch do not hold',
    profile: {
      'build-deploy': 'expert',
      'test-verification': 'beginner',
      'information-reporting': 'intermediate',
      'design-architecture': 'advanced',
      'culture-organization': 'beginner'
    },
    targets: { 'test-verification': 'advanced' },
    findings: findings(cdmm, {
      'automated-db-migrations': ['not-applicable', { message: 'the repository has no migrations folder' }],
      'acceptance-tests': [
        'fail',
        {
          strength: 'run',
          messageId: 'run-failed',
          message:
            'job `Acceptance (Playwright)` failed in this run: 3 of 41 tests failed in reports/e2e.xml (checkout › pays with a saved card, …)',
          locations: [at(DELIVERY, 43)],
          evidence: [
            { kind: 'job', workflow: DELIVERY, job: 'e2e', location: at(DELIVERY, 43) },
            { kind: 'tests', file: 'reports/e2e.xml', tests: 41, failures: 3, errors: 0, skipped: 0 }
          ],
          remediation: 'Fix the failing tests; the gate re-evaluates on the next run.'
        }
      ],
      'protected-default-branch': [
        'unknown',
        {
          messageId: 'forbidden',
          message: 'the branch rules could not be read (HTTP 403 for this token)',
          remediation:
            "run with a token that can read the repository's rulesets, or attest the practice in the policy"
        }
      ],
      'performance-tests': [
        'waived',
        {
          message: 'waived until 2027-03-31: load tests run in the nightly pipeline (was: fail)',
          locations: [at('.maturity.yml', 14)]
        }
      ],
      'security-tests': [
        'fail',
        {
          messageId: 'no-match',
          message: 'no scanner runs on pull requests',
          remediation:
            'add a scanner to a job that runs on pull requests — e.g. CodeQL, dependency review or `npm audit --audit-level=high`'
        }
      ],
      'coverage-threshold': [
        'fail',
        {
          messageId: 'no-report',
          message: 'no coverage report found',
          remediation:
            'write a coverage report (`vitest --coverage --coverage.reporter=lcov`) and keep it ≥ 80%'
        }
      ],
      'zero-downtime-deploy': ['not-applicable', { message: 'no production rollout to constrain' }],
      'infrastructure-as-code': ['fail', { message: 'no IaC files found' }],
      'post-deploy-verification': ['fail', { message: 'no job runs after deploy-production' }]
    }),
    pipeline: SHOP_PIPELINE
  }),

  'ml-metrics-regression': report(mlops, {
    target: 'pipeline-automation',
    level: 'manual',
    levelIndex: 0,
    passed: false,
    reason: 'level manual reached, target pipeline-automation: model-validation does not hold',
    profile: {
      data: 'cicd-automation',
      model: 'manual',
      pipeline: 'pipeline-automation',
      delivery: 'pipeline-automation'
    },
    findings: findings(mlops, {
      'model-validation': [
        'fail',
        {
          strength: 'run',
          messageId: 'metric-failed',
          message: 'eval.auc dropped by 0.031 (max-drop 0.01) against the base commit',
          locations: [at('.maturity.yml', 22, 7)],
          evidence: [
            {
              kind: 'metric',
              key: 'eval.auc',
              candidate: 0.871,
              baseline: 0.902,
              delta: -0.031,
              relativeDelta: -0.034368,
              bound: 'max-drop 0.01',
              verdict: 'fail'
            },
            {
              kind: 'metric',
              key: 'eval.loss',
              candidate: 0.3124,
              baseline: 0.3201,
              delta: -0.0077,
              relativeDelta: -0.024055,
              bound: 'max-rise 2%',
              verdict: 'pass'
            },
            {
              kind: 'metric',
              key: 'slices.<script>|eu.auc',
              candidate: 0.8,
              baseline: null,
              delta: null,
              relativeDelta: null,
              bound: 'min 0.75',
              verdict: 'no-baseline'
            }
          ],
          remediation: 'retrain or revert the change that lowered eval.auc; the bound is in .maturity.yml'
        }
      ],
      'pipeline-tests': ['fail', { message: 'no unit tests of pipeline components run on pull requests' }],
      'pipeline-deployed': ['fail', { message: 'the pipeline is not deployed by CD' }]
    }),
    pipeline: [
      job({
        workflow: '.github/workflows/train.yml',
        id: 'validate-data',
        stages: ['data-validation'],
        run: ok(95)
      }),
      job({
        workflow: '.github/workflows/train.yml',
        id: 'train',
        needs: ['validate-data'],
        stages: ['training', 'experiment-tracking'],
        run: ok(1900)
      }),
      job({
        workflow: '.github/workflows/train.yml',
        id: 'evaluate',
        needs: ['train'],
        stages: ['model-evaluation'],
        run: { conclusion: 'failure', durationSeconds: 130 }
      }),
      job({
        workflow: '.github/workflows/train.yml',
        id: 'register',
        needs: ['evaluate'],
        stages: ['model-deploy'],
        environment: 'model-registry',
        environmentClass: 'other',
        run: { conclusion: 'skipped', durationSeconds: null }
      }),
      job({
        workflow: '.github/workflows/serve.yml',
        id: 'deploy-endpoint',
        stages: ['deploy'],
        environment: 'production',
        environmentClass: 'production'
      })
    ]
  }),

  'pr-regression-weakened-policy': report(cdmm, {
    target: 'beginner',
    level: 'beginner',
    levelIndex: 1,
    passed: false,
    reason: 'level beginner reached, target beginner: static-analysis regressed',
    profile: {
      'build-deploy': 'beginner',
      'test-verification': 'intermediate',
      'information-reporting': 'beginner',
      'design-architecture': 'expert',
      'culture-organization': 'expert'
    },
    policy: { path: '.maturity.yml', source: 'base' },
    findings: findings(cdmm, {
      'static-analysis': [
        'waived',
        {
          message: 'waived until 2026-12-31 by this pull request (was: fail — the lint job was removed)',
          locations: [at('.maturity.yml', 9)]
        }
      ],
      'automated-deploy': [
        'fail',
        {
          message: 'deploy job `release` starts only on workflow_dispatch',
          locations: [at(DELIVERY, 5)],
          remediation: 'trigger the deploy on push to main and make it need the build and test jobs'
        }
      ],
      'test-reports': [
        'unknown',
        {
          message: 'this version of maturity-gate cannot judge this practice yet',
          messageId: 'not-implemented'
        }
      ],
      'acceptance-tests': ['fail', { message: 'no acceptance or e2e tests found' }]
    }),
    regressions: [
      {
        kind: 'practice',
        practice: 'static-analysis',
        severity: 'error',
        message: 'held at the base commit (job `lint` in ci.yml); the job was removed in this change',
        base: [at(CI, 30)],
        head: []
      },
      {
        kind: 'practice',
        practice: 'build-once-deploy-anywhere',
        severity: 'warning',
        message: 'the deploy job now builds the image itself',
        base: [at(DELIVERY, 40)],
        head: [at(DELIVERY, 44, 9)]
      },
      {
        kind: 'category',
        practice: 'information-reporting',
        severity: 'warning',
        message: 'information-reporting fell from intermediate to beginner',
        base: [],
        head: []
      }
    ],
    policyChanges: [
      {
        kind: 'weakened',
        severity: 'error',
        message: 'a waiver for static-analysis was added',
        location: at('.maturity.yml', 9)
      },
      {
        kind: 'weakened',
        severity: 'error',
        message: 'target lowered from intermediate to beginner',
        location: at('.maturity.yml', 3, 9)
      },
      {
        kind: 'strengthened',
        severity: 'notice',
        message: 'coverage-threshold min raised from 70 to 80',
        location: at('.maturity.yml', 18, 10)
      }
    ]
  }),

  'permission-gaps': report(cdmm, {
    target: 'intermediate',
    level: 'beginner',
    levelIndex: 1,
    passed: false,
    mode: 'advise',
    reason: 'level beginner reached, target intermediate: protected-default-branch is unknown',
    base: { status: 'unknown', reason: 'the base commit 1a2b3c4 is not in the checkout (fetch-depth: 1)' },
    gaps: [
      {
        what: 'rules',
        permission: 'metadata: read',
        status: 403,
        reason: 'the branch rules answered 403'
      },
      { what: 'jobs', permission: 'actions: read', reason: "the run's jobs could not be listed" }
    ],
    profile: {
      'build-deploy': 'expert',
      'test-verification': 'expert',
      'information-reporting': 'expert',
      'design-architecture': 'expert',
      'culture-organization': 'beginner'
    },
    evidence: { workflows: 1, run: false, offline: false, needsApi: [], onlyApiMissing: false },
    findings: findings(cdmm, {
      'protected-default-branch': [
        'unknown',
        {
          messageId: 'forbidden',
          message:
            'GET /repos/{owner}/{repo}/rules/branches/main answered 403: Resource not accessible by integration',
          remediation:
            "Give the token `permissions: metadata: read`, or run with a token that can read the repository's rulesets."
        }
      ],
      'continuous-deployment': [
        'unknown',
        {
          messageId: 'forbidden',
          message: 'required reviewers of environment production could not be read (403)',
          locations: [at(DELIVERY, 58)]
        }
      ]
    }),
    warnings: [
      { message: 'run evidence not read: the token lacks `actions: read` (403)' },
      {
        message: 'could not parse .github/workflows/broken.yml: Map keys must be unique',
        location: at('.github/workflows/broken.yml', 7, 5)
      }
    ]
  }),

  empty: report(cdmm, {
    target: 'base',
    level: null,
    levelIndex: -1,
    passed: false,
    reason: 'level none reached, target base: no practices evaluated',
    profile: {},
    base: { status: 'none', reason: 'not a pull request' },
    evidence: { workflows: 0, run: false, offline: true, needsApi: [], onlyApiMissing: false }
  })
} satisfies Record<string, Report>

export type CaseName = keyof typeof CASES
export const CASE_NAMES = Object.keys(CASES) as CaseName[]

import { globFilter } from '../evidence/glob-filter.js'
import { NOT_OURS } from '../evidence/not-ours.js'
import { z } from 'zod'
import { findingFor } from '../checks/finding-for.js'
import { workspaceGlob } from '../checks/workspace-glob.js'
import { jobGlobs } from './support/matchers.js'
import { definePractice } from './define-practice.js'
import { deploymentsOf } from './support/deploys.js'
import { listFiles, listJobs, OPAQUE_MESSAGE, opaqueVerdict } from './support/findings.js'
import type { Pipeline, PipelineJob } from './support/pipeline.js'
import { jobEvidence, locationOf, pipelineOf } from './support/pipeline.js'

/** Where migration tools keep their files, by convention (the one list of them; a policy may replace it). */
const MIGRATION_FILES = [
  '**/{migrations,Migrations}/**', // Django, golang-migrate, Prisma (`prisma/migrations`), Knex, TypeORM, sqlx, Diesel; EF Core's `Migrations/`
  '**/db/migrate/**', // Rails
  '**/db/migration/**', // Flyway
  '**/flyway.{conf,toml}',
  '**/alembic.ini',
  '**/alembic/versions/**',
  '**/db/changelog/**', // Liquibase
  '**/db.changelog*.{xml,yaml,yml,json,sql}',
  '**/liquibase.properties',
  '**/drizzle/**/*.sql',
  '**/sqitch.plan'
]

/**
 * An action whose own name (the last of a call's names) starts with deploy: the deploy itself
 * (`…/deploy-azure-container-apps-action/.github/actions/deploy`), not a step around it.
 */
const OPAQUE_DEPLOY_ACTION = /(?:^|\| )deploy\b[\w ]*$/

const options = {
  migrations: z
    .array(workspaceGlob)
    .min(1)
    .default(MIGRATION_FILES)
    .describe('globs of database migration files; none found makes the practice not applicable'),
  jobs: jobGlobs
}

const messages = {
  'applied-on-deploy': '{jobs} apply the migrations ({files}) on the deploy path',
  'off-deploy-path': '{jobs} run migrations, but neither deploy nor run before or after a deploy job',
  'not-applied': '{files} hold migrations, but no deploy job ({deploys}) or job on its path runs them',
  'no-deploy': '{files} hold migrations, but no workflow job deploys, so nothing applies them',
  'no-migrations': 'the repository has no database migrations (nothing matches {globs})',
  opaque: OPAQUE_MESSAGE
}

export const automatedDbMigrations = definePractice({
  meta: {
    id: 'automated-db-migrations',
    title: 'Database migrations are automated',
    model: 'cdmm',
    rationale:
      'CDMM intermediate, Build & Deploy: database changes are versioned migrations applied by the deployment itself, never by hand.',
    messages,
    options,
    namedJobs: ['db-migration']
  },
  check(context, { migrations }) {
    const isMigration = globFilter(migrations, { dot: true, ignore: [...NOT_OURS] })
    const files = context.evidence.workspace.files.filter(file => isMigration(file))
    if (files.length === 0) {
      return findingFor(context, messages, 'no-migrations', {
        status: 'not-applicable',
        strength: 'definition',
        data: { globs: migrations.map(g => `\`${g}\``).join(', ') },
        evidence: [],
        locations: [],
        remediation: ''
      })
    }
    const fileEvidence = files.slice(0, 5).map(file => ({ kind: 'file' as const, file }))
    const pipeline = pipelineOf(context.evidence, context.environments)
    const deployments = deploymentsOf(pipeline)
    const migrating = pipeline.withPurpose('db-migration')
    const onPath = migrating.filter(job => onDeployPath(pipeline, deployments, job))
    if (onPath.length > 0) {
      return findingFor(context, messages, 'applied-on-deploy', {
        status: 'pass',
        strength: 'definition',
        data: { jobs: listJobs(onPath), files: listFiles(files) },
        evidence: [...onPath.map(job => jobEvidence(job, 'db-migration')), ...fileEvidence],
        locations: onPath.map(job => locationOf(job, 'db-migration')),
        remediation: ''
      })
    }
    const remediation =
      deployments.length > 0
        ? `Run the migrations (\`manage.py migrate\`, \`rails db:migrate\`, \`flyway migrate\`, …) in \`${deployments[0]?.job.id}\` or in a job it needs.`
        : 'Add a deploy job and run the migrations in it, or in a job it needs.'
    if (migrating.length > 0) {
      return findingFor(context, messages, 'off-deploy-path', {
        status: 'fail',
        strength: 'definition',
        data: { jobs: listJobs(migrating) },
        evidence: [...migrating.map(job => jobEvidence(job, 'db-migration')), ...fileEvidence],
        locations: migrating.map(job => locationOf(job, 'db-migration')),
        remediation
      })
    }
    // A deploy workflow the gate cannot read may migrate in its jobs, as a workload's release task does, and so
    // may an action that is itself the deploy (an init container, a release command: §8.2, §10.2).
    const opaque =
      deployments.length > 0 &&
      opaqueVerdict(context, {
        purposes: ['db-migration'],
        calledJobs: ['deploy', 'iac-apply'],
        named: OPAQUE_DEPLOY_ACTION,
        work: 'applying the migrations',
        in: deployments,
        jobsOption: true
      })
    if (opaque) return opaque
    if (deployments.length > 0) {
      return findingFor(context, messages, 'not-applied', {
        status: 'fail',
        strength: 'definition',
        data: { files: listFiles(files), deploys: listJobs(deployments) },
        evidence: [...deployments.map(job => jobEvidence(job, 'deploy')), ...fileEvidence],
        locations: deployments.map(job => job.job.location),
        remediation
      })
    }
    return findingFor(context, messages, 'no-deploy', {
      status: 'fail',
      strength: 'definition',
      data: { files: listFiles(files) },
      evidence: fileEvidence,
      locations: [],
      remediation
    })
  }
})

/** On the deploy path: a deploy itself, or a job ordered before or after one by `needs`/`workflow_run`. */
function onDeployPath(pipeline: Pipeline, deployments: readonly PipelineJob[], job: PipelineJob): boolean {
  return deployments.some(
    deploy =>
      deploy === job ||
      pipeline.graph.precedes(job.ref, deploy.ref) ||
      pipeline.graph.precedes(deploy.ref, job.ref)
  )
}

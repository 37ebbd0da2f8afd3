import { acceptanceBeforePromotion } from './acceptance-before-promotion.js'
import { acceptanceTests } from './acceptance-tests.js'
import { automatedDbMigrations } from './automated-db-migrations.js'
import { automatedDeploy } from './automated-deploy.js'
import { buildArtifactsStored } from './build-artifacts-stored.js'
import { buildOnceDeployAnywhere } from './build-once-deploy-anywhere.js'
import { ciOnChange } from './ci-on-change.js'
import { continuousDeployment } from './continuous-deployment.js'
import { coverageThreshold } from './coverage-threshold.js'
import { infrastructureAsCode } from './infrastructure-as-code.js'
import { integrationTests } from './integration-tests.js'
import { performanceTests } from './performance-tests.js'
import { postDeployVerification } from './post-deploy-verification.js'
import { protectedDefaultBranch } from './protected-default-branch.js'
import { scriptedBuild } from './scripted-build.js'
import { scriptedDeploy } from './scripted-deploy.js'
import { securityTests } from './security-tests.js'
import { staticAnalysis } from './static-analysis.js'
import { testEnvironment } from './test-environment.js'
import { testReports } from './test-reports.js'
import { unitTests } from './unit-tests.js'
import { zeroDowntimeDeploy } from './zero-downtime-deploy.js'
import type { Practice } from './practice.js'

/**
 * Every built-in practice that this version can judge, sorted by id (a test keeps this list, the folder, the
 * models and docs/practices.md in sync). A practice a model places but that is not registered here is
 * reported `unknown` ("not implemented"), never passed.
 */
export const practices: readonly Practice[] = [
  acceptanceBeforePromotion,
  acceptanceTests,
  automatedDbMigrations,
  automatedDeploy,
  buildArtifactsStored,
  buildOnceDeployAnywhere,
  ciOnChange,
  continuousDeployment,
  coverageThreshold,
  infrastructureAsCode,
  integrationTests,
  performanceTests,
  postDeployVerification,
  protectedDefaultBranch,
  scriptedBuild,
  scriptedDeploy,
  securityTests,
  staticAnalysis,
  testEnvironment,
  testReports,
  unitTests,
  zeroDowntimeDeploy
]

export const practicesById: ReadonlyMap<string, Practice> = new Map(practices.map(p => [p.meta.id, p]))

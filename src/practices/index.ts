import { acceptanceBeforePromotion } from './acceptance-before-promotion.js'
import { acceptanceTests } from './acceptance-tests.js'
import { automatedDbMigrations } from './automated-db-migrations.js'
import { automatedDeploy } from './automated-deploy.js'
import { automatedModelDeploy } from './automated-model-deploy.js'
import { buildArtifactsStored } from './build-artifacts-stored.js'
import { buildOnceDeployAnywhere } from './build-once-deploy-anywhere.js'
import { ciOnChange } from './ci-on-change.js'
import { continuousDeployment } from './continuous-deployment.js'
import { continuousTraining } from './continuous-training.js'
import { coverageThreshold } from './coverage-threshold.js'
import { dataValidation } from './data-validation.js'
import { infrastructureAsCode } from './infrastructure-as-code.js'
import { integrationTests } from './integration-tests.js'
import { mlMetadata } from './ml-metadata.js'
import { modelMetricsRecorded } from './model-metrics-recorded.js'
import { modelServingTests } from './model-serving-tests.js'
import { modelValidation } from './model-validation.js'
import { performanceTests } from './performance-tests.js'
import { pipelineDeployed } from './pipeline-deployed.js'
import { pipelinePackaged } from './pipeline-packaged.js'
import { pipelineTests } from './pipeline-tests.js'
import { postDeployVerification } from './post-deploy-verification.js'
import { protectedDefaultBranch } from './protected-default-branch.js'
import { scriptedBuild } from './scripted-build.js'
import { scriptedDeploy } from './scripted-deploy.js'
import { securityTests } from './security-tests.js'
import { stagedModelPromotion } from './staged-model-promotion.js'
import { staticAnalysis } from './static-analysis.js'
import { testEnvironment } from './test-environment.js'
import { testReports } from './test-reports.js'
import { trainingCodeVersioned } from './training-code-versioned.js'
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
  automatedModelDeploy,
  buildArtifactsStored,
  buildOnceDeployAnywhere,
  ciOnChange,
  continuousDeployment,
  continuousTraining,
  coverageThreshold,
  dataValidation,
  infrastructureAsCode,
  integrationTests,
  mlMetadata,
  modelMetricsRecorded,
  modelServingTests,
  modelValidation,
  performanceTests,
  pipelineDeployed,
  pipelinePackaged,
  pipelineTests,
  postDeployVerification,
  protectedDefaultBranch,
  scriptedBuild,
  scriptedDeploy,
  securityTests,
  stagedModelPromotion,
  staticAnalysis,
  testEnvironment,
  testReports,
  trainingCodeVersioned,
  unitTests,
  zeroDowntimeDeploy
]

export const practicesById: ReadonlyMap<string, Practice> = new Map(practices.map(p => [p.meta.id, p]))

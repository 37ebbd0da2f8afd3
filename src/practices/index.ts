import { acceptanceBeforePromotion } from './acceptance-before-promotion.js'
import { acceptanceTests } from './acceptance-tests.js'
import { ciOnChange } from './ci-on-change.js'
import { coverageThreshold } from './coverage-threshold.js'
import { integrationTests } from './integration-tests.js'
import { performanceTests } from './performance-tests.js'
import { postDeployVerification } from './post-deploy-verification.js'
import { securityTests } from './security-tests.js'
import { staticAnalysis } from './static-analysis.js'
import { testEnvironment } from './test-environment.js'
import { testReports } from './test-reports.js'
import { unitTests } from './unit-tests.js'
import type { Practice } from './practice.js'

/**
 * Every built-in practice that this version can judge, sorted by id (a test keeps this list, the folder, the
 * models and docs/practices.md in sync). A practice a model places but that is not registered here is
 * reported `unknown` ("not implemented"), never passed.
 */
export const practices: readonly Practice[] = [
  acceptanceBeforePromotion,
  acceptanceTests,
  ciOnChange,
  coverageThreshold,
  integrationTests,
  performanceTests,
  postDeployVerification,
  securityTests,
  staticAnalysis,
  testEnvironment,
  testReports,
  unitTests
]

export const practicesById: ReadonlyMap<string, Practice> = new Map(practices.map(p => [p.meta.id, p]))

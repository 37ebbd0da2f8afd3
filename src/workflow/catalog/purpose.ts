/** Every purpose, in the order reports list them. */
export const PURPOSES = [
  'build',
  'unit-test',
  'integration-test',
  'acceptance-test',
  'smoke-test',
  'static-analysis',
  'security-scan',
  'performance-test',
  'coverage',
  'test-report',
  'deploy',
  'artifact-store',
  'db-migration',
  'iac-apply',
  'rollout',
  'data-validation',
  'training',
  'model-evaluation',
  'model-deploy',
  'experiment-tracking',
  'pipeline-deploy'
] as const

export type Purpose = (typeof PURPOSES)[number]

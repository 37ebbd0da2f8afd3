import type { Model } from './model.js'

/** Continuous Delivery Maturity Model, after Rehn, Palmborg and Boström (InfoQ, 2013); design §3. */
export const cdmm: Model = {
  id: 'cdmm',
  title: 'Continuous Delivery Maturity Model',
  source: 'Rehn, Palmborg and Boström, "The Continuous Delivery Maturity Model", InfoQ 2013',
  levels: ['base', 'beginner', 'intermediate', 'advanced', 'expert'],
  categories: [
    'build-deploy',
    'test-verification',
    'information-reporting',
    'design-architecture',
    'culture-organization'
  ],
  practices: [
    { id: 'ci-on-change', level: 'base', category: 'build-deploy' },
    { id: 'scripted-build', level: 'base', category: 'build-deploy' },
    { id: 'unit-tests', level: 'base', category: 'test-verification' },
    { id: 'build-artifacts-stored', level: 'beginner', category: 'build-deploy' },
    { id: 'scripted-deploy', level: 'beginner', category: 'build-deploy' },
    { id: 'test-environment', level: 'beginner', category: 'test-verification' },
    { id: 'integration-tests', level: 'beginner', category: 'test-verification' },
    { id: 'static-analysis', level: 'beginner', category: 'information-reporting' },
    { id: 'automated-deploy', level: 'intermediate', category: 'build-deploy' },
    { id: 'build-once-deploy-anywhere', level: 'intermediate', category: 'build-deploy' },
    { id: 'automated-db-migrations', level: 'intermediate', category: 'build-deploy' },
    { id: 'acceptance-tests', level: 'intermediate', category: 'test-verification' },
    { id: 'test-reports', level: 'intermediate', category: 'information-reporting' },
    { id: 'protected-default-branch', level: 'intermediate', category: 'culture-organization' },
    { id: 'acceptance-before-promotion', level: 'advanced', category: 'test-verification' },
    { id: 'performance-tests', level: 'advanced', category: 'test-verification' },
    { id: 'security-tests', level: 'advanced', category: 'test-verification' },
    { id: 'coverage-threshold', level: 'advanced', category: 'information-reporting' },
    { id: 'zero-downtime-deploy', level: 'advanced', category: 'build-deploy' },
    { id: 'continuous-deployment', level: 'expert', category: 'build-deploy' },
    { id: 'infrastructure-as-code', level: 'expert', category: 'design-architecture' },
    { id: 'post-deploy-verification', level: 'expert', category: 'test-verification' }
  ]
}

/**
 * A delivery pipeline whose production deploy is gated by an e2e job, and a policy whose base level holds only
 * the practices the regression tests are about: shared by the gate tests that compare a base with a head.
 */
export const GATED = `on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: x
    steps:
      - run: npm run build
  e2e:
    needs: build
    runs-on: x
    steps:
      - run: npx playwright test
  deploy:
    needs: e2e
    environment: production
    runs-on: x
    steps:
      - run: ./deploy.sh
`

/** The same pipeline with the deploy no longer waiting for e2e. */
export const UNGATED = GATED.replace('needs: e2e', 'needs: build')

/** acceptance-before-promotion moved to base; the other base practices off, so the verdict is about it. */
export const gatedPolicy = (target: string): string => `version: 1
model: cdmm
target: ${target}
practices:
  acceptance-before-promotion: { level: base }
  scripted-build: { enabled: false }
  unit-tests: { enabled: false }
`

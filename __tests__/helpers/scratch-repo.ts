/**
 * The scratch repository of the robustness review (shared/robustness-cases.md): a base policy and one CI
 * workflow running `npm ci`, `npm run build` and `npm test` on push and pull_request. Unchanged, `check .`
 * passes, so each test changes one thing and reads what the user sees.
 */
export const SCRATCH_POLICY = 'version: 1\nmodel: cdmm\ntarget: base\n'

export const SCRATCH_CI = `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci
      - run: npm run build
      - run: npm test
`

/**
 * Paths whose files are not the repository's own pipeline, infrastructure or results: installed and vendored
 * packages, tool caches, test fixtures and examples, and workflow definitions. A test-report fixture with
 * deliberate failures, or a Terraform example, must not decide a practice about the repository itself.
 * Documented in docs/policy.md; globs a policy writes for its own `files` checks are taken as written.
 */
export const NOT_OURS: readonly string[] = [
  '**/{node_modules,.venv,venv,env,site-packages,vendor,third_party,.terraform}/**',
  '**/{fixtures,__fixtures__,testdata,test-data}/**',
  'examples/**',
  '.github/**'
]

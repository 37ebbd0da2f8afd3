// Fails when dist/ differs from the committed bundles, new or deleted files included
// (git diff alone would miss a bundle file that the build added), or the compiled WebAssembly scanner
// differs from its committed module.
import { execFileSync } from 'node:child_process'

const changes = execFileSync(
  'git',
  ['status', '--porcelain', '--', 'dist/', 'src/parsers/junit-scanner-wasm.ts'],
  { encoding: 'utf8' }
)
if (changes.trim() !== '') {
  console.error(
    `dist/ differs from a fresh build of src/ (or the scanner from wasm/); run 'npm run package' and commit both:\n${changes}`
  )
  process.exit(1)
}
console.log('dist/ matches a fresh build.')

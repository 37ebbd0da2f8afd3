// Builds the two committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI).
// ncc empties its output folder, so each bundle is built on its own folder and dist/ is laid anew.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
rmSync('dist', { recursive: true, force: true })
execFileSync('node', [...ncc, 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet'], {
  stdio: 'inherit'
})
execFileSync('node', [...ncc, 'src/cli.ts', '-o', 'dist/cli', '--license', 'licenses.txt', '--quiet'], {
  stdio: 'inherit'
})

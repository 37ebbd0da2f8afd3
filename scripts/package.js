// Builds the two committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI), and the
// WebAssembly module they embed.
// ncc empties its output folder, so each bundle is built on its own folder and dist/ is laid anew.
import { execFileSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
// The WebAssembly JUnit scanner is compiled first: the bundles embed its bytes (src/parsers/junit-scanner-wasm.ts).
execFileSync('node', ['scripts/build-wasm.js'], { stdio: 'inherit' })
rmSync('dist', { recursive: true, force: true })
execFileSync('node', [...ncc, 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet'], {
  stdio: 'inherit'
})
execFileSync('node', [...ncc, 'src/cli.ts', '-o', 'dist/cli', '--license', 'licenses.txt', '--quiet'], {
  stdio: 'inherit'
})
// The thread that reads a piece of a big JUnit report (src/evidence/read-junit.ts) starts from its own small
// bundle, found beside the module that starts it: beside each bundle and its chunks.
execFileSync('node', [...ncc, 'src/evidence/junit-piece-worker.ts', '-o', 'build/worker', '--quiet'], {
  stdio: 'inherit'
})
for (const dir of ['dist', 'dist/cli'])
  copyFileSync('build/worker/index.js', join(dir, 'junit-piece-worker.js'))
rmSync('build/worker', { recursive: true, force: true })

// One non-ASCII character anywhere (a `—` in a comment will do) makes V8 hold a whole script as two-byte
// text, which it then decodes and scans at twice the size on every start. Escaped as `\uXXXX`, which means
// the same in strings, templates, regexes and comments, the bundles stay one-byte: about 4% of the CLI's
// start-up instructions (callgrind).
for (const dir of ['dist', 'dist/cli']) {
  for (const file of readdirSync(dir).filter(name => name.endsWith('.js'))) {
    const path = join(dir, file)
    const text = readFileSync(path, 'utf8')
    const ascii = text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    if (ascii !== text) writeFileSync(path, ascii)
  }
}

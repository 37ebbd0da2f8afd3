// Prints the CHANGELOG.md section of one release (the GitHub release's notes), or fails saying why.
// `node scripts/release-notes.js` alone checks that package.json's version is the newest release there.
import { readFileSync } from 'node:fs'

const changelog = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8')
const { version } = /** @type {{ version: string }} */ (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
)
const wanted = (process.argv[2] ?? version).replace(/^v/, '')

// Release headings are `## [x.y.z] - YYYY-MM-DD`; `## [Unreleased]` is not a release.
const releases = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})$/gm)]
const newest = releases[0]?.[1]
if (newest !== version) {
  console.error(`CHANGELOG.md's newest release is ${newest ?? 'none'}, package.json says ${version}`)
  process.exit(1)
}
const heading = releases.find(match => match[1] === wanted)
if (!heading) {
  console.error(`CHANGELOG.md has no section '## [${wanted}] - YYYY-MM-DD'`)
  process.exit(1)
}
const start = heading.index + heading[0].length
const end = changelog.slice(start).search(/^## |^\[[^\]]+\]: /m)
process.stdout.write(`${changelog.slice(start, end < 0 ? undefined : start + end).trim()}\n`)

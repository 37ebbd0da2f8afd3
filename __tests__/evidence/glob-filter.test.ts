import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import { globFilter } from '../../src/evidence/glob-filter.js'

const PATHS = [
  'infra/main.tf',
  'infra/prod.tfvars',
  'charts/helmfile.yaml',
  'charts/helmfile.yml',
  'logs/run1',
  'logs/run4',
  'odd/a{b,c}',
  'junit.xml',
  'out/junit-unit.xml',
  'target/surefire-reports/TEST-com.example.AppTest.xml',
  'build/test-results/test/TEST-a.xml',
  'coverage/lcov.info',
  'coverage/lcov.info.bak',
  '.hidden/junit.xml',
  'docs/junit.md',
  'a/b/',
  'reports/x.XML',
  'tests/report.json'
]

// [globs, options, paths that match]: the filter must agree with picomatch on every path.
const CASES: Array<[string[], picomatch.PicomatchOptions, string[]]> = [
  [['**/junit*.xml'], { dot: true }, ['junit.xml', 'out/junit-unit.xml', '.hidden/junit.xml']],
  [
    ['**/TEST-*.xml', '**/test-results/**/*.xml'],
    { dot: true },
    ['target/surefire-reports/TEST-com.example.AppTest.xml', 'build/test-results/test/TEST-a.xml']
  ],
  [['coverage/lcov.info'], { dot: true }, ['coverage/lcov.info']],
  [['./junit.xml'], { dot: true }, ['junit.xml']],
  [
    ['**/*.{xml,json}'],
    { dot: true },
    [
      'junit.xml',
      'out/junit-unit.xml',
      'target/surefire-reports/TEST-com.example.AppTest.xml',
      'build/test-results/test/TEST-a.xml',
      '.hidden/junit.xml',
      'tests/report.json'
    ]
  ],
  [['reports/**'], { dot: true }, ['reports/x.XML']],
  [
    ['**/*.xml'],
    { nocase: true },
    [
      'junit.xml',
      'out/junit-unit.xml',
      'target/surefire-reports/TEST-com.example.AppTest.xml',
      'build/test-results/test/TEST-a.xml',
      'reports/x.XML'
    ]
  ],
  // `!glob` excludes, as in .gitignore (picomatch alone would OR it in as "everything outside it").
  [['**/*.info', '!coverage/**'], { dot: true }, []],
  [
    ['**/*.xml', '!target/**', '!**/.hidden/**'],
    { dot: true },
    ['junit.xml', 'out/junit-unit.xml', 'build/test-results/test/TEST-a.xml']
  ],
  [['**/junit@(.xml|.md)'], { dot: true }, ['junit.xml', '.hidden/junit.xml', 'docs/junit.md']]
]

// Final brace groups: plain alternatives narrow the suffixes; ranges, single words and escapes do not.
CASES.push(
  [
    ['**/*.{tf,tfvars}', '**/helmfile.{yaml,yml}'],
    { dot: true },
    ['infra/main.tf', 'infra/prod.tfvars', 'charts/helmfile.yaml', 'charts/helmfile.yml']
  ],
  [['logs/run{1..3}'], { dot: true }, ['logs/run1']],
  [['odd/a\\{b,c}'], { dot: true }, ['odd/a{b,c}']],
  [['**/*.{xml}'], { dot: true }, []]
)

describe('globFilter', () => {
  it.each(CASES)('%j %j', (globs, options, expected) => {
    const filter = globFilter(globs, options)
    expect(PATHS.filter(filter)).toEqual(expected)
    // Without exclusions the suffix prefilter must agree with picomatch on every path.
    if (globs.every(glob => !glob.startsWith('!'))) {
      const reference = picomatch(globs, options)
      expect(PATHS.filter(filter)).toEqual(PATHS.filter(file => reference(file)))
    }
  })
})

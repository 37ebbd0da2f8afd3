import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readYaml, toJS } from '../../src/parsers/workflow-yaml.js'
import { defined } from '../helpers/defined.js'

/** The fast reader must give exactly the tree the `yaml` package gives, offsets included, or step aside. */

const corpus = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url))

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

function agree(text: string): 'fast' | 'yaml' {
  const fast = readYaml(text)
  const reference = readYaml(text, { fast: false })
  expect(reference.reader).toBe('yaml')
  expect(fast.root).toEqual(reference.root)
  expect(fast.errors).toEqual(reference.errors)
  expect(fast.lines.lineStarts).toEqual(reference.lines.lineStarts.slice(0, fast.lines.lineStarts.length))
  return fast.reader
}

/**
 * Corpus files the fast reader leaves to the `yaml` package (flow mappings across lines, anchors, block
 * scalars it does not read): correct either way, only slower. Listed, so that a change that makes the fast
 * reader step aside more often shows here.
 */
const STEPS_ASIDE = new Set([
  'AndreasLH__cookie_test/codecov.yml',
  'Azure__mlops-starter-sklearn/.pre-commit-config.yaml',
  'CDCgov__prime-simplereport/.github/actions/build-db-client-container/action.yml',
  'CDCgov__prime-simplereport/.github/workflows/lighthouse.yml',
  'DFE-Digital__find-information-about-academies-and-trusts/.github/workflows/deploy-to-environment.yml',
  'DFE-Digital__find-information-about-academies-and-trusts/.github/workflows/docker-build.yml',
  'DFE-Digital__find-information-about-academies-and-trusts/.github/workflows/docker-test.yml',
  'artefactory__vertex-pipelines-deployer/example/vertex/deployment/cloudbuild_cd.yaml',
  'artefactory__vertex-pipelines-deployer/example/vertex/deployment/cloudbuild_local.yaml',
  'aws-samples__mlops-sagemaker-github-actions/seedcode/endpoint-config-template.yml',
  'navikt__fp-abakus/.deploy/naiserator.yaml',
  'novuhq__novu/.github/actions/validate-swagger/action.yml',
  'novuhq__novu/.github/workflows/cloud-deploy.yml',
  'microsoft__dstoolkit-mlops-databricks/mlops/nyc_taxi/databricks_workflows/nyc_taxi.yaml',
  'microsoft__dstoolkit-mlops-databricks/mlops/nyc_taxi/databricks_workflows/unit_tests.yaml',
  'infraspecdev__bentoml-template/.pre-commit-config.yaml',
  'machine-learning-apps__ml-template-azure/code/train/run_config.yml',
  // A plain scalar that starts on the line after its key (`run:` then the command, indented).
  'minivess-mlops__minivess-mlops/.github/workflows/build-env_image.yml',
  'minivess-mlops__minivess-mlops/.github/workflows/build-jupyter_image.yml',
  'minivess-mlops__minivess-mlops/.github/workflows/build_train_image.yml',
  'minivess-mlops__minivess-mlops/.github/workflows/test_dataload.yml',
  'minivess-mlops__minivess-mlops/.github/workflows/test_train.yml',
  // Anchors and merge keys.
  'minivess-mlops__minivess-mlops/deployment/docker-compose.yml'
])

describe('fast reader against the yaml package on the corpus', () => {
  const files = yamlFiles(corpus)

  it.each(files.map(file => [file.slice(corpus.length)]))('%s', file => {
    expect(agree(readFileSync(join(corpus, file), 'utf8'))).toBe(STEPS_ASIDE.has(file) ? 'yaml' : 'fast')
  })
})

describe('fast reader on edge cases', () => {
  it.each<[string, string, 'fast' | 'yaml']>([
    [
      'plain scalars of every core type',
      'a: 1\nb: 1.10\nc: true\nd: ~\ne: 0x1F\nf: 0o17\ng: .inf\nh: 1e3\ni: -2\nj: null\n',
      'fast'
    ],
    [
      'quoted scalars and keys',
      `"on": 'it''s'\nb: "tab\\tquote\\" slash\\\\"\nc: '#not a comment'\n`,
      'fast'
    ],
    ['comments everywhere', '# head\na: 1 # tail\n\n  # indented\nb:\n  # inside\n  - x # item\n', 'fast'],
    ['document start', '---\na: 1\n', 'fast'],
    ['sequence at the key indent', 'a:\n- 1\n- 2\nb: 3\n', 'fast'],
    [
      'compact maps in sequences',
      'a:\n  - name: x\n    run: y\n  -   id: z\n      with:\n        k: v\n',
      'fast'
    ],
    ['literal block scalars', 'a: |\n  one\n\n    two\n  three\nb: |-\n  x\nc: |+\n  y\n\nd: 1\n', 'fast'],
    [
      'a line of spaces deeper than a literal block scalar is content, also at its end',
      'run: |\n  if x; then\n    a\n      \n    b\n  fi\n    \nnext: |+\n  x\n     \n\nlast: 1\n',
      'fast'
    ],
    [
      'a line of spaces deeper than a folded block scalar is left to the library',
      'a: >\n  one\n    \n  two\n',
      'yaml'
    ],
    ['folded block scalars', 'a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\n', 'fast'],
    ['a block scalar at the end of the text', 'a:\n  b: |\n    x\n    y', 'fast'],
    [
      'flow collections',
      'a: [1, "two", { b: c, d: [e, f] }, ]\nb: {}\nc: []\nports: [5432:5432, "https://x"]\n',
      'fast'
    ],
    ['values with colons and hashes', 'a: https://x.y/z#frag\nb: ${{ a == b }}\nc: x:y\n', 'fast'],
    ['null values', 'a:\nb:\n  c:  \ne: # comment\nd: [x]\nf:\n  -  \n  - # c\n', 'fast'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n', 'yaml'],
    ['tags', 'a: !!str 1\n', 'yaml'],
    ['multi-line plain scalars', 'a: one\n  two\n', 'yaml'],
    ['multi-line quoted scalars', 'a: "one\n  two"\n', 'yaml'],
    ['multi-line flow collections', 'a: [1,\n  2]\n', 'yaml'],
    ['CRLF line ends', 'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: [d]\r\n', 'fast'],
    ['a lone carriage return', 'a: 1\rb: 2\n', 'yaml'],
    ['tabs', 'a:\n\tb: 1\n', 'yaml'],
    ['duplicate keys', 'a: 1\na: 2\n', 'yaml'],
    ['explicit keys', '? a\n: 1\n', 'yaml'],
    ['indentation indicators', 'a: |2\n   x\n', 'yaml'],
    ['more-indented folded lines', 'a: >\n  x\n    y\n', 'yaml'],
    ['a nested mapping in a compact value', 'a: b: c\n', 'yaml'],
    ['a second document', 'a: 1\n---\nb: 2\n', 'yaml'],
    ['a bad indent', 'a:\n    b: 1\n  c: 2\n', 'yaml'],
    ['an empty text', '', 'yaml'],
    ['a top-level scalar', 'just text\n', 'yaml'],
    ['unicode escapes', 'a: "\\u00e9"\n', 'yaml']
  ])('%s', (_, text, reader) => {
    expect(agree(text)).toBe(reader)
  })

  it('keeps values as the yaml package resolves them', () => {
    const { root } = readYaml('a: 1.10\nb: [true, "x", 0o17]\nc: { d: ~ }\n')
    expect(toJS(defined(root, 'a root node'))).toEqual({ a: 1.1, b: [true, 'x', 15], c: { d: null } })
  })
})

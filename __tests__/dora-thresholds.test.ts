import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Report } from '../src/evaluate/report.js'
import { planAnnotations } from '../src/report/annotations.js'
import { renderSummary } from '../src/report/summary.js'
import { dora } from '../src/evaluate/dora.js'
import { doraChecks } from '../src/evaluate/dora-checks.js'
import { formatPolicyError } from '../src/policy/errors.js'
import { loadPolicy } from '../src/policy/load.js'
import { fixtureRecords, serveDeployFixture, WINDOW } from './helpers/deploy-fixture.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { GATED } from './helpers/gated-delivery.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'
import { tempRepo } from './helpers/temp-repo.js'

/**
 * Policy `dora.thresholds` (default: none): validated like every other key, judged on the measured values —
 * the fixture month of __tests__/helpers/deploy-fixture.ts, whose values (lead time median 2 h, change fail
 * rate 33.3 %, recovery median 3 h, rework 33.3 %, 0.27 deploys a day) are worked out in
 * __tests__/evaluate/dora.test.ts — and a broken one fails `check`, through the CLI bundle.
 */

const TODAY = '2026-11-29'
const HEAD = 'version: 1\nmodel: cdmm\ntarget: base\n'
const load = (text: string) => loadPolicy(`${HEAD}${text}`, '.maturity.yml', { today: TODAY })

describe('dora.thresholds in the policy', () => {
  it('is off by default', () => {
    const result = load('')
    expect(result.ok && result.loaded.policy.dora).toEqual({
      'window-days': 30,
      thresholds: {},
      breach: 'fail'
    })
  })

  it.each([
    [
      'every metric',
      'dora:\n  thresholds:\n    deployment-frequency: { min: 0.5 }\n    lead-time: { max: 24 }\n    change-fail-rate: { max: 15 }\n    recovery-time: { max: 1 }\n    rework-rate: { max: 30 }\n'
    ],
    ['a warning only', 'dora:\n  breach: warn\n  thresholds:\n    lead-time: { max: 168 }\n'],
    ['a rate of 0', 'dora:\n  thresholds:\n    change-fail-rate: { max: 0 }\n']
  ])('accepts %s', (_name, text) => {
    const result = load(text)
    expect(result.ok ? [] : result.errors.map(formatPolicyError)).toEqual([])
  })

  it.each([
    {
      name: 'an unknown metric',
      text: 'dora:\n  thresholds:\n    lead-time-hours: { max: 24 }\n',
      expected: {
        line: 6,
        column: 5,
        path: 'dora.thresholds.lead-time-hours',
        allowed: ['deployment-frequency', 'lead-time', 'change-fail-rate', 'recovery-time', 'rework-rate']
      },
      message: /unknown key 'lead-time-hours'/
    },
    {
      name: 'the wrong bound for the metric',
      text: 'dora:\n  thresholds:\n    lead-time: { min: 2 }\n',
      expected: { line: 6, column: 18, path: 'dora.thresholds.lead-time.min', allowed: ['max'] },
      message: /unknown key 'min'/
    },
    {
      name: 'a rate over 100 %',
      text: 'dora:\n  thresholds:\n    change-fail-rate: { max: 150 }\n',
      expected: { line: 6, column: 30, path: 'dora.thresholds.change-fail-rate.max', value: '150' },
      message: /100/
    },
    {
      name: 'a frequency of 0',
      text: 'dora:\n  thresholds:\n    deployment-frequency: { min: 0 }\n',
      expected: { line: 6, column: 34, path: 'dora.thresholds.deployment-frequency.min', value: '0' },
      message: /0/
    },
    {
      name: 'a breach that is neither fail nor warn',
      text: 'dora:\n  breach: block\n',
      expected: { line: 5, column: 11, path: 'dora.breach', value: '"block"', allowed: ['fail', 'warn'] },
      message: /./
    }
  ])('refuses $name, naming file, line, column, key and allowed values', ({ text, expected, message }) => {
    const result = load(text)
    if (result.ok) throw new Error('expected the policy to be invalid')
    const error = result.errors.find(e => e.path === expected.path)
    expect(error).toMatchObject({ file: '.maturity.yml', ...expected })
    expect(error?.message).toMatch(message)
  })
})

describe('judging the thresholds', () => {
  const loaded = (text: string) => {
    const result = load(text)
    if (!result.ok) throw new Error(result.errors.map(formatPolicyError).join('\n'))
    return result.loaded
  }
  const measured = dora({ ...WINDOW, source: 'Deployments', deployments: fixtureRecords(), requests: 0 })

  it('breaks a threshold the value is past, passes one it is within, at the threshold’s line', () => {
    const checks = doraChecks(
      measured,
      loaded(
        'dora:\n  thresholds:\n    deployment-frequency: { min: 1 }\n    lead-time: { max: 2 }\n    change-fail-rate: { max: 30 }\n'
      )
    )
    expect(checks).toEqual([
      {
        metric: 'deployment-frequency',
        environment: 'production',
        status: 'broken',
        severity: 'error',
        message: 'production: deployment frequency 0.27 a day is below the threshold of 1 a day',
        location: { file: '.maturity.yml', line: 6, column: 34 }
      },
      {
        metric: 'lead-time',
        environment: 'production',
        status: 'pass',
        severity: 'error',
        message: 'production: median change lead time 2 h is within the threshold of 2 h',
        location: { file: '.maturity.yml', line: 7, column: 23 }
      },
      {
        metric: 'change-fail-rate',
        environment: 'production',
        status: 'broken',
        severity: 'error',
        message: 'production: change fail rate 33.33% is above the threshold of 30%',
        location: { file: '.maturity.yml', line: 8, column: 30 }
      }
    ])
  })

  it('never breaks a threshold on an unknown value', () => {
    const policy = loaded(
      'dora:\n  thresholds:\n    recovery-time: { max: 1 }\n    rework-rate: { max: 0 }\n'
    )
    const none = dora({ ...WINDOW, source: 'Deployments', deployments: [], requests: 1 })
    expect(doraChecks(none, policy).map(c => [c.status, c.environment, c.message])).toEqual([
      [
        'unknown',
        null,
        'median recovery time unknown (no deployment to a production environment): the threshold of 1 h is not judged'
      ],
      [
        'unknown',
        null,
        'rework rate unknown (no deployment to a production environment): the threshold of 0% is not judged'
      ]
    ])
    const noFailure = dora({
      ...WINDOW,
      source: 'Deployments',
      deployments: fixtureRecords().filter(r => r.id <= 3),
      requests: 0
    })
    expect(doraChecks(noFailure, policy)[0]).toMatchObject({
      status: 'unknown',
      message:
        'production: median recovery time unknown (no failed deployment in the window): the threshold of 1 h is not judged'
    })
  })

  it('makes a broken threshold a warning with breach: warn', () => {
    const checks = doraChecks(
      measured,
      loaded('dora:\n  breach: warn\n  thresholds:\n    rework-rate: { max: 10 }\n')
    )
    expect(checks).toMatchObject([{ status: 'broken', severity: 'warning' }])
  })
})

const TOKEN = 'ghp_doraThresholdTokenForTheFakeServer01'
const bundle = path.join(import.meta.dirname, '../dist/cli/index.js')

describe('maturity-gate check with DORA thresholds (the CLI bundle)', () => {
  let fake: FakeGitHub
  beforeEach(async () => {
    fake = await FakeGitHub.start(TOKEN)
  })
  afterEach(() => fake.close())

  const POLICY = `${HEAD}practices:\n  unit-tests: { enabled: false }\ndora:\n  thresholds:\n    lead-time: { max: 1 }\n    change-fail-rate: { max: 50 }\n`
  async function check(policy: string, env: Record<string, string>) {
    const repo = await tempRepo({ '.maturity.yml': policy, '.github/workflows/cd.yml': GATED })
    try {
      return await spawnNode([bundle, 'check', repo.root, '--repo', 'octo/shop'], {
        cwd: repo.root,
        env: runnerEnv(env)
      })
    } finally {
      await repo.remove()
    }
  }
  /** The fixture moved so that its window ends a minute ago: the gate measures up to now. */
  const shift = () => Date.now() - Date.parse(WINDOW.until) - 60_000
  const online = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url })

  it('fails the gate on a broken threshold, saying which, from which source', async () => {
    serveDeployFixture(fake, shift())
    const result = await check(POLICY, online())
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^maturity-gate: FAILED — level base reached, target base: 1 DORA threshold is broken$/m
    )
    expect(result.stdout).toContain(
      [
        'DORA thresholds (30 days, from Deployments)',
        '  BROKEN         production: median change lead time 2 h is above the threshold of 1 h (.maturity.yml:8)',
        '  pass           production: change fail rate 33.33% is within the threshold of 50% (.maturity.yml:9)'
      ].join('\n')
    )
  })

  it('keeps the checks in the JSON report, as the schema says, for the summary and annotations', async () => {
    serveDeployFixture(fake, shift())
    const repo = await tempRepo({ '.maturity.yml': POLICY, '.github/workflows/cd.yml': GATED })
    const result = await spawnNode([bundle, 'check', repo.root, '--repo', 'octo/shop', '--format', 'json'], {
      cwd: repo.root,
      env: runnerEnv(online())
    }).finally(() => repo.remove())
    const report = JSON.parse(result.stdout) as Report
    const schema = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../schema/maturity-report-v1.schema.json'), 'utf8')
    ) as object
    expect(new Ajv({ allErrors: true }).validate(schema, report)).toBe(true)
    expect(report.dora?.metrics.source).toBe('Deployments')
    expect(report.dora?.checks.map(c => [c.metric, c.status])).toEqual([
      ['lead-time', 'broken'],
      ['change-fail-rate', 'pass']
    ])
    expect(renderSummary(report).markdown).toContain(
      '### DORA thresholds (30 days, from Deployments)\n- ❌ production: median change lead time 2 h is above the threshold of 1 h (`.maturity.yml:8`)'
    )
    expect(planAnnotations(report).annotations).toContainEqual({
      level: 'error',
      title: 'maturity-gate: DORA threshold broken',
      message: 'production: median change lead time 2 h is above the threshold of 1 h',
      file: '.maturity.yml',
      startLine: 8,
      startColumn: 23
    })
  })

  it('passes with a warning when the policy says breach: warn', async () => {
    serveDeployFixture(fake, shift())
    const result = await check(POLICY.replace('dora:\n', 'dora:\n  breach: warn\n'), online())
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^maturity-gate: PASSED/m)
    expect(result.stdout).toContain(
      '  broken (warn)  production: median change lead time 2 h is above the threshold of 1 h (.maturity.yml:9)'
    )
  })

  it('judges nothing offline: unknown values break no threshold', async () => {
    const result = await check(POLICY, {})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '  unknown        median change lead time unknown (offline: the Deployments API needs a token (GITHUB_TOKEN or GH_TOKEN)): the threshold of 1 h is not judged (.maturity.yml:8)'
    )
    expect(fake.count()).toBe(0)
  })
})

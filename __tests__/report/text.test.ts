import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/evaluate/report.js'
import { renderText } from '../../src/report/text.js'
import { CASE_NAMES, CASES } from './cases.js'

const ESC = '\u001b'

describe('renderText', () => {
  test.each(CASE_NAMES)('%s keeps the first-line and finding-line formats', name => {
    const lines = renderText(CASES[name]).split('\n')
    expect(lines[0]).toMatch(/^maturity-gate: (PASSED|FAILED|INCOMPLETE|FAILED \(advisory, exit 0\)) — /)
    // The ladder's lines; the category profile that follows it is indented the same way.
    const ladder = lines.slice(0, lines.indexOf('categories'))
    const findingLines = ladder.filter(line => /^ {2}\S/.test(line))
    expect(findingLines).toHaveLength(CASES[name].findings.length)
    for (const line of findingLines) {
      expect(line).toMatch(
        /^ {2}(pass|FAIL|unknown|not applicable|waived) +\S+( \[\w+\])? — .*?( \(\S+:\d+\))?$/
      )
    }
  })

  test.each([
    ['no colour by default', {}, false],
    ['no colour when not asked', { color: false }, false],
    ['colour when asked', { color: true }, true]
  ])('%s', (_name, options, coloured) => {
    expect(renderText(CASES['failing-e2e'], options).includes(ESC)).toBe(coloured)
  })

  test('coloured marks keep their text', () => {
    const text = renderText(CASES['failing-e2e'], { color: true })
    expect(text.split('\n')[0]).toBe(
      `maturity-gate: ${ESC}[31mFAILED${ESC}[0m — ${CASES['failing-e2e'].reason}`
    )
    expect(text).toContain(`  ${ESC}[31mFAIL${ESC}[0m            acceptance-tests [run] — `)
  })

  test('repository text cannot start a line of its own or send escape sequences', () => {
    const base = CASES['failing-e2e']
    const report: Report = {
      ...base,
      findings: base.findings.map(f => ({
        ...f,
        message: `x\n::error::forged\r\n${ESC}[2J`,
        remediation: 'a\nb'
      }))
    }
    const text = renderText(report)
    expect(text).not.toMatch(/^::/m)
    expect(text).not.toContain(ESC)
  })

  test('the category profile: each level against its target, "–" where no practice was judged', () => {
    const base = CASES['failing-e2e']
    const report: Report = {
      ...base,
      findings: base.findings.map(f =>
        f.category === 'design-architecture' ? { ...f, status: 'not-applicable' as const } : f
      ),
      profile: { ...base.profile, 'design-architecture': 'expert' }
    }
    const lines = renderText(report).split('\n')
    const profile = lines.slice(lines.indexOf('categories') + 1, lines.indexOf('categories') + 6)
    expect(profile).toEqual([
      '  build-deploy: expert (target advanced)',
      '  test-verification: beginner (target advanced, not met)',
      '  information-reporting: intermediate (target advanced, not met)',
      '  design-architecture: – (no practice judged)',
      '  culture-organization: beginner (target advanced, not met)'
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

/**
 * What the GitHub Marketplace shows of the action: its card (name, description, branding from action.yml)
 * and the README's first screen, which must tell a visitor what the action does, show what it reports, and
 * how to try and add it, before any scrolling.
 */

const ROOT = process.cwd()
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  name: string
  description: string
  branding: { icon: string; color: string }
}
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
const FIRST_SCREEN = 40

/** The colours action.yml's `branding.color` accepts. */
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']

describe('the Marketplace card', () => {
  it('has a name and a one-line description the card shows whole (at most 125 characters)', () => {
    expect(action.name).toBe('Maturity Gate')
    expect(action.description).not.toContain('\n')
    expect(action.description.length).toBeLessThanOrEqual(125)
  })

  it('has branding GitHub accepts', () => {
    expect(BRANDING_COLORS).toContain(action.branding.color)
    expect(action.branding.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

describe("the README's first screen", () => {
  const screen = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').slice(0, FIRST_SCREEN)

  it('names the action as the Marketplace does', () => {
    expect(screen.join('\n')).toContain(`**${action.name}**`)
  })

  it('shows the one line that adds it, at the major tag', () => {
    expect(screen).toContain(`- uses: maturity-gate/maturity-gate@v${version.split('.')[0]}`)
  })

  it('shows the two-command quick start', () => {
    expect(screen).toEqual(
      expect.arrayContaining(['## Quick start', 'npm ci && npm start', 'npm ci && npm test'])
    )
  })

  it('shows the job summary: its headline and the start of its level table', () => {
    const excerpt = screen.slice(screen.indexOf('<!-- summary-excerpt:start -->'))
    expect(excerpt.length).toBeLessThan(screen.length)
    expect(excerpt.some(line => line.startsWith('> ## '))).toBe(true)
    expect(excerpt).toContain('> | level | practices | holds |')
  })
})

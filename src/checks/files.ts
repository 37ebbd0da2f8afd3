import { z } from 'zod'
import { globFilter } from '../evidence/glob-filter.js'
import type { Location } from '../core/finding.js'
import { policyRegex } from '../core/policy-regex.js'
import { compilePolicyRegex, testBounded } from '../core/safe-regex.js'
import { defineCheck } from './define-check.js'
import { findingFor } from './finding-for.js'
import { workspaceGlob } from './workspace-glob.js'

const messages = {
  found: 'found {count} matching file(s): {list}',
  'no-files': 'no file matches {globs}',
  'no-content': '{count} file(s) match {globs} but none contains /{contains}/'
}

/** Generic `files` check (design §2.3): files matching the globs exist, optionally with matching content. */
export const filesCheck = defineCheck({
  meta: {
    messages,
    options: {
      files: z.array(workspaceGlob).min(1).describe('globs relative to the repository root'),
      contains: policyRegex.optional().describe('a regex one line of a matching file must match')
    }
  },
  check(context, options) {
    const { workspace } = context.evidence
    const isMatch = globFilter(options.files, { dot: true })
    const matches = workspace.files.filter(file => isMatch(file))
    const globs = options.files.join(', ')
    if (matches.length === 0) {
      return findingFor(context, messages, 'no-files', {
        status: 'fail',
        strength: 'definition',
        data: { globs },
        evidence: [],
        locations: [],
        remediation: `Add a file matching ${globs}, or correct the globs in the policy.`
      })
    }
    const located =
      options.contains === undefined
        ? matches.map(fileStart)
        : linesContaining(options.contains, matches, workspace.read)
    if (located.length === 0) {
      return findingFor(context, messages, 'no-content', {
        status: 'fail',
        strength: 'definition',
        data: { count: matches.length, globs, contains: options.contains ?? '' },
        evidence: matches.map(file => ({ kind: 'file' as const, file })),
        locations: [],
        remediation: `Make one of ${matches.slice(0, 3).join(', ')} contain a line matching /${options.contains}/.`
      })
    }
    return findingFor(context, messages, 'found', {
      status: 'pass',
      strength: 'definition',
      data: {
        count: located.length,
        list: located
          .slice(0, 5)
          .map(l => l.file)
          .join(', ')
      },
      evidence: located.map(location => ({ kind: 'file' as const, file: location.file })),
      locations: located,
      remediation: ''
    })
  }
})

function fileStart(file: string): Location {
  return { file, line: 1, column: 1 }
}

function linesContaining(
  contains: string | undefined,
  files: readonly string[],
  read: (file: string) => string | undefined
): Location[] {
  const pattern = compilePolicyRegex(contains ?? '')
  const found: Location[] = []
  for (const file of files) {
    const lines = (read(file) ?? '').split('\n')
    const index = lines.findIndex(line => testBounded(pattern, line))
    if (index >= 0) found.push({ file, line: index + 1, column: 1 })
  }
  return found
}

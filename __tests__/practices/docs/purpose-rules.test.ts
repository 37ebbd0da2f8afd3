import { describe, it, expect } from '@jest/globals'
import { purposeRules } from '../../../src/practices/docs/purpose-rules.js'
import { CATALOG } from '../../../src/workflow/catalog/catalog.js'
import { CONFIG_RULES } from '../../../src/workflow/catalog/config-rules.js'
import { PURPOSES } from '../../../src/workflow/catalog/purpose.js'

describe('purposeRules', () => {
  it.each(PURPOSES.map(purpose => [purpose]))(
    'lists every catalog and config rule of %s, and no other',
    purpose => {
      const rows = purposeRules(purpose).slice(2)
      const ids = rows.map(row => /^\| `([^`]+)` \|/.exec(row)?.[1])
      const expected = [...CATALOG, ...CONFIG_RULES].filter(e => e.purpose === purpose).map(e => e.id)
      expect(ids.slice(0, expected.length)).toEqual(expected)
      if (purpose !== 'integration-test') expect(ids).toHaveLength(expected.length)
    }
  )

  it.each(PURPOSES.map(purpose => [purpose]))(
    '%s: every row has three cells, whatever its examples hold',
    purpose => {
      for (const row of purposeRules(purpose)) expect(row.split(/(?<!\\)\|/)).toHaveLength(5)
    }
  )
})

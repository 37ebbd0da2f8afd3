import { parseAttributes } from './xml-decode.js'
import type { StartTag, XmlHandler } from './xml-handler.js'
import { CoverageError, percent } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'

/**
 * JaCoCo XML (report.dtd): the report-level `<counter type="LINE|BRANCH" missed covered>` elements, the
 * direct children of `<report>` that total every package.
 */
export class JacocoHandler implements XmlHandler {
  wantText = false
  private depth = 0
  private readonly counters = new Map<string, { missed: number; covered: number }>()

  open(name: string, selfClosing: boolean, tag: StartTag): void {
    if (this.depth === 1 && name === 'counter') {
      const a = parseAttributes(tag.rawAttributes())
      const missed = Number(a.missed)
      const covered = Number(a.covered)
      if (!Number.isInteger(missed) || !Number.isInteger(covered) || missed < 0 || covered < 0) {
        throw new CoverageError(
          `JaCoCo: counter ${a.type ?? '?'} has missed="${a.missed}" covered="${a.covered}"`
        )
      }
      if (a.type) this.counters.set(a.type, { missed, covered })
    }
    if (!selfClosing) this.depth++
  }

  close(): void {
    this.depth--
  }

  text(): void {}

  summary(): CoverageSummary {
    const line = this.counters.get('LINE')
    if (!line) throw new CoverageError('JaCoCo: no report-level LINE counter')
    const branch = this.counters.get('BRANCH')
    return {
      format: 'jacoco',
      lines: percent(line.covered, line.missed + line.covered),
      branches: branch ? percent(branch.covered, branch.missed + branch.covered) : null
    }
  }
}

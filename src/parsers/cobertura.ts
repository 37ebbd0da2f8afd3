import { parseAttributes } from './xml-decode.js'
import type { StartTag, XmlHandler } from './xml-handler.js'
import { CoverageError, percent, rateToPercent } from './coverage-summary.js'
import type { CoverageSummary } from './coverage-summary.js'

const CONDITIONS = /\((\d+)\/(\d+)\)/

/**
 * Cobertura XML (coverage-04.dtd; written by Cobertura, coverage.py, gcovr, istanbul, Coverlet…). The root's
 * `lines-covered`/`lines-valid` counts are preferred, then its `line-rate`; reports with neither are recounted
 * from `class > lines > line` (the `method > lines` copies of the same lines are not counted twice).
 */
export class CoberturaHandler implements XmlHandler {
  wantText = false
  private readonly path: string[] = []
  private root: Record<string, string> = {}
  private readonly lines = { found: 0, hit: 0 }
  private readonly branches = { found: 0, hit: 0 }

  open(name: string, selfClosing: boolean, tag: StartTag): void {
    const depth = this.path.length
    if (depth === 0) this.root = parseAttributes(tag.rawAttributes())
    else if (name === 'line' && this.path[depth - 1] === 'lines' && this.path[depth - 2] === 'class') {
      this.recount(parseAttributes(tag.rawAttributes()))
    }
    if (!selfClosing) this.path.push(name)
  }

  close(): void {
    this.path.pop()
  }

  text(): void {}

  summary(): CoverageSummary {
    return {
      format: 'cobertura',
      lines: this.figure('lines', 'line-rate', this.lines),
      branches: this.figure('branches', 'branch-rate', this.branches)
    }
  }

  private figure(
    kind: 'lines' | 'branches',
    rate: string,
    recounted: { found: number; hit: number }
  ): number | null {
    const valid = this.root[`${kind}-valid`]
    const covered = this.root[`${kind}-covered`]
    if (valid !== undefined && covered !== undefined) {
      const [c, v] = [Number(covered), Number(valid)]
      if (!Number.isInteger(c) || !Number.isInteger(v)) {
        throw new CoverageError(
          `Cobertura: ${kind}-covered="${covered}" / ${kind}-valid="${valid}" are not counts`
        )
      }
      return percent(c, v)
    }
    if (this.root[rate] !== undefined) return rateToPercent(this.root[rate], `Cobertura ${rate}`)
    return percent(recounted.hit, recounted.found)
  }

  private recount(line: Record<string, string>): void {
    this.lines.found++
    if (Number(line.hits) > 0) this.lines.hit++
    const conditions = line.branch === 'true' ? CONDITIONS.exec(line['condition-coverage'] ?? '') : null
    if (conditions) {
      this.branches.hit += Number(conditions[1])
      this.branches.found += Number(conditions[2])
    }
  }
}

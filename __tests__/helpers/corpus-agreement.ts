import type { AgreementFigures } from '../../src/practices/practices-doc.js'

/** One clear hand label set beside the verdict the practice gave on the same repository. */
export interface AgreementRow {
  model: string
  key: string
  expected: string
  actual: string
  message: string
}

/** Per model: clear labels and how many verdicts agree, overall and among the labels that say `pass`. */
export function agreementByModel(rows: readonly AgreementRow[]): Record<string, AgreementFigures> {
  const figures: Record<string, AgreementFigures> = {}
  for (const row of [...rows].sort((a, b) => a.model.localeCompare(b.model))) {
    const model = (figures[row.model] ??= { clear: 0, agree: 0, pass: 0, passAgree: 0 })
    const agrees = row.expected === row.actual
    model.clear += 1
    model.agree += agrees ? 1 : 0
    if (row.expected === 'pass') {
      model.pass += 1
      model.passAgree += agrees ? 1 : 0
    }
  }
  return figures
}

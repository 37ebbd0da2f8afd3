import { createJunitParser } from '../parsers/junit.js'
import type { JunitSummary } from '../parsers/junit.js'
import { summaryOfScan } from '../parsers/junit-scanner.js'
import type { JunitScan } from '../parsers/junit-scanner.js'
import { readJunitRange } from './read-junit-range.js'

/**
 * The summary of a scanned report or piece: its failing cases (at most MAX_FAILING_CASES) read one by one
 * from the file by the JavaScript reader, which streams each however large its output. Undefined when one
 * cannot be read alone (see summaryOfScan).
 */
export async function describeScannedCases(fd: number, scan: JunitScan): Promise<JunitSummary | undefined> {
  const described: JunitSummary[] = []
  for (const { start, end } of scan.failing) {
    const parser = createJunitParser(true)
    try {
      await readJunitRange(fd, parser, start, end)
      described.push(parser.end())
    } catch {
      return undefined
    }
  }
  return summaryOfScan(scan, described)
}

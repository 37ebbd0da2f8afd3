import type { JunitSummary } from '../parsers/junit.js'
import { createJunitScanner } from '../parsers/junit-scanner.js'
import { describeScannedCases } from './describe-scanned-cases.js'
import { scanJunitRange } from './scan-junit-range.js'

/** A whole JUnit report read by the WebAssembly scanner, or undefined when it gave up. */
export async function scanJunitFile(fd: number, size: number): Promise<JunitSummary | undefined> {
  const scanner = createJunitScanner()
  const scan = (await scanJunitRange(fd, scanner, 0, size)) ? scanner.end() : undefined
  return scan && describeScannedCases(fd, scan)
}

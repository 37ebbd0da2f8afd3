import type { JunitPiece } from '../parsers/junit.js'
import { createJunitScanner } from '../parsers/junit-scanner.js'
import { describeScannedCases } from './describe-scanned-cases.js'
import { scanJunitRange } from './scan-junit-range.js'

/**
 * A piece of a big JUnit report (see readJunit) read by the WebAssembly scanner: the first piece from the
 * report's start, any other (`fragment`) from its `<testcase` tag. Undefined when the scanner gave up or the
 * piece cannot be cut where it ends; the JavaScript reader then reads it.
 */
export async function scanJunitPiece(
  fd: number,
  { start, end, last }: { start: number; end: number; last: boolean },
  fragment: boolean
): Promise<JunitPiece | undefined> {
  const scanner = createJunitScanner(fragment, start)
  const piece = (await scanJunitRange(fd, scanner, start, end)) ? scanner.cut(last) : undefined
  const summary = piece && (await describeScannedCases(fd, piece.scan))
  return summary && { summary, edges: piece.edges }
}

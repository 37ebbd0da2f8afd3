import { MAX_FAILING_CASES } from './junit.js'
import type { JunitPiece, JunitSummary } from './junit.js'
import { MAX_DEPTH } from './xml-tokenizer.js'

/**
 * The summary of a report read in pieces, one thread each: the first piece read from the document's start,
 * every other from a `<testcase` tag to the next piece's. The pieces join only when the document read in one
 * go would have been read the same way: each piece closes exactly the elements the ones before it left open,
 * nothing follows the root's end tag, and no element is nested deeper than the tokenizer allows. Otherwise
 * undefined, and the caller reads the document in one go, so that what is wrong is said as it always is, with
 * its line and column.
 *
 * Failing cases keep the first MAX_FAILING_CASES in document order, as one reader would.
 */
export function joinJunitPieces(pieces: readonly JunitPiece[]): JunitSummary | undefined {
  const open: string[] = []
  for (const { edges } of pieces) {
    // Content after `closed` had closed every open element would follow the root.
    if (edges.contentAfterClosed >= open.length) return undefined
    // The tokenizer keeps three levels to spare for the elements it counts without opening them.
    if (open.length + edges.depth > MAX_DEPTH - 3) return undefined
    for (const name of edges.closed) if (open.pop() !== name) return undefined
    open.push(...edges.open)
  }
  if (open.length > 0) return undefined
  return pieces.map(piece => piece.summary).reduce(addSummary)
}

function addSummary(first: JunitSummary, next: JunitSummary): JunitSummary {
  const room = Math.max(0, MAX_FAILING_CASES - first.failingCases.length)
  const kept = next.failingCases.slice(0, room)
  return {
    format: first.format,
    tests: first.tests + next.tests,
    failures: first.failures + next.failures,
    errors: first.errors + next.errors,
    skipped: first.skipped + next.skipped,
    flaky: first.flaky + next.flaky,
    failingCases: [...first.failingCases, ...kept],
    omittedFailingCases:
      first.omittedFailingCases + next.omittedFailingCases + next.failingCases.length - kept.length
  }
}

import { Buffer } from 'node:buffer'
import { createJunitParser } from './junit.js'
import type { FailingCase, JunitSummary } from './junit.js'
import { JUNIT_SCANNER_WASM } from './junit-scanner-wasm.js'
import type { XmlFragmentEdges } from './xml-tokenizer.js'

/**
 * The fast path of JUnit reading: a WebAssembly scanner (wasm/junit-scanner.ts) that counts test cases from
 * a report's bytes at three to four times the speed of the JavaScript reader (createJunitParser), which
 * decodes the bytes to text first (300 MB of small test cases: 0.18 s against 0.63 s on one thread). It reads
 * only what it is sure it reads as that reader does, and gives up on the rest - every error, a DOCTYPE, TRX,
 * non-ASCII names, a test case nested in a test case, a tag longer than its 1 MiB buffer - for the JavaScript
 * reader to read again from the start: that reader stays the one definition of what a report means and of
 * every error message. Failing test cases are only located here; the JavaScript reader describes them from
 * their bytes (see JunitScan).
 */

/** A failing test case's bytes in the report: its `<testcase` tag to the end of its end tag. */
export interface ByteRange {
  start: number
  end: number
}

/** What a scan found: the counts of JunitSummary, and where its first MAX_FAILING_CASES failing cases are. */
export interface JunitScan {
  tests: number
  failures: number
  errors: number
  skipped: number
  flaky: number
  failing: ByteRange[]
  omittedFailingCases: number
}

/** A piece of a report scanned on its own (see JunitPiece). */
export interface JunitScanPiece {
  scan: JunitScan
  edges: XmlFragmentEdges
}

export interface JunitScanner {
  /** Where the next bytes go: a view of the scanner's memory, valid until the next call. */
  room(): Uint8Array
  /** `n` bytes were put at the start of room(). False once the scanner has given up. */
  wrote(n: number): boolean
  /** As JunitParser's cut: the piece so far when it ends cleanly here, else undefined. */
  cut(final: boolean): JunitScanPiece | undefined
  /** The whole report's scan, or undefined when the scanner gave up. */
  end(): JunitScan | undefined
}

interface Exports {
  memory: WebAssembly.Memory
  reset(fragment: boolean, base: number): void
  scan(n: number, final: boolean): boolean
  [global: string]: unknown
}

let compiled: WebAssembly.Module | undefined

/**
 * A scanner for a report, or for a piece of one that starts at a `<testcase` tag (`fragment`, see
 * JunitPiece) at byte `base` of the report. Each has its own instance: reports are read side by side.
 */
export function createJunitScanner(fragment = false, base = 0): JunitScanner {
  compiled ??= new WebAssembly.Module(Buffer.from(JUNIT_SCANNER_WASM, 'base64'))
  const wasm = new WebAssembly.Instance(compiled, { env: { abort: abortScan } }).exports as Exports
  wasm.reset(fragment, base)
  const number = (name: string): number => (wasm[name] as WebAssembly.Global).value as number
  const input = number('input')
  const capacity = number('capacity')
  let final = false
  let trapped = false
  // A trap would be a bug of the scanner: the report is then read in JavaScript, as anything it refuses is.
  const scan = (n: number, last: boolean): boolean => {
    try {
      return wasm.scan(n, last)
    } catch {
      trapped = true
      return false
    }
  }
  /** Read up to here with nothing half-read. */
  const clean = (): boolean => !trapped && !number('failed') && number('mode') === 0 && number('held') === 0
  const finish = (): boolean => {
    if (!final) scan(0, (final = true))
    return clean()
  }
  const scanned = (): JunitScan => ({
    tests: number('tests'),
    failures: number('failures'),
    errors: number('errors'),
    skipped: number('skipped'),
    flaky: number('flaky'),
    failing: failingRanges(wasm.memory, number('failingRanges'), number('kept')),
    omittedFailingCases: number('omitted')
  })
  const stack = (names: string, lengths: string, count: number): string[] =>
    namesAt(wasm.memory, number(names), number(lengths), count)
  return {
    room: () => new Uint8Array(wasm.memory.buffer, input + number('held'), capacity - number('held')),
    wrote: n => scan(n, false),
    cut(last) {
      if (!(last ? finish() : clean())) return undefined
      const depth = number('depth')
      if (!fragment && depth === 0) return undefined
      const edges: XmlFragmentEdges = {
        closed: stack('closedNames', 'closedLengths', number('closedCount')),
        open: stack('stackNames', 'stackLengths', depth),
        contentAfterClosed: number('contentAfterClosed'),
        depth: fragment ? number('deepest') : depth
      }
      // A test case still open cannot be cut (the JavaScript reader's `between`).
      return number('caseOpen') ? undefined : { scan: scanned(), edges }
    },
    end() {
      if (!finish() || number('depth') !== 0 || !number('rootSeen')) return undefined
      return scanned()
    }
  }
}

function abortScan(): never {
  throw new Error('the JUnit scanner aborted')
}

function failingRanges(memory: WebAssembly.Memory, at: number, count: number): ByteRange[] {
  const offsets = new Float64Array(memory.buffer, at, count * 2)
  return Array.from({ length: count }, (_, i) => ({
    start: offsets[2 * i] as number,
    end: offsets[2 * i + 1] as number
  }))
}

/** Element names the scanner keeps: MAX_NAME (128) bytes each, their lengths beside them. */
function namesAt(memory: WebAssembly.Memory, names: number, lengths: number, count: number): string[] {
  const length = new Int32Array(memory.buffer, lengths, count)
  return Array.from({ length: count }, (_, i) =>
    Buffer.from(memory.buffer, names + i * 128, length[i]).toString('latin1')
  )
}

/**
 * A scan's summary with its failing cases as the JavaScript reader described them (`described`, in the order
 * of `scan.failing`), each read alone as a piece of the report that starts at its `<testcase` tag: as that
 * reader describes them reading the whole report. Undefined when one could not be read so.
 */
export function summaryOfScan(
  scan: JunitScan,
  described: readonly (JunitSummary | undefined)[]
): JunitSummary | undefined {
  const failingCases: FailingCase[] = []
  for (const summary of described) {
    if (summary?.failingCases.length !== 1) return undefined
    failingCases.push(summary.failingCases[0] as FailingCase)
  }
  const { tests, failures, errors, skipped, flaky, omittedFailingCases } = scan
  return { format: 'junit', tests, failures, errors, skipped, flaky, failingCases, omittedFailingCases }
}

/** Scans a whole report held in memory, `chunk` bytes at a time; undefined when the scanner gives up. */
export function scanJunit(content: Uint8Array, chunk = 1 << 20): JunitSummary | undefined {
  const scanner = createJunitScanner()
  for (let at = 0; at < content.length;) {
    const room = scanner.room()
    const n = Math.min(room.length, chunk, content.length - at)
    room.set(content.subarray(at, at + n))
    at += n
    if (!scanner.wrote(n)) return undefined
  }
  const scan = scanner.end()
  return (
    scan &&
    summaryOfScan(
      scan,
      scan.failing.map(range => describeCase(content.subarray(range.start, range.end)))
    )
  )
}

/** One failing test case read by the JavaScript reader: the summary of the piece it is, or undefined. */
export function describeCase(bytes: Uint8Array): JunitSummary | undefined {
  const parser = createJunitParser(true)
  try {
    parser.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))
    return parser.end()
  } catch {
    return undefined
  }
}

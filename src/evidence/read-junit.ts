import { Buffer } from 'node:buffer'
import { existsSync, readSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { joinJunitPieces } from '../parsers/join-junit-pieces.js'
import { createJunitParser } from '../parsers/junit.js'
import type { JunitPiece, JunitSummary } from '../parsers/junit.js'
import { readJunitRange, YIELD_BYTES } from './read-junit-range.js'
import { scanJunitFile } from './scan-junit-file.js'
import { scanJunitPiece } from './scan-junit-piece.js'

/** Bytes of a piece that starts at `start`, for the thread that reads it (junit-piece-worker.ts). */
export interface PieceRange {
  file: string
  start: number
  end: number
  /** The piece runs to the end of the document. */
  last: boolean
}

/**
 * The least a piece is given. A thread takes about 60 ms to start on Node 20 (70-90 ms from tsc's many
 * modules), in which the scanner reads about 100 MB, so small pieces gain little; measured on the bench's
 * reports of small test cases (2026-12-06, 2 cores), 300 MB in two threads or one took the same within this
 * machine's noise (median 245 and 208 ms, best 183 and 196 ms, of 12 runs; 64 or 160 MB pieces no
 * different), and 1 GB in two 0.45-0.6 s against 0.6-0.97 s in one.
 */
const MIN_PIECE_BYTES = 48 * 1024 * 1024
/**
 * What the first piece's reader (this thread, which starts at once) reads while a worker starts: the first
 * piece is this much longer than the others' equal shares, so that all end about together. Measured on the
 * bench's 300 MB report with the JavaScript reader: the two pieces at 50/50 ended 90 ms apart (with the
 * scanner, 96 or 128 MB measured no different).
 */
const START_BYTES = 48 * 1024 * 1024
/** More threads than this gain little on a runner (they share the page cache) and cost ~25 MB each. */
const MAX_THREADS = 4
/** How far past a planned cut a `<testcase` tag is looked for before the cut is given up. */
const CUT_SEARCH_BYTES = 1024 * 1024
const TESTCASE = Buffer.from('<testcase')
/**
 * The worker's script sits beside the module that starts it: built by tsc (build/), and bundled beside each
 * bundle (dist/, dist/cli/; scripts/package.js). Held in a variable so that the bundler leaves the URL alone.
 */
const WORKER_SCRIPT = './junit-piece-worker.js'

/**
 * Reports from this size on are read by the WebAssembly scanner first (src/parsers/junit-scanner.ts). Smaller
 * ones are read by the JavaScript reader without a turn of the event loop, returned rather than promised
 * (see readJunit), where the scanner would save a few milliseconds at most.
 */
const MIN_SCAN_BYTES = YIELD_BYTES

/** Threads not in use by other reports being read at the same time. */
let idleThreads = Math.min(availableParallelism(), MAX_THREADS) - 1

/**
 * Reads an open JUnit/TRX report. A big one is read in pieces, one thread each, when threads are idle: the
 * first piece here, every other from a `<testcase` tag past its share of the file in a worker; their counts
 * are joined only when the document read in one go would have been read the same way (joinJunitPieces).
 * Otherwise, and for every error, the report is read again in one go, so that results and errors, with their
 * lines and columns, are those of one reader; the workers' time is then lost, never the verdict.
 *
 * Every piece of a big report, and a big report read in one go, is read by the WebAssembly scanner, and by the
 * JavaScript reader only where the scanner gives up (see createJunitScanner).
 *
 * A report read without giving the event loop a turn (all but big ones) is returned, not promised: a gate
 * reading thousands of small reports at once then finishes each, and closes its file, before the next begins.
 */
export function readJunit(fd: number, file: string, size: number): JunitSummary | Promise<JunitSummary> {
  const threads = Math.min(idleThreads, Math.floor(size / MIN_PIECE_BYTES) - 1)
  const worker = new URL(WORKER_SCRIPT, import.meta.url)
  const starts = threads > 0 && existsSync(worker) ? pieceStarts(fd, size, threads + 1) : []
  if (starts.length > 0) return readInPieces(fd, { file, size, worker, starts })
  if (size >= MIN_SCAN_BYTES) return readWhole(fd, size)
  return readInJavaScript(fd, size)
}

async function readWhole(fd: number, size: number): Promise<JunitSummary> {
  return (await scanJunitFile(fd, size)) ?? readInJavaScript(fd, size)
}

function readInJavaScript(fd: number, size: number): JunitSummary | Promise<JunitSummary> {
  const parser = createJunitParser()
  const reading = readJunitRange(fd, parser, 0, size)
  return reading ? reading.then(() => parser.end()) : parser.end()
}

/** The first piece of a report read in pieces, by the JavaScript reader (when the scanner gave up on it). */
async function headInJavaScript(fd: number, end: number): Promise<JunitPiece | undefined> {
  const parser = createJunitParser()
  await readJunitRange(fd, parser, 0, end)
  return parser.cut(false)
}

interface Pieces {
  file: string
  size: number
  worker: URL
  /** Where pieces 2 to n start (pieceStarts). */
  starts: number[]
}

async function readInPieces(fd: number, { file, size, worker, starts }: Pieces): Promise<JunitSummary> {
  idleThreads -= starts.length
  const others = starts.map((start, i) =>
    readPiece(worker, { file, start, end: starts[i + 1] ?? size, last: i === starts.length - 1 })
  )
  try {
    const first = starts[0] as number
    const head =
      (await scanJunitPiece(fd, { start: 0, end: first, last: false }, false)) ??
      (await headInJavaScript(fd, first))
    const rest = head && (await joinable(others))
    const joined = rest && joinJunitPieces([head, ...rest])
    if (joined) return joined
    // Read again alone, with the other cores free again.
    for (const other of others) other.stop()
    return await readWhole(fd, size)
  } finally {
    for (const other of others) other.stop()
    idleThreads += starts.length
  }
}

interface RunningPiece {
  result: Promise<JunitPiece | undefined>
  stop(): void
}

function readPiece(script: URL, range: PieceRange): RunningPiece {
  let worker: Worker
  try {
    worker = new Worker(fileURLToPath(script), { workerData: range })
  } catch {
    // No thread to be had (a process or memory limit): the main thread reads this piece after its own.
    return { result: Promise.resolve(undefined), stop: () => undefined }
  }
  const result = new Promise<JunitPiece | undefined>(resolve => {
    worker.once('message', resolve)
    const failed = (): void => {
      resolve(undefined)
    }
    worker.once('error', failed)
    worker.once('exit', failed)
  })
  return { result, stop: () => void worker.terminate() }
}

/** Every piece, or undefined as soon as one cannot be joined. */
async function joinable(pieces: RunningPiece[]): Promise<JunitPiece[] | undefined> {
  const read: JunitPiece[] = []
  for (const piece of pieces) {
    const result = await piece.result
    if (!result) return undefined
    read.push(result)
  }
  return read
}

/**
 * Where pieces 2 to `count` start: the first `<testcase` tag at or after each planned cut, or fewer when a
 * share has none nearby (a report of a few huge test cases is read in fewer pieces). The first piece is
 * START_BYTES longer than the others, which share the rest equally.
 */
function pieceStarts(fd: number, size: number, count: number): number[] {
  const window = Buffer.alloc(CUT_SEARCH_BYTES + TESTCASE.length)
  const head = Math.min(size, (size + (count - 1) * START_BYTES) / count)
  const share = (size - head) / (count - 1)
  const starts: number[] = []
  for (let i = 1; i < count; i++) {
    const planned = Math.max(Math.floor(head + share * (i - 1)), (starts[starts.length - 1] ?? 0) + 1)
    const n = readSync(fd, window, 0, window.length, planned)
    const at = tagIn(window.subarray(0, n))
    if (at !== -1) starts.push(planned + at)
  }
  return starts
}

/** The first `<testcase` followed by whitespace, `>` or `/` (not `<testcases`), or -1. */
function tagIn(bytes: Buffer): number {
  for (let at = bytes.indexOf(TESTCASE); at !== -1; at = bytes.indexOf(TESTCASE, at + 1)) {
    const next = bytes[at + TESTCASE.length]
    if (next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x3e || next === 0x2f)
      return at
  }
  return -1
}

import { decodeEntities, parseAttributes } from './xml-decode.js'
import type { CountedElement } from './xml-grammar.js'
import { XmlError } from './xml-error.js'
import type { StartTag, XmlHandler } from './xml-handler.js'
import { XmlTokenizer } from './xml-tokenizer.js'
import type { XmlFragmentEdges } from './xml-tokenizer.js'

/**
 * Streaming JUnit XML (and .NET TRX) reader: counts test cases and keeps the first few failing ones for
 * annotations, in constant memory however large the report.
 *
 * Counting rules (the same for every flavour: jest-junit, pytest, surefire, go-junit-report, gotestsum, phpunit,
 * karma, mocha, xunit.net): `tests` is the number of `<testcase>` elements at any depth; `failures`, `errors`
 * and `skipped` count test cases with a direct `<failure>`, `<error>` or `<skipped>` child. The suites'
 * own `tests=`/`failures=` attributes are ignored: tools disagree on them (jest reports `tests="0"` for a suite
 * that failed to run). Surefire's `<flakyFailure>`/`<flakyError>` (failed, then passed on a rerun) are counted
 * as `flaky`, and `<rerunFailure>`/`<rerunError>` only accompany a real `<failure>`/`<error>`: neither counts
 * as a failure by itself.
 */

export const MAX_FAILING_CASES = 50
export const MAX_MESSAGE = 1024
/** Text of a failure body kept to find a file:line in the stack; the message itself is cut to MAX_MESSAGE. */
const MAX_BODY = 4096

export interface FailingCase {
  kind: 'failure' | 'error'
  name: string
  classname?: string
  /** From the test case's attributes, else a best guess from the message or stack trace. */
  file?: string
  line?: number
  type?: string
  message: string
}

export interface JunitSummary {
  format: 'junit' | 'trx'
  tests: number
  failures: number
  errors: number
  skipped: number
  /** Passed only after a rerun (surefire `flakyFailure`/`flakyError`); not failures. */
  flaky: number
  /** The first MAX_FAILING_CASES failing cases in document order. */
  failingCases: FailingCase[]
  /** Failing cases beyond MAX_FAILING_CASES, counted but not kept. */
  omittedFailingCases: number
}

/** A report that is not well-formed XML, not a JUnit/TRX report, or that declares a DTD. */
export class JunitError extends XmlError {
  constructor(message: string, line: number, column: number) {
    super(message, line, column)
    this.message = `invalid JUnit report: ${this.message}`
    this.name = 'JunitError'
  }
}

export interface JunitParser {
  write(chunk: string): void
  end(): JunitSummary
  /**
   * What was read so far, when it ends cleanly here (see JunitPiece): between two tags inside the root of a
   * JUnit report, with no test case open. `final` when nothing follows in this piece. Undefined otherwise:
   * the pieces are then read again as one document, which says what is wrong and where.
   */
  cut(final: boolean): JunitPiece | undefined
}

/**
 * One piece of a big JUnit report read on its own (a thread each, see joinJunitPieces): its counts and failing
 * cases, and the elements it closes and leaves open, which the pieces around it must match.
 */
export interface JunitPiece {
  summary: JunitSummary
  edges: XmlFragmentEdges
}

/** A test case being read: `depth` is its element depth, `attrs` its raw attributes (decoded only if it fails). */
interface OpenCase {
  depth: number
  attrs: string
  failure: boolean
  error: boolean
  skipped: boolean
  flaky: boolean
  /** Details of the first failure/error, kept only while fewer than MAX_FAILING_CASES cases are kept. */
  detail?: { kind: 'failure' | 'error'; message: string; type?: string; body: string }
}

/** Where captured character data goes: a failure's body, or TRX's separate `<Message>` element. */
type Target = 'message' | 'body'

/**
 * Test cases the tokenizer may count in bulk: they hold no `<failure>`, `<error>` or flaky child, only captured
 * output and at most one `<skipped>`, so counting them is all this reader would do with them.
 */
const PASSING_OR_SKIPPED_CASE: CountedElement = {
  name: 'testcase',
  textChildren: ['system-out', 'system-err'],
  flag: 'skipped'
}

const TRX_FAILED = new Set(['Failed'])
const TRX_ERROR = new Set(['Error', 'Timeout', 'Aborted', 'Disconnected'])
/** Did not run, or ran without a verdict: never a pass, but not a failure either. */
const TRX_SKIPPED = new Set(['NotExecuted', 'NotRunnable', 'Inconclusive', 'Pending', 'InProgress'])

class JunitHandler implements XmlHandler {
  wantText = false
  counted: CountedElement | undefined
  format: JunitSummary['format'] | undefined
  tests = 0
  failures = 0
  errors = 0
  skipped = 0
  flaky = 0
  readonly failingCases: FailingCase[] = []
  omitted = 0
  private depth = 0
  private current: OpenCase | undefined
  /** Enclosing test cases when one is nested in another (rare; kept so that counts stay right). */
  private readonly outer: OpenCase[] = []
  private captureDepth = -1
  private target: Target = 'body'

  constructor(
    private readonly where: () => { line: number; column: number },
    fragment: boolean
  ) {
    // A piece after the first is only read when the first found a JUnit root (TRX is never split).
    if (fragment) this.setFormat('junit')
  }

  /** Between test cases: nothing is half-read, so a piece may end here. */
  get between(): boolean {
    return this.current === undefined && this.captureDepth === -1
  }

  open(name: string, selfClosing: boolean, tag: StartTag): void {
    this.depth++
    if (this.format === undefined) this.setFormat(this.detect(name))
    if (this.format === 'junit') this.openJunit(name, selfClosing, tag)
    else this.openTrx(name, tag)
    if (selfClosing) this.close()
  }

  /** Test cases in a row without a failure or error (see PASSING_OR_SKIPPED_CASE): counted, nothing else. */
  countedRun(count: number, skipped: number): void {
    this.tests += count
    this.skipped += skipped
  }

  close(): void {
    if (this.captureDepth === this.depth) {
      this.captureDepth = -1
      this.wantText = false
    }
    if (this.current?.depth === this.depth) this.finishCase(this.current)
    this.depth--
  }

  text(raw: string, cdata: boolean): void {
    const detail = this.current?.detail
    if (!detail || detail[this.target].length >= MAX_BODY) return
    detail[this.target] += (cdata ? raw : decodeEntities(raw)).slice(0, MAX_BODY - detail[this.target].length)
  }

  private setFormat(format: JunitSummary['format']): void {
    this.format = format
    if (format === 'junit') this.counted = PASSING_OR_SKIPPED_CASE
  }

  private detect(root: string): JunitSummary['format'] {
    if (root === 'testsuites' || root === 'testsuite') return 'junit'
    if (root === 'TestRun') return 'trx'
    const { line, column } = this.where()
    throw new JunitError(
      `root element <${root}> is not <testsuites>, <testsuite> (JUnit) or <TestRun> (TRX)`,
      line,
      column
    )
  }

  private openJunit(name: string, selfClosing: boolean, tag: StartTag): void {
    if (name === 'testcase') {
      this.tests++
      // The hot path of big reports: a self-closing test case has no result child, so it passed.
      if (!selfClosing) this.startCase(tag.rawAttributes())
      return
    }
    const c = this.current
    if (!c || this.depth !== c.depth + 1) return
    if (name === 'failure' || name === 'error') {
      if (name === 'failure') c.failure = true
      else c.error = true
      if (!c.detail && this.failingCases.length < MAX_FAILING_CASES) {
        const a = parseAttributes(tag.rawAttributes())
        c.detail = { kind: name, message: a.message ?? '', type: a.type || undefined, body: '' }
        this.capture('body')
      }
    } else if (name === 'skipped') {
      c.skipped = true
    } else if (name === 'flakyFailure' || name === 'flakyError') {
      c.flaky = true
    }
  }

  private openTrx(name: string, tag: StartTag): void {
    const c = this.current
    if (name === 'UnitTestResult' && !c) {
      const attrs = tag.rawAttributes()
      this.tests++
      this.startCase(attrs)
      const outcome = parseAttributes(attrs).outcome ?? ''
      const open = this.current as OpenCase
      open.failure = TRX_FAILED.has(outcome)
      open.error = TRX_ERROR.has(outcome)
      open.skipped = TRX_SKIPPED.has(outcome)
      if ((open.failure || open.error) && this.failingCases.length < MAX_FAILING_CASES) {
        open.detail = { kind: open.failure ? 'failure' : 'error', message: '', body: '' }
      }
      return
    }
    if (c?.detail && this.captureDepth === -1) {
      if (name === 'Message') this.capture('message')
      else if (name === 'StackTrace') this.capture('body')
    }
  }

  private capture(target: Target): void {
    this.captureDepth = this.depth
    this.target = target
    this.wantText = true
  }

  private startCase(attrs: string): void {
    if (this.current) this.outer.push(this.current)
    this.current = { depth: this.depth, attrs, failure: false, error: false, skipped: false, flaky: false }
  }

  private finishCase(c: OpenCase): void {
    if (c.failure) this.failures++
    if (c.error) this.errors++
    if (c.skipped) this.skipped++
    if (c.flaky && !c.failure && !c.error) this.flaky++
    if (c.failure || c.error) {
      if (c.detail) this.failingCases.push(describeCase(c.attrs, c.detail, this.format === 'trx'))
      else this.omitted++
    }
    this.current = this.outer.pop()
  }
}

function describeCase(attrs: string, detail: NonNullable<OpenCase['detail']>, trx: boolean): FailingCase {
  const a = parseAttributes(attrs)
  const body = detail.body.trim()
  const name = (trx ? a.testName : a.name) ?? ''
  const classname = trx ? undefined : a.classname || undefined
  const message = truncate(detail.message.trim() || body)
  const result: FailingCase = { kind: detail.kind, name, message }
  if (classname) result.classname = classname
  if (detail.type) result.type = detail.type
  const given = a.file ? { file: a.file, line: positiveInt(a.line) } : undefined
  const found = locate(`${detail.message}\n${body}`, a.file, classname)
  const file = given?.file ?? found?.file
  const line = given?.line ?? (found && (!given || sameFile(found.file, given.file)) ? found.line : undefined)
  if (file) result.file = file
  if (line !== undefined) result.line = line
  return result
}

function truncate(text: string): string {
  if (text.length <= MAX_MESSAGE) return text
  // Never leave half of a surrogate pair at the cut.
  const cut = /[\uD800-\uDBFF]/.test(text[MAX_MESSAGE - 1] ?? '') ? MAX_MESSAGE - 1 : MAX_MESSAGE
  return `${text.slice(0, cut)}…`
}

function positiveInt(text: string | undefined): number | undefined {
  const n = Number(text)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** Stack-frame shapes: Python `File "x.py", line 3`, .NET `in X.cs:line 3`, and the common `path.ext:3`. */
const FRAME =
  /File "([^"]+)", line (\d+)|\bin (\S+\.\w+):line (\d+)|((?:[A-Za-z]:)?[\w./\\@+-]*\w\.[A-Za-z]\w*):(\d+)/g
const FOREIGN = /node_modules|^internal\/|^node:|(?:^|[\\/])(?:site-packages|dist-packages)[\\/]/

function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path
  const dot = base.indexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

function sameFile(a: string, b: string): boolean {
  return (
    a.replace(/\\/g, '/').endsWith(b.replace(/\\/g, '/')) ||
    b.replace(/\\/g, '/').endsWith(a.replace(/\\/g, '/'))
  )
}

/**
 * Best guess at where a failure happened, from its message and stack: a frame in the test's own file (by the
 * `file` attribute or the class name's last segment, as in Java) wins, else the first frame outside
 * dependencies and the runtime.
 */
function locate(
  text: string,
  testFile: string | undefined,
  classname: string | undefined
): { file: string; line: number } | undefined {
  // A class name (`org.example.FooTest`) names its file by its last segment.
  const wanted = testFile !== undefined ? stem(testFile) : classname?.split('.').pop()
  let first: { file: string; line: number } | undefined
  for (const m of text.matchAll(FRAME)) {
    const file = m[1] ?? m[3] ?? m[5]
    const line = positiveInt(m[2] ?? m[4] ?? m[6])
    if (!file || line === undefined || FOREIGN.test(file) || file.includes('//')) continue
    const frame = { file, line }
    if (wanted !== undefined && (stem(file) === wanted || (testFile && sameFile(file, testFile))))
      return frame
    first ??= frame
  }
  return first
}

/**
 * A parser fed chunk by chunk (e.g. from a read stream with `setEncoding('utf8')`). `fragment`: the text is
 * a piece of a JUnit report that starts at a `<testcase` tag, read on its own and joined with the pieces around
 * it (see JunitPiece).
 */
export function createJunitParser(fragment = false): JunitParser {
  const handler: JunitHandler = new JunitHandler(() => tokenizer.location(), fragment)
  const tokenizer: XmlTokenizer = new XmlTokenizer(handler, fragment)
  const rethrow = (e: unknown): never => {
    if (e instanceof XmlError && !(e instanceof JunitError)) {
      throw new JunitError(e.message.replace(/ \(line \d+, column \d+\)$/, ''), e.line, e.column)
    }
    throw e
  }
  return {
    write(chunk: string): void {
      try {
        tokenizer.write(chunk)
      } catch (e) {
        rethrow(e)
      }
    },
    end(): JunitSummary {
      try {
        tokenizer.end()
      } catch (e) {
        rethrow(e)
      }
      return summaryOf(handler)
    },
    cut(final: boolean): JunitPiece | undefined {
      if (handler.format !== 'junit') return undefined
      // Checked after the tokenizer's cut: at `final` it reads on, which may leave a case open.
      const edges = tokenizer.cut(final)
      return edges && handler.between ? { summary: summaryOf(handler), edges } : undefined
    }
  }
}

function summaryOf(handler: JunitHandler): JunitSummary {
  return {
    format: handler.format ?? 'junit',
    tests: handler.tests,
    failures: handler.failures,
    errors: handler.errors,
    skipped: handler.skipped,
    flaky: handler.flaky,
    failingCases: handler.failingCases,
    omittedFailingCases: handler.omitted
  }
}

/** Parses a whole report held in memory. */
export function parseJunit(text: string): JunitSummary {
  const parser = createJunitParser()
  parser.write(text)
  return parser.end()
}

// AssemblyScript, compiled to WebAssembly by scripts/build-wasm.js into src/parsers/junit-scanner-wasm.ts.
//
// The fast path of JUnit reading (src/parsers/junit-scanner.ts): counts a report's test cases from its
// bytes, checking well-formedness as the JavaScript reader (src/parsers/xml-tokenizer.ts, junit.ts) does,
// and gives up - `failed` - on anything it is not sure it reads the same way: an error, a DOCTYPE, TRX, a
// non-ASCII name, a test case inside a test case, a tag longer than its buffer. A report it gives up on is
// read again by the JavaScript reader, which says what is wrong and where; so this scanner may refuse more
// than that reader, never less, and must count exactly as it does (a differential test holds both to it).
//
// It never decodes text: UTF-8 never puts an ASCII byte inside a multi-byte sequence, so `<`, `&`, quotes
// and `>` are found in the bytes as in the decoded text, and every other character is accepted as the
// JavaScript reader accepts it. Failing test cases are not described here: their byte ranges are kept (the
// first MAX_FAILING) for the JavaScript reader to describe.

const CAPACITY: i32 = 1 << 20
/** Beyond the last byte: room for reads past the end (a SIMD load, a name's next byte) without a bounds check. */
const SLACK: i32 = 64
const MAX_DEPTH: i32 = 1000
/** Three levels short of the JavaScript reader's limit, as joinJunitPieces expects of a piece. */
const SAFE_DEPTH: i32 = MAX_DEPTH - 10
const MAX_NAME: i32 = 128
const MAX_FAILING: i32 = 50
const MAX_CLOSED: i32 = 1000
/** Longest character reference read (`&#x10FFFF;` has six digits); longer ones are left to JavaScript. */
const MAX_DIGITS: i32 = 7

const MARKUP: i32 = 0
const COMMENT: i32 = 1
const CDATA: i32 = 2
const PI: i32 = 3

const FAILURE: i32 = 1
const ERROR: i32 = 2
const SKIPPED: i32 = 4
const FLAKY: i32 = 8

/** The input: `held` bytes not yet consumed from its start, then room for the next read. */
export const input: usize = heap.alloc(<usize>(CAPACITY + SLACK))
const names: usize = heap.alloc(<usize>(MAX_DEPTH * MAX_NAME))
const nameLengths: usize = heap.alloc(<usize>(MAX_DEPTH * 4))
/** End tags of elements opened before a fragment, innermost first: MAX_NAME bytes each. */
export const closedNames: usize = heap.alloc(<usize>(MAX_CLOSED * MAX_NAME))
export const closedLengths: usize = heap.alloc(<usize>(MAX_CLOSED * 4))
/** Absolute [start, end) offsets of the first MAX_FAILING failing test cases. */
export const failingRanges: usize = heap.alloc(<usize>(MAX_FAILING * 16))
export const stackNames: usize = names
export const stackLengths: usize = nameLengths
export const capacity: i32 = CAPACITY

export let held: i32 = 0
/** Absolute offset in the report of input[0]. */
export let base: f64 = 0
export let failed: bool = false
export let mode: i32 = MARKUP
export let depth: i32 = 0
export let closedCount: i32 = 0
export let contentAfterClosed: i32 = -1
export let deepest: i32 = 0
export let rootSeen: bool = false
export let tests: f64 = 0
export let failures: f64 = 0
export let errors: f64 = 0
export let skipped: f64 = 0
export let flaky: f64 = 0
export let kept: i32 = 0
export let omitted: f64 = 0
/** Element depth of the open test case as the JavaScript handler counts it (negative past a fragment's start). */
let level: i32 = 0
/** A test case is open: not between test cases, where a piece may be cut. */
export let caseOpen: bool = false
/** The open test case's level (levels go below 0 in a fragment that closes elements opened before it). */
let caseLevel: i32 = 0
let caseFlags: i32 = 0
let caseStart: f64 = 0
let fragment: bool = false
let started: bool = false

/** Starts a report, or a piece of one that starts at a `<testcase` tag inside its root (see joinJunitPieces). */
export function reset(isFragment: bool, at: f64): void {
  fragment = isFragment
  base = at
  held = 0
  failed = false
  mode = MARKUP
  depth = 0
  closedCount = 0
  contentAfterClosed = -1
  deepest = 0
  rootSeen = isFragment
  tests = 0
  failures = 0
  errors = 0
  skipped = 0
  flaky = 0
  kept = 0
  omitted = 0
  level = 0
  caseOpen = false
  caseFlags = 0
  started = isFragment
}

@inline function at(p: usize): u32 {
  return <u32>load<u8>(p)
}

const NAME: u8 = 1
const NAME_START: u8 = 2
const SPACE: u8 = 4

/**
 * Each byte's classes, looked up rather than compared: one load instead of up to six compares per byte of
 * every name, which halved the time of a report of small test cases (0.29 -> 0.16 s for 300 MB). ASCII only:
 * a byte from 0x80 up is none of them, so it ends a name and, where a name must follow, gives up.
 */
const CLASSES: usize = heap.alloc(256)
for (let c: u32 = 0; c < 256; c++) {
  let classes: u8 = 0
  if (c - 97 < 26 || c - 65 < 26 || c - 48 < 11 || c == 95 || c == 45 || c == 46) classes |= NAME
  if (c - 97 < 26 || c - 65 < 26 || c == 95 || c == 58) classes |= NAME_START
  if (c == 32 || c == 10 || c == 9 || c == 13) classes |= SPACE
  store<u8>(CLASSES + <usize>c, classes)
}

@inline function is(c: u32, kind: u8): bool {
  return (load<u8>(CLASSES + <usize>c) & kind) != 0
}

@inline function isSpace(c: u32): bool {
  return is(c, SPACE)
}

@inline function isNameChar(c: u32): bool {
  return is(c, NAME)
}

@inline function isNameStart(c: u32): bool {
  return is(c, NAME_START)
}

/** Index of the first byte in [p, end) equal to a, b or c, else end; 16 bytes at a time. */
@inline function find3(p: usize, end: usize, a: u8, b: u8, c: u8): usize {
  const va = i8x16.splat(a)
  const vb = i8x16.splat(b)
  const vc = i8x16.splat(c)
  while (p + 16 <= end) {
    const v = v128.load(p)
    const bits = i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, va), i8x16.eq(v, vb)), i8x16.eq(v, vc)))
    if (bits != 0) return p + <usize>ctz(bits)
    p += 16
  }
  while (p < end) {
    const x = load<u8>(p)
    if (x == a || x == b || x == c) return p
    p++
  }
  return end
}

/** Outcome of a step: the position reached, WAIT when more bytes are needed, FAIL when giving up. */
const WAIT: usize = 0
const FAIL: usize = 1

function giveUp(): usize {
  failed = true
  return FAIL
}

/** XML's Char production. */
function isXmlChar(code: u32): bool {
  return (
    code == 9 ||
    code == 10 ||
    code == 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

@inline function startsWith4(p: usize, word: u32): bool {
  return load<u32>(p) == word
}

/** A reference at p (`&`): the five predefined entities or a legal character reference. */
function reference(p: usize, end: usize, final: bool): usize {
  const limit = p + 16
  let q = p + 1
  while (q < end && q < limit && at(q) != 59) q++
  if (q >= end && !final && q < limit) return WAIT
  if (q >= limit || q >= end || at(q) != 59) return giveUp()
  const n = q - p - 1
  const w = load<u32>(p + 1)
  if (n == 2 && (w & 0xffff) == 0x746c) return q + 1 // lt
  if (n == 2 && (w & 0xffff) == 0x7467) return q + 1 // gt
  if (n == 3 && (w & 0xffffff) == 0x706d61) return q + 1 // amp
  if (n == 4 && w == 0x746f7571) return q + 1 // quot
  if (n == 4 && w == 0x736f7061) return q + 1 // apos
  if (n < 2 || at(p + 1) != 35) return giveUp()
  let code: u32 = 0
  let digits: i32 = 0
  if (at(p + 2) == 120) {
    for (let r = p + 3; r < q; r++) {
      const c = at(r)
      let v: u32
      if (c - 48 < 10) v = c - 48
      else if (c - 97 < 6) v = c - 87
      else if (c - 65 < 6) v = c - 55
      else return giveUp()
      code = code * 16 + v
      digits++
    }
  } else {
    for (let r = p + 2; r < q; r++) {
      const c = at(r)
      if (c - 48 >= 10) return giveUp()
      code = code * 10 + (c - 48)
      digits++
    }
  }
  if (digits == 0 || digits > MAX_DIGITS || !isXmlChar(code)) return giveUp()
  return q + 1
}

/** Character data from p: up to the next `<`, its references checked; at the top level only white space. */
function text(p: usize, end: usize, final: bool): usize {
  if (depth == 0) return topLevelText(p, end, final)
  while (true) {
    p = find3(p, end, 60, 38, 60)
    if (p >= end || at(p) == 60) return p
    const q = reference(p, end, final)
    if (q <= FAIL) return q == WAIT ? p : FAIL
    p = q
  }
}

/** Outside every element: white space, or in a fragment content the pieces before it must place. */
function topLevelText(p: usize, end: usize, final: bool): usize {
  while (p < end) {
    const c = at(p)
    if (c == 60) return p
    if (!isSpace(c)) {
      if (!fragment) return giveUp()
      contentAfterClosed = closedCount
      if (c == 38) {
        const q = reference(p, end, final)
        if (q <= FAIL) return q == WAIT ? p : FAIL
        p = q
        continue
      }
    }
    p++
  }
  return p
}

/** End of a name starting at p, or p when none starts there. */
@inline function nameEnd(p: usize): usize {
  if (!isNameStart(at(p))) return p
  p++
  while (isNameChar(at(p))) p++
  return p
}

/** Attribute values, with their references: the position after the closing quote. */
function value(p: usize, end: usize, final: bool): usize {
  const quote = <u8>at(p)
  p++
  while (true) {
    p = find3(p, end, quote, 60, 38)
    if (p >= end) return WAIT
    const c = at(p)
    if (c == quote) return p + 1
    if (c == 60) return giveUp()
    const q = reference(p, end, final)
    if (q <= FAIL) return q
    p = q
  }
}

@inline function sameName(a: usize, b: usize, length: i32): bool {
  return memory.compare(a, b, <usize>length) == 0
}

@inline function named(p: usize, length: i32, word: string): bool {
  if (length != word.length) return false
  for (let i = 0; i < length; i++) if (at(p + <usize>i) != <u32>word.charCodeAt(i)) return false
  return true
}

function startTag(p: usize, end: usize, final: bool): usize {
  const tagStart = p
  const nameStart = p + 1
  let q = nameEnd(nameStart)
  if (q == nameStart) return giveUp()
  if (q >= end) return final ? giveUp() : WAIT
  const length = <i32>(q - nameStart)
  if (at(q) >= 0x80 || length > MAX_NAME) return giveUp()
  let selfClosing = false
  while (true) {
    const before = q
    while (q < end && isSpace(at(q))) q++
    if (q >= end) return final ? giveUp() : WAIT
    const c = at(q)
    if (c == 62) {
      q++
      break
    }
    if (c == 47) {
      if (q + 1 >= end) return final ? giveUp() : WAIT
      if (at(q + 1) != 62) return giveUp()
      q += 2
      selfClosing = true
      break
    }
    if (q == before) return giveUp()
    const attribute = q
    q = nameEnd(q)
    if (q == attribute || q >= end) return q >= end && !final ? WAIT : giveUp()
    if (at(q) >= 0x80) return giveUp()
    while (q < end && isSpace(at(q))) q++
    if (q >= end) return final ? giveUp() : WAIT
    if (at(q) != 61) return giveUp()
    q++
    while (q < end && isSpace(at(q))) q++
    if (q >= end) return final ? giveUp() : WAIT
    if (at(q) != 34 && at(q) != 39) return giveUp()
    q = value(q, end, final)
    if (q == WAIT) return final ? giveUp() : WAIT
    if (q == FAIL) return FAIL
  }
  if (depth == 0 && fragment) contentAfterClosed = closedCount
  else if (depth == 0) {
    if (rootSeen) return giveUp()
    rootSeen = true
    if (!named(nameStart, length, 'testsuites') && !named(nameStart, length, 'testsuite')) return giveUp()
  }
  if (!selfClosing) {
    if (depth >= SAFE_DEPTH) return giveUp()
    memory.copy(names + <usize>(depth * MAX_NAME), nameStart, <usize>length)
    store<i32>(nameLengths + <usize>(depth * 4), length)
    depth++
    if (depth > deepest) deepest = depth
  }
  if (!open(nameStart, length, selfClosing, tagStart)) return giveUp()
  if (selfClosing) close(q)
  return q
}

/** The JUnit handler's open (src/parsers/junit.ts): false for a test case inside a test case. */
function open(name: usize, length: i32, selfClosing: bool, tagStart: usize): bool {
  level++
  // "testcase", read as one little-endian word: the test of every start tag of a big report.
  if (length == 8 && load<u64>(name) == 0x6573616374736574) {
    tests++
    if (selfClosing) return true
    if (caseOpen) return false
    caseOpen = true
    caseLevel = level
    caseFlags = 0
    caseStart = base + <f64>(tagStart - input)
    return true
  }
  if (!caseOpen || level != caseLevel + 1) return true
  if (named(name, length, 'failure')) caseFlags |= FAILURE
  else if (named(name, length, 'error')) caseFlags |= ERROR
  else if (named(name, length, 'skipped')) caseFlags |= SKIPPED
  else if (named(name, length, 'flakyFailure') || named(name, length, 'flakyError')) caseFlags |= FLAKY
  return true
}

/** The JUnit handler's close: a test case ends with its element. */
function close(after: usize): void {
  if (caseOpen && caseLevel == level) {
    const f = caseFlags
    if (f & FAILURE) failures++
    if (f & ERROR) errors++
    if (f & SKIPPED) skipped++
    if (f & FLAKY && !(f & (FAILURE | ERROR))) flaky++
    if (f & (FAILURE | ERROR)) {
      if (kept < MAX_FAILING) {
        store<f64>(failingRanges + <usize>(kept * 16), caseStart)
        store<f64>(failingRanges + <usize>(kept * 16 + 8), base + <f64>(after - input))
        kept++
      } else omitted++
    }
    caseOpen = false
  }
  level--
}

function endTag(p: usize, end: usize, final: bool): usize {
  const nameStart = p + 2
  let q = nameEnd(nameStart)
  if (q == nameStart) return q >= end && !final ? WAIT : giveUp()
  if (q >= end) return final ? giveUp() : WAIT
  if (at(q) >= 0x80) return giveUp()
  const length = <i32>(q - nameStart)
  while (q < end && isSpace(at(q))) q++
  if (q >= end) return final ? giveUp() : WAIT
  if (at(q) != 62) return giveUp()
  q++
  if (length > MAX_NAME) return giveUp()
  if (depth == 0) {
    if (!fragment || closedCount >= MAX_CLOSED) return giveUp()
    memory.copy(closedNames + <usize>(closedCount * MAX_NAME), nameStart, <usize>length)
    store<i32>(closedLengths + <usize>(closedCount * 4), length)
    closedCount++
  } else {
    const top = depth - 1
    if (load<i32>(nameLengths + <usize>(top * 4)) != length) return giveUp()
    if (!sameName(names + <usize>(top * MAX_NAME), nameStart, length)) return giveUp()
    depth = top
  }
  close(q)
  return q
}

/** `<!--`, `<![CDATA[`, `<?`: their content is skipped; anything else after `<!` is left to JavaScript. */
function declaration(p: usize, end: usize, final: bool): usize {
  if (p + 9 > end && !final) return WAIT
  if (p + 4 <= end && startsWith4(p, 0x2d2d213c)) {
    mode = COMMENT
    return p + 4
  }
  if (p + 9 <= end && startsWith4(p, 0x435b213c) && startsWith4(p + 4, 0x41544144) && at(p + 8) == 91) {
    if (depth == 0 && !fragment) return giveUp()
    if (depth == 0) contentAfterClosed = closedCount
    mode = CDATA
    return p + 9
  }
  return giveUp()
}

/** Skips a comment, CDATA section or processing instruction: the position after its terminator, or where to go on. */
function skip(p: usize, end: usize): usize {
  const last = mode == COMMENT ? 45 : mode == CDATA ? 93 : 63
  while (true) {
    p = find3(p, end, <u8>last, <u8>last, <u8>last)
    // Keep what may start a terminator cut by the input's end.
    const room = <i32>(end - p)
    if (mode == PI) {
      if (room < 2) return p
      if (at(p + 1) == 62) {
        mode = MARKUP
        return p + 2
      }
    } else {
      if (room < 3) return p
      if (at(p + 1) == last && at(p + 2) == 62) {
        mode = MARKUP
        return p + 3
      }
    }
    p++
  }
}

/**
 * Reads the `held + n` bytes at `input` as far as it can; what it could not finish is moved to the start
 * (`held`) for the next call. `final`: nothing follows. Returns false once it gave up.
 */
export function scan(n: i32, final: bool): bool {
  if (failed) return false
  let p = input
  const end = input + <usize>(held + n)
  memory.fill(end, 0, <usize>SLACK)
  if (!started) {
    if (end - p < 3 && !final) return keep(p, end)
    started = true
    if (end - p >= 3 && at(p) == 0xef && at(p + 1) == 0xbb && at(p + 2) == 0xbf) p += 3
  }
  while (p < end) {
    if (mode != MARKUP) {
      p = skip(p, end)
      if (mode != MARKUP) break
      continue
    }
    const t = text(p, end, final)
    if (t == FAIL) return false
    if (t != p) {
      p = t
      continue
    }
    if (at(p) != 60) break // a reference waiting for its end
    if (p + 1 >= end) {
      if (!final) break
      giveUp()
      return false
    }
    const c = at(p + 1)
    let q: usize
    if (c == 47) q = endTag(p, end, final)
    else if (c == 33) q = declaration(p, end, final)
    else if (c == 63) {
      mode = PI
      q = p + 2
    } else q = startTag(p, end, final)
    if (q == FAIL) return false
    if (q == WAIT) break
    p = q
  }
  if (final && mode != MARKUP) {
    // The terminator never came: the JavaScript reader says where it began.
    giveUp()
    return false
  }
  return keep(p, end)
}

/** Moves the unread bytes from p to the input's start; gives up when they fill it (a construct too long). */
function keep(p: usize, end: usize): bool {
  const rest = <i32>(end - p)
  if (rest >= CAPACITY) {
    giveUp()
    return false
  }
  memory.copy(input, p, <usize>rest)
  base += <f64>(p - input)
  held = rest
  return true
}

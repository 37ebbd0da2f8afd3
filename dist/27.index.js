export const id = 27;
export const ids = [27];
export const modules = {

/***/ 5434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ BoundedCache)
/* harmony export */ });
/**
 * A cache that keeps at most `limit` entries, forgetting the least recently used. Module-level caches live as
 * long as the process (a test run, a long CLI session over many repositories), so they must not grow with
 * every action, command or pattern ever seen.
 */
class BoundedCache {
    limit;
    entries = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    get size() {
        return this.entries.size;
    }
    /** The value cached for `key`, made by `make` on a miss (a `make` that throws caches nothing). */
    get(key, make) {
        if (this.entries.has(key)) {
            const value = this.entries.get(key);
            // A Map iterates in insertion order: inserting again marks the entry as the most recently used.
            this.entries.delete(key);
            this.entries.set(key, value);
            return value;
        }
        const value = make(key);
        this.entries.set(key, value);
        if (this.entries.size > this.limit)
            this.entries.delete(this.entries.keys().next().value);
        return value;
    }
}


/***/ }),

/***/ 5835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f0: () => (/* binding */ compilePolicyRegex),
  WT: () => (/* binding */ testBounded)
});

// UNUSED EXPORTS: MAX_PATTERN_LENGTH, MAX_SUBJECT_LENGTH, UnsafePatternError

;// CONCATENATED MODULE: ./src/core/char-set.ts
const MAX_UNIT = 0xffff;
/**
 * A set of UTF-16 code units as sorted, disjoint, non-adjacent ranges: what one regex atom can match. Used by
 * the backtracking analysis, which only ever asks whether two atoms can match a common character, so sets
 * may over-approximate (never the reverse).
 */
class CharSet {
    ranges;
    constructor(ranges) {
        this.ranges = ranges;
    }
    static EMPTY = new CharSet([]);
    static ANY = new CharSet([[0, MAX_UNIT]]);
    static of(ranges) {
        const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
        const merged = [];
        for (const [lo, hi] of sorted) {
            const last = merged.at(-1);
            if (last && lo <= last[1] + 1)
                last[1] = Math.max(last[1], hi);
            else
                merged.push([lo, hi]);
        }
        return new CharSet(merged);
    }
    static char(unit) {
        return CharSet.of([[unit, unit]]);
    }
    union(other) {
        return CharSet.of([...this.ranges, ...other.ranges]);
    }
    intersect(other) {
        const out = [];
        for (const [a, b] of this.ranges) {
            for (const [c, d] of other.ranges) {
                if (c > b)
                    break;
                if (d >= a)
                    out.push([Math.max(a, c), Math.min(b, d)]);
            }
        }
        return CharSet.of(out);
    }
    complement() {
        const out = [];
        let next = 0;
        for (const [lo, hi] of this.ranges) {
            if (lo > next)
                out.push([next, lo - 1]);
            next = hi + 1;
        }
        if (next <= MAX_UNIT)
            out.push([next, MAX_UNIT]);
        return CharSet.of(out);
    }
    /**
     * The set as a case-insensitive (`i`, no `u`) regex matches it: ASCII letters with their other case, and,
     * when any unit from 128 up is in the set, every unit from 128 up (non-ASCII case mapping is not modelled,
     * so the set grows rather than misses a character).
     */
    caseFolded() {
        const extra = [];
        for (const [lo, hi] of this.ranges) {
            for (const [from, to, shift] of [
                [0x41, 0x5a, 0x20],
                [0x61, 0x7a, -0x20]
            ]) {
                const a = Math.max(lo, from);
                const b = Math.min(hi, to);
                if (a <= b)
                    extra.push([a + shift, b + shift]);
            }
            if (hi >= 0x80)
                extra.push([0x80, MAX_UNIT]);
        }
        return extra.length === 0 ? this : CharSet.of([...this.ranges, ...extra]);
    }
    isEmpty() {
        return this.ranges.length === 0;
    }
    overlaps(other) {
        return !this.intersect(other).isEmpty();
    }
    /** Whether every unit of `other` is in this set. */
    covers(other) {
        return other.intersect(this).key() === other.key();
    }
    key() {
        return this.ranges.map(([lo, hi]) => `${lo}-${hi}`).join(',');
    }
}

;// CONCATENATED MODULE: ./src/core/regex-tree.ts

const range = (lo, hi) => [lo.charCodeAt(0), hi.charCodeAt(0)];
const DIGIT = CharSet.of([range('0', '9')]);
const WORD = CharSet.of([range('0', '9'), range('A', 'Z'), range('a', 'z'), range('_', '_')]);
const SPACE = CharSet.of([
    [0x09, 0x0d],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff]
]);
const LINE_TERMINATORS = CharSet.of([
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029]
]);
const CLASS_ESCAPES = {
    d: DIGIT,
    D: DIGIT.complement(),
    w: WORD,
    W: WORD.complement(),
    s: SPACE,
    S: SPACE.complement()
};
const CONTROL_ESCAPES = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b };
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;
/** Thrown for syntax the reader does not model; the caller refuses such a pattern rather than guess. */
class UnreadableRegexError extends Error {
}
/**
 * Reads a pattern that `new RegExp(source, 'i')` has already accepted into a tree of character sets, repeats
 * and alternations (Annex B leniency included: a `{` that starts no quantifier is a literal). Character sets
 * are case-folded.
 */
function parseRegexTree(source) {
    const reader = new Reader(source);
    const tree = reader.alternation();
    if (!reader.done())
        throw new UnreadableRegexError(`unexpected "${source[reader.at]}" at ${reader.at}`);
    return tree;
}
class Reader {
    source;
    at = 0;
    constructor(source) {
        this.source = source;
    }
    done() {
        return this.at >= this.source.length;
    }
    peek(offset = 0) {
        return this.source[this.at + offset] ?? '';
    }
    take() {
        const c = this.peek();
        this.at++;
        return c;
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.at++;
            branches.push(this.sequence());
        }
        return branches.length === 1 ? branches[0] : { kind: 'alternation', branches };
    }
    sequence() {
        const items = [];
        while (!this.done() && this.peek() !== '|' && this.peek() !== ')')
            items.push(this.quantified(this.atom()));
        return items.length === 1 ? items[0] : { kind: 'sequence', items };
    }
    quantified(body) {
        const bounds = this.quantifier();
        if (!bounds)
            return body;
        if (this.peek() === '?')
            this.at++;
        return { kind: 'repeat', body, min: bounds[0], max: bounds[1] };
    }
    quantifier() {
        const c = this.peek();
        if (c === '*' || c === '+' || c === '?') {
            this.at++;
            return c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
        }
        const braces = c === '{' ? QUANTIFIER.exec(this.source.slice(this.at)) : null;
        if (!braces)
            return undefined;
        this.at += braces[0].length;
        const min = Number(braces[1]);
        const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
        return [min, max];
    }
    atom() {
        const c = this.take();
        switch (c) {
            case '(':
                return this.group();
            case '[':
                return { kind: 'char', set: this.characterClass() };
            case '.':
                return { kind: 'char', set: LINE_TERMINATORS.complement() };
            case '^':
            case '$':
                return { kind: 'assertion' };
            case '\\':
                return this.escape();
            default:
                return literal(c.charCodeAt(0));
        }
    }
    group() {
        let lookaround = false;
        if (this.peek() === '?') {
            const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.at));
            if (!head)
                throw new UnreadableRegexError(`unsupported group at ${this.at}`);
            lookaround = /^\?(?:=|!|<=|<!)$/.test(head[0]);
            this.at += head[0].length;
        }
        const body = this.alternation();
        if (this.take() !== ')')
            throw new UnreadableRegexError('unclosed group');
        return lookaround ? { kind: 'lookaround', body } : body;
    }
    escape() {
        const c = this.take();
        if (c === 'b' || c === 'B')
            return { kind: 'assertion' };
        if (/[1-9]/.test(c) || (c === 'k' && this.peek() === '<')) {
            while (/[\d]/.test(this.peek()))
                this.at++;
            if (c === 'k')
                this.at = this.source.indexOf('>', this.at) + 1;
            return { kind: 'backreference' };
        }
        const set = CLASS_ESCAPES[c];
        return set ? { kind: 'char', set } : literal(this.escapedUnit(c));
    }
    /** The code unit of an escape that stands for one character (`\n`, `\x41`, `\u0041`, `\cA`, `\.`). */
    escapedUnit(c) {
        const control = CONTROL_ESCAPES[c];
        if (control !== undefined)
            return control;
        const hex = c === 'x' ? /^[\da-fA-F]{2}/ : c === 'u' ? /^[\da-fA-F]{4}/ : undefined;
        const digits = hex?.exec(this.source.slice(this.at));
        if (digits) {
            this.at += digits[0].length;
            return parseInt(digits[0], 16);
        }
        if (c === 'c' && /[A-Za-z]/.test(this.peek()))
            return this.take().charCodeAt(0) % 32;
        if (c === '0')
            return 0;
        return c.charCodeAt(0);
    }
    characterClass() {
        const negated = this.peek() === '^';
        if (negated)
            this.at++;
        let set = CharSet.EMPTY;
        while (this.peek() !== ']') {
            if (this.done())
                throw new UnreadableRegexError('unclosed character class');
            const from = this.classAtom();
            if (this.peek() === '-' && this.peek(1) !== ']' && typeof from === 'number') {
                this.at++;
                const to = this.classAtom();
                set = set.union(typeof to === 'number'
                    ? CharSet.of([[from, to]])
                    : to.union(CharSet.of([
                        [from, from],
                        [0x2d, 0x2d]
                    ])));
            }
            else {
                set = set.union(typeof from === 'number' ? CharSet.char(from) : from);
            }
        }
        this.at++;
        // Negated, the complement is folded (not the other way), so the set can only grow.
        return (negated ? set.complement() : set).caseFolded();
    }
    classAtom() {
        const c = this.take();
        if (c !== '\\')
            return c.charCodeAt(0);
        const e = this.take();
        if (e === 'b')
            return 0x08;
        return CLASS_ESCAPES[e] ?? (/[1-9]/.test(e) ? CharSet.ANY : this.escapedUnit(e));
    }
}
/** Literal characters are most of a pattern: each distinct one is folded once (sets and nodes are never changed). */
const literals = new Map();
function literal(unit) {
    let node = literals.get(unit);
    if (node === undefined)
        literals.set(unit, (node = { kind: 'char', set: CharSet.char(unit).caseFolded() }));
    return node;
}

;// CONCATENATED MODULE: ./src/core/backtracking-risk.ts


/**
 * Why a policy regex could make a backtracking engine take super-quadratic time, or undefined when it cannot.
 *
 * The pattern is read as a sequence of units (one character, or a repeat of a fixed-length body) linked by
 * which unit may follow which (a Glushkov automaton). Two shapes are refused:
 * - a repeat whose body can itself vary (`(a+)+`, `(a|b)*`, `(\d?x)+`): exponential;
 * - a chain of repeats that can share a character, with only optional parts or shared characters between
 *   them (`.*.*`, `\w*-?\w*`, `.*x?.*y`, `\w+x\w+!`, sixteen `a?` in a row): each repeat multiplies the ways
 *   to split the text. One unbounded repeat with a few short options (`deploy.*-?prod`) stays allowed \u2014 it is
 *   what the unanchored search already costs \u2014 and a repeat after which the match can only succeed
 *   (`deploy.*`) costs nothing, since it is never backtracked into.
 */
function backtrackingRisk(source, subjectLength) {
    try {
        return riskOf(parseRegexTree(source), Math.log2(subjectLength));
    }
    catch (error) {
        if (error instanceof UnreadableRegexError)
            return `regex uses syntax the backtracking check cannot read (${error.message})`;
        throw error;
    }
}
const NESTED = 'regex nests quantifiers (like `(a+)+` or `(a|b)*`), which can backtrack catastrophically';
const CHAINED = 'regex repeats two quantifiers in a row that can match the same text (like `.*.*`, or `\\w*-?\\w*` with only ' +
    'optional parts between them), which backtracks for a long time on long text';
const TOO_COMPLEX = 'regex has too many alternatives and repeats for the backtracking check';
/** How far beyond one unbounded repeat a chain may go: a factor of 4 (two short options). */
const SLACK = 2;
const MAX_STATES = 20_000;
class Risk extends Error {
}
function riskOf(tree, unbounded) {
    try {
        new Automaton(unbounded).check(tree);
        return undefined;
    }
    catch (error) {
        if (error instanceof Risk)
            return error.message;
        throw error;
    }
}
const EMPTY = { nullable: true, transparent: true, first: [], last: [], safeLast: [] };
const ASSERTION = { ...EMPTY, transparent: false };
class Automaton {
    unbounded;
    units = [];
    follow = new Map();
    safe = new Set();
    memo = new Map();
    constructor(unbounded) {
        this.unbounded = unbounded;
    }
    check(tree) {
        const shape = this.shape(tree);
        this.safe = new Set(shape.safeLast);
        for (const start of this.units) {
            if (start.cost === 0 || this.safe.has(start))
                continue;
            const chain = start.cost + this.next(start, start.set, []);
            if (chain > this.unbounded + SLACK)
                throw new Risk(CHAINED);
        }
    }
    shape(node) {
        switch (node.kind) {
            case 'char':
                return this.unitShape(this.unit(node.set, false, 0), false);
            case 'assertion':
                return ASSERTION;
            case 'empty':
                return EMPTY;
            case 'lookaround':
                new Automaton(this.unbounded).check(node.body);
                return ASSERTION;
            case 'backreference':
                return this.unitShape(this.unit(CharSet.ANY, true, this.unbounded), true);
            case 'alternation':
                return this.alternation(node.branches.map(branch => this.shape(branch)));
            case 'sequence':
                return this.sequence(node.items.map(item => this.shape(item)));
            case 'repeat':
                return this.repeat(node);
        }
    }
    unit(set, nullable, cost) {
        const unit = { id: this.units.length, set, nullable, cost };
        this.units.push(unit);
        this.follow.set(unit, new Set());
        return unit;
    }
    unitShape(unit, canFail) {
        const transparent = unit.nullable && !canFail;
        return { nullable: unit.nullable, transparent, first: [unit], last: [unit], safeLast: [unit] };
    }
    repeat(node) {
        if (node.max === 0)
            return EMPTY;
        if (varies(node.body)) {
            if (node.max > 1)
                throw new Risk(NESTED);
            const body = this.shape(node.body);
            if (node.min > 0)
                return body;
            return { ...body, nullable: true, transparent: true };
        }
        forEachLookaround(node.body, body => {
            new Automaton(this.unbounded).check(body);
        });
        const set = charactersOf(node.body);
        if (set.isEmpty())
            return node.min === 0 ? EMPTY : ASSERTION;
        const lengths = node.max - node.min + 1;
        const cost = node.max === node.min ? 0 : Math.min(Math.log2(lengths), this.unbounded);
        return this.unitShape(this.unit(set, node.min === 0, cost), false);
    }
    alternation(shapes) {
        return {
            nullable: shapes.some(s => s.nullable),
            transparent: shapes.some(s => s.transparent),
            first: shapes.flatMap(s => s.first),
            last: shapes.flatMap(s => s.last),
            safeLast: shapes.flatMap(s => s.safeLast)
        };
    }
    sequence(shapes) {
        let first = [];
        let last = [];
        let nullable = true;
        for (const s of shapes) {
            for (const from of last)
                for (const to of s.first)
                    this.follow.get(from)?.add(to);
            if (nullable)
                first = [...first, ...s.first];
            last = s.nullable ? [...last, ...s.last] : s.last;
            nullable &&= s.nullable;
        }
        let safeLast = [];
        for (const s of [...shapes].reverse()) {
            safeLast = [...safeLast, ...s.safeLast];
            if (!s.transparent)
                break;
        }
        return { nullable, transparent: shapes.every(s => s.transparent), first, last, safeLast };
    }
    /** The largest cost a chain can add after `from`, when its repeats must all share a character of `shared`. */
    next(from, shared, separators) {
        let best = 0;
        for (const unit of this.follow.get(from) ?? [])
            best = Math.max(best, this.reach(unit, shared, separators));
        return best;
    }
    /**
     * Reaching `unit` on a chain whose repeats share `shared`: skip it when it can be empty, pass over it as a
     * separator (whose characters the repeats must also be able to take), or count it as the next repeat.
     */
    reach(unit, shared, separators) {
        const key = `${unit.id}|${shared.key()}|${separators.map(s => s.key()).join(';')}`;
        const known = this.memo.get(key);
        if (known !== undefined)
            return known;
        if (this.memo.size >= MAX_STATES)
            throw new Risk(TOO_COMPLEX);
        let best = 0;
        if (unit.nullable)
            best = this.next(unit, shared, separators);
        else if (unit.set.overlaps(shared))
            best = this.next(unit, shared, keep([...separators, unit.set], shared));
        const narrowed = unit.set.intersect(shared);
        if (unit.cost > 0 &&
            !this.safe.has(unit) &&
            separators.every(s => s.overlaps(narrowed)) &&
            !narrowed.isEmpty())
            best = Math.max(best, unit.cost + this.next(unit, narrowed, keep(separators, narrowed)));
        this.memo.set(key, best);
        return best;
    }
}
/** Separators that still constrain a chain sharing `shared` (one covering it always fits), deduplicated. */
function keep(separators, shared) {
    const byKey = new Map(separators.filter(s => !s.covers(shared)).map(s => [s.key(), s]));
    return [...byKey.keys()].sort().map(key => byKey.get(key));
}
/** Whether the text a node matches can vary in length or in how it is split: repeats, alternations, backreferences. */
function varies(node) {
    switch (node.kind) {
        case 'repeat':
            return node.max !== node.min || varies(node.body);
        case 'alternation':
        case 'backreference':
            return true;
        case 'sequence':
            return node.items.some(varies);
        default:
            return false;
    }
}
function charactersOf(node) {
    switch (node.kind) {
        case 'char':
            return node.set;
        case 'sequence':
            return node.items.reduce((set, item) => set.union(charactersOf(item)), CharSet.EMPTY);
        case 'repeat':
            return node.max === 0 ? CharSet.EMPTY : charactersOf(node.body);
        default:
            return CharSet.EMPTY;
    }
}
function forEachLookaround(node, visit) {
    if (node.kind === 'lookaround')
        visit(node.body);
    else if (node.kind === 'sequence')
        for (const item of node.items)
            forEachLookaround(item, visit);
    else if (node.kind === 'repeat')
        forEachLookaround(node.body, visit);
}

// EXTERNAL MODULE: ./src/core/bounded-cache.ts
var bounded_cache = __webpack_require__(5434);
// EXTERNAL MODULE: ./src/core/message-of.ts
var message_of = __webpack_require__(4344);
;// CONCATENATED MODULE: ./src/core/safe-regex.ts



/**
 * Regexes from a policy are user input that runs on repository text. They are compiled once, capped in
 * length, refused when they could backtrack for super-quadratic time (`backtrackingRisk`), and only ever run
 * on bounded input (see `testBounded`).
 */
const MAX_PATTERN_LENGTH = 200;
/** Longest text a policy regex is run on; longer text is cut (a workflow line is far shorter). */
const MAX_SUBJECT_LENGTH = 10_000;
class UnsafePatternError extends Error {
}
/** Practices ask for the same few patterns for every job; compile each once. */
const compiled = new bounded_cache/* BoundedCache */.I(1_000);
/** Compiles a case-insensitive policy regex or throws UnsafePatternError saying why it was refused. */
function compilePolicyRegex(source) {
    return compiled.get(source, compileUncached);
}
function compileUncached(source) {
    if (source.length > MAX_PATTERN_LENGTH) {
        throw new UnsafePatternError(`regex is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
    }
    let pattern;
    try {
        pattern = new RegExp(source, 'i');
    }
    catch (error) {
        throw new UnsafePatternError(`regex does not compile: ${(0,message_of/* messageOf */.b)(error)}`);
    }
    const risk = backtrackingRisk(source, MAX_SUBJECT_LENGTH);
    if (risk)
        throw new UnsafePatternError(risk);
    return pattern;
}
function testBounded(pattern, subject) {
    return pattern.test(subject.length > MAX_SUBJECT_LENGTH ? subject.slice(0, MAX_SUBJECT_LENGTH) : subject);
}


/***/ }),

/***/ 3435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isCommitSha)
/* harmony export */ });
/** A full commit id (SHA-1, or SHA-256 in repositories that use it): a base that needs no ref resolution. */
function isCommitSha(ref) {
    return /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(ref);
}


/***/ }),

/***/ 8671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployHistoryFor: () => (/* binding */ deployHistoryFor)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(5491);
// EXTERNAL MODULE: ./src/evidence/github-id.ts
var github_id = __webpack_require__(8294);
// EXTERNAL MODULE: ./src/evidence/deploy-outcome.ts
var deploy_outcome = __webpack_require__(6147);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var errors = __webpack_require__(3342);
// EXTERNAL MODULE: ./src/evidence/github-gave-up-error.ts
var github_gave_up_error = __webpack_require__(201);
// EXTERNAL MODULE: ./src/evidence/github-message.ts
var github_message = __webpack_require__(2272);
;// CONCATENATED MODULE: ./src/evidence/deploy-reader.ts




/** The call budget the README states: 2 requests a deployment in the window, plus list pages and margin. */
const DEFAULT_MAX_REQUESTS = 600;
const PER_PAGE = 100;
/** GitHub asks integrators not to make many requests at once (secondary rate limits). */
const CONCURRENCY = 8;
/** GitHub lists at most 250 commits in a comparison. */
const MAX_COMPARE_PAGES = 3;
const COMPARISON = schemas/* object */.Ikc({
    total_commits: schemas/* number */.aig(),
    commits: schemas/* array */.YOg(schemas/* object */.Ikc({
        sha: schemas/* string */.YjP(),
        commit: schemas/* object */.Ikc({ message: schemas/* string */.YjP(), committer: schemas/* object */.Ikc({ date: schemas/* string */.YjP() }).nullable() })
    }))
});
class OverBudget extends Error {
}
/**
 * What the readers of a deploy history share (deployments, or deploy-job runs as the fallback): one request
 * budget, conditional GETs, bounded concurrency, the compare ranges between successful deploys and the reason a
 * failure gives. Pages go by number: the token never follows a `Link` URL.
 */
class DeployReader {
    client;
    target;
    requests = 0;
    constructor(client, target) {
        this.client = client;
        this.target = target;
    }
    async get(route, params) {
        const max = this.target.maxRequests ?? DEFAULT_MAX_REQUESTS;
        if (this.requests >= max)
            throw new OverBudget(`reading the deployments needs more than ${max} requests`);
        this.requests++;
        return this.conditionalGet(route, { owner: this.target.owner, repo: this.target.repo, ...params });
    }
    /** `Promise.all` over `items`, CONCURRENCY at a time, results in order. */
    async map(items, map) {
        const results = [];
        let next = 0;
        const worker = async () => {
            while (next < items.length) {
                const index = next++;
                results[index] = await map(items[index]);
            }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
        return results;
    }
    /** The commits each successful deploy in the window shipped: the comparison with the environment's previous one. */
    async addCommitRanges(deployments, since) {
        const succeeded = deployments
            .map(record => ({ record, at: (0,deploy_outcome/* deployOutcome */.C)(record.statuses).succeededAt }))
            .filter((d) => d.at !== undefined)
            .sort((a, b) => a.at - b.at || a.record.id - b.record.id);
        await this.map(succeeded, async ({ record, at }) => {
            if (at < since)
                return;
            const previous = succeeded.filter(d => d.record.environment === record.environment && d.at < at).at(-1);
            if (previous === undefined)
                return;
            record.commits =
                previous.record.sha === record.sha ? [] : await this.compare(previous.record.sha, record.sha);
        });
    }
    /** Why reading failed, naming the permissions a 403 or 404 suggests are missing. */
    gapReason(error, permissions) {
        if (error instanceof OverBudget)
            return error.message;
        if (error instanceof errors/* ZodError */.G)
            return `unexpected response from GitHub (${error.issues[0]?.message ?? 'invalid'})`;
        if (error instanceof github_gave_up_error/* GitHubGaveUpError */.e)
            return error.message;
        const { status } = error;
        const said = (0,github_message/* githubMessage */.h)(error);
        if (status === 403 || status === 404)
            return `${status} ${said}: the token needs ${permissions}`;
        return status ? `${status} ${said}` : said;
    }
    async compare(base, head) {
        const commits = [];
        for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
            const response = await this.get('GET /repos/{owner}/{repo}/compare/{basehead}', {
                basehead: `${base}...${head}`,
                per_page: PER_PAGE,
                page
            });
            const data = COMPARISON.parse(response.data);
            commits.push(...data.commits.map(c => ({
                sha: c.sha,
                date: c.commit.committer?.date ?? '',
                subject: c.commit.message.split('\n')[0] ?? ''
            })));
            if (commits.length >= data.total_commits || data.commits.length === 0)
                break;
        }
        return commits.filter(c => c.date !== '');
    }
    /** A GET that sends the cached ETag and takes the cached answer on 304, which GitHub does not count against the rate limit. */
    async conditionalGet(route, params) {
        const { etags } = this.target;
        const key = `${route} ${JSON.stringify(params)}`;
        const cached = etags?.get(key);
        try {
            const response = await this.client.request(route, {
                ...params,
                ...(cached ? { headers: { 'if-none-match': cached.etag } } : {})
            });
            const answer = { data: response.data, link: response.headers.link ?? '' };
            const etag = response.headers.etag;
            if (etags && etag)
                etags.set(key, { etag, ...answer });
            return answer;
        }
        catch (error) {
            if (cached && error.status === 304)
                return cached;
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/evidence/match-jobs.ts
var match_jobs = __webpack_require__(3489);
// EXTERNAL MODULE: ./src/evidence/run-jobs-page.ts
var run_jobs_page = __webpack_require__(8025);
;// CONCATENATED MODULE: ./src/evidence/deploy-job-runs.ts






/** 30 pages hold 3,000 runs of one workflow; a repository running more per window needs a shorter one. */
const MAX_RUN_PAGES = 30;
/** Older runs read per workflow to find a successful deploy before the window (the lead time of the first in it). */
const MAX_BASELINE = 3;
/** A run with more jobs than this is not read in full; its deploy job is looked for in the first pages. */
const MAX_JOB_PAGES = 3;
const RUNS = schemas/* object */.Ikc({
    workflow_runs: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: github_id/* GITHUB_ID */.g,
        head_sha: schemas/* string */.YjP(),
        head_branch: schemas/* string */.YjP().nullable(),
        display_title: schemas/* string */.YjP().optional(),
        created_at: schemas/* string */.YjP()
    }))
});
/**
 * The fallback when GitHub Deployments hold no production deployment (docs/history.md): each completed run of
 * a workflow with production deploy jobs, on the default branch, is one deploy per environment \u2014 succeeded
 * at its deploy job's `completed_at` when every leg succeeded, failed at it when a leg failed or timed out, and
 * no deploy at all when the job was skipped or cancelled. `\u2308runs/100\u2309` list pages per workflow and one jobs
 * request per run read; throws for API failures (the caller makes them a gap).
 */
async function readDeployJobRuns(reader, target) {
    const since = Date.parse(target.since);
    const records = [];
    for (const [file, jobs] of groupBy(target.jobs, job => job.workflow.file)) {
        const runs = await listRuns(reader, file, target.branch, since);
        const inWindow = runs.filter(run => Date.parse(run.created_at) >= since);
        records.push(...(await reader.map(inWindow, run => deploysOf(reader, run, jobs))).flat());
        for (const run of runs.filter(r => Date.parse(r.created_at) < since).slice(0, MAX_BASELINE)) {
            const found = await deploysOf(reader, run, jobs);
            records.push(...found);
            if (found.some(record => (0,deploy_outcome/* deployOutcome */.C)(record.statuses).succeededAt !== undefined))
                break;
        }
    }
    return records;
}
/** Completed runs of the default branch, newest first, until one predates the window. */
async function listRuns(reader, file, branch, since) {
    const runs = [];
    const workflowId = file.slice(file.lastIndexOf('/') + 1);
    for (let page = 1; page <= MAX_RUN_PAGES; page++) {
        const response = await reader.get('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            workflow_id: workflowId,
            branch,
            status: 'completed',
            per_page: PER_PAGE,
            page
        });
        const listed = RUNS.parse(response.data).workflow_runs;
        runs.push(...listed);
        const reachedStart = listed.some(run => Date.parse(run.created_at) < since);
        if (reachedStart || !/rel="next"/.test(response.link) || listed.length === 0)
            return runs;
    }
    throw new Error(`more than ${MAX_RUN_PAGES * PER_PAGE} runs of ${file} since the window began; shorten the window`);
}
/** The run's deploys: one per environment its deploy jobs target, from the jobs of its latest attempt. */
async function deploysOf(reader, run, jobs) {
    const runJobs = await jobsOf(reader, run.id);
    const workflow = jobs[0]?.workflow;
    if (workflow === undefined)
        return [];
    const matched = new Map((0,match_jobs/* matchJobs */.q)(workflow, runJobs).matched.map(m => [m.workflowJob.job, m.runJobs]));
    return [...groupBy(jobs, job => job.environment)].flatMap(([environment, deployJobs]) => {
        const legs = deployJobs.flatMap(job => matched.get(job.job) ?? []);
        const status = outcome(legs);
        if (status === undefined)
            return [];
        return [
            {
                id: legs[0]?.id ?? run.id,
                sha: run.head_sha,
                ref: run.head_branch ?? '',
                task: 'deploy',
                description: run.display_title ?? '',
                environment,
                createdAt: run.created_at,
                statuses: [status]
            }
        ];
    });
}
/**
 * A deploy job's legs (one, or one per matrix combination) as one status: failure at the first leg that
 * failed or timed out; success when every leg succeeded, at the last one's completion; none otherwise.
 */
function outcome(legs) {
    const failed = legs.filter(leg => leg.conclusion === 'failure' || leg.conclusion === 'timed_out');
    const at = (some) => some
        .map(leg => leg.completedAt ?? '')
        .filter(Boolean)
        .sort();
    if (failed.length > 0) {
        const first = at(failed)[0];
        return first === undefined ? undefined : { state: 'failure', createdAt: first };
    }
    if (legs.length === 0 || legs.some(leg => leg.conclusion !== 'success'))
        return undefined;
    const last = at(legs).at(-1);
    return last === undefined ? undefined : { state: 'success', createdAt: last };
}
async function jobsOf(reader, runId) {
    const jobs = [];
    for (let page = 1; page <= MAX_JOB_PAGES; page++) {
        const response = await reader.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
            run_id: runId,
            per_page: PER_PAGE,
            page
        });
        const data = (0,run_jobs_page/* parseRunJobsPage */.a)(response.data);
        jobs.push(...data.jobs);
        if (jobs.length >= data.total || data.jobs.length === 0)
            break;
    }
    return jobs;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
}

;// CONCATENATED MODULE: ./src/evidence/deploy-history.ts





/** 30 pages hold 3,000 deployments; a repository deploying more than that per window needs a shorter one. */
const MAX_LIST_PAGES = 30;
/** Older deploys read per environment to find the one before the window (the lead time of the first in it). */
const deploy_history_MAX_BASELINE = 3;
const DEPLOYMENTS_PERMISSIONS = '`permissions: deployments: read` and `contents: read`';
const RUNS_PERMISSIONS = '`permissions: actions: read` and `contents: read`';
const DEPLOYMENTS = schemas/* array */.YOg(schemas/* object */.Ikc({
    id: github_id/* GITHUB_ID */.g,
    sha: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
    task: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().nullish(),
    environment: schemas/* string */.YjP(),
    production_environment: schemas/* boolean */.zMY().optional(),
    created_at: schemas/* string */.YjP()
}));
const STATUSES = schemas/* array */.YOg(schemas/* object */.Ikc({ state: schemas/* string */.YjP(), created_at: schemas/* string */.YjP() }));
/**
 * The production deployments of a window with their statuses and compare ranges (docs/history.md):
 * `\u2308listed/100\u2309` list pages, one statuses request per production deployment read, one comparison per pair of
 * consecutive successful deploys of different SHAs. Never throws for API failures: what could not be read
 * makes the whole history a gap, since a partial history would give wrong rates rather than unknown ones.
 */
async function readDeployHistory(client, target) {
    const reader = new DeployReader(client, target);
    const result = { since: target.since, until: target.until };
    const fallback = target.deployJobs;
    let source = 'Deployments';
    try {
        const listed = await listDeployments(reader, target);
        if (listed.length > 0 || fallback === undefined) {
            const deployments = await withStatuses(reader, listed, target);
            await reader.addCommitRanges(deployments, Date.parse(target.since));
            return { ...result, source, deployments, requests: reader.requests };
        }
        if (fallback.jobs.length === 0) {
            return { ...result, source, deployments: [], requests: reader.requests, none: NO_SIGNAL };
        }
        source = `deploy-job runs of ${[...new Set(fallback.jobs.map(job => job.workflow.file))].join(', ')}`;
        return {
            ...result,
            source,
            ...(await fromDeployJobs(reader, target.since, fallback)),
            requests: reader.requests
        };
    }
    catch (error) {
        const permissions = source === 'Deployments' ? DEPLOYMENTS_PERMISSIONS : RUNS_PERMISSIONS;
        return {
            ...result,
            source,
            deployments: [],
            requests: reader.requests,
            gap: reader.gapReason(error, permissions)
        };
    }
}
/** Why nothing can be measured when neither source has a signal. */
const NO_SIGNAL = 'no deployment to a production environment in the Deployments API, and no workflow job deploys to production';
/** The fallback's deploys, with their compare ranges, or why there is none. */
async function fromDeployJobs(reader, since, fallback) {
    const { jobs } = fallback;
    const branch = fallback.branch ?? (await defaultBranch(reader));
    const deployments = await readDeployJobRuns(reader, { since, branch, jobs });
    await reader.addCommitRanges(deployments, Date.parse(since));
    if (deployments.length > 0)
        return { deployments };
    return {
        deployments,
        none: `no completed run of ${jobs.map(job => `\`${job.job}\``).join(', ')} on ${branch}`
    };
}
/** The repository's default branch, when the caller does not know it (the CLI with `--repo`). */
async function defaultBranch(reader) {
    const repository = (await reader.get('GET /repos/{owner}/{repo}', {})).data;
    if (typeof repository.default_branch !== 'string')
        throw new Error('the repository has no default branch');
    return repository.default_branch;
}
/** Newest first, page by page (by number: the token never follows a `Link` URL), until one predates the window. */
async function listDeployments(reader, target) {
    const since = Date.parse(target.since);
    const production = [];
    for (let page = 1; page <= MAX_LIST_PAGES; page++) {
        const response = await reader.get('GET /repos/{owner}/{repo}/deployments', { per_page: PER_PAGE, page });
        const deployments = DEPLOYMENTS.parse(response.data);
        production.push(...deployments.filter(d => target.isProduction(d.environment, d.production_environment)));
        const reachedStart = deployments.some(d => Date.parse(d.created_at) < since);
        if (reachedStart || !/rel="next"/.test(response.link) || deployments.length === 0)
            return production;
    }
    throw new Error(`more than ${MAX_LIST_PAGES * PER_PAGE} deployments since the window began; shorten the window`);
}
/**
 * Statuses for every production deploy created in the window, and for older ones until each environment has
 * a successful deploy before the window (at most MAX_BASELINE tried each).
 */
async function withStatuses(reader, listed, target) {
    const since = Date.parse(target.since);
    const read = async (d) => {
        const response = await reader.get('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            deployment_id: d.id,
            per_page: PER_PAGE
        });
        const statuses = STATUSES.parse(response.data).map(s => ({ state: s.state, createdAt: s.created_at }));
        return {
            id: d.id,
            sha: d.sha,
            ref: d.ref,
            task: d.task,
            description: d.description ?? '',
            environment: d.environment,
            createdAt: d.created_at,
            statuses
        };
    };
    const inWindow = listed.filter(d => Date.parse(d.created_at) >= since);
    const records = await reader.map(inWindow, read);
    for (const environment of new Set(listed.map(d => d.environment))) {
        const older = listed.filter(d => d.environment === environment && Date.parse(d.created_at) < since);
        for (const d of older.slice(0, deploy_history_MAX_BASELINE)) {
            const record = await read(d);
            records.push(record);
            if ((0,deploy_outcome/* deployOutcome */.C)(record.statuses).succeededAt !== undefined)
                break;
        }
    }
    return records;
}

// EXTERNAL MODULE: ./src/evidence/deploy-window.ts
var deploy_window = __webpack_require__(8683);
// EXTERNAL MODULE: ./src/workflow/environment-class.ts
var environment_class = __webpack_require__(3233);
;// CONCATENATED MODULE: ./src/evidence/deploy-history-for.ts



/**
 * The production deploys of the `days` before `until`: deployments in production as the policy's
 * `environments` say, or as the deployment itself says (`production_environment`); without any, the runs of
 * `deployJobs` (the production deploy jobs the workflow analysis found) on the default branch.
 */
function deployHistoryFor(api, environments, deployJobs, window) {
    return readDeployHistory(api.client, {
        owner: api.context.owner,
        repo: api.context.repo,
        ...(0,deploy_window/* deployWindow */.k)(window),
        isProduction: (name, flag) => flag === true || (0,environment_class/* classifyEnvironment */.m)(name, environments) === 'production',
        deployJobs: {
            jobs: deployJobs,
            ...(api.context.defaultBranch === undefined ? {} : { branch: api.context.defaultBranch })
        }
    });
}


/***/ }),

/***/ 6147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ deployOutcome)
/* harmony export */ });
/**
 * A deployment's outcome from its statuses. Statuses arrive in any order, and `inactive` (set when a later
 * deploy replaces this one) moves `updated_at` without saying anything about this deploy's success, so only
 * the earliest success and failure statuses count.
 */
function deployOutcome(statuses) {
    const earliest = (states) => {
        const times = statuses.filter(s => states.includes(s.state)).map(s => Date.parse(s.createdAt));
        return times.length === 0 ? undefined : Math.min(...times);
    };
    const succeededAt = earliest(['success']);
    const failedAt = earliest(['failure', 'error']);
    const terminal = [succeededAt, failedAt].filter((time) => time !== undefined);
    return {
        ...(succeededAt === undefined ? {} : { succeededAt }),
        ...(failedAt === undefined ? {} : { failedAt }),
        ...(terminal.length === 0 ? {} : { completedAt: Math.min(...terminal) })
    };
}


/***/ }),

/***/ 8683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ deployWindow)
/* harmony export */ });
const DAY = 86_400_000;
/** The ISO bounds of the `days` before `until`, as every reading of deploy history states its window. */
function deployWindow(window) {
    return {
        since: new Date(window.until.getTime() - window.days * DAY).toISOString(),
        until: window.until.toISOString()
    };
}


/***/ }),

/***/ 2637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFilesSince: () => (/* binding */ changedFilesSince),
/* harmony export */   openBaseCommit: () => (/* binding */ openBaseCommit),
/* harmony export */   originRepository: () => (/* binding */ originRepository),
/* harmony export */   readFileAtRef: () => (/* binding */ readFileAtRef)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2876);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _commit_sha_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3435);
/* harmony import */ var _core_message_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4344);




/** Read up front whatever the caller asks: the pipeline definition and the files its scripts resolve through. */
const ALWAYS_READ = [
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.{yml,yaml}',
    '**/package.json',
    '**/{GNUmakefile,makefile,Makefile}',
    '**/{justfile,Justfile,.justfile}',
    '**/{Taskfile,taskfile}.{yml,yaml}'
];
const MAX_PREFETCH_FILE = 1024 * 1024;
const MAX_PREFETCH_TOTAL = 64 * 1024 * 1024;
/** The same bound as the checkout's `read` (src/evidence/files.ts). */
const MAX_READ_FILE = 10 * 1024 * 1024;
const ZERO_SHA = /^0+$/;
/** Branch, tag, sha or revision expression (`HEAD~1`, `origin/main`); never an option (leading `-`). */
const SAFE_REF = /^(?!-)[A-Za-z0-9._/@{}^~+-]{1,255}$/;
const SAFE_REMOTE = /^(?!-)[A-Za-z0-9._-]{1,100}$/;
/** Resolves `ref` (`auto`: the merge-base of HEAD with the default branch), fetching it when the clone lacks it. */
async function openBaseCommit(root, ref, options = {}) {
    const remote = options.remote ?? 'origin';
    if (!SAFE_REMOTE.test(remote))
        return { ok: false, reason: `refusing remote name '${remote}'` };
    const resolved = ref === 'auto' ? await mergeBaseWithDefault(root, remote) : await resolveRef(root, ref, remote);
    if (!resolved.ok)
        return resolved;
    const { sha } = resolved;
    const listed = await git(root, ['ls-tree', '-r', '-l', '-z', sha]);
    if (listed.exitCode !== 0)
        return { ok: false, reason: `cannot list the files of ${sha}: ${firstLine(listed)}` };
    const entries = parseTree(listed.stdout);
    const byPath = new Map(entries.map(entry => [entry.path, entry]));
    const wanted = picomatch__WEBPACK_IMPORTED_MODULE_1___default()([...ALWAYS_READ, ...(options.prefetch ?? [])], { dot: true });
    const policyPath = options.policyPath;
    const upFront = selectUpFront(entries, entry => entry.path === policyPath || wanted(entry.path));
    const contents = await readBlobs(root, upFront);
    if (contents === undefined)
        return { ok: false, reason: `cannot read the files of ${sha} (git cat-file failed)` };
    const workspace = {
        root,
        files: entries.map(entry => entry.path).sort(),
        read: file => contents.get(file)
    };
    const readFile = async (file) => {
        if (!isRelativeInside(file))
            return undefined;
        if (contents.has(file))
            return contents.get(file);
        const entry = byPath.get(file);
        if (!entry || entry.symlink || entry.size > MAX_READ_FILE)
            return undefined;
        return (await readBlobs(root, [entry]))?.get(file);
    };
    return { ok: true, sha, workspace, readFile };
}
/** `git merge-base HEAD <default branch>`: the remote's HEAD when known, else main/master, remote first. */
async function mergeBaseWithDefault(root, remote) {
    const symbolic = await git(root, ['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
    const remoteHead = symbolic.exitCode === 0 ? [symbolic.stdout.toString('utf8').trim()] : [];
    const candidates = [
        ...remoteHead,
        `refs/remotes/${remote}/main`,
        `refs/remotes/${remote}/master`,
        'refs/heads/main',
        'refs/heads/master'
    ];
    for (const candidate of candidates) {
        const exists = await git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
        if (exists.exitCode !== 0)
            continue;
        const base = await git(root, ['merge-base', 'HEAD', candidate]);
        if (base.exitCode === 0)
            return { ok: true, sha: base.stdout.toString('utf8').trim() };
        return {
            ok: false,
            reason: `HEAD and ${shortRef(candidate)} have no merge-base in this clone (a shallow clone? fetch more history)`
        };
    }
    return {
        ok: false,
        reason: `--base auto: no default branch found (tried ${candidates.map(shortRef).join(', ')})`
    };
}
/** A sha or ref name to a commit sha; a commit the clone lacks is fetched with depth 1 (shallow checkouts). */
async function resolveRef(root, ref, remote) {
    if (!SAFE_REF.test(ref))
        return { ok: false, reason: `refusing base ref '${ref}'` };
    if (ZERO_SHA.test(ref))
        return { ok: false, reason: 'the base is the all-zero sha: there is no base commit' };
    const local = await commitOf(root, ref);
    if (local)
        return { ok: true, sha: local };
    const fetched = await git(root, ['fetch', '--no-tags', '--depth=1', remote, ref], {
        GIT_TERMINAL_PROMPT: '0'
    });
    if (fetched.exitCode !== 0) {
        return {
            ok: false,
            reason: `base commit ${ref} is not in this clone and \`git fetch --no-tags --depth=1 ${remote} ${ref}\` failed: ${firstLine(fetched)}`
        };
    }
    const sha = await commitOf(root, (0,_commit_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._)(ref) ? ref : 'FETCH_HEAD');
    if (sha)
        return { ok: true, sha };
    return { ok: false, reason: `base commit ${ref} was fetched from ${remote} but is not a commit` };
}
async function commitOf(root, ref) {
    if ((0,_commit_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._)(ref)) {
        const exists = await git(root, ['cat-file', '-e', `${ref}^{commit}`]);
        return exists.exitCode === 0 ? ref : undefined;
    }
    const parsed = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return parsed.exitCode === 0 ? parsed.stdout.toString('utf8').trim() : undefined;
}
/** `git ls-tree -r -l -z`: `<mode> <type> <oid> <size>\t<path>\0`; blobs and symlinks, paths relative to root. */
function parseTree(output) {
    const entries = [];
    for (const record of output.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
        const path = record.slice(tab + 1);
        if (type !== 'blob' || oid === undefined || path.split('/').includes('node_modules'))
            continue;
        entries.push({ path, oid, size: Number(size), symlink: mode === '120000' });
    }
    return entries;
}
function selectUpFront(entries, wanted) {
    let total = 0;
    const selected = [];
    for (const entry of entries) {
        if (entry.symlink || entry.size > MAX_PREFETCH_FILE || !wanted(entry))
            continue;
        if (total + entry.size > MAX_PREFETCH_TOTAL)
            continue;
        total += entry.size;
        selected.push(entry);
    }
    return selected;
}
/** Reads blobs by object id in one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` per object. */
async function readBlobs(root, entries) {
    const contents = new Map();
    if (entries.length === 0)
        return contents;
    const input = Buffer.from(entries.map(entry => `${entry.oid}\n`).join(''), 'utf8');
    const result = await git(root, ['cat-file', '--batch'], {}, input);
    if (result.exitCode !== 0)
        return undefined;
    const output = result.stdout;
    let offset = 0;
    for (const entry of entries) {
        const newline = output.indexOf(0x0a, offset);
        if (newline < 0)
            return undefined;
        const header = output.subarray(offset, newline).toString('utf8').split(' ');
        offset = newline + 1;
        if (header[1] !== 'blob')
            continue;
        const size = Number(header[2]);
        contents.set(entry.path, output.subarray(offset, offset + size).toString('utf8'));
        offset += size + 1;
    }
    return contents;
}
/** A workspace-relative path that cannot leave the root: not absolute, no `..`, no backslashes or NULs. */
function isRelativeInside(file) {
    if (file === '' || file.startsWith('/') || /[\\\0\n]/.test(file) || /^[A-Za-z]:/.test(file))
        return false;
    return !file.split('/').some(segment => segment === '..' || segment === '.' || segment === '');
}
/** One git call: arguments as an array, output as bytes (file contents are counted in bytes), never throws. */
async function git(root, args, env = {}, input) {
    const chunks = [];
    try {
        const { exitCode, stderr } = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, {
            cwd: root,
            silent: true,
            ignoreReturnCode: true,
            input,
            env: { ...definedEnv(), ...env },
            listeners: { stdout: data => chunks.push(data) }
        });
        return { exitCode, stdout: Buffer.concat(chunks), stderr };
    }
    catch (error) {
        return { exitCode: -1, stdout: Buffer.alloc(0), stderr: (0,_core_message_of_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error) };
    }
}
function definedEnv() {
    return Object.fromEntries(Object.entries(process.env).filter((pair) => pair[1] !== undefined));
}
function firstLine(result) {
    const line = result.stderr
        .split('\n')
        .map(text => text.trim())
        .find(text => text !== '');
    return line ?? `exit code ${result.exitCode}`;
}
function shortRef(ref) {
    return ref.replace(/^refs\/(remotes|heads)\//, '');
}
/**
 * One file at a named ref (a metrics baseline `ref: v1.2.0`), fetching the commit with depth 1 when the clone
 * lacks it. Missing at that ref is `found: false` without a reason \u2014 the first model has no baseline.
 */
async function readFileAtRef(root, ref, file, remote = 'origin') {
    if (!isRelativeInside(file))
        return { found: false, reason: `refusing path '${file}': it must stay inside the repository` };
    const resolved = await resolveRef(root, ref, remote);
    if (!resolved.ok)
        return { found: false, reason: resolved.reason };
    const size = await git(root, ['cat-file', '-s', `${resolved.sha}:${file}`]);
    if (size.exitCode !== 0)
        return { found: false };
    if (Number(size.stdout.toString('utf8').trim()) > MAX_READ_FILE) {
        return { found: false, reason: `${file} at ${ref} is larger than ${MAX_READ_FILE / 1024 / 1024} MB` };
    }
    const blob = await git(root, ['cat-file', 'blob', `${resolved.sha}:${file}`]);
    if (blob.exitCode !== 0)
        return { found: false, reason: `cannot read ${file} at ${ref}: ${firstLine(blob)}` };
    return { found: true, text: blob.stdout.toString('utf8') };
}
/** Files the change touched since the base commit (annotations on them rank first); empty when git cannot say. */
async function changedFilesSince(root, baseSha) {
    if (!(0,_commit_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitSha */ ._)(baseSha))
        return [];
    const diff = await git(root, ['diff', '--name-only', '-z', baseSha, 'HEAD']);
    if (diff.exitCode !== 0)
        return [];
    return diff.stdout
        .toString('utf8')
        .split('\0')
        .filter(file => file !== '');
}
/** The GitHub repository a clone comes from, read off its `origin` remote, for the CLI's API access. */
async function originRepository(root) {
    const url = await git(root, ['remote', 'get-url', 'origin']);
    if (url.exitCode !== 0)
        return undefined;
    const match = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.stdout.toString('utf8').trim());
    if (!match)
        return undefined;
    const head = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    const defaultBranch = head.exitCode === 0
        ? head.stdout
            .toString('utf8')
            .trim()
            .replace(/^origin\//, '')
        : undefined;
    return { owner: match[1], repo: match[2], ...(defaultBranch ? { defaultBranch } : {}) };
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ GitHubGaveUpError)
/* harmony export */ });
/**
 * Thrown when waiting for GitHub again would exceed the wait budget or the retry count. In a file of its own
 * so that code which only recognises it (run.ts) does not load Octokit: the offline CLI never needs it.
 */
class GitHubGaveUpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GitHubGaveUpError';
    }
}


/***/ }),

/***/ 8294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ GITHUB_ID)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5491);

/**
 * A GitHub id in an API response (a number; a bigint is taken too), read as a number: ids of runs, jobs and
 * deployments stay far below 2^53, so numbers compare them exactly.
 */
const GITHUB_ID = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .bigint */ .oad()]).transform(Number);


/***/ }),

/***/ 2272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ githubMessage)
/* harmony export */ });
/* harmony import */ var _core_message_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4344);

/** GitHub's own words for a failed request: Octokit appends the documentation URL, which says nothing more. */
function githubMessage(error) {
    return (0,_core_message_of_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error).split(' - https://')[0] ?? '';
}


/***/ }),

/***/ 3489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ matchJobs)
/* harmony export */ });
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/;
/**
 * Matches the API's jobs of this run to the workflow's jobs by the name GitHub renders for them: `name:` or
 * the id; ` (\u2026)` matrix suffixes; `${{ }}` in names matching any text; `caller / callee` for jobs of reusable
 * workflows. When several jobs fit, the one with the most literal text wins; a tie is ambiguous. The gate's
 * own job (GITHUB_JOB) is neither matched nor reported.
 */
function matchJobs(workflow, runJobs, ownJob) {
    const candidates = workflow.jobs.filter(appearsInRuns).map(job => candidate(job, workflow));
    const found = new Map(candidates.map(c => [c.job, []]));
    const unmatched = [];
    for (const runJob of runJobs) {
        const fits = candidates.filter(c => c.pattern.test(runJob.name));
        const best = Math.max(...fits.map(c => c.literal));
        const winners = fits.filter(c => c.literal === best);
        const [winner, ...others] = winners;
        if (winner && others.length === 0)
            found.get(winner.job)?.push(runJob);
        else
            unmatched.push({ runJob, reason: unmatchedReason(winners, workflow) });
    }
    const matched = [...found]
        .filter(([job]) => job.id !== ownJob)
        .map(([job, jobs]) => ({ workflowJob: { workflow: workflow.file, job: job.id }, runJobs: jobs }));
    return { matched, unmatched };
}
/** A job calling a reusable workflow that was inlined never runs itself: its callees' jobs do. */
function appearsInRuns(job) {
    return job.uses === undefined || job.opaqueReason !== undefined;
}
function candidate(job, workflow) {
    const segments = displaySegments(job, workflow);
    // An opaque call shows up as `caller / <callee job>`, whatever the callee's jobs are.
    if (job.uses !== undefined)
        segments.push({ source: '.+', literal: 0 });
    return {
        job,
        pattern: new RegExp(`^${segments.map(s => s.source).join(' / ')}$`, 's'),
        literal: segments.reduce((sum, s) => sum + s.literal, 3 * (segments.length - 1))
    };
}
/** The rendered name of a job, outermost caller first: `deploy / release` for `deploy/release`. */
function displaySegments(job, workflow) {
    const { calledBy } = job;
    const caller = calledBy && workflow.jobs.find(j => j.id === calledBy.job);
    const ownId = calledBy ? job.id.slice(calledBy.job.length + 1) : job.id;
    const own = namePattern(job.name ?? ownId, job.matrix !== undefined);
    return caller ? [...displaySegments(caller, workflow), own] : [own];
}
function namePattern(name, hasMatrix) {
    const literals = name.split(EXPRESSION);
    const source = literals
        .map(escape)
        .join('.*')
        .replace(/(\.\*)+/g, '.*');
    // GitHub appends ` (value, value)` to matrix instances whose name does not use the matrix itself.
    const suffix = hasMatrix ? '(?: \\(.*\\))?' : '';
    return { source: source + suffix, literal: literals.join('').length };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function unmatchedReason(winners, workflow) {
    if (winners.length === 0)
        return `no job of ${workflow.file} renders as this name`;
    return `ambiguous: jobs ${winners.map(c => c.job.id).join(', ')} of ${workflow.file} all render as this name`;
}


/***/ }),

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseRunJobsPage)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5491);
/* harmony import */ var _github_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8294);


const JOB = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: _github_id_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ID */ .g,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    completed_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        number: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
        completed_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish()
    }))
        .optional(),
    runner_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish()
});
const JOBS_PAGE = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ total_count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(JOB) });
/**
 * One page of a workflow run's jobs (`GET \u2026/actions/runs/{run_id}/jobs`, also per attempt), as the gate's
 * RunJob values, and the run's job count, to know when the pages end.
 */
function parseRunJobsPage(data) {
    const page = JOBS_PAGE.parse(data);
    return { total: page.total_count, jobs: page.jobs.map(toRunJob) };
}
function toRunJob(job) {
    return {
        id: job.id,
        name: job.name,
        status: job.status,
        conclusion: job.conclusion,
        startedAt: job.started_at ?? null,
        completedAt: job.completed_at ?? null,
        steps: (job.steps ?? []).map(step => ({
            name: step.name,
            number: step.number,
            status: step.status,
            conclusion: step.conclusion,
            startedAt: step.started_at ?? null,
            completedAt: step.completed_at ?? null
        })),
        ...(job.runner_name ? { runnerName: job.runner_name } : {}),
        ...(job.html_url ? { htmlUrl: job.html_url } : {})
    };
}


/***/ }),

/***/ 9027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./src/core/zod-jitless.ts

// zod compiles a fast path for each object schema with `new Function`, and decides so when the schema is
// built. The gate parses one policy and a few API answers per run, so the compiled code never pays off, and
// no code is generated at run time at all (design \u00a711: no eval). Each entry imports this module first, so it
// runs before any module builds a schema at load time.
core/* config */.$W({ jitless: true });

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var lib_core = __webpack_require__(3360);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(157);
// EXTERNAL MODULE: ./src/evidence/github-gave-up-error.ts
var github_gave_up_error = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/evidence/github-client.ts


const DEFAULTS = {
    maxTotalWaitMs: 60_000,
    requestTimeoutMs: 30_000,
    maxRetries: 3,
    retryDelayMs: 1_000
};
/** GitHub asks clients hit by a secondary limit without `retry-after` to wait at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
/**
 * An Octokit from `@actions/github` whose every request is time-limited and retried within bounds: 5xx and
 * timeouts with doubling back-off, rate limits after `retry-after` or `x-ratelimit-reset`. All waiting shares
 * one budget so a gate never hangs on GitHub; past it the request fails with GitHubGaveUpError.
 */
function createGitHubClient(settings) {
    // Settings the caller left undefined keep their defaults rather than overriding them with undefined.
    const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
    const options = { ...DEFAULTS, ...defined };
    const sleep = settings.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    const now = settings.now ?? Date.now;
    const client = (0,github/* getOctokit */.Q)(settings.token, {
        baseUrl: settings.apiUrl.replace(/\/+$/, ''),
        // Octokit's default logger writes 4xx/deprecation notes to the console; the gate reports gaps itself.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } }
    });
    let waitedMs = 0;
    client.hook.wrap('request', async (request, endpoint) => {
        for (let attempt = 0;; attempt++) {
            try {
                // before-after-hook hands inner hooks the options object it was called with, so the signal has to be
                // set on that object: options passed to `request(\u2026)` here would be ignored.
                endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(options.requestTimeoutMs) };
                await settings.backoff?.ready();
                const response = await request(endpoint);
                pauseWhenSpent(settings.backoff, response.headers);
                return response;
            }
            catch (error) {
                const failure = error;
                // Nothing listens there, or the name does not resolve: waiting will not change that.
                if (isUnreachable(failure))
                    throw giveUp(describeFailure(failure, options.requestTimeoutMs), failure, settings.token);
                const wait = retryWait(failure, attempt, options.retryDelayMs, now());
                if (wait === undefined)
                    throw redacted(error, settings.token);
                const problem = describeFailure(failure, options.requestTimeoutMs);
                if (attempt >= options.maxRetries) {
                    throw giveUp(`${problem}; gave up after ${attempt + 1} attempts`, failure, settings.token);
                }
                if (waitedMs + wait > options.maxTotalWaitMs) {
                    const budget = seconds(options.maxTotalWaitMs);
                    throw giveUp(`${problem}; retrying needs a ${seconds(wait)} wait, beyond the ${budget} budget`, failure, settings.token);
                }
                waitedMs += wait;
                if (isRateLimit(failure))
                    settings.backoff?.pauseUntil(now() + wait);
                await sleep(wait);
            }
        }
    });
    return client;
}
/** The last request of the quota was just spent: the others wait for its reset rather than be refused. */
function pauseWhenSpent(backoff, headers) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (backoff && String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset)) {
        backoff.pauseUntil(reset * 1000);
    }
}
/** How long to wait before retrying, or undefined when the failure is final (4xx other than rate limits). */
function retryWait(failure, attempt, retryDelayMs, nowMs) {
    const headers = failure.response?.headers ?? {};
    if (isRateLimit(failure)) {
        const retryAfter = Number(headers['retry-after']);
        if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
            return Math.max(0, retryAfter * 1000);
        const reset = Number(headers['x-ratelimit-reset']);
        if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) {
            return Math.max(0, reset * 1000 - nowMs);
        }
        return SECONDARY_LIMIT_WAIT_MS;
    }
    // Octokit reports timeouts and network failures as status 500.
    if (failure.status === undefined || failure.status >= 500)
        return retryDelayMs * 2 ** attempt;
    return undefined;
}
function isRateLimit(failure) {
    if (failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    const headers = failure.response?.headers ?? {};
    return (String(headers['x-ratelimit-remaining']) === '0' ||
        headers['retry-after'] !== undefined ||
        /secondary rate limit/i.test(failure.message));
}
function describeFailure(failure, timeoutMs) {
    if (isRateLimit(failure))
        return `rate limited (${failure.status})`;
    if (isTimeout(failure))
        return `no answer within ${seconds(timeoutMs)}`;
    return answeredStatus(failure) === undefined
        ? `request failed: ${failure.message}`
        : `GitHub answered ${failure.status}`;
}
/** No response because the connection was refused or the host name does not exist (a wrong API URL). */
function isUnreachable(failure) {
    return failure.response === undefined && /\b(ECONNREFUSED|ENOTFOUND)\b|bad port/.test(failure.message);
}
function isTimeout(failure) {
    const cause = failure.cause;
    return cause?.name === 'TimeoutError' || cause?.name === 'AbortError';
}
/**
 * The status GitHub answered with. Octokit gives timeouts and network failures (no response at all) status 500:
 * the gap should not claim GitHub answered.
 */
function answeredStatus(failure) {
    return isTimeout(failure) || failure.response === undefined ? undefined : failure.status;
}
function seconds(ms) {
    return `${Math.ceil(ms / 100) / 10} s`;
}
function giveUp(message, failure, token) {
    return redacted(new github_gave_up_error/* GitHubGaveUpError */.e(message, answeredStatus(failure)), token);
}
/** A misbehaving server or proxy may echo the credentials into an error body: never let them travel on. */
function redacted(error, token) {
    if (token !== '' && error instanceof Error && error.message.includes(token)) {
        error.message = error.message.split(token).join('***');
    }
    return error;
}

;// CONCATENATED MODULE: ./src/evidence/github-context.ts
const DEFAULT_API_URL = 'https://api.github.com';
const NO_COMMIT = /^0+$/;
/**
 * Reads the context of the current run. Pure: the caller passes the environment and the parsed event payload.
 * Throws an Error naming the variable when a required one is missing or malformed.
 */
function githubContext(env, payload) {
    const [owner, repo, ...rest] = required(env, 'GITHUB_REPOSITORY').split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error('GITHUB_REPOSITORY must be owner/name');
    const event = record(payload);
    const ref = env.GITHUB_REF || undefined;
    const workflowFile = workflowFileOf(env.GITHUB_WORKFLOW_REF);
    const eventName = required(env, 'GITHUB_EVENT_NAME');
    const baseSha = baseShaOf(eventName, event);
    const defaultBranch = github_context_text(record(event.repository).default_branch);
    return {
        owner,
        repo,
        runId: positiveInteger(env, 'GITHUB_RUN_ID'),
        runAttempt: positiveInteger(env, 'GITHUB_RUN_ATTEMPT'),
        sha: required(env, 'GITHUB_SHA'),
        ...(ref ? { ref } : {}),
        eventName,
        apiUrl: apiUrlOf(env.GITHUB_API_URL),
        ...(workflowFile ? { workflowFile } : {}),
        job: required(env, 'GITHUB_JOB'),
        ...(baseSha ? { baseSha } : {}),
        ...(defaultBranch ? { defaultBranch } : {})
    };
}
function required(env, name) {
    const value = env[name]?.trim();
    if (!value)
        throw new Error(`${name} is not set: run the gate inside a GitHub Actions job`);
    return value;
}
function positiveInteger(env, name) {
    const value = required(env, name);
    if (!/^[1-9]\d*$/.test(value))
        throw new Error(`${name} must be a positive integer, got "${value}"`);
    return Number(value);
}
function apiUrlOf(value) {
    const url = value?.trim() || DEFAULT_API_URL;
    if (!/^https?:\/\/[^/]/.test(url))
        throw new Error(`GITHUB_API_URL must be an http(s) URL, got "${url}"`);
    return url.replace(/\/+$/, '');
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` \u2192 `.github/workflows/ci.yml`. */
function workflowFileOf(workflowRef) {
    const path = workflowRef?.split('@')[0]?.split('/').slice(2).join('/');
    return path || undefined;
}
function baseShaOf(eventName, event) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return github_context_text(record(record(event.pull_request).base).sha);
        case 'push': {
            // A pushed new branch has no previous commit: `before` is all zeros.
            const before = github_context_text(event.before);
            return before && !NO_COMMIT.test(before) ? before : undefined;
        }
        case 'merge_group':
            return github_context_text(record(event.merge_group).base_sha);
        default:
            return undefined;
    }
}
function record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function github_context_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./src/evidence/event-payload.ts
var event_payload = __webpack_require__(7498);
// EXTERNAL MODULE: ./src/evidence/git.ts
var git = __webpack_require__(2637);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(5491);
;// CONCATENATED MODULE: ./src/checks/define-check.ts
/**
 * Declares a generic check (after typescript-eslint's `RuleCreator`): the option and message-id types are
 * inferred from `meta`, so `check` receives its options typed and `findingFor` rejects an unknown id.
 */
function defineCheck(check) {
    return check;
}

;// CONCATENATED MODULE: ./src/checks/finding-for.ts
/** Fills a message template's `{name}` placeholders; unknown names stay visible rather than vanish. */
function formatMessage(template, data) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in data ? String(data[name]) : whole));
}
/**
 * Builds a finding from a check's message table, so every check words its verdicts in one place (its meta)
 * and tests can assert on the message id. The id is typed from the table: an unknown one does not compile.
 */
function findingFor(context, messages, messageId, fields) {
    const { data = {}, ...rest } = fields;
    return { practice: context.practice, messageId, message: formatMessage(messages[messageId], data), ...rest };
}

;// CONCATENATED MODULE: ./src/checks/command.ts



const messages = {
    succeeded: '`{command}` exited 0 in {seconds}s',
    failed: '`{command}` exited {exitCode}',
    'timed-out': '`{command}` did not finish within {timeout}s and was stopped',
    'not-run': '`{command}` was not run'
};
const DEFAULT_COMMAND_TIMEOUT = 300;
/**
 * Generic `command` check: the policy's own command exits 0. The command runs during evidence collection
 * (src/evidence/command.ts), so the check itself only reads its result.
 */
const commandCheck = defineCheck({
    meta: {
        messages,
        options: {
            command: schemas/* string */.YjP().min(1).describe('run with bash from the repository root'),
            timeout: schemas/* number */.aig().int().min(1).max(3600).default(DEFAULT_COMMAND_TIMEOUT).describe('seconds')
        }
    },
    check(context, options) {
        const result = context.evidence.commands.get(context.practice);
        const data = { command: options.command, timeout: options.timeout };
        if (result === undefined) {
            return findingFor(context, messages, 'not-run', {
                status: 'unknown',
                strength: 'none',
                data,
                evidence: [],
                locations: [],
                remediation: 'Run the gate where commands may run (the CLI or the action), so the command is executed.'
            });
        }
        const evidence = [
            {
                kind: 'command',
                command: result.command,
                exitCode: result.exitCode,
                output: result.output,
                timedOut: result.timedOut
            }
        ];
        const seconds = (result.durationMs / 1000).toFixed(1);
        if (result.exitCode === 0) {
            return findingFor(context, messages, 'succeeded', {
                status: 'pass',
                strength: 'run',
                data: { ...data, seconds },
                evidence,
                locations: [],
                remediation: ''
            });
        }
        const messageId = result.timedOut ? 'timed-out' : 'failed';
        return findingFor(context, messages, messageId, {
            status: 'fail',
            strength: 'run',
            data: { ...data, exitCode: String(result.exitCode) },
            evidence,
            locations: [],
            remediation: `Run \`${options.command}\` locally from the repository root and fix what it reports.`
        });
    }
});

// EXTERNAL MODULE: ./src/evidence/match-jobs.ts
var match_jobs = __webpack_require__(3489);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/errors.js
var errors = __webpack_require__(3342);
// EXTERNAL MODULE: ./src/evidence/github-id.ts
var github_id = __webpack_require__(8294);
// EXTERNAL MODULE: ./src/evidence/github-message.ts
var github_message = __webpack_require__(2272);
;// CONCATENATED MODULE: ./src/evidence/required-checks.ts
/** The contexts the `required_status_checks` rules list (`parameters.required_status_checks[].context`). */
function requiredChecks(rules) {
    return rules.flatMap(rule => {
        if (rule.type !== 'required_status_checks')
            return [];
        const listed = rule.parameters?.required_status_checks;
        if (!Array.isArray(listed))
            return [];
        return listed.flatMap(item => typeof item === 'object' && item !== null && typeof item.context === 'string'
            ? [item.context]
            : []);
    });
}

// EXTERNAL MODULE: ./src/evidence/run-jobs-page.ts
var run_jobs_page = __webpack_require__(8025);
;// CONCATENATED MODULE: ./src/evidence/run.ts






/** The `permissions:` scope each piece needs (the rules endpoint needs only metadata, which GITHUB_TOKEN always has). */
const PERMISSION = {
    run: 'actions: read',
    jobs: 'actions: read',
    deployments: 'deployments: read',
    rules: 'metadata: read',
    protection: 'contents: read'
};
const PER_PAGE = 100;
/** A broken `Link` header must not page forever: 50 pages hold 5,000 jobs, far beyond a real run. */
const MAX_JOB_PAGES = 50;
const RUN = schemas/* object */.Ikc({
    id: github_id/* GITHUB_ID */.g,
    run_attempt: schemas/* number */.aig().optional(),
    event: schemas/* string */.YjP(),
    head_sha: schemas/* string */.YjP(),
    head_branch: schemas/* string */.YjP().nullable(),
    path: schemas/* string */.YjP()
});
const DEPLOYMENTS = schemas/* array */.YOg(schemas/* object */.Ikc({
    id: github_id/* GITHUB_ID */.g,
    sha: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
    task: schemas/* string */.YjP(),
    environment: schemas/* string */.YjP(),
    original_environment: schemas/* string */.YjP().optional(),
    production_environment: schemas/* boolean */.zMY().optional(),
    transient_environment: schemas/* boolean */.zMY().optional(),
    created_at: schemas/* string */.YjP()
}));
const BRANCH = schemas/* object */.Ikc({
    protected: schemas/* boolean */.zMY(),
    protection: schemas/* object */.Ikc({
        required_status_checks: schemas/* object */.Ikc({
            enforcement_level: schemas/* string */.YjP().optional(),
            contexts: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
            checks: schemas/* array */.YOg(schemas/* object */.Ikc({ context: schemas/* string */.YjP() })).optional()
        })
            .optional()
    })
        .optional()
});
const RULES = schemas/* array */.YOg(schemas/* object */.Ikc({
    type: schemas/* string */.YjP(),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    ruleset_id: schemas/* number */.aig().optional(),
    ruleset_source_type: schemas/* string */.YjP().optional(),
    ruleset_source: schemas/* string */.YjP().optional()
}));
/**
 * Reads the current run from the REST API: the run, the jobs of this attempt (100 a page), the deployments of
 * the head sha and the default branch's rules \u2014 `ceil(jobs/100) + 3` requests, one more when the rulesets do not
 * show the protection and classic protection is read. A piece that cannot be read
 * becomes a gap naming the `permissions:` scope it needs; this function never throws for API failures.
 */
async function collectRun(client, target) {
    const gaps = [];
    const read = async (what, fetch) => {
        try {
            return await fetch();
        }
        catch (error) {
            gaps.push(gapFor(what, error));
            return undefined;
        }
    };
    const { run: current, sha } = target;
    const [run, jobs, deployments, rules] = await Promise.all([
        current === undefined ? undefined : read('run', () => fetchRun(client, target, current)),
        current === undefined ? undefined : read('jobs', () => fetchJobs(client, target, current)),
        sha === undefined ? undefined : read('deployments', () => fetchDeployments(client, target, sha)),
        readBranchRules(client, target, read)
    ]);
    const order = ['run', 'jobs', 'deployments', 'rules', 'protection'];
    return {
        ...(run && jobs ? { run: { ...run, jobs } } : {}),
        ...(deployments ? { deployments } : {}),
        ...(rules ? { rules } : {}),
        gaps: gaps.sort((a, b) => order.indexOf(a.what) - order.indexOf(b.what))
    };
}
async function fetchRun(client, t, current) {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        owner: t.owner,
        repo: t.repo,
        run_id: current.id
    });
    const run = RUN.parse(response.data);
    return {
        id: run.id,
        attempt: run.run_attempt ?? current.attempt,
        event: run.event,
        headSha: run.head_sha,
        headBranch: run.head_branch,
        workflowPath: run.path
    };
}
/** Pages by number rather than by following `Link` URLs, so the token only ever goes to the configured API. */
async function fetchJobs(client, t, current) {
    const jobs = [];
    for (let page = 1;; page++) {
        const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
            owner: t.owner,
            repo: t.repo,
            run_id: current.id,
            attempt_number: current.attempt,
            per_page: PER_PAGE,
            page
        });
        const data = (0,run_jobs_page/* parseRunJobsPage */.a)(response.data);
        jobs.push(...data.jobs);
        const more = /rel="next"/.test(response.headers.link ?? '') && data.jobs.length > 0;
        if (!more || jobs.length >= data.total)
            return jobs;
        if (page >= MAX_JOB_PAGES)
            throw new Error(`more than ${MAX_JOB_PAGES * PER_PAGE} jobs; not all were read`);
    }
}
/** One page of 100: the deployments of a single commit. */
async function fetchDeployments(client, t, sha) {
    const response = await client.request('GET /repos/{owner}/{repo}/deployments', {
        owner: t.owner,
        repo: t.repo,
        sha,
        per_page: PER_PAGE
    });
    return DEPLOYMENTS.parse(response.data).map(d => ({
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        task: d.task,
        environment: d.environment,
        ...(d.original_environment !== undefined ? { originalEnvironment: d.original_environment } : {}),
        ...(d.production_environment !== undefined ? { productionEnvironment: d.production_environment } : {}),
        ...(d.transient_environment !== undefined ? { transientEnvironment: d.transient_environment } : {}),
        createdAt: d.created_at
    }));
}
/** The repository's default branch, when the event payload did not say (the CLI with `--repo`). */
async function fetchDefaultBranch(client, t) {
    const response = await client.request('GET /repos/{owner}/{repo}', { owner: t.owner, repo: t.repo });
    const branch = response.data.default_branch;
    if (typeof branch !== 'string' || branch === '')
        throw new Error('the repository has no default branch');
    return branch;
}
/**
 * The default branch's rulesets, and \u2014 when they do not require both a pull request and status checks \u2014
 * its classic protection, which the rules API does not show. One more request only in that case.
 */
async function readBranchRules(client, t, read) {
    const branch = t.defaultBranch ?? (await read('rules', () => fetchDefaultBranch(client, t)));
    if (branch === undefined)
        return undefined;
    const rules = await read('rules', () => fetchRules(client, t, branch));
    const found = rules ?? [];
    const settled = found.some(rule => rule.type === 'pull_request') && requiredChecks(found).length > 0;
    if (settled)
        return { branch, rules: found };
    const classic = await read('protection', () => fetchClassicProtection(client, t, branch));
    if (rules === undefined && classic === undefined)
        return undefined;
    return { branch, rules: found, ...(classic ? { classic } : {}) };
}
/** `GET /repos/{o}/{r}/branches/{branch}`: whether classic protection applies, and the checks it requires. */
async function fetchClassicProtection(client, t, branch) {
    const response = await client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
        owner: t.owner,
        repo: t.repo,
        branch
    });
    const data = BRANCH.parse(response.data);
    const checks = data.protection?.required_status_checks;
    const contexts = checks === undefined || checks.enforcement_level === 'off'
        ? []
        : [...(checks.contexts ?? []), ...(checks.checks ?? []).map(check => check.context)];
    return { protected: data.protected, requiredChecks: [...new Set(contexts)] };
}
/** One page of 100: the active rules on one branch. */
async function fetchRules(client, t, branch) {
    const response = await client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
        owner: t.owner,
        repo: t.repo,
        branch,
        per_page: PER_PAGE
    });
    return RULES.parse(response.data).map(rule => ({
        type: rule.type,
        ...(rule.parameters !== undefined ? { parameters: rule.parameters } : {}),
        ...(rule.ruleset_id !== undefined ? { rulesetId: rule.ruleset_id } : {}),
        ...(rule.ruleset_source_type !== undefined ? { rulesetSourceType: rule.ruleset_source_type } : {}),
        ...(rule.ruleset_source !== undefined ? { rulesetSource: rule.ruleset_source } : {})
    }));
}
function gapFor(what, error) {
    const permission = PERMISSION[what];
    if (error instanceof errors/* ZodError */.G) {
        const issue = error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return {
            what,
            permission,
            reason: `unexpected response from GitHub (${where}${issue?.message ?? 'invalid'})`
        };
    }
    if (error instanceof github_gave_up_error/* GitHubGaveUpError */.e) {
        return { what, permission, ...(error.status ? { status: error.status } : {}), reason: error.message };
    }
    const { status } = error;
    const said = (0,github_message/* githubMessage */.h)(error);
    if (status === 403 || status === 404) {
        return { what, permission, status, reason: `${status} ${said}: ${missingScope(what)}` };
    }
    return { what, permission, ...(status ? { status } : {}), reason: status ? `${status} ${said}` : said };
}
function missingScope(what) {
    if (what === 'rules') {
        return 'GITHUB_TOKEN always has metadata: read, so rulesets are unavailable to this repository (private on a plan without rulesets) or the token is not a GITHUB_TOKEN';
    }
    return `the token needs \`permissions: ${PERMISSION[what]}\` in the workflow`;
}

;// CONCATENATED MODULE: ./src/evidence/api.ts


/**
 * The REST half of the evidence (design \u00a74): this run's jobs matched to its workflow file, the head commit's
 * deployments and the default branch's rules. Never throws for API failures: what could not be read is a gap
 * naming the permission, and the practices that need it become unknown.
 */
async function collectApiEvidence(api, workflows) {
    const { context } = api;
    const collection = await collectRun(api.client, {
        owner: context.owner,
        repo: context.repo,
        run: context.runId === undefined ? undefined : { id: context.runId, attempt: context.runAttempt ?? 1 },
        sha: context.sha,
        defaultBranch: context.defaultBranch
    });
    const { rules, deployments } = collection;
    const gaps = [...collection.gaps];
    let run;
    if (collection.run) {
        const file = context.workflowFile ?? collection.run.workflowPath;
        const workflow = workflows.find(w => w.file === file);
        if (workflow) {
            const matching = (0,match_jobs/* matchJobs */.q)(workflow, collection.run.jobs, context.job);
            run = {
                event: collection.run.event,
                workflow: file,
                jobs: new Map(matching.matched.map(m => [m.workflowJob.job, m.runJobs])),
                unmatched: matching.unmatched,
                ...(context.job === undefined ? {} : { gateJob: context.job })
            };
        }
        else {
            gaps.push({
                what: 'run',
                permission: 'contents: read',
                reason: `the run's workflow ${file} is not in the checkout`,
                fix: "Check out the repository (actions/checkout) at this run's commit before the gate step."
            });
        }
    }
    return { run, rules, deployments, gaps };
}

// EXTERNAL MODULE: ./src/evidence/commit-sha.ts
var commit_sha = __webpack_require__(3435);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/input-error.ts
/**
 * A mistake in what the gate was pointed at \u2014 a directory that does not exist, a report path it cannot
 * write \u2014 rather than in the repository it judges. The CLI prints it as one line, `maturity-gate: <what>
 * (<path>)`, and exits 2; never a stack trace.
 */
class InputError extends Error {
    what;
    path;
    constructor(what, path) {
        super(`${what} (${path})`);
        this.what = what;
        this.path = path;
    }
}

// EXTERNAL MODULE: ./src/core/message-of.ts
var message_of = __webpack_require__(4344);
;// CONCATENATED MODULE: ./src/evidence/files.ts




/** Folders that hold no evidence of the pipeline and can be huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A workspace file larger than this is not read as text evidence (reports are streamed elsewhere). */
const MAX_READ_BYTES = 10 * 1024 * 1024;
/** Bounds the walk on giant monorepos; the folders beyond it are named in `unlisted`, and the report says so. */
const MAX_FILES = 200_000;
/**
 * The checkout as a Workspace: every file listed once, contents read on demand and cached. Nothing outside
 * root is ever read: symlinks are listed but `read` refuses any path whose real location leaves the root.
 */
function collectWorkspace(root, maxFiles = MAX_FILES) {
    const realRoot = repositoryRoot(root);
    const { files, unlisted } = listFiles(realRoot, maxFiles);
    const cache = new Map();
    const result = (file) => {
        let found = cache.get(file);
        if (!found)
            cache.set(file, (found = readInside(realRoot, file)));
        return found;
    };
    return {
        root: realRoot,
        files,
        ...(unlisted.length > 0 ? { unlisted: { limit: maxFiles, folders: unlisted } } : {}),
        read: file => {
            const found = result(file);
            return 'text' in found ? found.text : undefined;
        },
        whyUnread: file => {
            const found = result(file);
            return 'reason' in found ? found.reason : undefined;
        }
    };
}
/** The real path of the directory to judge; InputError when it is missing, not a directory or unreadable. */
function repositoryRoot(root) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(root);
    }
    catch (error) {
        throw new InputError(`the repository directory ${ioReason(error)}`, root);
    }
    if (!(0,external_node_fs_.statSync)(real).isDirectory()) {
        throw new InputError('the repository root is a file, not a directory', root);
    }
    return real;
}
/**
 * Where a workspace-relative path really leads when that is outside the root (through `..`, an absolute
 * path or a symlink), else undefined; a path that does not exist is not outside.
 */
function outsideRoot(root, file) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const resolved = external_node_path_default().resolve(realRoot, file);
    let real = resolved;
    try {
        real = (0,external_node_fs_.realpathSync)(resolved);
    }
    catch {
        // Missing: judge the path as written.
    }
    return real === realRoot || real.startsWith(realRoot + (external_node_path_default()).sep) ? undefined : real;
}
/** An fs error as the end of a sentence: "does not exist", "cannot be read: permission denied". */
function ioReason(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'does not exist';
    if (isPermissionDenied(error))
        return 'cannot be read: permission denied';
    if (code === 'ENOTDIR')
        return 'does not exist: a folder on its path is a file';
    return `cannot be read: ${(0,message_of/* messageOf */.b)(error)}`;
}
/** Every file, one folder at a time, until `maxFiles` are listed; `unlisted` holds the folders not walked. */
function listFiles(root, maxFiles) {
    const files = [];
    const pending = [''];
    while (pending.length > 0 && files.length < maxFiles) {
        const dir = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    pending.push(relative);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                files.push(relative);
            }
        }
    }
    return { files: files.sort(), unlisted: pending.sort() };
}
/**
 * Reads a workspace-relative file as UTF-8, or says why not: missing, outside the root, not a regular file
 * (a directory, or a named pipe that would block the gate forever), too large, or not readable.
 */
function readInside(root, file) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(external_node_path_default().resolve(root, file));
    }
    catch (error) {
        return { reason: reasonOf(error, root, file) };
    }
    if (real !== root && !real.startsWith(root + (external_node_path_default()).sep))
        return { reason: `resolves outside the repository (${real})` };
    try {
        const info = (0,external_node_fs_.statSync)(real);
        if (!info.isFile())
            return { reason: 'not a regular file' };
        if (info.size > MAX_READ_BYTES)
            return {
                reason: `${Math.ceil(info.size / 1024 / 1024)} MB is larger than the ${MAX_READ_BYTES / 1024 / 1024} MB read limit`
            };
        return { text: (0,external_node_fs_.readFileSync)(real, 'utf8') };
    }
    catch (error) {
        return { reason: reasonOf(error, root, file) };
    }
}
function isDirectory(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * A file the gate is not allowed to read is an InputError: that is the machine's setup, not the repository's
 * content, and judging without the file would be judging on less evidence than the repository holds.
 */
function reasonOf(error, root, file) {
    if (isPermissionDenied(error))
        throw new InputError(`${file} ${ioReason(error)}`, external_node_path_default().resolve(root, file));
    switch (error.code) {
        case 'ENOENT':
            return 'not found';
        case 'ENOTDIR':
            return isDirectory(root) ? 'not found' : `${root} is not a directory`;
        case 'ELOOP':
            return 'a symlink loop';
        default:
            return error.message;
    }
}
function isPermissionDenied(error) {
    const code = error.code;
    return code === 'EACCES' || code === 'EPERM';
}

;// CONCATENATED MODULE: ./src/evidence/no-reports.ts
/** Report evidence of a workspace that has none (the base commit, tests that do not need reports). */
const noReports = {
    tests: globs => Promise.resolve({ searched: [...globs], files: [] }),
    coverage: globs => Promise.resolve({ searched: [...globs], files: [] })
};

;// CONCATENATED MODULE: ./src/evidence/remote-workflow-reader.ts


/** What a refusal most likely means when the file sits in another repository. */
const REFUSALS = {
    401: 'the token is not valid',
    403: 'the token may not read that repository',
    404: 'no such file at that ref, or the token cannot see that repository?'
};
/**
 * Reads a remote reusable workflow (`owner/repo/path@ref`) through the contents API, for the workflow
 * collector. When it cannot be read (private repository, no access, GitHub down) the answer says why, with
 * the HTTP status: the job then stays opaque with that reason, and the report shows it.
 */
function remoteWorkflowReader(client) {
    return async ({ owner, repo, path, ref }) => {
        try {
            // Segments encoded, slashes kept: Octokit's `{path}` would send `%2F`, which fine-grained tokens get 404 for.
            const segments = path.split('/').map(encodeURIComponent).join('/');
            const response = await client.request(`GET /repos/{owner}/{repo}/contents/${segments}`, {
                owner,
                repo,
                ref
            });
            return fileOf(response.data);
        }
        catch (error) {
            return failureOf(error);
        }
    };
}
function fileOf(data) {
    if (Array.isArray(data))
        return { ok: false, reason: 'a directory, not a file' };
    const file = data;
    if (file.type !== 'file')
        return { ok: false, reason: `a ${file.type ?? 'thing of no type'}, not a file` };
    // The contents API leaves out the text of files over 1 MB (encoding `none`).
    if (file.encoding !== 'base64' || typeof file.content !== 'string') {
        return { ok: false, reason: `its text was not sent (encoding ${file.encoding ?? 'missing'}; over 1 MB?)` };
    }
    return { ok: true, text: Buffer.from(file.content, 'base64').toString('utf8') };
}
function failureOf(error) {
    // The client has already retried 5xx, timeouts and network failures: its message says what happened.
    if (error instanceof github_gave_up_error/* GitHubGaveUpError */.e)
        return { ok: false, status: error.status, reason: error.message };
    const { status } = error;
    const said = (0,github_message/* githubMessage */.h)(error);
    if (status === undefined)
        return { ok: false, reason: `request failed: ${said}` };
    const refusal = REFUSALS[status];
    return { ok: false, status, reason: `${status} ${said.toLowerCase()}${refusal ? ` (${refusal})` : ''}` };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./src/evidence/glob-filter.ts

/**
 * A picomatch matcher for filtering many workspace paths. picomatch's `**` regexes scan every path they are
 * tried on, and on a cold start compiling them and their first runs cost more than the rest of a small gate.
 * A glob whose last segment ends in literal text (`*.xml`, `lcov.info`, `*.{tf,tfvars}`) can only match
 * paths ending in that text, so `endsWith` rules out nearly every file first, and picomatch compiles the
 * globs only once some path gets past it.
 */
function globFilter(globs, options = {}) {
    // `!glob` excludes (as in .gitignore and actions/upload-artifact); picomatch alone would read a list with a
    // negation as "anything not matching it", so the negations become its `ignore` list.
    const includes = globs.filter(glob => !glob.startsWith('!'));
    const excludes = globs.filter(glob => glob.startsWith('!')).map(glob => glob.slice(1));
    const ignore = [...excludes, ...toArray(options.ignore)];
    let compiled;
    const isMatch = (file) => (compiled ??= picomatch_default()(includes, { ...options, ignore: ignore.length > 0 ? ignore : undefined }))(file);
    const tails = includes.map(literalTails);
    // Case-folding defeats endsWith.
    if (tails.includes(undefined) || options.nocase)
        return isMatch;
    const suffixes = tails.flat();
    return file => suffixes.some(suffix => file.endsWith(suffix)) && isMatch(file);
}
function toArray(value) {
    if (value === undefined)
        return [];
    return typeof value === 'string' ? [value] : [...value];
}
const GLOB_CHARS = '*?[]{}()!+@\\|';
/**
 * The texts one of which a match must end with: the final segment's literal tail, or for a final brace
 * group of plain alternatives (`helmfile.{yaml,yml}`) each alternative after the literal text before it.
 * Undefined when the glob ends in a wildcard or anything more complex.
 */
function literalTails(glob) {
    const segment = glob.slice(glob.lastIndexOf('/') + 1);
    const brace = segment.endsWith('}') ? segment.lastIndexOf('{') : -1;
    const alternatives = brace === -1 ? [''] : segment.slice(brace + 1, -1).split(',');
    const plain = (a) => !GLOB_CHARS.split('').some(c => a.includes(c)) && !a.includes('..');
    // `{1..3}` is a range, `{a}` and `\{a,b}` are literal text: only `{a,b,\u2026}` of plain words is expanded here.
    if (brace !== -1 && (alternatives.length < 2 || segment[brace - 1] === '\\'))
        return undefined;
    if (!alternatives.every(plain))
        return undefined;
    const before = brace === -1 ? segment : segment.slice(0, brace);
    let start = 0;
    for (let i = before.length - 1; i >= 0; i--) {
        if (GLOB_CHARS.includes(before[i])) {
            start = i + 1;
            break;
        }
    }
    const tails = alternatives.map(a => before.slice(start) + a);
    return tails.includes('') ? undefined : tails;
}

;// CONCATENATED MODULE: ./src/evidence/not-ours.ts
/**
 * Paths whose files are not the repository's own pipeline, infrastructure or results: installed and vendored
 * packages, tool caches, test fixtures and examples, and workflow definitions. A test-report fixture with
 * deliberate failures, or a Terraform example, must not decide a practice about the repository itself.
 * Documented in docs/policy.md; globs a policy writes for its own `files` checks are taken as written.
 */
const NOT_OURS = [
    '**/{node_modules,.venv,venv,env,site-packages,vendor,third_party,.terraform}/**',
    '**/{fixtures,__fixtures__,testdata,test-data}/**',
    'examples/**',
    '.github/**'
];

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/parsers/coverage-summary.ts
/** A coverage report that cannot be read as any supported format, or is inconsistent. */
class CoverageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CoverageError';
    }
}
/**
 * covered/total as a percentage; null when nothing was measured (0 of 0 is not 100% coverage). Rounded to
 * 6 decimals so that float noise (56.99999999999999) never decides a threshold.
 */
function percent(covered, total) {
    // A count that is not a finite number (`1e999`, NaN) is a broken report, not "nothing measured".
    for (const count of [covered, total])
        if (!Number.isFinite(count))
            throw new CoverageError(`count ${count} is not a finite number`);
    if (total <= 0)
        return null;
    if (covered < 0 || covered > total)
        throw new CoverageError(`covered count ${covered} is outside 0..${total}`);
    return Math.round((covered / total) * 100 * 1e6) / 1e6;
}
/** A percentage a report states outright, refused unless finite and within 0\u2013100 (`1e999` parses as Infinity). */
function statedPercent(value, what) {
    if (!Number.isFinite(value) || value < 0 || value > 100)
        throw new CoverageError(`${what} ${value} is not a percentage between 0 and 100`);
    return value;
}
/** A rate attribute (0..1) as a percentage, or null when absent. */
function rateToPercent(rate, what) {
    if (rate === undefined || rate.trim() === '')
        return null;
    const value = Number(rate);
    if (!Number.isFinite(value) || value < 0 || value > 1)
        throw new CoverageError(`${what} "${rate}" is not a rate between 0 and 1`);
    return Math.round(value * 100 * 1e6) / 1e6;
}

;// CONCATENATED MODULE: ./src/parsers/coverage-py.ts

function count(totals, key) {
    const value = totals[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new CoverageError(`coverage.py JSON: totals.${key} is ${JSON.stringify(value)}, not a count`);
    }
    return value;
}
/**
 * coverage.py `coverage json`: lines from `covered_lines`/`num_statements` (its `percent_covered` mixes in
 * branches when branch coverage is on, so it is only the fallback), branches from
 * `covered_branches`/`num_branches` when measured.
 */
function parseCoveragePy(totals) {
    const covered = count(totals, 'covered_lines');
    const statements = count(totals, 'num_statements');
    let lines;
    if (covered !== undefined && statements !== undefined)
        lines = percent(covered, statements);
    else if (typeof totals.percent_covered === 'number')
        lines = statedPercent(totals.percent_covered, 'coverage.py JSON: totals.percent_covered');
    else
        throw new CoverageError('coverage.py JSON: totals has neither covered_lines/num_statements nor percent_covered');
    const branchesCovered = count(totals, 'covered_branches');
    const branches = count(totals, 'num_branches');
    return {
        format: 'coverage.py',
        lines,
        branches: branchesCovered !== undefined && branches !== undefined ? percent(branchesCovered, branches) : null
    };
}

;// CONCATENATED MODULE: ./src/parsers/istanbul-summary.ts

function metric(total, key) {
    const m = total[key];
    if (m === undefined)
        return null;
    if (typeof m !== 'object' || m === null)
        throw new CoverageError(`istanbul summary: total.${key} is not an object`);
    const { total: found, covered, pct } = m;
    if (typeof found === 'number' && typeof covered === 'number')
        return percent(covered, found);
    // Older istanbul writes pct "Unknown" when nothing was measured.
    return typeof pct === 'number' ? statedPercent(pct, `istanbul summary: total.${key}.pct`) : null;
}
/** istanbul/nyc/jest `json-summary` reporter (`coverage-summary.json`): `total.lines` and `total.branches`. */
function parseIstanbulSummary(total) {
    return { format: 'istanbul', lines: metric(total, 'lines'), branches: metric(total, 'branches') };
}

;// CONCATENATED MODULE: ./src/parsers/lcov.ts

function lcov_count(value, line) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < 0) {
        throw new CoverageError(`LCOV line ${line}: "${value}" is not a count`);
    }
    return n;
}
/**
 * LCOV tracefile (geninfo(1)): sums each record's `LF`/`LH` and `BRF`/`BRH`; a record without them (some
 * generators omit the summaries) is recounted from its `DA` and `BRDA` lines.
 */
function parseLcov(text) {
    const totals = { lines: { found: 0, hit: 0 }, branches: { found: 0, hit: 0 } };
    let record = { da: { found: 0, hit: 0 }, brda: { found: 0, hit: 0 } };
    let records = 0;
    const close = () => {
        const lines = record.lines ?? record.da;
        const branches = record.branches ?? record.brda;
        totals.lines.found += lines.found;
        totals.lines.hit += lines.hit;
        totals.branches.found += branches.found;
        totals.branches.hit += branches.hit;
        record = { da: { found: 0, hit: 0 }, brda: { found: 0, hit: 0 } };
    };
    const rows = text.split(/\r?\n/);
    rows.forEach((row, index) => {
        const line = index + 1;
        const colon = row.indexOf(':');
        const key = colon === -1 ? row.trim() : row.slice(0, colon);
        const value = colon === -1 ? '' : row.slice(colon + 1);
        if (key === 'end_of_record') {
            close();
            records++;
        }
        else if (key === 'LF')
            record.lines = { found: lcov_count(value, line), hit: record.lines?.hit ?? 0 };
        else if (key === 'LH')
            record.lines = { found: record.lines?.found ?? 0, hit: lcov_count(value, line) };
        else if (key === 'BRF')
            record.branches = { found: lcov_count(value, line), hit: record.branches?.hit ?? 0 };
        else if (key === 'BRH')
            record.branches = { found: record.branches?.found ?? 0, hit: lcov_count(value, line) };
        else if (key === 'DA') {
            const hits = value.split(',')[1] ?? '';
            record.da.found++;
            if (lcov_count(hits, line) > 0)
                record.da.hit++;
        }
        else if (key === 'BRDA') {
            const taken = value.split(',')[3] ?? '';
            record.brda.found++;
            // '-' means the block was never reached: the branch counts as found, not taken.
            if (taken !== '-' && lcov_count(taken, line) > 0)
                record.brda.hit++;
        }
    });
    if (record.lines || record.branches || record.da.found > 0 || record.brda.found > 0) {
        close();
        records++;
    }
    if (records === 0)
        throw new CoverageError('LCOV: no records (no end_of_record, LF or DA lines)');
    return {
        format: 'lcov',
        lines: percent(totals.lines.hit, totals.lines.found),
        branches: percent(totals.branches.hit, totals.branches.found)
    };
}

;// CONCATENATED MODULE: ./src/parsers/xml-error.ts
/** A well-formedness or safety problem in an XML document, with its 1-based position. */
class XmlError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(`${message} (line ${line}, column ${column})`);
        this.line = line;
        this.column = column;
        this.name = 'XmlError';
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-grammar.ts
/**
 * What the tokenizer accepts as well-formed, written once: the regexes it matches tags and references with,
 * and the character classes of XML names and characters.
 */
const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][\\w.:\\u00B7\\u00C0-\\uFFFF-]*';
const REFERENCE_SOURCE = '&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);';
/** XML's white space (its `S` production): `\s` would also take a no-break space or a BOM. */
const S = '[ \\t\\r\\n]';
/**
 * A whole start tag, references in attribute values included, checked in one pass: this regex is the
 * tokenizer's hot path, so it captures nothing (the name is sliced afterwards; attributes only on demand).
 */
const ATTRIBUTES = `(?:${S}+${NAME}${S}*=${S}*(?:"[^"<&]*(?:${REFERENCE_SOURCE}[^"<&]*)*"|'[^'<&]*(?:${REFERENCE_SOURCE}[^'<&]*)*'))*${S}*`;
const START_TAG = new RegExp(`<${NAME}${ATTRIBUTES}/?>`, 'y');
/** Character data without markup: text and references, as `characters` of the tokenizer accepts it. */
const TEXT = `[^<&]*(?:${REFERENCE_SOURCE}[^<&]*)*`;
/**
 * One counted element after optional white space, well-formed as the tokenizer checks it (START_TAG, TEXT,
 * END_TAG): `plain` is self-closing or holds white space and text-only children; `flagged` holds exactly one
 * flag child among them. Matched one element at a time, so that the tokenizer counts them as it goes.
 */
function countedElementPatterns({ name, textChildren, flag }) {
    const element = (tag, content) => `<${escapeName(tag)}${ATTRIBUTES}(?:/>|>${content}</${escapeName(tag)}${S}*>)`;
    const quiet = `(?:${S}*(?:${textChildren.map(child => element(child, TEXT)).join('|')}))*`;
    const closing = `${S}*</${escapeName(name)}${S}*>`;
    const open = `${S}*<${escapeName(name)}${ATTRIBUTES}`;
    return {
        plain: new RegExp(`${open}(?:/>|>${quiet}${closing})`, 'y'),
        flagged: new RegExp(`${open}>${quiet}${S}*${element(flag, TEXT)}${quiet}${closing}`, 'y')
    };
}
function escapeName(name) {
    return name.replace(/[.:-]/g, '\\$&');
}
const END_TAG = new RegExp(`</${NAME}${S}*>`, 'y');
const REFERENCE = new RegExp(REFERENCE_SOURCE, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})${S}*=${S}*(?:"([^"]*)"|'([^']*)')`, 'g');
const EXTERNAL_DOCTYPE = new RegExp(`<!DOCTYPE\\s+${NAME}(?:\\s+(?:SYSTEM\\s+("[^"]*"|'[^']*')|PUBLIC\\s+("[^"]*"|'[^']*')\\s+("[^"]*"|'[^']*')))?\\s*>`, 'y');
const NOT_WHITESPACE = /[^ \t\r\n]/;
/** The characters XML allows at all (its `Char` production). */
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
/** XML name characters, ASCII fast path: letters, digits, `_ - . :` and everything from U+00B7 up. */
function isNameChar(code) {
    return ((code >= 97 && code <= 122) ||
        (code >= 65 && code <= 90) ||
        (code >= 48 && code <= 58) ||
        code === 95 ||
        code === 45 ||
        code === 46 ||
        code >= 0xb7);
}
/**
 * Whether the name at buf[start] is exactly `name`. Compared code by code: `startsWith` was the tokenizer's
 * hottest line (it is a generic builtin that first checks whether its argument is a RegExp).
 */
function nameIsAt(buf, start, name) {
    const length = name.length;
    for (let i = 0; i < length; i++)
        if (buf.charCodeAt(start + i) !== name.charCodeAt(i))
            return false;
    return !isNameChar(buf.charCodeAt(start + length));
}

;// CONCATENATED MODULE: ./src/parsers/xml-positions.ts
/**
 * Line and column of offsets in a document read in chunks. Lines are counted incrementally, only when the
 * tokenizer drops consumed text and when an error is raised, never per tag: `buf` is the text still held and
 * `base` the absolute offset of its first character.
 */
class XmlPositions {
    /** Everything before `countedTo` (absolute) has been counted. */
    countedTo = 0;
    line = 1;
    lastNewline = -1;
    /** Counts the lines of `buf` up to the absolute offset `absolute`. */
    countTo(buf, base, absolute) {
        const end = absolute - base;
        let i = buf.indexOf('\n', this.countedTo - base);
        while (i !== -1 && i < end) {
            this.line++;
            this.lastNewline = base + i;
            i = buf.indexOf('\n', i + 1);
        }
        this.countedTo = absolute;
    }
    /** Places an open element that starts in `buf` before that text is dropped; a placed one stays as it is. */
    place(open, buf, base) {
        if (open.line !== 0)
            return;
        this.countTo(buf, base, open.offset);
        open.line = this.line;
        open.column = open.offset - this.lastNewline;
    }
    /** Where an open element starts, placed or not. */
    ofOpen(open, buf, base) {
        return open.line !== 0 ? open : this.of(buf, base, open.offset - base);
    }
    /** Position of buf[index]; counts from the start of the buffer, so it is for errors only. */
    of(buf, base, index) {
        let line = this.line;
        let lastNewline = this.lastNewline;
        let i = buf.indexOf('\n');
        while (i !== -1 && i < index) {
            line++;
            lastNewline = base + i;
            i = buf.indexOf('\n', i + 1);
        }
        return { line, column: base + index - lastNewline };
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-references.ts

/** Sentinel for "no such character in the rest of the buffer". */
const NONE = Number.MAX_SAFE_INTEGER;
function indexOrNone(buf, search, from) {
    const i = buf.indexOf(search, from);
    return i === -1 ? NONE : i;
}
/**
 * The tokenizer's check of references, the only entities it lets through: every `&` in text must start one
 * of the predefined or character references, and every character reference must name a legal character.
 * The next `&` (in text) and `&#` (anywhere) are cached, so that each is searched for once per buffer.
 */
class XmlReferences {
    fail;
    nextAmp = -1;
    nextCharRef = -1;
    /** `fail` raises the error at an index of the buffer being checked. */
    constructor(fail) {
        this.fail = fail;
    }
    /** The buffer changed: cached indexes point nowhere. */
    reset() {
        this.nextAmp = -1;
        this.nextCharRef = -1;
    }
    /** Every `&` in text must start one of the predefined or character references. */
    checkText(buf, start, end) {
        if (this.nextAmp < start)
            this.nextAmp = indexOrNone(buf, '&', start);
        while (this.nextAmp < end) {
            const at = this.nextAmp;
            REFERENCE.lastIndex = at;
            if (!REFERENCE.test(buf) || REFERENCE.lastIndex > end) {
                const ref = /^&[^;\s<&]{0,20};?/.exec(buf.slice(at, at + 24))?.[0] ?? '&';
                this.fail(`undefined entity reference ${ref}: only &lt; &gt; &amp; &quot; &apos; and character references are allowed (no DTD entities are expanded)`, at);
            }
            this.nextAmp = indexOrNone(buf, '&', at + 1);
        }
        this.checkCharacterReferences(buf, start, end);
    }
    /** Character references (already well-formed) must name a legal XML character. */
    checkCharacterReferences(buf, start, end) {
        if (this.nextCharRef < start)
            this.nextCharRef = indexOrNone(buf, '&#', start);
        while (this.nextCharRef < end) {
            const at = this.nextCharRef;
            const ref = buf.slice(at + 2, buf.indexOf(';', at));
            const code = ref[0] === 'x' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
            if (!isXmlChar(code))
                this.fail(`character reference &#${ref}; is not a legal XML character`, at);
            this.nextCharRef = indexOrNone(buf, '&#', at + 1);
        }
    }
    /** A tag the grammar refused, checked from its start: a bad reference is the likeliest reason to name. */
    checkRefusedTag(buf, start, end) {
        this.nextAmp = -1;
        this.checkText(buf, start, end);
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-tokenizer.ts




/**
 * A small streaming XML tokenizer shared by the report parsers (JUnit, TRX, Cobertura, JaCoCo).
 *
 * Why not a DOM or a library: reports can be gigabytes, so memory must stay flat, and a DTD must never be
 * processed (design \u00a711: billion laughs, external entities). The tokenizer is deliberately non-validating:
 * it checks well-formedness (tag syntax, nesting, entity references, one root) and reports the first problem
 * with a 1-based line and column; it never expands anything but the five predefined entities and character
 * references.
 *
 * Speed comes from scanning with `indexOf` and one sticky regex per tag; attribute values are handed to the
 * handler undecoded (`attrs`) so that a handler decodes only the few elements it cares about.
 *
 * The seams: xml-grammar.ts holds the regexes of well-formed tags and references, xml-references.ts checks
 * the references, xml-positions.ts works out lines and columns, xml-decode.ts decodes what handlers ask for;
 * the handler contract is xml-handler.ts and the error xml-error.ts.
 */
/** Longest single tag kept while waiting for its end; beyond this the document is refused (constant memory). */
const MAX_TOKEN = 4 * 1024 * 1024;
const MAX_DEPTH = 1000;
const MAX_INTERNED = 16;
/** A trailing `&\u2026` shorter than this is kept for the next chunk so that a reference is never split. */
const MAX_REFERENCE = 16;
const TERMINATOR = { comment: '-->', cdata: ']]>', pi: '?>' };
/**
 * Feeds chunks of a document to a handler. `write` may be called with any split of the text (even inside a
 * tag or a reference); `end` checks that the document is complete.
 */
class XmlTokenizer {
    handler;
    buf = '';
    pos = 0;
    /** Absolute offset of buf[0] in the document. */
    base = 0;
    mode = 'markup';
    /** Where the current comment, CDATA section or processing instruction began (resolved like elements). */
    modeStart = { name: '', offset: 0, line: 0, column: 0 };
    stack = [];
    rootSeen = false;
    rootClosed = false;
    started = false;
    positions = new XmlPositions();
    references = new XmlReferences((message, index) => this.fail(message, index));
    tokenStart = 0;
    attrStart = 0;
    attrEnd = 0;
    names = [];
    patternsFor;
    patterns;
    /** Fragment mode only: the edges recorded so far (see XmlFragmentEdges). */
    edges;
    /**
     * `fragment`: the text is a piece of a document that starts at a tag inside the root (a big report read by
     * several threads). End tags without a start tag in the piece and content at its top level are recorded in
     * XmlFragmentEdges instead of refused, because only the pieces before it can tell whether they are errors;
     * everything else is checked as usual, and positions in errors are relative to the piece.
     */
    constructor(handler, fragment = false) {
        this.handler = handler;
        if (!fragment)
            return;
        this.edges = { closed: [], open: [], contentAfterClosed: -1, depth: 0 };
        // The root was read before the piece: a DOCTYPE or a BOM here is an error, not a document's start.
        this.rootSeen = true;
        this.started = true;
    }
    write(chunk) {
        if (!this.started) {
            this.started = true;
            if (chunk.charCodeAt(0) === 0xfeff)
                chunk = chunk.slice(1);
        }
        this.compact();
        this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
        this.references.reset();
        this.run(false);
    }
    end() {
        this.run(true);
        if (this.mode !== 'markup') {
            const what = { comment: 'comment', cdata: 'CDATA section', pi: 'processing instruction' }[this.mode];
            const { line, column } = this.resolve(this.modeStart);
            throw new XmlError(`unexpected end of input: ${what} starting here is not closed`, line, column);
        }
        const open = this.stack[this.stack.length - 1];
        if (open) {
            const { line, column } = this.resolve(open);
            throw new XmlError(`unexpected end of input: <${open.name}> is not closed`, line, column);
        }
        if (!this.rootSeen)
            this.fail('no root element: the document is empty', this.pos);
    }
    /**
     * The edges of the text written so far when it ends cleanly here: between two constructs, with nothing
     * half-read; undefined otherwise. `final` first reads what was held back for a following chunk (the text
     * is the document's or the piece's last). Outside fragment mode, edges are only given within the root.
     */
    cut(final) {
        if (final)
            this.run(true);
        if (this.mode !== 'markup' || this.pos < this.buf.length)
            return undefined;
        const open = this.stack.map(element => element.name);
        if (this.edges)
            return { ...this.edges, closed: [...this.edges.closed], open };
        if (open.length === 0)
            return undefined;
        return { closed: [], open, contentAfterClosed: -1, depth: open.length };
    }
    rawAttributes() {
        return this.buf.slice(this.attrStart, this.attrEnd);
    }
    /** Position of the construct just handed to the handler, for errors the handler raises itself. */
    location() {
        return this.positionOf(this.tokenStart);
    }
    /**
     * Drops consumed text. Its lines are counted first, placing the still-open elements (and an unfinished
     * comment or CDATA section) that start in it.
     */
    compact() {
        if (this.pos === 0)
            return;
        // A fragment's errors only make the pieces be read again in one go, so its lines are never counted.
        if (!this.edges) {
            const pending = this.mode === 'markup' ? this.stack : [...this.stack, this.modeStart];
            for (const open of pending)
                this.positions.place(open, this.buf, this.base);
            this.positions.countTo(this.buf, this.base, this.base + this.pos);
        }
        this.buf = this.buf.slice(this.pos);
        this.base += this.pos;
        this.pos = 0;
    }
    resolve(open) {
        return this.positions.ofOpen(open, this.buf, this.base);
    }
    positionOf(index) {
        return this.positions.of(this.buf, this.base, index);
    }
    fail(message, index) {
        const { line, column } = this.positionOf(index);
        throw new XmlError(message, line, column);
    }
    run(final) {
        while (this.pos < this.buf.length) {
            const progressed = this.mode === 'markup' ? this.markup(final) : this.skip(final);
            if (!progressed)
                break;
        }
    }
    /** Character data up to the next `<`, then one markup construct. False when more input is needed. */
    markup(final) {
        const buf = this.buf;
        const lt = buf.indexOf('<', this.pos);
        if (lt === -1) {
            this.flushText(final);
            return false;
        }
        if (lt > this.pos)
            this.characters(this.pos, lt);
        this.pos = lt;
        const next = buf.charCodeAt(lt + 1);
        if (next === 0x2f /* / */)
            return this.endTag(final);
        if (next === 0x21 /* ! */)
            return this.declaration(final);
        if (next === 0x3f /* ? */)
            return this.enter('pi', lt + 2);
        if (Number.isNaN(next)) {
            if (!final)
                return false;
            this.fail('unexpected end of input inside a tag', lt);
        }
        return this.countedRun() || this.startTag(final);
    }
    /** Text without a following `<` yet: pass it on, keeping a possibly split reference for the next chunk. */
    flushText(final) {
        const buf = this.buf;
        let cut = buf.length;
        const amp = buf.lastIndexOf('&');
        if (!final && amp >= this.pos && buf.length - amp < MAX_REFERENCE && !buf.includes(';', amp))
            cut = amp;
        if (cut > this.pos)
            this.characters(this.pos, cut);
        this.pos = cut;
    }
    characters(start, end) {
        this.references.checkText(this.buf, start, end);
        if (this.stack.length === 0) {
            const stray = this.buf.slice(start, end).search(NOT_WHITESPACE);
            if (stray !== -1 && this.edges) {
                this.topLevelContent(this.edges);
                return;
            }
            if (stray !== -1) {
                this.fail(this.rootClosed ? 'text after the root element' : 'text before the root element', start + stray);
            }
            return;
        }
        if (this.handler.wantText)
            this.handler.text(this.buf.slice(start, end), false);
    }
    startTag(final) {
        const buf = this.buf;
        const at = this.pos;
        START_TAG.lastIndex = at;
        if (!START_TAG.test(buf))
            return this.badTag(at, final, 'start tag');
        const end = START_TAG.lastIndex;
        this.references.checkCharacterReferences(buf, at, end);
        const name = this.nameAt(at + 1);
        const nameEnd = at + 1 + name.length;
        const selfClosing = buf.charCodeAt(end - 2) === 0x2f; /* / */
        if (this.stack.length === 0 && this.edges)
            this.topLevelContent(this.edges);
        else if (this.stack.length === 0) {
            if (this.rootSeen)
                this.fail(`second root element <${name}>: a document has exactly one`, at);
            this.rootSeen = true;
            if (selfClosing)
                this.rootClosed = true;
        }
        if (!selfClosing) {
            if (this.stack.length >= MAX_DEPTH)
                this.fail(`elements nested deeper than ${MAX_DEPTH}`, at);
            this.stack.push({ name, offset: this.base + at, line: 0, column: 0 });
            if (this.edges && this.stack.length > this.edges.depth)
                this.edges.depth = this.stack.length;
        }
        this.pos = end;
        this.tokenStart = at;
        this.attrStart = nameEnd;
        this.attrEnd = selfClosing ? end - 2 : end - 1;
        this.handler.open(name, selfClosing, this);
        return true;
    }
    /**
     * Consumes the run of elements the handler only counts that starts at pos, if one does, and reports it with
     * `countedRun`: a regex match per element instead of an open/close pair per tag, the per-tag cost of big
     * reports. An element the patterns refuse (a failing test case, one cut by the chunk's end, a malformed one)
     * is left to startTag, which reads it tag by tag and says what is wrong. Not at the root (that is for the
     * handler to see opened), nor within three levels of MAX_DEPTH, so that the depth limit fails where it always
     * has.
     */
    countedRun() {
        const counted = this.handler.counted;
        const depth = this.stack.length;
        if (counted === undefined || this.handler.wantText || depth + 3 > MAX_DEPTH)
            return false;
        // At depth 0 of a document that is the root; of a fragment, an element of the pieces before it.
        if (depth === 0 && !this.edges)
            return false;
        const buf = this.buf;
        const at = this.pos;
        if (!nameIsAt(buf, at + 1, counted.name))
            return false;
        if (this.patternsFor !== counted)
            this.patterns = countedElementPatterns((this.patternsFor = counted));
        const { plain, flagged } = this.patterns;
        let end = at;
        let count = 0;
        let flags = 0;
        for (;;) {
            plain.lastIndex = end;
            if (plain.test(buf)) {
                end = plain.lastIndex;
            }
            else {
                flagged.lastIndex = end;
                if (!flagged.test(buf))
                    break;
                end = flagged.lastIndex;
                flags++;
            }
            count++;
        }
        if (count === 0)
            return false;
        if (depth === 0)
            this.topLevelContent(this.edges);
        this.references.checkCharacterReferences(buf, at, end);
        this.pos = end;
        this.tokenStart = at;
        this.handler.countedRun?.(count, flags);
        return true;
    }
    /**
     * The element name starting at `start`. Documents use a handful of names millions of times, so names are
     * interned: reusing the string avoids an allocation per tag, and lets handlers compare names cheaply.
     */
    nameAt(start) {
        const buf = this.buf;
        const names = this.names;
        for (let i = 0; i < names.length; i++) {
            const known = names[i];
            if (nameIsAt(buf, start, known))
                return known;
        }
        let end = start;
        while (isNameChar(buf.charCodeAt(end)))
            end++;
        const name = buf.slice(start, end);
        if (names.length < MAX_INTERNED)
            names.push(name);
        return name;
    }
    endTag(final) {
        const buf = this.buf;
        const at = this.pos;
        END_TAG.lastIndex = at;
        if (!END_TAG.test(buf))
            return this.badTag(at, final, 'end tag');
        const end = END_TAG.lastIndex;
        if (this.stack.length === 0 && this.edges)
            return this.closeOutside(this.edges, at, end);
        const open = this.stack.pop();
        // Compared in place: slicing the name of every end tag would cost an allocation each.
        const matches = open !== undefined && nameIsAt(buf, at + 2, open.name);
        if (!matches) {
            let nameEnd = at + 2;
            while (isNameChar(buf.charCodeAt(nameEnd)))
                nameEnd++;
            const name = buf.slice(at + 2, nameEnd);
            if (!open)
                this.fail(`end tag </${name}> without a start tag`, at);
            const { line, column } = this.resolve(open);
            this.fail(`end tag </${name}> does not match <${open.name}> (line ${line}, column ${column})`, at);
        }
        if (this.stack.length === 0)
            this.rootClosed = true;
        this.pos = end;
        this.tokenStart = at;
        this.handler.close(open.name);
        return true;
    }
    /** A fragment's end tag of an element opened before it: recorded for the pieces before it to match. */
    closeOutside(edges, at, end) {
        let nameEnd = at + 2;
        while (isNameChar(this.buf.charCodeAt(nameEnd)))
            nameEnd++;
        const name = this.buf.slice(at + 2, nameEnd);
        edges.closed.push(name);
        this.pos = end;
        this.tokenStart = at;
        this.handler.close(name);
        return true;
    }
    topLevelContent(edges) {
        edges.contentAfterClosed = edges.closed.length;
    }
    /** A tag the regex refused: cut by the chunk boundary (wait), or malformed (say why, as precisely as we can). */
    badTag(at, final, what) {
        const buf = this.buf;
        // A tag cannot contain '<': if none follows, the tag may simply be cut by the chunk boundary.
        const nextLt = buf.indexOf('<', at + 1);
        if (nextLt === -1 && !final) {
            if (buf.length - at > MAX_TOKEN)
                this.fail(`${what} longer than ${MAX_TOKEN} characters`, at);
            return false;
        }
        const tagEnd = nextLt === -1 ? buf.length : nextLt;
        if (nextLt === -1 && buf.indexOf('>', at) === -1) {
            this.fail(`unexpected end of input inside ${what === 'start tag' ? 'a tag' : 'an end tag'}`, at);
        }
        this.references.checkRefusedTag(buf, at, tagEnd);
        this.fail(`malformed ${what} ${JSON.stringify(buf.slice(at, Math.min(tagEnd, at + 40)))}`, at);
    }
    waitForMore(at, what) {
        if (this.buf.length - at > MAX_TOKEN)
            this.fail(`${what} longer than ${MAX_TOKEN} characters`, at);
        return false;
    }
    declaration(final) {
        const buf = this.buf;
        const at = this.pos;
        if (buf.startsWith('<!--', at))
            return this.enter('comment', at + 4);
        if (buf.startsWith('<![CDATA[', at)) {
            if (this.stack.length === 0 && this.edges)
                this.topLevelContent(this.edges);
            else if (this.stack.length === 0)
                this.fail('CDATA section outside the root element', at);
            return this.enter('cdata', at + 9);
        }
        if (buf.startsWith('<!DOCTYPE', at))
            return this.doctype(final);
        if (buf.startsWith('<!ENTITY', at)) {
            this.fail('ENTITY declarations are refused: entities are never expanded (XML bomb / external entity)', at);
        }
        // The excerpt is always the same 12 characters, however the text arrived in chunks.
        if (!final && buf.length - at < 12)
            return false;
        this.fail(`unsupported markup ${JSON.stringify(buf.slice(at, at + 12))}`, at);
    }
    doctype(final) {
        const at = this.pos;
        EXTERNAL_DOCTYPE.lastIndex = at;
        if (EXTERNAL_DOCTYPE.test(this.buf)) {
            if (this.rootSeen)
                this.fail('DOCTYPE after the root element', at);
            this.pos = EXTERNAL_DOCTYPE.lastIndex;
            return true;
        }
        if (!final && this.buf.indexOf('>', at) === -1)
            return this.waitForMore(at, 'DOCTYPE');
        this.fail('DOCTYPE declarations are refused when they declare anything (an internal subset): DTDs and entities are never processed (XML bomb / external entity)', at);
    }
    /** Comments, CDATA and processing instructions are skipped up to their terminator, possibly across chunks. */
    enter(mode, contentStart) {
        this.modeStart = { name: '', offset: this.base + this.pos, line: 0, column: 0 };
        this.mode = mode;
        this.pos = contentStart;
        return true;
    }
    skip(final) {
        const mode = this.mode;
        const terminator = TERMINATOR[mode];
        const buf = this.buf;
        const end = buf.indexOf(terminator, this.pos);
        if (end === -1) {
            // Keep just enough for a terminator split across chunks; pass the rest on.
            const keep = final ? buf.length : Math.max(this.pos, buf.length - terminator.length + 1);
            if (mode === 'cdata' && keep > this.pos && this.handler.wantText)
                this.handler.text(buf.slice(this.pos, keep), true);
            this.pos = keep;
            return false;
        }
        if (mode === 'cdata' && end > this.pos && this.handler.wantText)
            this.handler.text(buf.slice(this.pos, end), true);
        this.pos = end + terminator.length;
        this.mode = 'markup';
        return true;
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-decode.ts

const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the five predefined entities and character references (already validated by the tokenizer). */
function decodeEntities(raw) {
    if (!raw.includes('&'))
        return raw;
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, ref) => {
        if (ref[0] !== '#')
            return PREDEFINED[ref] ?? '';
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return String.fromCodePoint(code);
    });
}
/** Decoded attributes of a start tag from the raw `attrs` text given to `XmlHandler.open`. */
function parseAttributes(raw) {
    const result = {};
    for (const m of raw.matchAll(ATTRIBUTE)) {
        result[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
    }
    return result;
}

;// CONCATENATED MODULE: ./src/parsers/cobertura.ts


const CONDITIONS = /\((\d+)\/(\d+)\)/;
/**
 * Cobertura XML (coverage-04.dtd; written by Cobertura, coverage.py, gcovr, istanbul, Coverlet\u2026). The root's
 * `lines-covered`/`lines-valid` counts are preferred, then its `line-rate`; reports with neither are recounted
 * from `class > lines > line` (the `method > lines` copies of the same lines are not counted twice).
 */
class CoberturaHandler {
    wantText = false;
    path = [];
    root = {};
    lines = { found: 0, hit: 0 };
    branches = { found: 0, hit: 0 };
    open(name, selfClosing, tag) {
        const depth = this.path.length;
        if (depth === 0)
            this.root = parseAttributes(tag.rawAttributes());
        else if (name === 'line' && this.path[depth - 1] === 'lines' && this.path[depth - 2] === 'class') {
            this.recount(parseAttributes(tag.rawAttributes()));
        }
        if (!selfClosing)
            this.path.push(name);
    }
    close() {
        this.path.pop();
    }
    text() { }
    summary() {
        return {
            format: 'cobertura',
            lines: this.figure('lines', 'line-rate', this.lines),
            branches: this.figure('branches', 'branch-rate', this.branches)
        };
    }
    figure(kind, rate, recounted) {
        const valid = this.root[`${kind}-valid`];
        const covered = this.root[`${kind}-covered`];
        if (valid !== undefined && covered !== undefined) {
            const [c, v] = [Number(covered), Number(valid)];
            if (!Number.isInteger(c) || !Number.isInteger(v)) {
                throw new CoverageError(`Cobertura: ${kind}-covered="${covered}" / ${kind}-valid="${valid}" are not counts`);
            }
            return percent(c, v);
        }
        if (this.root[rate] !== undefined)
            return rateToPercent(this.root[rate], `Cobertura ${rate}`);
        return percent(recounted.hit, recounted.found);
    }
    recount(line) {
        this.lines.found++;
        if (Number(line.hits) > 0)
            this.lines.hit++;
        const conditions = line.branch === 'true' ? CONDITIONS.exec(line['condition-coverage'] ?? '') : null;
        if (conditions) {
            this.branches.hit += Number(conditions[1]);
            this.branches.found += Number(conditions[2]);
        }
    }
}

;// CONCATENATED MODULE: ./src/parsers/jacoco.ts


/**
 * JaCoCo XML (report.dtd): the report-level `<counter type="LINE|BRANCH" missed covered>` elements, the
 * direct children of `<report>` that total every package.
 */
class JacocoHandler {
    wantText = false;
    depth = 0;
    counters = new Map();
    open(name, selfClosing, tag) {
        if (this.depth === 1 && name === 'counter') {
            const a = parseAttributes(tag.rawAttributes());
            const missed = Number(a.missed);
            const covered = Number(a.covered);
            if (!Number.isInteger(missed) || !Number.isInteger(covered) || missed < 0 || covered < 0) {
                throw new CoverageError(`JaCoCo: counter ${a.type ?? '?'} has missed="${a.missed}" covered="${a.covered}"`);
            }
            if (a.type)
                this.counters.set(a.type, { missed, covered });
        }
        if (!selfClosing)
            this.depth++;
    }
    close() {
        this.depth--;
    }
    text() { }
    summary() {
        const line = this.counters.get('LINE');
        if (!line)
            throw new CoverageError('JaCoCo: no report-level LINE counter');
        const branch = this.counters.get('BRANCH');
        return {
            format: 'jacoco',
            lines: percent(line.covered, line.missed + line.covered),
            branches: branch ? percent(branch.covered, branch.missed + branch.covered) : null
        };
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-coverage.ts





/** Hands the document to the Cobertura or JaCoCo reader, chosen by the root element. */
class ByRoot {
    wantText = false;
    inner;
    open(name, selfClosing, tag) {
        if (!this.inner) {
            if (name === 'coverage')
                this.inner = new CoberturaHandler();
            else if (name === 'report')
                this.inner = new JacocoHandler();
            else
                throw new CoverageError(`XML coverage: root element <${name}> is neither <coverage> (Cobertura) nor <report> (JaCoCo)`);
        }
        this.inner.open(name, selfClosing, tag);
    }
    close(name) {
        this.inner?.close(name);
    }
    text() { }
}
/**
 * Cobertura or JaCoCo XML through the shared tokenizer: no DTD is processed. JaCoCo (and Java Cobertura)
 * write a DOCTYPE naming an external DTD; it is skipped unread, while an internal subset is refused.
 */
function parseXmlCoverage(text) {
    const handler = new ByRoot();
    const tokenizer = new XmlTokenizer(handler);
    try {
        tokenizer.write(text);
        tokenizer.end();
    }
    catch (e) {
        if (e instanceof XmlError)
            throw new CoverageError(`invalid XML coverage report: ${e.message}`);
        throw e;
    }
    if (!handler.inner)
        throw new CoverageError('XML coverage: no root element');
    return handler.inner.summary();
}

;// CONCATENATED MODULE: ./src/parsers/coverage.ts







const LCOV_RECORD = /^(?:TN|SF|DA|LF|LH|BRDA|BRF|BRH|FN|FNDA|FNF|FNH):|^end_of_record\s*$/m;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseJsonCoverage(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new CoverageError(`coverage JSON does not parse: ${(0,message_of/* messageOf */.b)(e)}`);
    }
    if (isObject(data) && isObject(data.totals))
        return parseCoveragePy(data.totals);
    if (isObject(data) && isObject(data.total))
        return parseIstanbulSummary(data.total);
    const first = isObject(data) ? Object.values(data)[0] : undefined;
    if (isObject(first) && 'statementMap' in first) {
        throw new CoverageError('istanbul coverage-final.json is per-file detail: use the json-summary reporter (coverage-summary.json)');
    }
    throw new CoverageError('coverage JSON is neither coverage.py (totals) nor istanbul json-summary (total)');
}
/** What the file name suggests, named in the error when the content matches no format. */
function hintFor(fileName) {
    if (!fileName)
        return '';
    const name = fileName.toLowerCase();
    if (name.endsWith('.info') || name.includes('lcov'))
        return ' (the name suggests LCOV)';
    if (name.endsWith('.xml'))
        return ' (the name suggests Cobertura or JaCoCo XML)';
    if (name.endsWith('.json'))
        return ' (the name suggests coverage.py or istanbul JSON)';
    return '';
}
/**
 * Line and branch coverage (percent) from a report in any supported format, recognised by its content:
 * XML \u2192 Cobertura (`<coverage>`) or JaCoCo (`<report>`); JSON \u2192 coverage.py (`totals`) or istanbul
 * json-summary (`total`); text with LCOV records \u2192 LCOV. The file name only sharpens the error message.
 */
function parseCoverage(text, fileName) {
    const body = text.replace(/^\uFEFF/, '');
    const start = body.trimStart()[0];
    if (start === '<')
        return parseXmlCoverage(body);
    if (start === '{')
        return parseJsonCoverage(body);
    if (LCOV_RECORD.test(body))
        return parseLcov(body);
    if (start === undefined)
        throw new CoverageError(`coverage report is empty${hintFor(fileName)}`);
    throw new CoverageError(`unrecognised coverage report format${hintFor(fileName)}`);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/parsers/json-duplicate-key.ts
/**
 * The first key that appears twice in one object of well-formed JSON text, with its 1-based line, or
 * undefined. `JSON.parse` keeps the last value silently; a metrics file saying `auc` twice is ambiguous, as
 * YAML metrics files, policies and workflows already treat it. One pass, linear in the text.
 */
function jsonDuplicateKey(text) {
    const objects = [];
    let line = 1;
    let keyNext = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        else if (c === '{') {
            objects.push(new Set());
            keyNext = true;
        }
        else if (c === '[') {
            objects.push(undefined);
            keyNext = false;
        }
        else if (c === '}' || c === ']') {
            objects.pop();
            keyNext = false;
        }
        else if (c === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else if (c === '"') {
            const end = stringEnd(text, i);
            if (keyNext) {
                const key = JSON.parse(text.slice(i, end + 1));
                const keys = objects.at(-1);
                if (keys.has(key))
                    return { key, line };
                keys.add(key);
                keyNext = false;
            }
            i = end;
        }
    }
    return undefined;
}
/** Index of the quote closing the string that opens at `start` (JSON strings hold no raw newline). */
function stringEnd(text, start) {
    let i = start + 1;
    while (i < text.length && text[i] !== '"')
        i += text[i] === '\\' ? 2 : 1;
    return i;
}

;// CONCATENATED MODULE: ./src/parsers/metrics.ts



/** A metrics file that does not parse, or is not a mapping of metric names to values. */
class MetricsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MetricsError';
    }
}
/** Aliases a YAML metrics file may expand; far above any real file, far below a "billion laughs". */
const MAX_ALIASES = 100;
const SPECIAL_NUMBERS = {
    nan: NaN,
    inf: Infinity,
    '+inf': Infinity,
    '-inf': -Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-infinity': -Infinity
};
/** Python's json.dump writes NaN and \u00b1Infinity bare; JSON.parse refuses them, so they are marked first. */
const PYTHON_SPECIALS = /"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)/g;
const SPECIAL_MARK = '\u0000maturity-gate-number:';
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function requireMapping(value, format) {
    if (!isMapping(value))
        throw new MetricsError(`${format} metrics file must hold a mapping of metric names to values`);
    return value;
}
/** Refuses a key given twice in one object: JSON.parse would keep the last value without a word. */
function uniqueKeys(data, text) {
    const duplicate = jsonDuplicateKey(text);
    if (duplicate)
        throw new MetricsError(`JSON metrics file: key ${JSON.stringify(duplicate.key)} appears twice in one object (line ${duplicate.line}); keep one value`);
    return data;
}
function parseJsonMetrics(text) {
    try {
        return uniqueKeys(requireMapping(JSON.parse(text), 'JSON'), text);
    }
    catch (e) {
        if (e instanceof MetricsError)
            throw e;
        const marked = text.replace(PYTHON_SPECIALS, (match, special) => special ? JSON.stringify(SPECIAL_MARK + special) : match);
        try {
            const revive = (_key, value) => typeof value === 'string' && value.startsWith(SPECIAL_MARK)
                ? Number(value.slice(SPECIAL_MARK.length))
                : value;
            return uniqueKeys(requireMapping(JSON.parse(marked, revive), 'JSON'), marked);
        }
        catch (retry) {
            if (retry instanceof MetricsError)
                throw retry;
            throw new MetricsError(`JSON metrics file does not parse: ${(0,message_of/* messageOf */.b)(e)}`);
        }
    }
}
function parseYamlMetrics(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'core', uniqueKeys: true });
    const problem = doc.errors[0] ?? doc.warnings.find(w => w.code === 'TAG_RESOLVE_FAILED');
    if (problem) {
        const at = problem.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        // yaml appends " at line L, column C:" and a source excerpt; the position is rebuilt from linePos.
        const message = problem.message.split(/ at line \d+/)[0];
        const what = problem.code === 'TAG_RESOLVE_FAILED' ? 'custom YAML tags are not allowed' : message;
        throw new MetricsError(`YAML metrics file: ${what}${where}`);
    }
    try {
        return requireMapping(doc.toJS({ maxAliasCount: MAX_ALIASES }), 'YAML');
    }
    catch (e) {
        if (e instanceof MetricsError)
            throw e;
        throw new MetricsError(`YAML metrics file: ${(0,message_of/* messageOf */.b)(e)}`);
    }
}
function csvValue(text) {
    const trimmed = text.trim();
    const special = SPECIAL_NUMBERS[trimmed.toLowerCase()];
    if (special !== undefined)
        return special;
    const n = Number(trimmed);
    return trimmed !== '' && !Number.isNaN(n) ? n : trimmed;
}
/** Splits one CSV row, honouring double quotes (RFC 4180) so that a metric name may hold a comma. */
function csvFields(row) {
    const fields = [];
    const cell = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/y;
    while (cell.lastIndex < row.length) {
        const start = cell.lastIndex;
        const m = cell.exec(row);
        if (!m || cell.lastIndex === start)
            break;
        fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '').trim());
    }
    if (row.trimEnd().endsWith(','))
        fields.push('');
    return fields;
}
function parseCsvMetrics(text) {
    const data = {};
    const rows = text.split(/\r?\n/);
    let seenRow = false;
    rows.forEach((row, index) => {
        if (row.trim() === '')
            return;
        const fields = csvFields(row);
        if (fields.length !== 2) {
            throw new MetricsError(`CSV metrics file line ${index + 1}: expected 2 columns (metric,value), found ${fields.length}`);
        }
        const [name, raw] = fields;
        const value = csvValue(raw);
        // A first row whose value is not a number is the header (`metric,value`).
        if (!seenRow && typeof value === 'string') {
            seenRow = true;
            return;
        }
        seenRow = true;
        if (name === '')
            throw new MetricsError(`CSV metrics file line ${index + 1}: empty metric name`);
        if (Object.hasOwn(data, name))
            throw new MetricsError(`CSV metrics file line ${index + 1}: metric "${name}" repeated`);
        data[name] = value;
    });
    return data;
}
function formatOf(text, fileName) {
    const name = fileName?.toLowerCase() ?? '';
    if (name.endsWith('.json'))
        return 'json';
    if (name.endsWith('.yaml') || name.endsWith('.yml'))
        return 'yaml';
    if (name.endsWith('.csv'))
        return 'csv';
    const start = text.trimStart();
    if (start.startsWith('{'))
        return 'json';
    const firstLine = start.split('\n', 1)[0] ?? '';
    return firstLine.includes(',') && !firstLine.includes(':') ? 'csv' : 'yaml';
}
/** Reads a metrics file; the format comes from the extension (.json, .yaml/.yml, .csv), else the content. */
function parseMetrics(text, fileName) {
    const body = text.replace(/^\uFEFF/, '');
    const format = formatOf(body, fileName);
    if (format === 'json')
        return parseJsonMetrics(body);
    if (format === 'csv')
        return parseCsvMetrics(body);
    return parseYamlMetrics(body);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function walk(node, segments, i, concrete) {
    if (i === segments.length)
        return [{ path: concrete.join('.'), value: node }];
    const missing = [{ path: [...concrete, ...segments.slice(i)].join('.'), value: undefined }];
    if (!isContainer(node))
        return missing;
    if (segments[i] === '*') {
        return Object.keys(node)
            .sort()
            .flatMap(key => walk(node[key], segments, i + 1, [...concrete, key]));
    }
    // Longest key first, so that flat files (CSV rows named `eval.auc`) resolve like nested ones.
    for (let j = segments.length; j > i; j--) {
        const key = segments.slice(i, j).join('.');
        if (!segments.slice(i, j).includes('*') && Object.hasOwn(node, key))
            return walk(node[key], segments, j, [...concrete, key]);
    }
    return missing;
}
/**
 * The metrics a path names: `eval.auc` is one (value undefined when absent); a `*` segment stands for every
 * key at that level, so `slices.*.auc` gives one match per slice with its concrete path (`slices.eu.auc`),
 * sorted, and none when there are no slices.
 */
function lookupMetric(data, path) {
    return walk(data, path.split('.'), 0, []);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/parsers/junit.ts



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
const MAX_FAILING_CASES = 50;
const MAX_MESSAGE = 1024;
/** Text of a failure body kept to find a file:line in the stack; the message itself is cut to MAX_MESSAGE. */
const MAX_BODY = 4096;
/** A report that is not well-formed XML, not a JUnit/TRX report, or that declares a DTD. */
class JunitError extends XmlError {
    constructor(message, line, column) {
        super(message, line, column);
        this.message = `invalid JUnit report: ${this.message}`;
        this.name = 'JunitError';
    }
}
/**
 * Test cases the tokenizer may count in bulk: they hold no `<failure>`, `<error>` or flaky child, only captured
 * output and at most one `<skipped>`, so counting them is all this reader would do with them.
 */
const PASSING_OR_SKIPPED_CASE = {
    name: 'testcase',
    textChildren: ['system-out', 'system-err'],
    flag: 'skipped'
};
const TRX_FAILED = new Set(['Failed']);
const TRX_ERROR = new Set(['Error', 'Timeout', 'Aborted', 'Disconnected']);
/** Did not run, or ran without a verdict: never a pass, but not a failure either. */
const TRX_SKIPPED = new Set(['NotExecuted', 'NotRunnable', 'Inconclusive', 'Pending', 'InProgress']);
class JunitHandler {
    where;
    wantText = false;
    counted;
    format;
    tests = 0;
    failures = 0;
    errors = 0;
    skipped = 0;
    flaky = 0;
    failingCases = [];
    omitted = 0;
    depth = 0;
    current;
    /** Enclosing test cases when one is nested in another (rare; kept so that counts stay right). */
    outer = [];
    captureDepth = -1;
    target = 'body';
    constructor(where, fragment) {
        this.where = where;
        // A piece after the first is only read when the first found a JUnit root (TRX is never split).
        if (fragment)
            this.setFormat('junit');
    }
    /** Between test cases: nothing is half-read, so a piece may end here. */
    get between() {
        return this.current === undefined && this.captureDepth === -1;
    }
    open(name, selfClosing, tag) {
        this.depth++;
        if (this.format === undefined)
            this.setFormat(this.detect(name));
        if (this.format === 'junit')
            this.openJunit(name, selfClosing, tag);
        else
            this.openTrx(name, tag);
        if (selfClosing)
            this.close();
    }
    /** Test cases in a row without a failure or error (see PASSING_OR_SKIPPED_CASE): counted, nothing else. */
    countedRun(count, skipped) {
        this.tests += count;
        this.skipped += skipped;
    }
    close() {
        if (this.captureDepth === this.depth) {
            this.captureDepth = -1;
            this.wantText = false;
        }
        if (this.current?.depth === this.depth)
            this.finishCase(this.current);
        this.depth--;
    }
    text(raw, cdata) {
        const detail = this.current?.detail;
        if (!detail || detail[this.target].length >= MAX_BODY)
            return;
        detail[this.target] += (cdata ? raw : decodeEntities(raw)).slice(0, MAX_BODY - detail[this.target].length);
    }
    setFormat(format) {
        this.format = format;
        if (format === 'junit')
            this.counted = PASSING_OR_SKIPPED_CASE;
    }
    detect(root) {
        if (root === 'testsuites' || root === 'testsuite')
            return 'junit';
        if (root === 'TestRun')
            return 'trx';
        const { line, column } = this.where();
        throw new JunitError(`root element <${root}> is not <testsuites>, <testsuite> (JUnit) or <TestRun> (TRX)`, line, column);
    }
    openJunit(name, selfClosing, tag) {
        if (name === 'testcase') {
            this.tests++;
            // The hot path of big reports: a self-closing test case has no result child, so it passed.
            if (!selfClosing)
                this.startCase(tag.rawAttributes());
            return;
        }
        const c = this.current;
        if (!c || this.depth !== c.depth + 1)
            return;
        if (name === 'failure' || name === 'error') {
            if (name === 'failure')
                c.failure = true;
            else
                c.error = true;
            if (!c.detail && this.failingCases.length < MAX_FAILING_CASES) {
                const a = parseAttributes(tag.rawAttributes());
                c.detail = { kind: name, message: a.message ?? '', type: a.type || undefined, body: '' };
                this.capture('body');
            }
        }
        else if (name === 'skipped') {
            c.skipped = true;
        }
        else if (name === 'flakyFailure' || name === 'flakyError') {
            c.flaky = true;
        }
    }
    openTrx(name, tag) {
        const c = this.current;
        if (name === 'UnitTestResult' && !c) {
            const attrs = tag.rawAttributes();
            this.tests++;
            this.startCase(attrs);
            const outcome = parseAttributes(attrs).outcome ?? '';
            const open = this.current;
            open.failure = TRX_FAILED.has(outcome);
            open.error = TRX_ERROR.has(outcome);
            open.skipped = TRX_SKIPPED.has(outcome);
            if ((open.failure || open.error) && this.failingCases.length < MAX_FAILING_CASES) {
                open.detail = { kind: open.failure ? 'failure' : 'error', message: '', body: '' };
            }
            return;
        }
        if (c?.detail && this.captureDepth === -1) {
            if (name === 'Message')
                this.capture('message');
            else if (name === 'StackTrace')
                this.capture('body');
        }
    }
    capture(target) {
        this.captureDepth = this.depth;
        this.target = target;
        this.wantText = true;
    }
    startCase(attrs) {
        if (this.current)
            this.outer.push(this.current);
        this.current = { depth: this.depth, attrs, failure: false, error: false, skipped: false, flaky: false };
    }
    finishCase(c) {
        if (c.failure)
            this.failures++;
        if (c.error)
            this.errors++;
        if (c.skipped)
            this.skipped++;
        if (c.flaky && !c.failure && !c.error)
            this.flaky++;
        if (c.failure || c.error) {
            if (c.detail)
                this.failingCases.push(describeCase(c.attrs, c.detail, this.format === 'trx'));
            else
                this.omitted++;
        }
        this.current = this.outer.pop();
    }
}
function describeCase(attrs, detail, trx) {
    const a = parseAttributes(attrs);
    const body = detail.body.trim();
    const name = (trx ? a.testName : a.name) ?? '';
    const classname = trx ? undefined : a.classname || undefined;
    const message = truncate(detail.message.trim() || body);
    const result = { kind: detail.kind, name, message };
    if (classname)
        result.classname = classname;
    if (detail.type)
        result.type = detail.type;
    const given = a.file ? { file: a.file, line: positiveInt(a.line) } : undefined;
    const found = locate(`${detail.message}\n${body}`, a.file, classname);
    const file = given?.file ?? found?.file;
    const line = given?.line ?? (found && (!given || sameFile(found.file, given.file)) ? found.line : undefined);
    if (file)
        result.file = file;
    if (line !== undefined)
        result.line = line;
    return result;
}
function truncate(text) {
    if (text.length <= MAX_MESSAGE)
        return text;
    // Never leave half of a surrogate pair at the cut.
    const cut = /[\uD800-\uDBFF]/.test(text[MAX_MESSAGE - 1] ?? '') ? MAX_MESSAGE - 1 : MAX_MESSAGE;
    return `${text.slice(0, cut)}\u2026`;
}
function positiveInt(text) {
    const n = Number(text);
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Stack-frame shapes: Python `File "x.py", line 3`, .NET `in X.cs:line 3`, and the common `path.ext:3`. */
const FRAME = /File "([^"]+)", line (\d+)|\bin (\S+\.\w+):line (\d+)|((?:[A-Za-z]:)?[\w./\\@+-]*\w\.[A-Za-z]\w*):(\d+)/g;
const FOREIGN = /node_modules|^internal\/|^node:|(?:^|[\\/])(?:site-packages|dist-packages)[\\/]/;
function stem(path) {
    const base = path.split(/[\\/]/).pop() ?? path;
    const dot = base.indexOf('.');
    return dot > 0 ? base.slice(0, dot) : base;
}
function sameFile(a, b) {
    return (a.replace(/\\/g, '/').endsWith(b.replace(/\\/g, '/')) ||
        b.replace(/\\/g, '/').endsWith(a.replace(/\\/g, '/')));
}
/**
 * Best guess at where a failure happened, from its message and stack: a frame in the test's own file (by the
 * `file` attribute or the class name's last segment, as in Java) wins, else the first frame outside
 * dependencies and the runtime.
 */
function locate(text, testFile, classname) {
    // A class name (`org.example.FooTest`) names its file by its last segment.
    const wanted = testFile !== undefined ? stem(testFile) : classname?.split('.').pop();
    let first;
    for (const m of text.matchAll(FRAME)) {
        const file = m[1] ?? m[3] ?? m[5];
        const line = positiveInt(m[2] ?? m[4] ?? m[6]);
        if (!file || line === undefined || FOREIGN.test(file) || file.includes('//'))
            continue;
        const frame = { file, line };
        if (wanted !== undefined && (stem(file) === wanted || (testFile && sameFile(file, testFile))))
            return frame;
        first ??= frame;
    }
    return first;
}
/**
 * A parser fed chunk by chunk (e.g. from a read stream with `setEncoding('utf8')`). `fragment`: the text is
 * a piece of a JUnit report that starts at a `<testcase` tag, read on its own and joined with the pieces around
 * it (see JunitPiece).
 */
function createJunitParser(fragment = false) {
    const handler = new JunitHandler(() => tokenizer.location(), fragment);
    const tokenizer = new XmlTokenizer(handler, fragment);
    const rethrow = (e) => {
        if (e instanceof XmlError && !(e instanceof JunitError)) {
            throw new JunitError(e.message.replace(/ \(line \d+, column \d+\)$/, ''), e.line, e.column);
        }
        throw e;
    };
    return {
        write(chunk) {
            try {
                tokenizer.write(chunk);
            }
            catch (e) {
                rethrow(e);
            }
        },
        end() {
            try {
                tokenizer.end();
            }
            catch (e) {
                rethrow(e);
            }
            return summaryOf(handler);
        },
        cut(final) {
            if (handler.format !== 'junit')
                return undefined;
            // Checked after the tokenizer's cut: at `final` it reads on, which may leave a case open.
            const edges = tokenizer.cut(final);
            return edges && handler.between ? { summary: summaryOf(handler), edges } : undefined;
        }
    };
}
function summaryOf(handler) {
    return {
        format: handler.format ?? 'junit',
        tests: handler.tests,
        failures: handler.failures,
        errors: handler.errors,
        skipped: handler.skipped,
        flaky: handler.flaky,
        failingCases: handler.failingCases,
        omittedFailingCases: handler.omitted
    };
}
/** Parses a whole report held in memory. */
function parseJunit(text) {
    const parser = createJunitParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/parsers/join-junit-pieces.ts


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
function joinJunitPieces(pieces) {
    const open = [];
    for (const { edges } of pieces) {
        // Content after `closed` had closed every open element would follow the root.
        if (edges.contentAfterClosed >= open.length)
            return undefined;
        // The tokenizer keeps three levels to spare for the elements it counts without opening them.
        if (open.length + edges.depth > MAX_DEPTH - 3)
            return undefined;
        for (const name of edges.closed)
            if (open.pop() !== name)
                return undefined;
        open.push(...edges.open);
    }
    if (open.length > 0)
        return undefined;
    return pieces.map(piece => piece.summary).reduce(addSummary);
}
function addSummary(first, next) {
    const room = Math.max(0, MAX_FAILING_CASES - first.failingCases.length);
    const kept = next.failingCases.slice(0, room);
    return {
        format: first.format,
        tests: first.tests + next.tests,
        failures: first.failures + next.failures,
        errors: first.errors + next.errors,
        skipped: first.skipped + next.skipped,
        flaky: first.flaky + next.flaky,
        failingCases: [...first.failingCases, ...kept],
        omittedFailingCases: first.omittedFailingCases + next.omittedFailingCases + next.failingCases.length - kept.length
    };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/evidence/read-junit-range.ts



/** JUnit reports are read in chunks of this size, into this one buffer per thread. */
const CHUNK = external_node_buffer_.Buffer.alloc(64 * 1024);
/** A big report's reading gives the event loop a turn this often. */
const YIELD_BYTES = 4 * 1024 * 1024;
/**
 * Feeds bytes `start` to `end` of an open file to a JUnit parser. Read synchronously into one shared buffer
 * (safe: each chunk is decoded before any await), giving the event loop a turn every few megabytes. Measured
 * against a read stream: a thread-pool round trip per chunk left the parser idle for a fifth of a big
 * report's time, and a stream per file made thousands of small reports slow and memory-hungry; chunks larger
 * than 64 KB decode and tokenize more slowly (each becomes a large-object string).
 *
 * Undefined when the range was read in one go, without a turn: the caller can finish at once (readJunit).
 *
 * `start` and `end` must fall between UTF-8 sequences (the readers cut at a `<`); a sequence split by a chunk
 * is completed from the next one.
 */
function readJunitRange(fd, parser, start, end) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    const reached = feed({ fd, parser, decoder }, start, end);
    if (reached < end)
        return readOn({ fd, parser, decoder }, reached, end);
    flush(parser, decoder);
    return undefined;
}
async function readOn(reading, from, end) {
    for (let at = from; at < end;) {
        await new Promise(resolve => setImmediate(resolve));
        at = feed(reading, at, end);
    }
    flush(reading.parser, reading.decoder);
}
/** Reads from `at` for up to YIELD_BYTES; the position reached, or `end` where the file ends before it. */
function feed({ fd, parser, decoder }, at, end) {
    const stop = Math.min(end, at + YIELD_BYTES);
    while (at < stop) {
        const n = (0,external_node_fs_.readSync)(fd, CHUNK, 0, Math.min(CHUNK.length, stop - at), at);
        // The file shrank while it was read: what was read is the document, and the parser says if it is whole.
        if (n === 0)
            return end;
        at += n;
        parser.write(decoder.write(CHUNK.subarray(0, n)));
    }
    return at;
}
function flush(parser, decoder) {
    const rest = decoder.end();
    if (rest)
        parser.write(rest);
}

;// CONCATENATED MODULE: ./src/evidence/read-junit.ts








/**
 * A thread takes about 60 ms to start on Node 20, in which one thread reads about 30 MB of a report: below
 * this size a piece would not pay for its thread.
 */
const MIN_PIECE_BYTES = 48 * 1024 * 1024;
/** More threads than this gain little on a runner (they share the page cache) and cost ~25 MB each. */
const MAX_THREADS = 4;
/** How far past a planned cut a `<testcase` tag is looked for before the cut is given up. */
const CUT_SEARCH_BYTES = 1024 * 1024;
const TESTCASE = external_node_buffer_.Buffer.from('<testcase');
/**
 * The worker's script sits beside the module that starts it: built by tsc (build/), and bundled beside each
 * bundle (dist/, dist/cli/; scripts/package.js). Held in a variable so that the bundler leaves the URL alone.
 */
const WORKER_SCRIPT = './junit-piece-worker.js';
/** Threads not in use by other reports being read at the same time. */
let idleThreads = Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS) - 1;
/**
 * Reads an open JUnit/TRX report. A big one is read in pieces, one thread each, when threads are idle: the
 * first piece here, every other from a `<testcase` tag past its share of the file in a worker; their counts
 * are joined only when the document read in one go would have been read the same way (joinJunitPieces).
 * Otherwise, and for every error, the rest is read here in one go, so that results and errors, with their
 * lines and columns, are those of one reader; the workers' time is then lost, never the verdict.
 *
 * A report read without giving the event loop a turn (all but big ones) is returned, not promised: a gate
 * reading thousands of small reports at once then finishes each, and closes its file, before the next begins.
 */
function readJunit(fd, file, size) {
    const parser = createJunitParser();
    const threads = Math.min(idleThreads, Math.floor(size / MIN_PIECE_BYTES) - 1);
    const worker = new URL(WORKER_SCRIPT, import.meta.url);
    const starts = threads > 0 && (0,external_node_fs_.existsSync)(worker) ? pieceStarts(fd, size, threads + 1) : [];
    if (starts.length > 0)
        return readInPieces(fd, { file, size, worker, starts }, parser);
    const reading = readJunitRange(fd, parser, 0, size);
    return reading ? reading.then(() => parser.end()) : parser.end();
}
async function readInPieces(fd, { file, size, worker, starts }, parser) {
    idleThreads -= starts.length;
    const others = starts.map((start, i) => readPiece(worker, { file, start, end: starts[i + 1] ?? size, last: i === starts.length - 1 }));
    try {
        const first = starts[0];
        await readJunitRange(fd, parser, 0, first);
        const head = parser.cut(false);
        const rest = head && (await joinable(others));
        const joined = rest && joinJunitPieces([head, ...rest]);
        if (joined)
            return joined;
        // Read on alone, with the other cores free again.
        for (const other of others)
            other.stop();
        await readJunitRange(fd, parser, first, size);
        return parser.end();
    }
    finally {
        for (const other of others)
            other.stop();
        idleThreads += starts.length;
    }
}
function readPiece(script, range) {
    let worker;
    try {
        worker = new external_node_worker_threads_.Worker((0,external_node_url_.fileURLToPath)(script), { workerData: range });
    }
    catch {
        // No thread to be had (a process or memory limit): the main thread reads this piece after its own.
        return { result: Promise.resolve(undefined), stop: () => undefined };
    }
    const result = new Promise(resolve => {
        worker.once('message', resolve);
        const failed = () => {
            resolve(undefined);
        };
        worker.once('error', failed);
        worker.once('exit', failed);
    });
    return { result, stop: () => void worker.terminate() };
}
/** Every piece, or undefined as soon as one cannot be joined. */
async function joinable(pieces) {
    const read = [];
    for (const piece of pieces) {
        const result = await piece.result;
        if (!result)
            return undefined;
        read.push(result);
    }
    return read;
}
/**
 * Where pieces 2 to `count` start: the first `<testcase` tag at or after each equal share of the file, or
 * fewer when a share has none nearby (a report of a few huge test cases is read in fewer pieces).
 */
function pieceStarts(fd, size, count) {
    const window = external_node_buffer_.Buffer.alloc(CUT_SEARCH_BYTES + TESTCASE.length);
    const starts = [];
    for (let i = 1; i < count; i++) {
        const planned = Math.max(Math.floor((size * i) / count), (starts[starts.length - 1] ?? 0) + 1);
        const n = (0,external_node_fs_.readSync)(fd, window, 0, window.length, planned);
        const at = tagIn(window.subarray(0, n));
        if (at !== -1)
            starts.push(planned + at);
    }
    return starts;
}
/** The first `<testcase` followed by whitespace, `>` or `/` (not `<testcases`), or -1. */
function tagIn(bytes) {
    for (let at = bytes.indexOf(TESTCASE); at !== -1; at = bytes.indexOf(TESTCASE, at + 1)) {
        const next = bytes[at + TESTCASE.length];
        if (next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x3e || next === 0x2f)
            return at;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/evidence/reports.ts







/**
 * Test, coverage and metrics reports in the workspace: found by the policy's globs and read without ever
 * leaving the workspace root (design \u00a711: no `..`, no absolute paths, no symlink that resolves outside).
 */
/** Folders that hold no reports of this repository and can be huge. */
const reports_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** Bounds the walk on giant monorepos. */
const MAX_ENTRIES = 500_000;
/** Coverage and metrics files are read whole; JUnit reports are streamed and have no cap. */
const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;
/** A report path that is outside the workspace, missing, not a file, or too large. */
class ReportFileError extends Error {
    file;
    reason;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.name = 'ReportFileError';
    }
}
function isInside(root, real) {
    return real === root || real.startsWith(root + (external_node_path_default()).sep);
}
/** Why a glob may not be used, or undefined when it may. */
function globProblem(glob) {
    const pattern = glob.startsWith('!') ? glob.slice(1) : glob;
    if (pattern.trim() === '')
        return 'empty glob';
    if (path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern)) {
        return 'absolute glob: report globs are relative to the workspace root';
    }
    if (pattern.split(/[\\/]/).includes('..'))
        return "glob with '..' would leave the workspace";
    return undefined;
}
/**
 * Files below root matching any glob (a glob starting with `!` excludes). `.git` and `node_modules` are
 * skipped; symlinked directories are not followed; a symlinked file is used only when it resolves inside
 * the workspace.
 */
async function findReports(root, globs) {
    const refused = [];
    const searched = [];
    for (const glob of globs) {
        const problem = globProblem(glob);
        if (problem)
            refused.push({ path: glob, reason: problem });
        else
            searched.push(glob);
    }
    const include = searched.filter(g => !g.startsWith('!'));
    const exclude = searched.filter(g => g.startsWith('!')).map(g => g.slice(1));
    if (include.length === 0)
        return { files: [], searched, refused };
    const options = { dot: true };
    const included = picomatch(include, options);
    const excluded = exclude.length > 0 ? picomatch(exclude, options) : () => false;
    const realRoot = await realpath(root);
    const files = [];
    for (const entry of await reports_walk(realRoot)) {
        if (!included(entry.file) || excluded(entry.file))
            continue;
        if (!entry.symlink) {
            files.push(entry.file);
            continue;
        }
        const problem = await symlinkProblem(realRoot, entry.file);
        if (problem)
            refused.push({ path: entry.file, reason: problem });
        else
            files.push(entry.file);
    }
    return { files: files.sort(), searched, refused };
}
async function symlinkProblem(realRoot, file) {
    let real;
    try {
        real = await realpath(path.join(realRoot, file));
    }
    catch {
        return 'broken symlink';
    }
    if (!isInside(realRoot, real))
        return `symlink resolves outside the workspace (${real})`;
    return (await stat(real)).isFile() ? undefined : 'symlink to a directory (not followed)';
}
async function reports_walk(realRoot) {
    const found = [];
    const pending = [''];
    let seen = 0;
    while (pending.length > 0 && seen < MAX_ENTRIES) {
        const dir = pending.pop();
        let entries;
        try {
            entries = await readdir(path.join(realRoot, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            seen++;
            const file = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!reports_SKIPPED_DIRS.has(entry.name))
                    pending.push(file);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                found.push({ file, symlink: entry.isSymbolicLink() });
            }
        }
    }
    return found;
}
/**
 * The real path of a workspace-relative file, refusing anything that leaves the workspace. Synchronous on
 * purpose: these calls take microseconds, and a round trip through the thread pool per call made thousands
 * of small reports four times slower to read.
 */
function resolveInside(root, file) {
    if (external_node_path_default().posix.isAbsolute(file) || external_node_path_default().win32.isAbsolute(file)) {
        throw new ReportFileError(file, 'absolute path: report paths are relative to the workspace root');
    }
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const resolved = external_node_path_default().resolve(realRoot, file);
    if (!isInside(realRoot, resolved))
        throw new ReportFileError(file, "path with '..' leaves the workspace");
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(resolved);
    }
    catch {
        throw new ReportFileError(file, 'not found');
    }
    if (!isInside(realRoot, real))
        throw new ReportFileError(file, `symlink resolves outside the workspace (${real})`);
    const info = (0,external_node_fs_.statSync)(real);
    if (!info.isFile())
        throw new ReportFileError(file, 'not a regular file');
    return { real, size: info.size };
}
/**
 * Streams a JUnit/TRX report through the parser: memory stays flat whatever the file's size, and a big report
 * is read by several threads when they are idle (readJunit).
 */
async function readJunitFile(root, file) {
    const { real, size } = resolveInside(root, file);
    const fd = (0,external_node_fs_.openSync)(real, 'r');
    try {
        // A small report is read here and now, so its file is closed before the next report is opened.
        const read = readJunit(fd, real, size);
        return read instanceof Promise ? await read : read;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function readWhole(root, file) {
    const { real, size } = resolveInside(root, file);
    if (size > MAX_WHOLE_FILE_BYTES) {
        throw new ReportFileError(file, `${Math.ceil(size / 1024 / 1024)} MB is larger than the ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB read limit`);
    }
    return (0,promises_.readFile)(real, 'utf8');
}
/** Line and branch coverage of one report (format detected from its content). */
async function readCoverageFile(root, file) {
    return parseCoverage(await readWhole(root, file), file);
}
/** A metrics file (JSON, YAML or CSV) as a plain object. */
async function readMetricsFile(root, file) {
    return parseMetrics(await readWhole(root, file), file);
}

;// CONCATENATED MODULE: ./src/evidence/workspace-reports.ts




/**
 * Reports of the checkout, found among the files the workspace already listed (no second walk) and read on
 * first request: JUnit streamed, coverage read whole with a size cap. Each file is read at most once however
 * many practices ask, and a file that does not parse is kept with its error \u2014 a warning, never a pass.
 */
function workspaceReports(workspace) {
    const cache = new Map();
    /** Practices ask with the same default globs: the checkout's files are matched once per glob list. */
    const selections = new Map();
    function select(globs) {
        const key = globs.join('\u0000');
        let files = selections.get(key);
        if (!files)
            selections.set(key, (files = workspace.files.filter(globFilter(globs, { dot: true, ignore: [...NOT_OURS] }))));
        return files;
    }
    function search(kind, globs, read) {
        return Promise.all(select(globs).map(file => {
            const key = `${kind}\u0000${file}`;
            let pending = cache.get(key);
            if (!pending)
                cache.set(key, (pending = readOne(file, read)));
            return pending;
        })).then(found => ({ searched: [...globs], files: found }));
    }
    async function readOne(file, read) {
        try {
            return { file, summary: await read(workspace.root, file) };
        }
        catch (error) {
            return { file, error: (0,message_of/* messageOf */.b)(error) };
        }
    }
    const metrics = new Map();
    return {
        tests: globs => search('tests', globs, readJunitFile),
        coverage: globs => search('coverage', globs, readCoverageFile),
        metrics(file) {
            let pending = metrics.get(file);
            if (!pending)
                metrics.set(file, (pending = readMetrics(workspace.root, file)));
            return pending;
        }
    };
}
async function readMetrics(root, file) {
    try {
        return { data: await readMetricsFile(root, file) };
    }
    catch (error) {
        if (!(error instanceof ReportFileError))
            return { error: (0,message_of/* messageOf */.b)(error) };
        return error.reason === 'not found' ? { missing: true } : { error: error.reason };
    }
}

;// CONCATENATED MODULE: ./src/parsers/job-dependency-problems.ts
const REJECTED = 'GitHub rejects this workflow, so none of its jobs runs';
/**
 * What GitHub refuses in `needs:` \u2014 a job that needs itself, a job that is not in the workflow ("depends on
 * unknown job"), or jobs that need each other in a cycle ("creates a cycle") \u2014 one problem per bad need and
 * per cycle. Job ids are compared case-insensitively, so a difference of case is never called missing.
 */
function jobDependencyProblems(jobs) {
    const byKey = new Map(jobs.map(job => [job.id.toLowerCase(), job]));
    const problems = [];
    const edges = new Map();
    for (const job of jobs) {
        const next = [];
        for (const need of job.needs) {
            const key = need.toLowerCase();
            if (key === job.id.toLowerCase())
                problems.push({ job: job.id, message: `job \`${job.id}\` needs itself; ${REJECTED}` });
            else if (!byKey.has(key))
                problems.push({
                    job: job.id,
                    message: `job \`${job.id}\` needs \`${need}\`, which is not a job of this workflow; ${REJECTED}`
                });
            else
                next.push(key);
        }
        edges.set(job.id.toLowerCase(), next);
    }
    for (const cycle of cycles(edges)) {
        const names = cycle.map(key => byKey.get(key)?.id ?? key);
        problems.push({
            job: names[0],
            message: `jobs ${[...names, names[0]].map(n => `\`${n}\``).join(' \u2192 ')} need each other in a cycle; ${REJECTED}`
        });
    }
    return problems;
}
/** Each cycle of the graph once, found by depth-first search (iterative: a workflow may have many jobs). */
function cycles(edges) {
    const state = new Map();
    const found = [];
    for (const start of edges.keys()) {
        if (state.has(start))
            continue;
        const path = [start];
        const next = [0];
        state.set(start, 'open');
        while (path.length > 0) {
            const node = path.at(-1);
            const targets = edges.get(node) ?? [];
            const i = next[next.length - 1];
            if (i >= targets.length) {
                state.set(node, 'done');
                path.pop();
                next.pop();
                continue;
            }
            next[next.length - 1] = i + 1;
            const target = targets[i];
            if (state.get(target) === 'open')
                found.push(path.slice(path.indexOf(target)));
            else if (!state.has(target)) {
                state.set(target, 'open');
                path.push(target);
                next.push(0);
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/parsers/yaml-keys-seen.ts
/** Maps this small are searched by a scan, which costs less than building a Set for each. */
const SCANNED = 16;
/**
 * The keys of one map read so far, to find a duplicate (which the fast reader leaves to the library). Most
 * maps of a workflow have a few keys and a thousand files have hundreds of thousands of maps, so a Set is
 * built only for a map that grows past SCANNED keys. Keys compare as a Set compares them (SameValueZero).
 */
class KeysSeen {
    list = [];
    index;
    /** Adds `key`; false when it was already there. */
    add(key) {
        if (this.index) {
            if (this.index.has(key))
                return false;
            this.index.add(key);
            return true;
        }
        if (this.list.includes(key))
            return false;
        this.list.push(key);
        if (this.list.length > SCANNED)
            this.index = new Set(this.list);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/parsers/yaml-unsupported.ts
/** Thrown inside the fast reader when the text leaves its subset; caught by readFast. */
class Unsupported extends Error {
}

;// CONCATENATED MODULE: ./src/parsers/yaml-scalars.ts

// The scalars of the fast reader's subset; anything past the common cases throws Unsupported, so that the
// `yaml` package reads the file instead.
/** Characters that start YAML syntax rather than a plain scalar. */
const INDICATOR_START = /^[[\]{}&*!|>'"%@`#,?:-]/;
/** A one-line plain scalar after a key or dash: up to a comment; `key: a: b` is not valid YAML. */
function plainScalar(text) {
    if (INDICATOR_START.test(text) && !/^[-?:][^\s]/.test(text))
        throw new Unsupported();
    // Most values hold no `#`: the regex for a comment is only run on those that do.
    const comment = text.includes('#') ? text.search(/\s#/) : -1;
    const value = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
    if (value.includes(': ') || value.endsWith(':'))
        throw new Unsupported();
    return value;
}
const ESCAPES = {
    '\\': '\\',
    '"': '"',
    '/': '/',
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0'
};
/**
 * A quoted scalar starting at `start` and closed before `end` (the end of its line), with the common escapes;
 * anything else is left to the library.
 */
function quotedScalar(text, start, end) {
    const quote = text[start];
    let value = '';
    for (let pos = start + 1; pos < end; pos++) {
        const c = text.charAt(pos);
        if (quote === "'" && c === "'") {
            if (pos + 1 === end || text[pos + 1] !== "'")
                return { value, end: pos + 1 };
            value += "'";
            pos++;
        }
        else if (quote === '"' && c === '"') {
            return { value, end: pos + 1 };
        }
        else if (quote === '"' && c === '\\') {
            const escaped = pos + 1 === end ? undefined : ESCAPES[text.charAt(pos + 1)];
            if (escaped === undefined)
                throw new Unsupported();
            value += escaped;
            pos++;
        }
        else {
            value += c;
        }
    }
    throw new Unsupported();
}
const MAY_RESOLVE = '0123456789+-.~nNtTfF';
/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars by default. */
function resolvePlain(text) {
    if (text !== '' && !MAY_RESOLVE.includes(text.charAt(0)))
        return text; // most scalars: skip the regexes
    if (/^(?:~|null|Null|NULL)?$/.test(text))
        return null;
    if (/^(?:true|True|TRUE)$/.test(text))
        return true;
    if (/^(?:false|False|FALSE)$/.test(text))
        return false;
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
        return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text))
        return NaN;
    return text;
}
/** Folded scalars: single breaks become spaces, runs of blank lines stay as newlines. */
function fold(rows) {
    if (rows.some(row => row.startsWith(' ')))
        throw new Unsupported(); // more-indented lines keep their breaks
    let out = '';
    let breaks = 0;
    let first = true;
    for (const row of rows) {
        if (row === '') {
            breaks++;
            continue;
        }
        out += first ? '\n'.repeat(breaks) : breaks === 0 ? ' ' : '\n'.repeat(breaks);
        out += row;
        breaks = 0;
        first = false;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/yaml-whitespace.ts
// The fast reader reads lines in place in the file's text, so it skips and trims whitespace by position with
// the set of characters String.prototype.trim and the regex `\s` use, which the slicing reader relied on.
/** Whether a UTF-16 unit is JavaScript whitespace (`\s`, and what `trim()` removes). */
function isWhitespace(code) {
    if (code === 32 || (code >= 9 && code <= 13))
        return true;
    if (code < 0xa0)
        return false;
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/** The first position in `[from, end)` of `text` that is not whitespace, or `end`. */
function skipWhitespace(text, from, end) {
    let at = from;
    while (at < end && isWhitespace(text.charCodeAt(at)))
        at++;
    return at;
}
/** The position just after the last character in `[from, end)` of `text` that is not whitespace, or `from`. */
function trimmedEnd(text, from, end) {
    let at = end;
    while (at > from && isWhitespace(text.charCodeAt(at - 1)))
        at--;
    return at;
}

;// CONCATENATED MODULE: ./src/parsers/yaml-flow-reader.ts




/**
 * A one-line flow collection (`[a, b]`, `{ a: b }`, nested) read in place in the file's text, from its bracket
 * at `start` to the end of its line at `end`; positions in the text are the nodes' offsets.
 */
class FlowReader {
    text;
    lineEnd;
    pos;
    constructor(text, start, lineEnd) {
        this.text = text;
        this.lineEnd = lineEnd;
        this.pos = start;
    }
    value() {
        this.spaces();
        const c = this.char();
        const offset = this.pos;
        if (c === '[')
            return this.collection(']', offset);
        if (c === '{')
            return this.collection('}', offset);
        if (c === '"' || c === "'") {
            const quoted = quotedScalar(this.text, this.pos, this.lineEnd);
            if (!quoted)
                throw new Unsupported();
            this.pos = quoted.end;
            return { kind: 'scalar', offset, value: quoted.value };
        }
        const plain = this.text.slice(this.pos, this.plainEnd());
        if (plain === '' || INDICATOR_START.test(plain) || /:(?:\s|$)/.test(plain))
            throw new Unsupported();
        this.pos += plain.length;
        return { kind: 'scalar', offset, value: resolvePlain(plain) };
    }
    end() {
        // Once per collection, so the rest of the line may be copied for the regex.
        if (!/^\s*(?:#.*)?$/.test(this.text.slice(this.pos, this.lineEnd)))
            throw new Unsupported();
    }
    /** The character at the reading position, undefined past the end of the line. */
    char() {
        return this.pos < this.lineEnd ? this.text[this.pos] : undefined;
    }
    collection(close, offset) {
        this.pos++;
        const isMap = close === '}';
        const items = [];
        const pairs = [];
        const seen = new KeysSeen();
        for (;;) {
            this.spaces();
            if (this.char() === close) {
                this.pos++;
                return isMap ? { kind: 'map', offset, pairs } : { kind: 'seq', offset, items };
            }
            const item = this.value();
            this.spaces();
            if (this.char() === ':') {
                if (!isMap || item.kind !== 'scalar' || !seen.add(item.value))
                    throw new Unsupported();
                this.pos++;
                const colon = this.pos;
                this.spaces();
                const empty = this.char() === ',' || this.char() === close;
                pairs.push({
                    key: item,
                    value: empty ? { kind: 'scalar', offset: colon, value: null } : this.value()
                });
            }
            else if (isMap) {
                throw new Unsupported();
            }
            else {
                items.push(item);
            }
            this.spaces();
            const c = this.char();
            if (c === ',')
                this.pos++;
            else if (c !== close)
                throw new Unsupported();
        }
    }
    /**
     * Where a plain scalar starting at the reading position ends: at the first place followed by optional
     * whitespace and then `,` `]` `}`, a `:` with whitespace or one of those after it, a comment, or the line's
     * end; the reading position itself when a `,[]{}#` comes first. This is the regex
     * `^[^,[\]{}#]*?(?=\s*(?:[,\]}]|:(?:\s|[,\]}])|\s#|$))` without copying the rest of the line for each scalar.
     */
    plainEnd() {
        for (let at = this.pos; at < this.lineEnd; at++) {
            const c = this.text.charAt(at);
            // Only whitespace or one of these can start what ends a scalar: other characters skip the lookahead.
            if ((',]}:'.includes(c) || skipWhitespace(this.text, at, at + 1) > at) && this.endsPlain(at))
                return at;
            if (',[]{}#'.includes(c))
                return this.pos;
        }
        return this.lineEnd;
    }
    endsPlain(at) {
        const next = skipWhitespace(this.text, at, this.lineEnd);
        if (next >= this.lineEnd)
            return true;
        const c = this.text.charAt(next);
        if (c === ',' || c === ']' || c === '}')
            return true;
        if (c === '#')
            return next > at;
        if (c !== ':' || next + 1 >= this.lineEnd)
            return false;
        const after = this.text.charAt(next + 1);
        return skipWhitespace(this.text, next + 1, next + 2) > next + 1 || ',]}'.includes(after);
    }
    spaces() {
        while (this.pos < this.lineEnd && this.text.charCodeAt(this.pos) === 32)
            this.pos++;
    }
}

;// CONCATENATED MODULE: ./src/parsers/yaml-fast-reader.ts






/**
 * The fast front end: block maps and sequences read line by line, for the subset workflow files are written
 * in (see workflow-yaml.ts); undefined as soon as the text leaves it.
 */
function readFast(text) {
    if (text.includes('\t') || text.startsWith('\uFEFF'))
        return undefined;
    try {
        return new FastReader(text).read();
    }
    catch (error) {
        // Nesting deep enough to exhaust the stack is outside the subset too: the library reports it on its line.
        if (error instanceof Unsupported || error instanceof RangeError)
            return undefined;
        throw error;
    }
}
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
/**
 * Lines are read in place in the text, by their offsets, rather than split into strings: a thousand workflow
 * files are a million lines, and only keys and values become strings of their own. Each line's facts sit in
 * arrays sized once per file.
 */
class FastReader {
    text;
    count;
    /** Offset of each line's first character. */
    starts;
    /** Offset just after each line's last character (a CRLF line's carriage return excluded). */
    ends;
    /** Column (0-based) where the content being read starts; moved right for `- key: value` items. */
    indents;
    /** 1 when the line is blank or a comment only. */
    empty;
    /**
     * The key read at `keyIndents[i]` (null: none there): the reader asks each line for its key more than once
     * (to choose map or sequence, then to read it).
     */
    keys;
    keyIndents;
    counter = new dist/* LineCounter */.HN();
    i = 0;
    constructor(text) {
        this.text = text;
        let count = 1;
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            count++;
        this.count = count;
        this.starts = new Int32Array(count);
        this.ends = new Int32Array(count);
        this.indents = new Int32Array(count);
        this.empty = new Uint8Array(count);
        this.keys = new Array(count);
        this.keyIndents = new Int32Array(count).fill(-1);
        // CRLF files are common; a carriage return anywhere else is left to the library. Each is found once,
        // from the one before, so no line is searched past its end; includes() first, because most files have
        // none and it answers that several times faster than an indexOf() that finds nothing.
        let carriageReturn = text.includes('\r') ? text.indexOf('\r') : -1;
        let start = 0;
        for (let line = 0; line < count; line++) {
            const newline = line === count - 1 ? text.length : text.indexOf('\n', start);
            const end = newline > start && text.charCodeAt(newline - 1) === CARRIAGE_RETURN ? newline - 1 : newline;
            if (carriageReturn >= 0 && carriageReturn < end)
                throw new Unsupported();
            if (carriageReturn === end)
                carriageReturn = text.indexOf('\r', end + 1);
            this.counter.addNewLine(start);
            let content = start;
            while (content < end && text.charCodeAt(content) === SPACE)
                content++;
            this.starts[line] = start;
            this.ends[line] = end;
            this.indents[line] = content - start;
            this.empty[line] = content === end || text.charCodeAt(content) === HASH ? 1 : 0;
            start = newline + 1;
        }
    }
    read() {
        this.skipEmpty();
        if (this.i < this.count && /^---(?:\s+#.*)?\s*$/.test(this.lineText(this.i))) {
            this.i++;
            this.skipEmpty();
        }
        if (this.i >= this.count || this.indents[this.i] !== 0)
            throw new Unsupported();
        const root = this.block(0);
        this.skipEmpty();
        if (this.i < this.count)
            throw new Unsupported();
        return { root, errors: [], lines: this.counter, reader: 'fast' };
    }
    lineText(line) {
        return this.text.slice(this.starts[line], this.ends[line]);
    }
    skipEmpty() {
        while (this.i < this.count && this.empty[this.i] === 1)
            this.i++;
    }
    /** The line a node starts on; callers stand on one, so running out means text this reader does not know. */
    current() {
        if (this.i >= this.count)
            throw new Unsupported();
        return this.i;
    }
    /** Offset of the line's content (at its indent). */
    contentAt(line) {
        return (this.starts[line] ?? 0) + (this.indents[line] ?? 0);
    }
    /** The content is `-` or starts with `- `: a sequence item. */
    isDash(line) {
        const at = this.contentAt(line);
        const end = this.ends[line] ?? 0;
        return (at < end &&
            this.text.charCodeAt(at) === DASH &&
            (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE));
    }
    /** A block node whose first line is the current one, at that line's indent. */
    block(indent) {
        const line = this.current();
        if (this.isDash(line))
            return this.sequence(indent);
        if (this.keyOf(line) !== undefined)
            return this.map(indent);
        throw new Unsupported();
    }
    map(indent) {
        const node = { kind: 'map', offset: (this.starts[this.current()] ?? 0) + indent, pairs: [] };
        const seen = new KeysSeen();
        for (;;) {
            this.skipEmpty();
            const line = this.i;
            const lineIndent = this.indents[line];
            if (lineIndent === undefined || lineIndent < indent)
                return node;
            if (lineIndent > indent)
                throw new Unsupported();
            const key = this.keyOf(line);
            if (key === undefined) {
                const at = this.contentAt(line);
                if (at < (this.ends[line] ?? 0) && this.text.charCodeAt(at) === DASH)
                    return node;
                throw new Unsupported();
            }
            if (!seen.add(key.node.value))
                throw new Unsupported();
            node.pairs.push({ key: key.node, value: this.valueAfter(line, key.end, indent, true) });
        }
    }
    sequence(indent) {
        const node = { kind: 'seq', offset: (this.starts[this.current()] ?? 0) + indent, items: [] };
        for (;;) {
            this.skipEmpty();
            const line = this.i;
            const lineIndent = this.indents[line];
            if (lineIndent === undefined || lineIndent < indent)
                return node;
            if (lineIndent > indent || !this.isDash(line)) {
                if (lineIndent === indent)
                    return node;
                throw new Unsupported();
            }
            const start = this.starts[line] ?? 0;
            const end = this.ends[line] ?? 0;
            // What follows the dash, trimmed: its first character sets the item's column.
            const first = skipWhitespace(this.text, start + indent + 1, end);
            const last = trimmedEnd(this.text, first, end);
            const c = this.text.charCodeAt(first);
            if (first < last && c === DASH && (last - first === 1 || this.text.charCodeAt(first + 1) === SPACE)) {
                throw new Unsupported();
            }
            if (first < last && c !== HASH && this.compactMapKey(line, first - start)) {
                node.items.push(this.map(first - start));
            }
            else {
                node.items.push(this.valueAfter(line, indent + 1, indent, false));
            }
        }
    }
    /** `- key: value`: the item is a compact map, read as if its line started at its first key. */
    compactMapKey(line, column) {
        const dashIndent = this.indents[line] ?? 0;
        this.indents[line] = column;
        if (this.keyOf(line) !== undefined)
            return true;
        this.indents[line] = dashIndent;
        return false;
    }
    /** A map key at the line's indent: the key node and the column just after its colon. */
    keyOf(line) {
        if (this.keyIndents[line] !== this.indents[line]) {
            this.keys[line] = this.readKey(line) ?? null;
            this.keyIndents[line] = this.indents[line] ?? -1;
        }
        return this.keys[line] ?? undefined;
    }
    readKey(line) {
        const start = this.starts[line] ?? 0;
        const end = this.ends[line] ?? 0;
        const at = this.contentAt(line);
        if (at >= end)
            return undefined;
        const first = this.text.charAt(at);
        if (first === '"' || first === "'") {
            const quoted = quotedScalar(this.text, at, end);
            if (!quoted)
                return undefined;
            const colonEnd = this.quotedKeyColonEnd(quoted.end, end);
            if (colonEnd < 0)
                return undefined;
            return { node: { kind: 'scalar', offset: at, value: quoted.value }, end: colonEnd - start };
        }
        const colon = this.keyColon(at, end);
        if (colon < 0 || INDICATOR_START.test(first))
            return undefined;
        const key = this.text.slice(at, trimmedEnd(this.text, at, colon));
        if (key === '' || key.includes(' #'))
            return undefined;
        return { node: { kind: 'scalar', offset: at, value: resolvePlain(key) }, end: colon + 1 - start };
    }
    /** After a quoted key: spaces, the colon and a space or the line's end (`/^ *:(?: |$)/`); where that ends, or -1. */
    quotedKeyColonEnd(from, end) {
        let at = from;
        while (at < end && this.text.charCodeAt(at) === SPACE)
            at++;
        if (at >= end || this.text.charCodeAt(at) !== COLON)
            return -1;
        at++;
        if (at === end)
            return at;
        return this.text.charCodeAt(at) === SPACE ? at + 1 : -1;
    }
    /** The first colon followed by a space or the line's end (`/:(?: |$)/`), or -1; never past the line. */
    keyColon(from, end) {
        for (let at = from; at < end; at++) {
            if (this.text.charCodeAt(at) !== COLON)
                continue;
            if (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE)
                return at;
        }
        return -1;
    }
    /**
     * The value that follows a key's colon or a sequence dash at `column` of the line: inline on the line, or a
     * block on the following lines (a map's value may be a sequence at the key's own indent).
     */
    valueAfter(line, column, indent, ofMapKey) {
        const end = this.ends[line] ?? 0;
        const at = skipWhitespace(this.text, (this.starts[line] ?? 0) + column, end);
        this.i++;
        if (at === end || this.text.charCodeAt(at) === HASH) {
            this.skipEmpty();
            const next = this.i;
            const nextIndent = this.indents[next];
            if (nextIndent !== undefined && nextIndent > indent)
                return this.block(nextIndent);
            if (nextIndent === indent && ofMapKey && this.isDash(next))
                return this.sequence(indent);
            return { kind: 'scalar', offset: at, value: null };
        }
        const node = this.inline(at, end, indent);
        this.skipEmpty();
        const nextIndent = this.indents[this.i];
        if (nextIndent !== undefined && nextIndent > indent)
            throw new Unsupported(); // a multi-line plain scalar, or an error
        return node;
    }
    /** A value that starts on its key's or dash's line, at `at`; the line ends at `end`. */
    inline(at, end, indent) {
        const first = this.text.charAt(at);
        if (first === '|' || first === '>')
            return this.blockScalar(this.text.slice(at, end), at, indent);
        if (first === '[' || first === '{') {
            const flow = new FlowReader(this.text, at, end);
            const node = flow.value();
            flow.end();
            return node;
        }
        if (first === '"' || first === "'") {
            const quoted = quotedScalar(this.text, at, end);
            if (!quoted || !/^\s*(?:#.*)?$/.test(this.text.slice(quoted.end, end)))
                throw new Unsupported();
            return { kind: 'scalar', offset: at, value: quoted.value };
        }
        return { kind: 'scalar', offset: at, value: resolvePlain(plainScalar(this.text.slice(at, end))) };
    }
    /** `|`/`>` with optional `-`/`+` chomping; explicit indentation indicators are left to the library. */
    blockScalar(header, offset, indent) {
        const match = /^([|>])([-+]?)\s*(?:#.*)?$/.exec(header);
        if (!match)
            throw new Unsupported();
        const rows = [];
        let contentIndent = -1;
        for (; this.i < this.count; this.i++) {
            const start = this.starts[this.i] ?? 0;
            const end = this.ends[this.i] ?? 0;
            const lineIndent = this.indents[this.i] ?? 0;
            const blank = skipWhitespace(this.text, start, end) === end;
            if (!blank && lineIndent <= indent)
                break;
            if (!blank && contentIndent < 0)
                contentIndent = lineIndent;
            if (!blank && lineIndent < contentIndent)
                throw new Unsupported();
            if (blank && contentIndent < 0 && end - start > indent + 1)
                throw new Unsupported();
            rows.push(this.text.slice(start + Math.max(contentIndent, 0), end));
        }
        if (this.i >= this.count && rows.length > 0 && rows[rows.length - 1] === '')
            rows.pop(); // text's final newline
        let trailing = 0;
        while (rows.at(-1) === '') {
            rows.pop();
            trailing++;
        }
        if (rows.some(row => row.trim() === '' && row !== ''))
            throw new Unsupported();
        const body = match[1] === '|' ? rows.join('\n') : fold(rows);
        const chomping = match[2];
        const value = body === '' && chomping !== '+'
            ? ''
            : chomping === '-'
                ? body
                : chomping === '+'
                    ? body + '\n'.repeat(trailing + (body === '' ? 0 : 1))
                    : body + '\n';
        return { kind: 'scalar', offset, value };
    }
}

;// CONCATENATED MODULE: ./src/core/one-line.ts
/**
 * Line breaks, control characters (C0, DEL, C1, line/paragraph separators) and the bidirectional controls
 * that can make a line display reversed (U+202A\u2013U+202E, U+2066\u2013U+2069, "Trojan Source") \u2014 never wanted inline.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/** One line of plain text: control characters (ANSI escapes, CR, LF, tabs, bidi controls) become single spaces. */
function oneLine(text) {
    return text.replace(CONTROL, ' ');
}

;// CONCATENATED MODULE: ./src/parsers/yaml-problems.ts


/**
 * The `yaml` package's errors reworded for someone who edits the file rather than the parser \u2014 what is wrong
 * and what to do \u2014 and every duplicate key, named with both of its lines. Parse with `uniqueKeys: false`:
 * the package's own duplicate check compares each key with every earlier one (quadratic in a map's size).
 */
function yamlProblems(doc, lines) {
    return [
        ...doc.errors.map(error => ({ offset: error.pos[0], message: reworded(error) })),
        ...duplicateKeys(doc, lines)
    ].sort((a, b) => a.offset - b.offset);
}
function reworded(error) {
    const said = error.message.split('\n')[0] ?? error.message;
    switch (error.code) {
        case 'BAD_INDENT':
            if (said.includes('end with a ]'))
                return 'a `[` list is not closed with `]` (or a line of it is not indented enough)';
            if (said.includes('end with a }'))
                return 'a `{` mapping is not closed with `}` (or a line of it is not indented enough)';
            return 'the indentation is off: keys of one mapping must start in the same column';
        case 'MISSING_CHAR':
            return said.includes('quote')
                ? 'a quoted string is not closed'
                : `a closing character is missing (${said})`;
        case 'TAB_AS_INDENT':
            return 'a tab is used for indentation; YAML allows only spaces';
        case 'BLOCK_AS_IMPLICIT_KEY':
            return 'a value holds a second `key: value` on the same line; quote the value or move it to its own line';
        case 'MULTILINE_IMPLICIT_KEY':
            return 'a key runs over more than one line: a `:` is missing, or a quote above is not closed';
        case 'MULTIPLE_DOCS':
            return 'the file holds more than one YAML document (a `---` line); keep one';
        case 'BAD_SCALAR_START':
            return `${said.replace('Plain value', 'an unquoted value')}; quote the value`;
        case 'UNEXPECTED_TOKEN':
            return `unexpected text here (${said.replace(/^Unexpected (\S+) token in YAML stream: /, '')}); it belongs to no key`;
        default:
            return said;
    }
}
/** "duplicate key 'target' on lines 3 and 5", at the second: keys compared as the text an object would use. */
function duplicateKeys(doc, lines) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Map();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                const offset = pair.key.range?.[0] ?? 0;
                const first = seen.get(key);
                if (first === undefined) {
                    seen.set(key, offset);
                    continue;
                }
                const where = `lines ${lines.linePos(first).line} and ${lines.linePos(offset).line}`;
                found.push({ offset, message: `duplicate key '${oneLine(key)}' on ${where}; keep one` });
            }
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/parsers/yaml-library-reader.ts


/** The reference front end: the `yaml` package's Document, turned into the tree the workflow parser reads. */
function readWithLibrary(text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    const errors = yamlProblems(doc, lines);
    const budget = { nodes: MAX_ALIASED_NODES };
    const root = doc.contents ? convert(doc.contents, doc, 0, budget) : undefined;
    if (budget.nodes < 0) {
        errors.push({
            offset: budget.overflowAt ?? 0,
            message: `aliases expand to more than ${MAX_ALIASED_NODES} nodes (a "billion laughs"); not followed`
        });
    }
    return { root, errors, lines, reader: 'yaml' };
}
/**
 * Nodes that may be copied in by following aliases: an anchor of aliases of aliases ("billion laughs") grows
 * exponentially while the depth stays small, so the copies share one budget; a workflow needs a handful.
 */
const MAX_ALIASED_NODES = 100_000;
/** Aliases are followed to their anchor; the depth bound keeps alias loops from recursing forever. */
function convert(node, doc, depth, budget, aliased = false) {
    const offset = node?.range?.[0] ?? 0;
    if (depth > 100)
        return { kind: 'scalar', offset, value: null };
    if (aliased && --budget.nodes < 0) {
        budget.overflowAt ??= offset;
        return { kind: 'scalar', offset, value: null };
    }
    if ((0,dist/* isAlias */.Vj)(node))
        return convert(node.resolve(doc), doc, depth + 1, budget, true);
    const child = (item) => convert(item, doc, depth + 1, budget, aliased);
    if ((0,dist/* isMap */.jh)(node)) {
        const pairs = node.items.map(pair => ({
            key: child(pair.key),
            value: pair.value === null ? nullAfter(pair.key) : child(pair.value)
        }));
        return { kind: 'map', offset, pairs };
    }
    if ((0,dist/* isSeq */.oP)(node))
        return { kind: 'seq', offset, items: node.items.map(child) };
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : null;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- no other core-schema scalar; keep any as text
    return { kind: 'scalar', offset, value: isPlainValue(value) ? value : String(value) };
}
function nullAfter(key) {
    return { kind: 'scalar', offset: key?.range?.[1] ?? 0, value: null };
}
function isPlainValue(value) {
    return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

;// CONCATENATED MODULE: ./src/parsers/workflow-yaml.ts



/**
 * The YAML tree the workflow parser reads (yaml-node.ts), from either of two front ends.
 *
 * The `yaml` package is the reference, but composing its Document costs about 0.4 ms per KB on this
 * machine, and design \u00a710 asks for 1,000 workflow files (\u224814 MB) in under 2 s. So a fast reader handles the
 * block-style subset that workflow files are written in (block maps and sequences, plain and quoted one-line
 * scalars, `|`/`>` block scalars, one-line flow collections, comments) and gives up \u2014 returning undefined \u2014
 * on anything else: anchors, tags, multi-line plain or quoted scalars, tabs, CRLF, duplicate keys, errors.
 * Then the `yaml` package parses the file, so unusual files and every error message still come from the
 * reference parser. A test checks both front ends agree on every corpus file.
 *
 * The seams: yaml-fast-reader.ts reads the block structure, yaml-flow-reader.ts the one-line flow
 * collections, yaml-scalars.ts the scalars; yaml-library-reader.ts converts the `yaml` package's Document.
 */
/**
 * Longest text (UTF-16 units, about bytes) the `yaml` package is given. Its Document takes 100 to 200 bytes of memory per byte of text
 * (a 5 MB file on one flow-style line peaked above 1 GB), so a larger file outside the fast reader's subset is
 * refused with a problem instead: at the 10 MB read cap that would be 2 GB on a 7 GB runner. Real workflow
 * files are a few kilobytes; the fast reader takes block-style files of any size.
 */
const MAX_LIBRARY_LENGTH = 1024 * 1024;
/** Reads YAML text, through the fast reader when the text stays within its subset. */
function readYaml(text, options = {}) {
    if (options.fast !== false) {
        const fast = readFast(text);
        if (fast)
            return fast;
    }
    if (text.length > MAX_LIBRARY_LENGTH)
        return tooLarge(text);
    return readWithLibrary(text);
}
function tooLarge(text) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    const size = (text.length / 1024 / 1024).toFixed(1);
    const message = `file not read: at ${size} MB it is over the ${MAX_LIBRARY_LENGTH / 1024 / 1024} MB limit for YAML outside ` +
        'the block style workflows are written in (anchors, tags, flow collections or quoted scalars over several ' +
        'lines, tabs, CRLF, duplicate keys); write it in plain block style, or split it';
    return { errors: [{ offset: 0, message, unread: true }], lines, reader: 'yaml' };
}
/** The plain JavaScript value of a node (for values kept as written, such as a matrix). */
function toJS(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toJS);
    return Object.fromEntries(node.pairs.map(pair => [String(toJS(pair.key)), toJS(pair.value)]));
}

;// CONCATENATED MODULE: ./src/parsers/workflow.ts



/** `fast: false` forces the `yaml` package front end (see workflow-yaml.ts); tests compare the two. */
function parseWorkflow(text, file, options = {}) {
    const { root, ctx } = parseRoot(text, file, 'workflow', options.fast);
    if (!root)
        return { problems: ctx.problems };
    const on = entry(root, 'on');
    const jobs = entry(root, 'jobs');
    if (!on)
        problem(ctx, root, 'workflow has no `on:` triggers');
    if (!jobs)
        problem(ctx, root, 'workflow has no `jobs:`');
    const workflow = {
        file,
        name: scalarText(entry(root, 'name')?.value, ctx, 'name'),
        triggers: on ? parseTriggers(on, ctx) : [],
        jobs: jobs ? parseJobs(jobs.value, ctx, defaultDirectory(root, ctx, 'defaults')) : [],
        callInputs: on ? parseCallInputs(on.value, ctx) : {},
        ...optional('dispatchInputs', on ? parseDispatchInputs(on.value, ctx) : {}),
        ...optional('env', stringMap(entry(root, 'env')?.value, ctx, 'env')),
        location: workflow_locate(ctx, root)
    };
    // GitHub refuses the whole file when a `needs:` is missing or cyclic: none of its jobs is evidence.
    const dependencies = jobDependencyProblems(workflow.jobs);
    for (const { job, message } of dependencies)
        problem(ctx, needsKey(jobs?.value, job), message);
    if (dependencies.length > 0)
        return { problems: ctx.problems };
    return { workflow, problems: ctx.problems };
}
/** The `needs` key of a job, where a problem with its dependencies is shown. */
function needsKey(jobs, id) {
    const job = isMap(jobs) ? entry(jobs, id)?.value : undefined;
    return isMap(job) ? entry(job, 'needs')?.key : undefined;
}
/** A local composite action (`action.yml`): its `runs.steps`, or none for JavaScript/Docker actions. */
function parseCompositeAction(text, file) {
    const { root, ctx } = parseRoot(text, file, 'action');
    const runs = root ? entry(root, 'runs')?.value : undefined;
    if (!isMap(runs))
        return { steps: [], problems: ctx.problems };
    const steps = entry(runs, 'steps');
    return { steps: steps ? parseSteps(steps.value, ctx) : [], problems: ctx.problems };
}
/**
 * The file's top-level mapping. GitHub refuses a file with any YAML error (a duplicate key included) and runs
 * none of it, so such a file yields no root: its jobs are no evidence, and each error is a problem on its line.
 */
function parseRoot(text, file, kind, fast) {
    const { root, errors, lines } = readYaml(text, { fast });
    const ctx = { file, lines, problems: [] };
    for (const error of errors) {
        const { line, col } = lines.linePos(error.offset);
        const message = error.unread
            ? error.message
            : `invalid YAML, so GitHub cannot run this ${kind} and none of it counts as evidence: ${error.message}`;
        ctx.problems.push({ file, message, location: { file, line, column: col } });
    }
    if (errors.length > 0)
        return { ctx };
    if (isMap(root))
        return { root, ctx };
    if (errors.length === 0)
        problem(ctx, root, 'expected a mapping at the top of the file');
    return { ctx };
}
function parseTriggers(on, ctx) {
    const value = on.value;
    if (isScalar(value) && typeof value.value === 'string')
        return [trigger(value.value, value, ctx)];
    if (isSeq(value)) {
        return value.items.flatMap(item => {
            const event = scalarText(item, ctx, 'on[]');
            return event === undefined ? [] : [trigger(event, item, ctx)];
        });
    }
    if (isMap(value)) {
        return pairs(value, ctx).map(([event, pair]) => {
            const t = trigger(event, pair.key, ctx);
            const body = pair.value;
            if (isMap(body))
                fillFilters(t, body, ctx);
            else if (event === 'schedule' && isSeq(body))
                t.crons = crons(body, ctx);
            else if (!isNull(body))
                problem(ctx, body, `on.${event} must be a mapping`);
            return t;
        });
    }
    problem(ctx, value, '`on:` must be an event name, a list of events or a mapping');
    return [];
}
function trigger(event, node, ctx) {
    return {
        event,
        branches: [],
        branchesIgnore: [],
        tags: [],
        paths: [],
        pathsIgnore: [],
        types: [],
        workflows: [],
        crons: [],
        location: workflow_locate(ctx, node)
    };
}
const FILTERS = {
    branches: 'branches',
    'branches-ignore': 'branchesIgnore',
    tags: 'tags',
    paths: 'paths',
    'paths-ignore': 'pathsIgnore',
    types: 'types',
    workflows: 'workflows'
};
function fillFilters(t, body, ctx) {
    for (const [key, pair] of pairs(body, ctx)) {
        const field = FILTERS[key];
        if (field)
            t[field] = stringList(pair.value, ctx, `on.${t.event}.${key}`);
    }
}
function crons(seq, ctx) {
    if (!isSeq(seq))
        return [];
    return seq.items.flatMap(item => {
        const cron = isMap(item) ? scalarText(entry(item, 'cron')?.value, ctx, 'on.schedule[].cron') : undefined;
        if (cron === undefined)
            problem(ctx, item, 'on.schedule items must be `- cron: "<expression>"`');
        return cron === undefined ? [] : [cron];
    });
}
/** `on.<event>.inputs` of `workflow_call` or `workflow_dispatch`, when it is a mapping. */
function eventInputs(on, event) {
    const body = isMap(on) ? entry(on, event)?.value : undefined;
    const inputs = isMap(body) ? entry(body, 'inputs')?.value : undefined;
    return isMap(inputs) ? inputs : undefined;
}
function parseCallInputs(on, ctx) {
    const inputs = eventInputs(on, 'workflow_call');
    if (!inputs)
        return {};
    const defaults = {};
    for (const [name, pair] of pairs(inputs, ctx)) {
        const fallback = isMap(pair.value) ? entry(pair.value, 'default')?.value : undefined;
        const text = scalarText(fallback, ctx, `on.workflow_call.inputs.${name}.default`);
        if (text !== undefined)
            defaults[name] = text;
    }
    return defaults;
}
/** `workflow_dispatch` inputs: a `choice` input's options are every environment a manual run can reach. */
function parseDispatchInputs(on, ctx) {
    const inputs = eventInputs(on, 'workflow_dispatch');
    if (!inputs)
        return {};
    const result = {};
    for (const [name, pair] of pairs(inputs, ctx)) {
        if (!isMap(pair.value))
            continue;
        const at = (key) => entry(pair.value, key)?.value;
        const what = `on.workflow_dispatch.inputs.${name}`;
        const type = scalarText(at('type'), ctx, `${what}.type`);
        const fallback = scalarText(at('default'), ctx, `${what}.default`);
        result[name] = {
            ...(type !== undefined && { type }),
            options: choiceOptions(at('options')),
            ...(fallback !== undefined && { default: fallback })
        };
    }
    return result;
}
/** GitHub shows any option as text; one that is not a single value (`- [EU, US]`) names no environment. */
function choiceOptions(value) {
    if (!isSeq(value))
        return [];
    return value.items.flatMap(item => (isScalar(item) && item.value !== null ? [String(item.value)] : []));
}
/** Only non-empty maps are set, so the model of a workflow without them stays as it was. */
function optional(key, value) {
    return Object.keys(value).length > 0 ? { [key]: value } : {};
}
/** `defaults.run.working-directory` of the workflow or a job: where its `run:` steps start. */
function defaultDirectory(map, ctx, what) {
    const defaults = entry(map, 'defaults')?.value;
    const run = isMap(defaults) ? entry(defaults, 'run')?.value : undefined;
    return isMap(run)
        ? scalarText(entry(run, 'working-directory')?.value, ctx, `${what}.run.working-directory`)
        : undefined;
}
function parseJobs(value, ctx, workflowDirectory) {
    if (!isMap(value)) {
        problem(ctx, value, '`jobs:` must be a mapping of job ids to jobs');
        return [];
    }
    return pairs(value, ctx).flatMap(([id, pair]) => {
        if (isMap(pair.value))
            return [parseJob(id, pair, pair.value, ctx, workflowDirectory)];
        problem(ctx, pair.value, `job ${id} must be a mapping`);
        return [];
    });
}
function parseJob(id, pair, body, ctx, workflowDirectory) {
    const at = (key) => entry(body, key)?.value;
    const strategy = at('strategy');
    const steps = at('steps');
    return {
        id,
        name: scalarText(at('name'), ctx, `jobs.${id}.name`),
        needs: stringList(at('needs'), ctx, `jobs.${id}.needs`),
        if: scalarText(at('if'), ctx, `jobs.${id}.if`),
        environment: parseEnvironment(at('environment'), ctx, id),
        runsOn: runsOn(at('runs-on')),
        matrix: isMap(strategy) ? matrix(entry(strategy, 'matrix')?.value) : undefined,
        services: serviceIds(at('services'), ctx),
        outputs: stringMap(at('outputs'), ctx, `jobs.${id}.outputs`),
        uses: scalarText(at('uses'), ctx, `jobs.${id}.uses`),
        with: stringMap(at('with'), ctx, `jobs.${id}.with`),
        steps: steps === undefined
            ? []
            : parseSteps(steps, ctx, defaultDirectory(body, ctx, `jobs.${id}.defaults`) ?? workflowDirectory),
        location: workflow_locate(ctx, pair.key),
        ...optional('env', stringMap(at('env'), ctx, `jobs.${id}.env`))
    };
}
function serviceIds(value, ctx) {
    return isMap(value) ? pairs(value, ctx).map(([key]) => key) : [];
}
function parseEnvironment(value, ctx, job) {
    if (value === undefined || isNull(value))
        return undefined;
    if (isMap(value)) {
        const name = scalarText(entry(value, 'name')?.value, ctx, `jobs.${job}.environment.name`);
        if (name === undefined) {
            problem(ctx, value, `jobs.${job}.environment needs a name`);
            return undefined;
        }
        const url = scalarText(entry(value, 'url')?.value, ctx, `jobs.${job}.environment.url`);
        return { name, url, location: workflow_locate(ctx, value) };
    }
    const name = scalarText(value, ctx, `jobs.${job}.environment`);
    return name === undefined ? undefined : { name, location: workflow_locate(ctx, value) };
}
/** `runs-on` may be a label, a list of labels or `{group, labels}`: kept as readable text. */
function runsOn(value) {
    if (isScalar(value))
        return value.value === null ? undefined : String(value.value);
    if (isSeq(value))
        return value.items.map(item => (isScalar(item) ? String(item.value) : '')).join(', ');
    if (isMap(value))
        return JSON.stringify(toJS(value));
    return undefined;
}
/** A matrix given as one expression (`${{ fromJSON(...) }}`) is kept under `$expression`, no valid dimension name. */
function matrix(value) {
    if (isMap(value))
        return toJS(value);
    if (isScalar(value) && typeof value.value === 'string')
        return { $expression: value.value };
    return undefined;
}
function parseSteps(value, ctx, directory) {
    if (!isSeq(value)) {
        problem(ctx, value, '`steps:` must be a list');
        return [];
    }
    return value.items.flatMap((item, index) => {
        if (!isMap(item)) {
            problem(ctx, item, 'a step must be a mapping');
            return [];
        }
        return [parseStep(item, index, ctx, directory)];
    });
}
function parseStep(item, index, ctx, directory) {
    const at = (key) => entry(item, key)?.value;
    const continueOnError = at('continue-on-error');
    const workingDirectory = scalarText(at('working-directory'), ctx, 'step working-directory') ?? directory;
    return {
        index,
        id: scalarText(at('id'), ctx, 'step id'),
        name: scalarText(at('name'), ctx, 'step name'),
        uses: scalarText(at('uses'), ctx, 'step uses'),
        run: scalarText(at('run'), ctx, 'step run'),
        with: stringMap(at('with'), ctx, 'step with'),
        if: scalarText(at('if'), ctx, 'step if'),
        continueOnError: isScalar(continueOnError)
            ? typeof continueOnError.value === 'boolean'
                ? continueOnError.value
                : String(continueOnError.value)
            : false,
        location: workflow_locate(ctx, item),
        ...(workingDirectory !== undefined && { workingDirectory }),
        ...optional('env', stringMap(at('env'), ctx, 'step env'))
    };
}
/** The pairs of a map with their keys as text; the YAML parser has already reported duplicates, keep the first. */
function pairs(map, ctx) {
    // Every map of every job and step is read through here: no Set for the few keys most have.
    const seen = new KeysSeen();
    const result = [];
    for (const pair of map.pairs) {
        const key = scalarText(pair.key, ctx, 'key');
        if (key === undefined || !seen.add(key))
            continue;
        result.push([key, pair]);
    }
    return result;
}
function entry(map, key) {
    // A loop, not find(): every job and step looks up a dozen keys, and the closure per lookup showed in profiles.
    for (const pair of map.pairs)
        if (isScalar(pair.key) && pair.key.value === key)
            return pair;
    return undefined;
}
function isMap(node) {
    return node?.kind === 'map';
}
function isSeq(node) {
    return node?.kind === 'seq';
}
function isScalar(node) {
    return node?.kind === 'scalar';
}
/** A scalar as text: numbers and booleans become their string, so `with: {node: 20}` reads '20'. */
function scalarText(value, ctx, what) {
    if (value === undefined || isNull(value))
        return undefined;
    if (isScalar(value))
        return String(value.value);
    problem(ctx, value, `${what} must be a single value`);
    return undefined;
}
function stringList(value, ctx, what) {
    if (value === undefined || isNull(value))
        return [];
    if (isSeq(value))
        return value.items.flatMap(item => scalarText(item, ctx, `${what}[]`) ?? []);
    const single = scalarText(value, ctx, what);
    return single === undefined ? [] : [single];
}
function stringMap(value, ctx, what) {
    const result = {};
    if (value === undefined || isNull(value))
        return result;
    if (!isMap(value)) {
        problem(ctx, value, `${what} must be a mapping`);
        return result;
    }
    for (const [key, pair] of pairs(value, ctx)) {
        const text = scalarText(pair.value, ctx, `${what}.${key}`);
        if (text !== undefined)
            result[key] = text;
    }
    return result;
}
function isNull(value) {
    return value === null || (isScalar(value) && value.value === null);
}
function workflow_locate(ctx, node) {
    const offset = node?.offset ?? 0;
    const { line, col } = ctx.lines.linePos(offset);
    return { file: ctx.file, line, column: col };
}
function problem(ctx, node, message) {
    ctx.problems.push({ file: ctx.file, message, location: workflow_locate(ctx, node) });
}

;// CONCATENATED MODULE: ./src/evidence/workflows.ts

/** GitHub allows 10 levels of nested reusable workflows; composite actions get the same bound. */
const workflows_MAX_DEPTH = 10;
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const REMOTE_CALL = /^([^/@\s]+)\/([^/@\s]+)\/([^@\s]+)@(\S+)$/;
async function collectWorkflows(workspace, options = {}) {
    const collector = new Collector(workspace, options);
    const files = workspace.files.filter(file => WORKFLOW_FILE.test(file));
    const workflows = [];
    for (const file of files) {
        const workflow = await collector.expand({ file }, []);
        if (workflow)
            workflows.push(workflow);
    }
    return { workflows, problems: collector.problems };
}
class Collector {
    workspace;
    options;
    problems = [];
    parsed = new Map();
    expanded = new Map();
    actions = new Map();
    /** Why each remote file that could not be read was not, by its label. */
    unread = new Map();
    constructor(workspace, options) {
        this.workspace = workspace;
        this.options = options;
    }
    /** The workflow with its calls and actions inlined; `stack` holds the files being expanded (cycle guard). */
    expand(source, stack) {
        let result = this.expanded.get(source.file);
        if (!result) {
            result = this.expandUncached(source, stack);
            this.expanded.set(source.file, result);
        }
        return result;
    }
    async expandUncached(source, stack) {
        const workflow = await this.parse(source);
        if (!workflow)
            return undefined;
        const jobs = [];
        for (const job of workflow.jobs) {
            const steps = this.inlineActions(job.steps, source.file, [], 0);
            // Most jobs use no local action: they are kept as parsed rather than copied.
            const withSteps = steps === job.steps ? job : { ...job, steps };
            jobs.push(...(await this.inlineCall(withSteps, source, [...stack, source.file])));
        }
        return { ...workflow, jobs };
    }
    parse(source) {
        let result = this.parsed.get(source.file);
        if (!result) {
            result = this.read(source).then(text => {
                if (text === undefined) {
                    // A listed file that cannot be read is evidence lost: say so rather than judge without it.
                    if (!source.remote && this.workspace.files.includes(source.file))
                        this.unreadable(source.file);
                    return undefined;
                }
                const { workflow, problems } = parseWorkflow(text, source.file);
                this.problems.push(...problems);
                return workflow;
            });
            this.parsed.set(source.file, result);
        }
        return result;
    }
    async read(source) {
        if (!source.remote)
            return this.workspace.read(source.file);
        const read = await this.options.readRemote?.(source.remote);
        if (read?.ok)
            return read.text;
        if (read)
            this.unread.set(source.file, read.reason);
        return undefined;
    }
    /** The steps with local composite actions' steps inlined: the same array when no step uses one. */
    inlineActions(steps, file, stack, depth) {
        if (!steps.some(usesLocalAction))
            return steps;
        return steps.flatMap(step => {
            const path = usesLocalAction(step) ? normalise(step.uses) : undefined;
            if (path === undefined)
                return [step];
            if (stack.includes(path) || depth >= workflows_MAX_DEPTH) {
                this.problem(step, file, `local action ${step.uses} not inlined: nested too deep or recursive`);
                return [step];
            }
            const action = this.action(path);
            if (action === undefined) {
                this.problem(step, file, `local action ${step.uses} not found (no ${path === '' ? '' : `${path}/`}action.yml)`);
                return [step];
            }
            const nested = this.inlineActions(action.steps, action.file, [...stack, path], depth + 1);
            return [step, ...nested.map(s => ({ ...s, index: step.index, fromAction: s.fromAction ?? path }))];
        });
    }
    /** A local action's own steps (none unless composite), parsed once however many steps use it. */
    action(path) {
        if (!this.actions.has(path)) {
            // `uses: ./` is the repository's own root action (a self-test job), whose path normalises to ''.
            const dir = path === '' ? '' : `${path}/`;
            const file = [`${dir}action.yml`, `${dir}action.yaml`].find(f => this.workspace.read(f) !== undefined);
            const text = file === undefined ? undefined : this.workspace.read(file);
            if (file === undefined || text === undefined)
                this.actions.set(path, undefined);
            else {
                const { steps, problems } = parseCompositeAction(text, file);
                this.problems.push(...problems);
                this.actions.set(path, { file, steps });
            }
        }
        return this.actions.get(path);
    }
    /** A calling job stays as a node that needs the callee's leaf jobs, so `needs: [caller]` keeps its order. */
    async inlineCall(job, caller, stack) {
        if (job.uses === undefined)
            return [job];
        const callee = this.calleeOf(job.uses, caller);
        if (typeof callee === 'string')
            return [{ ...job, opaqueReason: callee }];
        if (stack.includes(callee.file) || stack.length >= workflows_MAX_DEPTH) {
            return [
                { ...job, opaqueReason: `reusable workflow ${job.uses} not inlined: nested too deep or recursive` }
            ];
        }
        const workflow = await this.expand(callee, stack);
        if (!workflow)
            return [{ ...job, opaqueReason: this.notExpanded(job, caller, callee) }];
        const inputs = { ...workflow.callInputs, ...job.with };
        const prefix = (id) => `${job.id}/${id}`;
        const inner = workflow.jobs.map(calleeJob => substituteInputs({
            ...calleeJob,
            id: prefix(calleeJob.id),
            needs: calleeJob.needs.length > 0 ? calleeJob.needs.map(prefix) : job.needs,
            calledBy: calleeJob.calledBy
                ? { ...calleeJob.calledBy, job: prefix(calleeJob.calledBy.job) }
                : { job: job.id, workflow: callee.file }
        }, inputs));
        const needed = new Set(workflow.jobs.flatMap(j => j.needs));
        const leaves = workflow.jobs.filter(j => !needed.has(j.id)).map(j => prefix(j.id));
        return [...inner, { ...job, needs: leaves.length > 0 ? leaves : job.needs }];
    }
    /** Where a `uses:` call points, or why it cannot be followed. */
    calleeOf(uses, caller) {
        if (uses.startsWith('./')) {
            const path = normalise(uses);
            if (!caller.remote)
                return { file: path };
            const remote = { ...caller.remote, path };
            return { file: remoteLabel(remote), remote };
        }
        const match = REMOTE_CALL.exec(uses);
        if (!match)
            return `reusable workflow ${uses} not understood`;
        const [, owner = '', repo = '', path = '', ref = ''] = match;
        const remote = { owner, repo, path, ref };
        if (!this.options.readRemote)
            return `remote reusable workflow ${uses} not read: no token`;
        return { file: remoteLabel(remote), remote };
    }
    /**
     * Why a call's callee could not be inlined. A remote callee GitHub refused or failed to send is evidence
     * lost, so it is also a problem at the calling job: the report names the file and GitHub's answer.
     */
    notExpanded(job, caller, callee) {
        const unread = this.unread.get(callee.file);
        if (unread !== undefined) {
            const message = `could not read ${callee.file}: ${unread}`;
            this.problems.push({ file: caller.file, message, location: job.location });
            return message;
        }
        return `reusable workflow ${job.uses} ${callee.remote ? 'could not be read' : 'not found in the workspace'}`;
    }
    unreadable(file) {
        this.problems.push({
            file,
            message: `workflow file not read: ${this.workspace.whyUnread?.(file) ??
                'larger than the 10 MB read limit, unreadable, or a symlink out of the workspace'}`,
            location: { file, line: 1, column: 1 }
        });
    }
    problem(step, file, message) {
        this.problems.push({ file, message, location: step.location });
    }
}
function usesLocalAction(step) {
    return step.uses?.startsWith('./') === true;
}
function remoteLabel(ref) {
    return `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
}
/** `./a/./b/` \u2192 `a/b`: workspace paths are compared as text. */
function normalise(uses) {
    return uses
        .split('/')
        .filter(part => part !== '.' && part !== '')
        .join('/');
}
const INPUT_EXPRESSION = /\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g;
/** Replaces `${{ inputs.x }}` with what the caller passed; unknown inputs stay as written (unresolved). */
function substitute(text, inputs) {
    return text?.replace(INPUT_EXPRESSION, (whole, name) => inputs[name] ?? whole);
}
function substituteAll(values, inputs) {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, substitute(value, inputs) ?? value]));
}
function substituteInputs(job, inputs) {
    return {
        ...job,
        name: substitute(job.name, inputs),
        if: substitute(job.if, inputs),
        with: substituteAll(job.with, inputs),
        environment: job.environment && {
            ...job.environment,
            name: substitute(job.environment.name, inputs) ?? job.environment.name,
            url: substitute(job.environment.url, inputs)
        },
        steps: job.steps.map(step => ({
            ...step,
            name: substitute(step.name, inputs),
            run: substitute(step.run, inputs),
            if: substitute(step.if, inputs),
            with: substituteAll(step.with, inputs)
        }))
    };
}

;// CONCATENATED MODULE: ./src/evaluate/regression-parts.ts
/**
 * Regressions in words, practices counted apart from the drops they caused: "2 practices regressed", "the
 * level reached and category test-verification dropped". A level or category drop is not a practice, so
 * counting it as one would overstate what broke.
 */
function regressionParts(regressions) {
    const practices = regressions.filter(r => r.kind === 'practice').length;
    const categories = regressions.filter(r => r.kind === 'category').map(r => r.practice);
    const drops = [
        ...(regressions.some(r => r.kind === 'level') ? ['the level reached'] : []),
        ...(categories.length > 0
            ? [`${categories.length === 1 ? 'category' : 'categories'} ${categories.join(', ')}`]
            : [])
    ];
    return [
        ...(practices > 0 ? [`${practices} practice${practices === 1 ? '' : 's'} regressed`] : []),
        ...(drops.length > 0 ? [`${drops.join(' and ')} dropped`] : [])
    ];
}

;// CONCATENATED MODULE: ./src/evaluate/levels.ts

/** Statuses that let a level hold: `unknown` never does (design \u00a71). */
const COUNTS_AS_PASS = new Set(['pass', 'not-applicable', 'waived']);
function countsAsPass(status) {
    return COUNTS_AS_PASS.has(status);
}
/**
 * Staged level reached: the index of the highest level L such that every practice at a level \u2264 L counts as
 * pass; -1 when the lowest level already fails. A level with no practices holds vacuously.
 */
function levelReached(levels, findings) {
    let reached = -1;
    for (let index = 0; index < levels.length; index++) {
        const atLevel = findings.filter(finding => finding.level === levels[index]);
        if (!atLevel.every(finding => countsAsPass(finding.status)))
            break;
        reached = index;
    }
    return reached;
}
/** The continuous profile: the staged rule applied within each category. */
function categoryProfile(levels, categories, findings) {
    const profile = {};
    for (const category of categories) {
        const index = levelReached(levels, findings.filter(finding => finding.category === category));
        profile[category] = index < 0 ? null : (levels[index] ?? null);
    }
    return profile;
}
/** Level, profile and pass/fail of the gate; the mode only decides later whether a failure fails the step. */
function decideGate(input) {
    const { levels, categories, findings, target, targets } = input;
    const levelIndex = levelReached(levels, findings);
    const level = levelIndex < 0 ? null : (levels[levelIndex] ?? null);
    const profile = categoryProfile(levels, categories, findings);
    const targetIndex = levels.indexOf(target);
    const blocking = findings
        .filter(finding => levels.indexOf(finding.level) <= targetIndex && !countsAsPass(finding.status))
        .map(finding => finding.practice);
    const unmetTargets = Object.entries(targets).filter(([category, wanted]) => levels.indexOf(profile[category] ?? '') < levels.indexOf(wanted));
    const problems = [];
    if (levelIndex < targetIndex)
        problems.push(`${blocking.join(', ')} ${blocking.length === 1 ? 'does' : 'do'} not hold`);
    for (const [category, wanted] of unmetTargets) {
        problems.push(`${category} is at ${profile[category] ?? 'no level'}, target ${wanted}`);
    }
    problems.push(...regressionParts(input.fatalRegressions));
    const weakened = input.fatalPolicyChanges ?? 0;
    if (weakened > 0)
        problems.push(`${weakened} policy change${weakened === 1 ? '' : 's'} weaken the gate`);
    const broken = input.brokenDoraThresholds ?? 0;
    if (broken > 0)
        problems.push(`${broken} DORA threshold${broken === 1 ? ' is' : 's are'} broken`);
    const headline = `level ${level ?? 'none'} reached, target ${target}`;
    const withApi = problems.length > 0 ? apiOnlyLevel(input) : undefined;
    const reason = problems.length === 0
        ? headline
        : withApi !== undefined
            ? `the pipeline reaches ${withApi} except ${apiOnly(input.needsApi ?? [])}: run with a token to judge ${(input.needsApi ?? []).length === 1 ? 'it' : 'them'} (${headline})`
            : `${headline}: ${problems.join('; ')}`;
    return {
        level,
        levelIndex,
        profile,
        passed: problems.length === 0,
        reason,
        blocking,
        onlyApiMissing: withApi !== undefined
    };
}
/** `1 practice only the GitHub API can show (protected-default-branch)`. */
function apiOnly(ids) {
    return `${ids.length} practice${ids.length === 1 ? '' : 's'} only the GitHub API can show (${ids.join(', ')})`;
}
/**
 * The level the gate would pass at if the practices only the API can show held: undefined when the gate would
 * fail anyway (a real shortfall, a regression or a weakening), which is then reported as such.
 */
function apiOnlyLevel(input) {
    const needsApi = new Set(input.needsApi ?? []);
    if (needsApi.size === 0)
        return undefined;
    const findings = input.findings.map(finding => needsApi.has(finding.practice) ? { ...finding, status: 'pass' } : finding);
    const decision = decideGate({ ...input, findings, needsApi: [] });
    return decision.passed ? (decision.level ?? undefined) : undefined;
}

;// CONCATENATED MODULE: ./src/evaluate/conclude.ts

/**
 * Folds the comparison with the base commit into the verdict: regressions of severity error, policy changes
 * of severity error (weakenings, gate tampering) and DORA thresholds broken with `dora.breach: fail` fail the
 * gate like a practice below target does.
 */
function conclude(report, extra) {
    const regressions = extra.regressions ?? [];
    const policyChanges = extra.policyChanges ?? [];
    const decision = decideGate({
        levels: report.levels,
        categories: Object.keys(report.profile),
        findings: report.findings,
        target: report.target,
        targets: report.targets,
        fatalRegressions: regressions.filter(r => r.severity === 'error'),
        fatalPolicyChanges: policyChanges.filter(c => c.severity === 'error').length,
        brokenDoraThresholds: (report.dora?.checks ?? []).filter(c => c.status === 'broken' && c.severity === 'error').length,
        needsApi: report.evidence.needsApi
    });
    return {
        ...report,
        passed: decision.passed,
        reason: decision.reason,
        evidence: { ...report.evidence, onlyApiMissing: decision.onlyApiMissing },
        regressions,
        policyChanges,
        base: extra.comparison
    };
}

// EXTERNAL MODULE: ./src/evidence/deploy-window.ts
var deploy_window = __webpack_require__(8683);
;// CONCATENATED MODULE: ./src/evidence/offline-deploy-history.ts

/** The deploy history without API access: nothing read, so every DORA value is unknown, saying why. */
function offlineDeployHistory(window) {
    return {
        ...(0,deploy_window/* deployWindow */.k)(window),
        source: 'Deployments or deploy-job runs (not read offline)',
        deployments: [],
        requests: 0,
        gap: 'offline: the Deployments API needs a token (GITHUB_TOKEN or GH_TOKEN)'
    };
}

// EXTERNAL MODULE: ./src/evidence/deploy-outcome.ts
var deploy_outcome = __webpack_require__(6147);
;// CONCATENATED MODULE: ./src/evaluate/dora-bucket.ts
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FREQUENCY = [
    [1 / 182, 'fewer than once every six months'],
    [1 / 30, 'between once per month and once every six months'],
    [1 / 7, 'between once per week and once per month'],
    // Once a day exactly is not yet "multiple deploys per day".
    [1 + 1e-9, 'between once per day and once per week'],
    [Infinity, 'on demand (multiple deploys per day)']
];
const DURATION = [
    [HOUR, 'less than one hour'],
    [DAY, 'between one hour and one day'],
    [7 * DAY, 'between one day and one week'],
    [30 * DAY, 'between one week and one month'],
    [182 * DAY, 'between one month and six months'],
    [Infinity, 'more than six months']
];
const RATE = [
    [16, '0\u201315%'],
    [31, '16\u201330%'],
    [46, '31\u201345%'],
    [61, '46\u201360%'],
    [Infinity, 'more than 60%']
];
const SCALES = { frequency: FREQUENCY, duration: DURATION, rate: RATE };
/**
 * The DORA survey's answer a measured value falls in: deploys per day (`frequency`), milliseconds
 * (`duration`) or a percentage, rounded to a whole number first (`rate`).
 */
function doraBucket(scale, value) {
    const measured = scale === 'rate' ? Math.round(value) : value;
    const found = SCALES[scale].find(([upper]) => measured < upper);
    return found ? found[1] : 'more than the scale';
}

;// CONCATENATED MODULE: ./src/evaluate/dora.ts


const dora_HOUR = 3_600_000;
const dora_DAY = 24 * dora_HOUR;
const REVERT = /^Revert "/;
const HOTFIX = /hotfix/i;
/**
 * DORA's five metrics for each production environment over the window (docs/history.md has the method and
 * its limits). Pure: it reads deployments already collected, each with its statuses and compare range.
 */
function dora(history) {
    const since = Date.parse(history.since);
    const until = Date.parse(history.until);
    const windowDays = Math.round((until - since) / dora_DAY);
    const base = { windowDays, since: history.since, until: history.until, source: history.source };
    if (history.gap !== undefined)
        return { ...base, environments: [], unknown: history.gap };
    const names = [...new Set(history.deployments.map(d => d.environment))].sort();
    if (names.length === 0) {
        return { ...base, environments: [], unknown: history.none ?? 'no deployment to a production environment' };
    }
    const environments = names.map(name => environment(name, history.deployments.filter(d => d.environment === name), since, until));
    return { ...base, environments };
}
function environment(name, records, since, until) {
    const judged = judge(records, since, until);
    const done = judged.filter(j => j.inWindow);
    const shipped = done.filter(j => j.outcome.succeededAt !== undefined);
    const days = (until - since) / dora_DAY;
    return {
        environment: name,
        deploymentFrequency: judged.length === 0
            ? unknown('no deployment completed (no success or failure status)')
            : frequency(shipped.length, days),
        leadTime: leadTime(judged),
        changeFailRate: rate(done, j => j.failed),
        recoveryTime: recoveryTime(judged),
        reworkRate: rate(done, j => j.rework)
    };
}
/** None in the window is a measurement, but only says "fewer than once in the window". */
function frequency(count, days) {
    const perDay = count / days;
    const bucket = count === 0 ? `none in the ${Math.round(days)}-day window` : doraBucket('frequency', perDay);
    return known(perDay, bucket, count);
}
/** Each deploy's outcome, and whether it was rework or failed, in order of completion. */
function judge(records, since, until) {
    const ordered = records
        .map(record => ({ record, outcome: (0,deploy_outcome/* deployOutcome */.C)(record.statuses) }))
        .filter(d => d.outcome.completedAt !== undefined)
        .sort((a, b) => (a.outcome.completedAt ?? 0) - (b.outcome.completedAt ?? 0) || a.record.id - b.record.id);
    const shippedShas = new Set();
    const rows = ordered.map(({ record, outcome }, index) => {
        const earlier = ordered.slice(0, index).filter(d => d.outcome.succeededAt !== undefined);
        const previous = earlier.at(-1);
        const redeploy = shippedShas.has(record.sha);
        if (outcome.succeededAt !== undefined)
            shippedShas.add(record.sha);
        const completedAt = outcome.completedAt ?? 0;
        return {
            record,
            outcome,
            inWindow: completedAt >= since && completedAt <= until,
            rework: redeploy || HOTFIX.test(`${record.ref} ${record.task} ${record.description}`),
            // A rollback (an earlier SHA shipped again) marks the deploy it replaced, not itself.
            rollback: redeploy && previous !== undefined && previous.record.sha !== record.sha,
            failed: outcome.failedAt !== undefined
        };
    });
    return rows.map((row, index) => {
        const next = rows.slice(index + 1).find(r => r.outcome.succeededAt !== undefined);
        const undone = row.outcome.succeededAt !== undefined &&
            next !== undefined &&
            (next.rollback || (next.record.commits ?? []).some(commit => REVERT.test(commit.subject)));
        return { ...row, failed: row.failed || undone };
    });
}
/** Commit time \u2192 completion of the first successful deploy that shipped the commit. */
function leadTime(judged) {
    const seen = new Set();
    const hours = [];
    for (const { record, outcome, inWindow } of judged) {
        if (outcome.succeededAt === undefined)
            continue;
        for (const commit of record.commits ?? []) {
            if (seen.has(commit.sha))
                continue;
            seen.add(commit.sha);
            if (inWindow)
                hours.push((outcome.succeededAt - Date.parse(commit.date)) / dora_HOUR);
        }
    }
    if (hours.length === 0) {
        return unknown('no commit range between two successful deploys in the window');
    }
    const median = quantile(hours, 0.5);
    return { ...known(median, doraBucket('duration', median * dora_HOUR), hours.length), p90: quantile(hours, 0.9) };
}
/** Failed deploy (its completion) \u2192 the next successful deploy that did not fail itself. */
function recoveryTime(judged) {
    const failed = judged.filter(j => j.inWindow && j.failed);
    if (failed.length === 0)
        return unknown('no failed deployment in the window');
    const hours = failed.flatMap(f => {
        const start = f.outcome.completedAt ?? 0;
        const good = judged.find(j => !j.failed && j.outcome.succeededAt !== undefined && j.outcome.succeededAt > start);
        return good?.outcome.succeededAt === undefined ? [] : [(good.outcome.succeededAt - start) / dora_HOUR];
    });
    if (hours.length === 0)
        return unknown('no good deployment followed a failed one yet');
    const median = quantile(hours, 0.5);
    return known(median, doraBucket('duration', median * dora_HOUR), hours.length);
}
function rate(done, counts) {
    if (done.length === 0)
        return unknown('no deployment completed in the window');
    const percent = (100 * done.filter(counts).length) / done.length;
    return known(percent, doraBucket('rate', percent), done.length);
}
/** Median for 0.5 (the mean of the two middle values when even), else the nearest-rank quantile. */
function quantile(values, q) {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    if (q === 0.5 && n % 2 === 0)
        return ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
    return sorted[Math.max(0, Math.ceil(q * n) - 1)] ?? 0;
}
function known(value, bucket, basis) {
    return { status: 'known', value, bucket, basis };
}
function unknown(reason) {
    return { status: 'unknown', reason };
}

;// CONCATENATED MODULE: ./src/evaluate/dora-checks.ts
/** How each threshold reads its value: the field of the measurement, its words and unit, and its bound. */
const METRICS = {
    'deployment-frequency': {
        field: 'deploymentFrequency',
        label: 'deployment frequency',
        unit: ' a day',
        bound: 'min'
    },
    'lead-time': { field: 'leadTime', label: 'median change lead time', unit: ' h', bound: 'max' },
    'change-fail-rate': { field: 'changeFailRate', label: 'change fail rate', unit: '%', bound: 'max' },
    'recovery-time': { field: 'recoveryTime', label: 'median recovery time', unit: ' h', bound: 'max' },
    'rework-rate': { field: 'reworkRate', label: 'rework rate', unit: '%', bound: 'max' }
};
/**
 * The policy's DORA thresholds judged on what was measured, for each production environment: broken when the
 * value is past its bound (an error or a warning, as `dora.breach` says), unknown \u2014 never broken \u2014 when
 * there is no value to judge.
 */
function doraChecks(metrics, loaded) {
    const { thresholds, breach } = loaded.policy.dora;
    const severity = breach === 'fail' ? 'error' : 'warning';
    return Object.keys(METRICS).flatMap((metric) => {
        const threshold = thresholds[metric];
        if (threshold === undefined)
            return [];
        const spec = METRICS[metric];
        const limit = 'min' in threshold ? threshold.min : threshold.max;
        const check = { metric, severity, location: loaded.locate(['dora', 'thresholds', metric, spec.bound]) };
        const bound = `the threshold of ${number(limit)}${spec.unit}`;
        if (metrics.environments.length === 0) {
            const why = metrics.unknown ?? 'no production deployment';
            const message = `${spec.label} unknown (${why}): ${bound} is not judged`;
            return [{ ...check, environment: null, status: 'unknown', message }];
        }
        return metrics.environments.map((env) => {
            const value = env[spec.field];
            const where = `${env.environment}: ${spec.label}`;
            if (value.status === 'unknown') {
                const message = `${where} unknown (${value.reason}): ${bound} is not judged`;
                return { ...check, environment: env.environment, status: 'unknown', message };
            }
            const broken = spec.bound === 'min' ? value.value < limit : value.value > limit;
            const side = spec.bound === 'min' ? 'below' : 'above';
            const measured = `${where} ${number(value.value)}${spec.unit}`;
            return {
                ...check,
                environment: env.environment,
                status: broken ? 'broken' : 'pass',
                message: broken ? `${measured} is ${side} ${bound}` : `${measured} is within ${bound}`
            };
        });
    });
}
function number(value) {
    return String(Number(value.toFixed(2)));
}

;// CONCATENATED MODULE: ./src/practices/support/named-by-globs.ts

/**
 * A test for the jobs a policy names by glob (`jobs:` options): the job's id, its own part when inlined from a
 * reusable workflow (`deploy/smoke` \u2192 `smoke`), or its display name. No globs name no job.
 */
function namedByGlobs(globs) {
    if (globs.length === 0)
        return () => false;
    const isMatch = picomatch_default()([...globs], { nocase: true });
    return job => {
        const ownId = job.id.split('/').pop() ?? job.id;
        return [job.id, ownId, job.name].some(text => text !== undefined && isMatch(text));
    };
}

// EXTERNAL MODULE: ./src/core/bounded-cache.ts
var bounded_cache = __webpack_require__(5434);
;// CONCATENATED MODULE: ./src/core/compare-text.ts
/**
 * Orders strings by UTF-16 code units. Used instead of `localeCompare` for the stable orders of reports and
 * plans: it is the same on every machine whatever its locale and ICU data, and it does not pay the
 * collator's start-up (several milliseconds of a gate's cold start).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/workflow/catalog/config-rules.ts
const CONFIG_RULES = [
    {
        id: 'pytest-config-coverage',
        purpose: 'coverage',
        command: /(?<![\w.:-])(?:pytest|py\.test)(?![\w.:-])/,
        files: ['pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini'],
        contains: /^\s*addopts\s*=[^\n]*--cov\b|^\s*addopts\s*=\s*\[[^\]]*--cov\b/m,
        effect: 'adds',
        examples: [
            {
                run: 'uv run pytest',
                file: 'pyproject.toml',
                text: '[tool.pytest.ini_options]\naddopts = "--cov=src --cov-fail-under=80"\n',
                applies: true
            },
            { run: 'pytest', file: 'pytest.ini', text: '[pytest]\naddopts = -ra -q\n', applies: false }
        ]
    },
    {
        id: 'jest-config-coverage',
        purpose: 'coverage',
        command: /(?<![\w.:-])jest(?![\w.:-])/,
        files: [
            'jest.config.js',
            'jest.config.ts',
            'jest.config.mjs',
            'jest.config.cjs',
            'jest.config.json',
            'package.json'
        ],
        contains: /["']?(?:coverageThreshold|collectCoverage["']?\s*:\s*true)\b/,
        effect: 'adds',
        examples: [
            {
                run: 'npx jest --ci',
                file: 'jest.config.js',
                text: 'module.exports = { coverageThreshold: { global: { lines: 80 } } }\n',
                applies: true
            },
            {
                run: 'npx jest --ci',
                file: 'package.json',
                text: '{"jest": {"testEnvironment": "node"}}',
                applies: false
            }
        ]
    },
    {
        // System specs drive a browser through Capybara; a Gemfile with Capybara and a driver has them.
        id: 'rails-system-specs',
        purpose: 'acceptance-test',
        command: /(?<![\w.:-])(?:rspec|rails\s+spec|rake\s+spec)(?![\w.:-])(?!.*\sspec\/(?!system\b|features\b))/,
        files: ['Gemfile'],
        contains: /^(?=[\s\S]*["']capybara["'])(?=[\s\S]*["'](?:cuprite|selenium-webdriver|capybara-playwright-driver|apparition)["'])/,
        effect: 'adds',
        examples: [
            {
                run: 'bin/rails spec',
                file: 'Gemfile',
                text: 'group :test do\n  gem "capybara"\n  gem "cuprite"\nend\n',
                applies: true
            },
            { run: 'bundle exec rspec', file: 'Gemfile', text: 'gem "rspec-rails"\n', applies: false },
            {
                run: 'bundle exec rspec spec/models',
                file: 'Gemfile',
                text: 'gem "capybara"\ngem "selenium-webdriver"\n',
                applies: false
            }
        ]
    },
    {
        // Lighthouse CI audits pages; it tests performance only when its config asserts the category (patterns \u00a72.2).
        id: 'lighthouse-performance',
        purpose: 'performance-test',
        command: /(?<![\w.:-])lhci\s+autorun(?![\w.:-])/,
        files: [
            'lighthouserc.json',
            '.lighthouserc.json',
            'lighthouserc.yml',
            '.lighthouserc.yml',
            'lighthouserc.yaml',
            '.lighthouserc.yaml',
            'lighthouserc.js',
            '.lighthouserc.js',
            'lighthouserc.cjs'
        ],
        contains: /^(?![\s\S]*categories:performance)/,
        effect: 'removes',
        examples: [
            {
                run: 'npx lhci autorun',
                file: 'lighthouserc.json',
                text: '{"ci": {"assert": {"assertions": {"categories:accessibility": ["error", {"minScore": 0.9}]}}}}',
                applies: true
            },
            {
                run: 'npx lhci autorun',
                file: 'lighthouserc.json',
                text: '{"ci": {"assert": {"assertions": {"categories:performance": ["error", {"minScore": 0.8}]}}}}',
                applies: false
            }
        ]
    },
    {
        // A bare `make` runs the default goal; a Makefile whose default goal is `help` prints help and builds nothing.
        id: 'make-help',
        purpose: 'build',
        command: /^(?:make|\$\{MAKE\})(?:\s+-[\w-]+)*\s*$/,
        files: ['GNUmakefile', 'makefile', 'Makefile'],
        contains: /^\.DEFAULT_GOAL\s*:?=\s*help\b|(?<![\s\S])(?![\s\S]*^\.DEFAULT_GOAL)(?:(?:#.*|[ \t].*|[\w.-]+\s*[:?+!]?=.*|\.[A-Z_]+\s*:.*|-?include\s.*|export\s.*|ifn?(?:eq|def)\b.*|endif\b.*|else\b.*)?\r?\n)*help\s*:(?!=)/m,
        effect: 'removes',
        examples: [
            {
                run: 'make',
                file: 'Makefile',
                text: '# ops tasks\nENV ?= dev\n.PHONY: help\nhelp: ## Show targets\n\t@grep -E "^[a-z]+:" Makefile\nbuild:\n\tgo build ./...\n',
                applies: true
            },
            {
                run: 'make',
                file: 'Makefile',
                text: '.DEFAULT_GOAL := help\nlint:\n\tgolangci-lint run\nhelp:\n\t@echo help\n',
                applies: true
            },
            {
                run: 'make',
                file: 'Makefile',
                text: 'all: build\nbuild:\n\tgo build ./...\nhelp:\n\t@echo help\n',
                applies: false
            }
        ]
    },
    {
        // Gradle's `build` runs `check`, which runs the analysers a build file applies: Android's lint (the Android
        // Gradle plugin makes `check` depend on it), Checkstyle, PMD, SpotBugs, detekt, ktlint, Spotless, Error Prone.
        id: 'gradle-check-analysers',
        purpose: 'static-analysis',
        command: /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-])(?!.*\s-x\s+:?(?:check|lint)\b)(?:\s+\S+)*?\s+(?::?[\w-]+:)*(?:build|check)(?![\w.:-])/,
        files: ['build.gradle', 'build.gradle.kts'],
        contains: /\bcom\.android\.(?:application|library)\b|\bcom\.android\.tools\.build:gradle\b|["'](?:checkstyle|pmd|com\.github\.spotbugs|io\.gitlab\.arturbosch\.detekt|org\.jlleitschuh\.gradle\.ktlint|com\.diffplug\.spotless|net\.ltgt\.errorprone)["']|^\s*`?(?:checkstyle|pmd)`?\s*$/m,
        effect: 'adds',
        examples: [
            {
                run: './gradlew build',
                file: 'build.gradle',
                text: "plugins {\n    id 'com.android.application' version '8.5.0' apply false\n}\n",
                applies: true
            },
            {
                run: './gradlew check',
                file: 'build.gradle.kts',
                text: 'plugins {\n    java\n    checkstyle\n}\n',
                applies: true
            },
            {
                run: './gradlew build',
                file: 'build.gradle',
                text: "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.3.0'\n}\n",
                applies: false
            },
            {
                run: './gradlew assemble',
                file: 'build.gradle',
                text: "plugins {\n    id 'com.android.application'\n}\n",
                applies: false
            },
            {
                run: './gradlew build -x check',
                file: 'build.gradle',
                text: "plugins {\n    id 'checkstyle'\n}\n",
                applies: false
            }
        ]
    },
    {
        // A bare `rake` runs the default task (catalog rule rake-default reads it as the test suite, the Rails and
        // `bundle gem` default); a Rakefile that defines another default (`task default: :build`) runs no tests.
        id: 'rake-default-not-tests',
        purpose: 'unit-test',
        command: /(?<![\w.:-])(?:bundle\s+exec\s+)?(?:bin\/)?rake\s*$/,
        files: ['Rakefile', 'rakefile', 'Rakefile.rb'],
        contains: /^\s*task\s*\(?\s*(?::default\s*=>|default:)(?![^\n]*\b(?:test|tests|spec|specs|rspec|minitest|test_\w+|spec_\w+)\b)/m,
        effect: 'removes',
        examples: [
            { run: 'bundle exec rake', file: 'Rakefile', text: 'task default: %i[build]\n', applies: true },
            {
                run: 'bundle exec rake',
                file: 'Rakefile',
                text: 'require "rspec/core/rake_task"\nRSpec::Core::RakeTask.new(:spec)\ntask default: %i[spec rubocop]\n',
                applies: false
            },
            {
                run: 'bin/rake',
                file: 'Rakefile',
                text: 'require_relative "config/application"\nRails.application.load_tasks\n',
                applies: false
            }
        ]
    }
];

;// CONCATENATED MODULE: ./src/workflow/apply-config-rules.ts

/**
 * A command's purposes as its runner's configuration settles them (see catalog/config-rules.ts): a
 * readable config can add a purpose (coverage set in `addopts`) or take one away (a Lighthouse config that
 * asserts no performance). The config file read joins the command's `via`, so the report can show it.
 */
function applyConfigRules(found, command, cwd, read) {
    let results = found;
    for (const rule of CONFIG_RULES) {
        if (!rule.command.test(command.command))
            continue;
        const config = readConfig(rule, cwd, read);
        if (!config || !rule.contains.test(config.text))
            continue;
        results =
            rule.effect === 'adds'
                ? [
                    ...results,
                    {
                        purpose: rule.purpose,
                        rule: rule.id,
                        command: command.command,
                        via: [...command.via, config.file],
                        order: command.order
                    }
                ]
                : results.filter(r => r.purpose !== rule.purpose);
    }
    return results;
}
function readConfig(rule, cwd, read) {
    const dirs = cwd && cwd !== '.' ? [`${cwd.replace(/\/+$/, '')}/`, ''] : [''];
    for (const dir of dirs)
        for (const name of rule.files) {
            const text = read(dir + name);
            // The corpus keeps files it does not copy as empty stand-ins: an empty config says nothing.
            if (text !== undefined && text.trim() !== '')
                return { file: dir + name, text };
        }
    return undefined;
}

;// CONCATENATED MODULE: ./src/workflow/catalog/command-pattern.ts
/** Not a push to a store on this runner (a `services:` registry, localstack): such a push keeps nothing. */
const NOT_LOCAL = '(?!.*(?:localhost|127\\.0\\.0\\.1|kind-registry))';
/** `s` as a whole command token: not glued to a word, a dot, a colon or a hyphen on either side. */
function cmd(source) {
    return new RegExp(`(?<![\\w.:-])(?:${source})(?![\\w.:-])`);
}
/** A package-manager script (`npm run X`, `yarn X`, `pnpm X`, `bun run X`) whose name matches `names`. */
function script(names) {
    return cmd(`(?:npm|pnpm|yarn|bun)(?:\\s+(?:--prefix|--cwd|--dir|-C|-w|--workspace|--filter|-F)[= ]\\S+|\\s+-\\S+)*\\s+(?:run(?:-script)?\\s+)?(?:${names})|${PACKAGE_MANAGER_EXPRESSION}\\s+run(?:-script)?\\s+(?:${names})`);
}
/**
 * A package manager chosen at run time (`${{ steps.detect-package-manager.outputs.manager }} run build`, as
 * in the Pages starter workflows): with an explicit `run`, what follows is a package script.
 */
const PACKAGE_MANAGER_EXPRESSION = '\\$\\{\\{[^}]*\\}\\}';
/** A task-runner target (`make X`, `just X`, `task X`, `mage X`, `rake X`) whose name matches `names`. */
function target(names) {
    return cmd(`(?:make|\\$\\{MAKE\\}|just|task|mage|rake|invoke)(?:\\s+(?:-\\S+|\\w+=\\S*))*\\s+(?:\\S+\\s+)*?(?:${names})`);
}
/** A script file whose base name matches `names` (`./bin/ops/deploy.sh`, `scripts/smoke-test.sh`). */
function scriptFile(names) {
    return new RegExp(`(?:^|[\\s/])(?:${names})(?:[-_.][\\w-]+)*\\.(?:sh|bash|ps1|py)(?![\\w.-])`);
}

;// CONCATENATED MODULE: ./src/workflow/catalog/entry.ts
const run = (id, purpose, examples, pattern) => ({
    kind: 'run',
    id,
    purpose,
    examples,
    pattern
});
const uses = (id, purpose, examples, pattern = id, conditions = {}) => ({ kind: 'uses', id, purpose, examples, pattern, ...conditions });
const entry_name = (id, purpose, examples, pattern, unless, result = false) => ({
    kind: 'name',
    id,
    purpose,
    examples,
    pattern,
    ...(unless ? { unless } : {}),
    ...(result ? { result: true } : {})
});

;// CONCATENATED MODULE: ./src/workflow/catalog/build.ts


/** What follows `build` when configuration is built: words up to `config(s)`, `param(s)`, `settings`. */
const CONFIG_OBJECT = '(?:[-_.][a-z]+){0,2}?[-_.](?:configs?|configurations?|params|parameters|settings)\\b';
/** Building: compiling, bundling, packaging and the plan an infrastructure repository produces. */
const BUILD = [
    // build
    run('npm-build', 'build', ['npm run build', 'yarn build', 'pnpm --dir web run build:prod', 'npm run docker:build'], script('(?:docker:)?build(?::[\\w:-]+)?|compile|dist|bundle|package')),
    run('tsc', 'build', ['tsc -p tsconfig.build.json'], /(?<![\w.:-])tsc(?![\w.:-])(?!.*--noEmit)/),
    run('js-bundler', 'build', ['npx webpack --mode production', 'npx vite build', 'npx ncc build src/index.ts -o dist'], cmd('webpack|rollup|esbuild|tsup|ncc\\s+build|vite\\s+build|parcel\\s+build|next\\s+build|nuxt\\s+build|ng\\s+build|gatsby\\s+build|astro\\s+build')),
    run('static-site-build', 'build', ['hugo --minify', 'bundle exec jekyll build', 'mkdocs build --strict', 'mdbook build', 'zola build'], cmd('hugo(?!\\s+(?:server|version|mod|new))|jekyll\\s+build|mkdocs\\s+(?:build|gh-deploy)|sphinx-build|mdbook\\s+build|zola\\s+build')),
    run('mix-compile', 'build', ['mix compile', 'MIX_ENV=prod mix release'], cmd('mix\\s+(?:compile|release|escript\\.build)')),
    run('go-build', 'build', ['go build ./...', 'xk6 build --with github.com/grafana/xk6-sql'], cmd('go\\s+build|goreleaser\\s+build|xk6\\s+build|ko\\s+(?:apply|resolve|create)')),
    // A synthesised template is built from code; a plan (`terraform plan`, `pulumi preview`) only compares
    // the code with live infrastructure and builds nothing (patterns \u00a72.2).
    run('iac-synth', 'build', ['npx cdk synth', 'cdktf synth'], cmd('cdk(?:tf)?\\s+synth')),
    run('make-build', 'build', ['make build', 'make all'], target('build|all|compile|dist|package')),
    run('make-default', 'build', ['make'], /^(?:make|\$\{MAKE\})(?:\s+-[\w-]+)*\s*$/),
    run('maven-build', 'build', ['mvn -B package -DskipTests', './mvnw compile'], cmd('(?:\\.\\/)?mvnw?(?:\\s+\\S+)*?\\s+(?:compile|package|install|verify)')),
    run('gradle-build', 'build', ['./gradlew build', './gradlew assemble'], cmd('(?:\\.\\/)?gradlew?(?:\\s+\\S+)*?\\s+(?:build|assemble\\w*|jar|bootJar|shadowJar)')),
    run('cargo-build', 'build', ['cargo build --release', 'wasm-pack build --target web'], cmd('cargo\\s+build|wasm-pack\\s+build')),
    run('swift-build', 'build', ['swift build -v', 'swift build -c release'], cmd('swift\\s+build')),
    // Native toolchains of the other CI starter workflows; `cabal build --only-dependencies` only installs.
    run('native-build', 'build', [
        'gprbuild -j0 -p',
        'dub build --compiler=$DC',
        'cabal build --enable-tests all',
        'stack build',
        'rebar3 compile',
        'crystal build src/app.cr --release',
        'xcodebuild build-for-testing -scheme App',
        'xcodebuild clean build analyze -scheme App'
    ], cmd('gprbuild|dub\\s+build|cabal\\s+(?:v2-)?build(?!.*\\s--only-dependencies)|stack\\s+build|rebar3\\s+(?:compile|release|escriptize|tar)|crystal\\s+build|shards\\s+build|xcodebuild(?:\\s+\\S+)*?\\s+(?:build|build-for-testing|archive)(?=\\s|$)')),
    // R CMD check installs the package it checks (rcmdcheck and devtools::check build its tarball first).
    run('r-cmd-build', 'build', [
        'R CMD build .',
        'R CMD check --no-manual app_1.0.tar.gz',
        'rcmdcheck::rcmdcheck(args = "--no-manual", error_on = "error")'
    ], /(?<![\w.:-])(?:R\s+CMD\s+(?:build|check|INSTALL)|(?:rcmdcheck::)?rcmdcheck\s*\(|devtools::(?:check|build)\s*\()/),
    run('dotnet-build', 'build', ['dotnet build -c Release', 'dotnet publish -c Release -o out'], cmd('dotnet\\s+(?:build|publish|pack)|msbuild')),
    run('python-build', 'build', ['python -m build', 'poetry build', 'uv build'], cmd('python3?\\s+-m\\s+build|python3?\\s+setup\\.py\\s+(?:build|bdist\\w*|sdist)|(?:poetry|uv|hatch|pdm|flit)\\s+build')),
    run('docker-build', 'build', ['docker build -t app .', 'docker buildx bake', 'bazel build //...', 'cmake --build build'], cmd('docker\\s+(?:buildx\\s+)?build|docker\\s+buildx\\s+bake|docker\\s+compose\\s+build|podman\\s+build|buildah\\s+bud|ko\\s+build|bazel\\s+build|cmake\\s+--build')),
    run('package-build', 'build', ['gem build app.gemspec', 'helm package charts/podinfo'], cmd('gem\\s+build|helm\\s+package')),
    // A remote build (Cloud Build, ACR Tasks) builds the image it then pushes (see release.ts cloud-image-build);
    // skaffold builds the images it deploys.
    run('cloud-build', 'build', [
        'gcloud builds submit --config cloudbuild.yaml',
        'az acr build -r reg -t app:1 .',
        'skaffold run -p prod'
    ], cmd('gcloud\\s+builds\\s+submit|az\\s+acr\\s+build|skaffold\\s+(?:run|build)')),
    run('sam-build', 'build', ['sam build --use-container'], cmd('sam\\s+build')),
    // Compiling ML pipeline definitions into their templates builds them (and fails on a broken pipeline);
    // `vertex-deployer check` compiles every pipeline and validates its configs against it.
    run('pipeline-compile', 'build', [
        'vertex-deployer check --all',
        'kfp dsl compile --py pipeline.py --output pipeline.yaml',
        'dsl-compile --py p.py',
        'tfx pipeline compile --pipeline-path kubeflow_runner.py --engine vertex',
        'tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex'
    ], 
    // The TFX CLI compiles the pipeline on `compile`, and again on `create`/`update` before it registers it.
    cmd('vertex-deployer\\s+check|kfp\\s+dsl\\s+compile|dsl-compile(?:-v2)?|tfx\\s+pipeline\\s+(?:compile|create|update)')),
    // Building configuration (`build_deployment_configs.py`, "Build deployment configs") renders parameters for a
    // deploy: nothing is built that could be kept or promoted.
    run('build-script', 'build', ['./scripts/build.sh', './svelte/build.sh'], scriptFile(`build(?!${CONFIG_OBJECT})`)),
    uses('docker/build-push-action', 'build', ['docker/build-push-action@v6']),
    uses('docker/bake-action', 'build', ['docker/bake-action@v5']),
    uses('goreleaser/goreleaser-action (build)', 'build', [{ uses: 'goreleaser/goreleaser-action@v6', with: { args: 'release --snapshot --clean' } }], 'goreleaser/goreleaser-action'),
    uses('gradle/gradle-build-action', 'build', ['gradle/gradle-build-action@v3']),
    uses('peaceiris/actions-hugo', 'build', ['peaceiris/actions-hugo@v3']),
    uses('actions/jekyll-build-pages', 'build', ['actions/jekyll-build-pages@v1']),
    entry_name('name:build', 'build', ['Build', 'Compile sources', 'build-and-push'], /\b(?:build|compile)\b/, new RegExp(`\\b(?:rebuild cache|trivy)\\b|\\bbuild(?:${CONFIG_OBJECT.replace(/\[-_\.\]/g, ' ')})`))
];

;// CONCATENATED MODULE: ./src/workflow/catalog/deploy.ts


/** Deploying: releases to an environment, the database migrations and infrastructure changes that go with them, and progressive rollouts. */
const DEPLOY = [
    // deploy
    run('kubectl-apply', 'deploy', ['kubectl apply -f k8s/', 'kubectl -n prod set image deployment/app app=img:1'], /(?<![\w.:-])kubectl(?:\s+-{1,2}[\w-]+(?:[= ](?!apply|create|replace|set)\S+)?)*\s+(?:apply|replace|create\s+-f|set\s+image)(?![\w.:-])(?!.*--dry-run)/),
    run('ko-apply', 'deploy', ['ko apply -f config/'], cmd('ko\\s+(?:apply|create)(?!.*--dry-run)')),
    run('helm-upgrade', 'deploy', ['helm upgrade --install app ./chart', 'helmfile apply'], /(?<![\w.:-])helm\s+(?:upgrade|install)(?![\w.:-])(?!.*--dry-run)|(?<![\w.:-])helmfile\s+(?:apply|sync)(?![\w.:-])/),
    run('cf-push', 'deploy', ['cf push my-app'], cmd('cf\\s+(?:push|blue-green-deploy|zero-downtime-push)')),
    run('fly-deploy', 'deploy', ['flyctl deploy --remote-only', 'fly deploy'], cmd('fly(?:ctl)?\\s+deploy')),
    run('vercel-deploy', 'deploy', ['vercel deploy --prod', 'npx vercel --prod --token=$VERCEL_TOKEN'], /(?<![\w.:-])vercel(?![\w.:-])(?:\s+deploy\b|.*\s--prod\b)/),
    run('netlify-deploy', 'deploy', ['netlify deploy --prod --dir dist'], cmd('netlify\\s+deploy')),
    run('firebase-deploy', 'deploy', ['firebase deploy --only hosting'], cmd('firebase\\s+(?:deploy|hosting:channel:deploy)')),
    run('aws-deploy', 'deploy', [
        'aws ecs update-service --cluster c --service s --force-new-deployment',
        'aws lambda update-function-code --function-name f --zip-file fileb://f.zip',
        'eb deploy production'
    ], cmd('aws\\s+ecs\\s+(?:update-service|deploy)|ecs-deploy|aws\\s+lambda\\s+update-function-code|aws\\s+deploy\\s+create-deployment|aws\\s+elasticbeanstalk\\s+update-environment|eb\\s+deploy|sam\\s+deploy|copilot\\s+(?:svc\\s+)?deploy')),
    run('serverless-deploy', 'deploy', ['npx serverless deploy --stage prod', 'sls deploy'], cmd('(?:serverless|sls)\\s+deploy')),
    run('azure-deploy', 'deploy', ['az webapp deploy --name app --src-path app.zip', 'az containerapp update -n app -g rg --image img:1'], cmd('az\\s+(?:webapp|functionapp)\\s+(?:deploy|up|deployment\\s+source\\s+config-zip)|az\\s+containerapp\\s+(?:update|up|create)|az\\s+spring\\s+app\\s+deploy|az\\s+staticwebapp|swa\\s+deploy')),
    run('gcloud-deploy', 'deploy', ['gcloud run deploy api --image gcr.io/p/api', 'gcloud app deploy app.yaml'], cmd('gcloud\\s+(?:beta\\s+)?(?:run\\s+deploy|app\\s+deploy|functions\\s+deploy|run\\s+services\\s+replace|deploy\\s+releases\\s+create)')),
    run('paas-deploy', 'deploy', ['git push heroku main', 'kamal deploy', 'npx wrangler deploy', 'docker stack deploy -c stack.yml app'], cmd('git\\s+push\\s+(?:-\\S+\\s+)*(?:heroku|dokku)|heroku\\s+container:release|kamal\\s+deploy|cap\\s+(?:\\S+\\s+)?deploy|dokku|docker\\s+stack\\s+deploy|nomad\\s+(?:job\\s+)?run|wrangler\\s+(?:deploy|publish|pages\\s+deploy)|surge|gh-pages\\s+-d')),
    run('gitops-deploy', 'deploy', ['argocd app sync app', 'skaffold run -p prod', 'ansible-playbook -i inventory deploy.yml'], cmd('argocd\\s+app\\s+sync|skaffold\\s+(?:run|deploy)|timoni\\s+(?:bundle\\s+)?apply|kapp\\s+deploy|ansible-playbook')),
    // MLEM builds a model's serving image and runs it on the deployment's target (Heroku, Docker, Kubernetes, SageMaker).
    run('mlem-deploy', 'deploy', ['mlem deployment run api-customer-churn-dev'], cmd('mlem\\s+(?:deployment|deploy)\\s+(?:run|apply|create)')),
    run('remote-copy-deploy', 'deploy', ['rsync -avz dist/ deploy@example.com:/var/www/app'], /(?<![\w.:-])(?:rsync|scp)(?![\w.:-]).*\s[\w.-]+@[\w.-]+:/),
    // The built site is pushed to the gh-pages branch: a deploy (of the docs, an environment of class other).
    run('docs-deploy', 'deploy', ['mkdocs gh-deploy --force', 'mike deploy --push 1.0 latest'], cmd('mkdocs\\s+gh-deploy|mike\\s+deploy(?=.*\\s--push\\b)')),
    run('deploy-script', 'deploy', ['bin/ops/deploy.sh', './scripts/deploy-prod.sh'], scriptFile('deploy')),
    run('npm-deploy', 'deploy', ['npm run deploy', 'yarn deploy:prod'], script('deploy(?::[\\w:-]+)?')),
    run('make-deploy', 'deploy', ['make deploy', 'make deploy-staging'], target('deploy|deploy-\\w+|release-deploy')),
    uses('azure/webapps-deploy', 'deploy', ['Azure/webapps-deploy@v3']),
    uses('azure/functions-action', 'deploy', ['Azure/functions-action@v1']),
    uses('azure/k8s-deploy', 'deploy', ['Azure/k8s-deploy@v5']),
    uses('azure/container-apps-deploy-action', 'deploy', ['azure/container-apps-deploy-action@v2']),
    uses('azure/static-web-apps-deploy', 'deploy', ['Azure/static-web-apps-deploy@v1']),
    uses('azure/aci-deploy', 'deploy', ['azure/aci-deploy@v1']),
    // Azure ML (SDK v1) deploys a registered model as a web service (ACI, or AKS when its parameters file names one).
    uses('Azure/aml-deploy', 'deploy', ['Azure/aml-deploy@v1']),
    uses('aws-actions/amazon-ecs-deploy-task-definition', 'deploy', [
        'aws-actions/amazon-ecs-deploy-task-definition@v2'
    ]),
    uses('google-github-actions/deploy', 'deploy', ['google-github-actions/deploy-cloudrun@v2', 'google-github-actions/deploy-appengine@v2'], 'google-github-actions/deploy-{cloudrun,appengine,cloud-functions}'),
    uses('FirebaseExtended/action-hosting-deploy', 'deploy', ['FirebaseExtended/action-hosting-deploy@v0']),
    uses('amondnet/vercel-action', 'deploy', ['amondnet/vercel-action@v25']),
    uses('nwtgck/actions-netlify', 'deploy', ['nwtgck/actions-netlify@v3.0']),
    uses('peaceiris/actions-gh-pages', 'deploy', ['peaceiris/actions-gh-pages@v4']),
    uses('JamesIves/github-pages-deploy-action', 'deploy', ['JamesIves/github-pages-deploy-action@v4']),
    uses('actions/deploy-pages', 'deploy', ['actions/deploy-pages@v4']),
    uses('cloudflare/wrangler-action', 'deploy', ['cloudflare/wrangler-action@v3', 'cloudflare/pages-action@v1'], 'cloudflare/{wrangler-action,pages-action}'),
    uses('akhileshns/heroku-deploy', 'deploy', ['akhileshns/heroku-deploy@v3.13.15']),
    uses('dokku/github-action', 'deploy', ['dokku/github-action@master']),
    // `oc new-app` and `oc expose` of an image: it creates the app and waits for no rollout.
    uses('redhat-actions/oc-new-app', 'deploy', ['redhat-actions/oc-new-app@v1']),
    uses('deliverybot/helm', 'deploy', ['deliverybot/helm@v1']),
    uses('easingthemes/ssh-deploy', 'deploy', ['easingthemes/ssh-deploy@v5']),
    uses('SamKirkland/FTP-Deploy-Action', 'deploy', ['SamKirkland/FTP-Deploy-Action@v4.3.5']),
    uses('bitovi/github-actions-deploy', 'deploy', ['bitovi/github-actions-deploy-docker-to-ec2@v1'], 'bitovi/github-actions-deploy-*'),
    uses('Azure/mlops-templates create-deployment', 'deploy', [
        'Azure/mlops-templates/.github/workflows/create-deployment.yml@main',
        'Azure/mlops-templates/.github/workflows/create-endpoint.yml@main'
    ], 'Azure/mlops-templates/.github/workflows/create-{deployment,endpoint}.yml'),
    entry_name('name:deploy', 'deploy', ['Deploy to Firebase', 'deploy-production'], /\bdeploy(?:s|ed|ing|ment)?\b/, /\b(?:record|marker|notify|notification|status|review|approval|preview url|key|token|undeploy|teardown|destroy|delete|cleanup|post deploy|new ?relic|datadog|sentry|slack)\b/),
    // db-migration
    run('alembic', 'db-migration', ['alembic upgrade head'], cmd('alembic\\s+(?:\\S+\\s+)*upgrade')),
    run('django-migrate', 'db-migration', ['python manage.py migrate --noinput'], cmd('manage\\.py\\s+migrate')),
    run('rails-migrate', 'db-migration', ['bin/rails db:migrate', 'bundle exec rake db:migrate'], cmd('(?:bin\\/)?(?:rails|rake)\\s+db:(?:migrate|prepare)')),
    run('flyway', 'db-migration', ['flyway -url=jdbc:x migrate', './mvnw flyway:migrate'], /(?<![\w.:-])flyway(?![\w.:-]).*\smigrate(?![\w.:-])|flyway:migrate|flywayMigrate/),
    run('liquibase', 'db-migration', ['liquibase --changelog-file=c.xml update'], /(?<![\w.:-])liquibase(?![\w.:-]).*\supdate(?:-\w+)?(?![\w.:-])|liquibase:update|liquibaseUpdate/),
    run('js-migrate', 'db-migration', ['npx prisma migrate deploy', 'npx knex migrate:latest', 'npx sequelize-cli db:migrate'], cmd('prisma\\s+(?:migrate\\s+deploy|db\\s+push)|knex\\s+migrate:latest|sequelize(?:-cli)?\\s+db:migrate|typeorm(?:-ts-node-\\w+)?\\s+migration:run|drizzle-kit\\s+(?:migrate|push)|node-pg-migrate\\s+up')),
    run('go-migrate', 'db-migration', [
        'goose -dir db postgres "$DSN" up',
        'migrate -path db/migrations -database "$DB" up',
        'atlas migrate apply --env prod'
    ], /(?<![\w.:-])(?:goose|migrate|dbmate)(?![\w.:-]).*\s(?:up|migrate)(?![\w.:-])|(?<![\w.:-])atlas\s+(?:migrate|schema)\s+apply/),
    run('other-migrate', 'db-migration', ['php artisan migrate --force', 'dotnet ef database update', 'mix ecto.migrate'], cmd('sqitch\\s+deploy|diesel\\s+migration\\s+run|sqlx\\s+migrate\\s+run|php\\s+artisan\\s+migrate|doctrine:migrations:migrate|mix\\s+ecto\\.migrate|dotnet\\s+ef\\s+database\\s+update')),
    run('npm-migrate', 'db-migration', ['npm run migrate', 'yarn db:migrate'], script('(?:db:)?migrate(?::[\\w:-]+)?|migration:run')),
    run('make-migrate', 'db-migration', ['make migrate'], target('migrate|db-migrate|migrate-up|migrations')),
    run('migrate-script', 'db-migration', ['./scripts/migrate.sh', './run-migrations.sh'], scriptFile('migrate|run[-_]migrations?')),
    uses('joshuaavalon/flyway-action', 'db-migration', ['joshuaavalon/flyway-action@v3.0.0']),
    uses('liquibase', 'db-migration', ['liquibase-github-actions/update@v4.29.1', 'liquibase/liquibase-github-action@v7'], 'liquibase{,-github-actions}/{update,liquibase-github-action}'),
    entry_name('name:migrate', 'db-migration', ['Run database migrations', 'db-migrate'], /\b(?:migrate|run migrations|apply migrations|database migrations?|db migrations?)\b/, /\b(?:check|validat\w*|lint|verify|integrity|makemigrations)\b/),
    // iac-apply
    run('terraform-apply', 'iac-apply', [
        'terraform apply -auto-approve tfplan',
        'terraform -chdir=infra apply -auto-approve',
        'terragrunt run-all apply'
    ], /(?<![\w.:-])(?:terraform|tofu|terragrunt)(?:\s+-chdir=\S+)?\s+(?:run-all\s+)?apply(?![\w.:-])/),
    run('pulumi-up', 'iac-apply', ['pulumi up --yes'], cmd('pulumi\\s+(?:\\S+\\s+)*up')),
    run('cdk-deploy', 'iac-apply', ['npx cdk deploy --all'], cmd('cdk(?:tf)?\\s+deploy')),
    run('helm-upgrade-iac', 'iac-apply', ['helm upgrade --install app ./chart'], /(?<![\w.:-])helm\s+upgrade(?![\w.:-])(?!.*--dry-run)|(?<![\w.:-])helmfile\s+(?:apply|sync)(?![\w.:-])/),
    run('azure-arm', 'iac-apply', [
        'az deployment group create -g rg -f main.bicep',
        'New-AzResourceGroupDeployment -ResourceGroupName rg -TemplateFile main.bicep'
    ], cmd('az\\s+deployment\\s+(?:group|sub|mg|tenant)\\s+create|az\\s+stack\\s+(?:group|sub|mg)\\s+create|New-Az(?:ResourceGroup|Subscription)?Deployment')),
    run('cloudformation', 'iac-apply', ['aws cloudformation deploy --template-file t.yml --stack-name s', 'sam deploy --no-confirm-changeset'], cmd('aws\\s+cloudformation\\s+(?:deploy|create-stack|update-stack)|sam\\s+deploy|rain\\s+deploy')),
    run('gcloud-deployment-manager', 'iac-apply', ['gcloud deployment-manager deployments create app --config app.yaml'], cmd('gcloud\\s+deployment-manager\\s+deployments\\s+(?:create|update)')),
    uses('hashicorp/tfc-workflows-github apply-run', 'iac-apply', ['hashicorp/tfc-workflows-github/actions/apply-run@v1.3.0'], 'hashicorp/tfc-workflows-github/actions/apply-run'),
    uses('dflook/terraform-apply', 'iac-apply', ['dflook/terraform-apply@v1', 'dflook/tofu-apply@v1'], 'dflook/{terraform,tofu}-apply'),
    uses('pulumi/actions', 'iac-apply', [{ uses: 'pulumi/actions@v6', with: { command: 'up', 'stack-name': 'prod' } }], 'pulumi/actions', { with: { command: /^up$/ } }),
    uses('azure/arm-deploy', 'iac-apply', ['azure/arm-deploy@v2', 'azure/bicep-deploy@v1'], 'azure/{arm,bicep}-deploy'),
    uses('aws-actions/aws-cloudformation-github-deploy', 'iac-apply', [
        'aws-actions/aws-cloudformation-github-deploy@v1'
    ]),
    uses('hashicorp/terraform-github-actions', 'iac-apply', [{ uses: 'hashicorp/terraform-github-actions@master', with: { tf_actions_subcommand: 'apply' } }], 'hashicorp/terraform-github-actions', {
        with: { tf_actions_subcommand: /^apply$/ }
    }),
    uses('gruntwork-io/terragrunt-action', 'iac-apply', [{ uses: 'gruntwork-io/terragrunt-action@v2', with: { tg_command: 'run-all apply' } }], 'gruntwork-io/terragrunt-action', {
        with: { tg_command: /\bapply\b/ }
    }),
    // An action the catalog does not know whose name joins an IaC tool with apply or deploy (patterns \u00a710.1).
    uses('iac action', 'iac-apply', ['sofianhamiti/composite-action-cdk-deploy@main', 'some-org/actions/terraform-apply@v1'], '*/{,**/}{,*[-_.]}{cdk,terraform,tofu,pulumi,bicep,terragrunt}[-_.]{apply,deploy}{,[-_.]*}'),
    entry_name('name:iac', 'iac-apply', ['Terraform apply', 'deploy-infrastructure'], /\b(?:terraform|tofu|terragrunt|pulumi|cdk|bicep|arm) (?:apply|up|deploy)\b|\bdeploy infra(?:structure)?\b|\binfra(?:structure)? (?:apply|deploy(?:ment)?)\b/),
    // rollout
    run('helm-atomic', 'rollout', ['helm upgrade --install app ./chart --atomic --timeout 5m'], /(?<![\w.:-])helm\s+(?:upgrade|install)(?![\w.:-]).*\s--(?:atomic|wait)\b/),
    run('kubectl-rollout-status', 'rollout', ['kubectl rollout status deployment/app', 'kubectl argo rollouts promote app'], cmd('kubectl(?:\\s+-{1,2}[\\w-]+(?:[= ]\\S+)?)*\\s+(?:rollout\\s+status|argo\\s+rollouts)')),
    run('rollout-strategy', 'rollout', ['cf blue-green-deploy app', 'kubectl argo rollouts set image app app=img:2 --strategy=canary'], /(?<![\w-])(?:canary|blue[-_]?green)(?![\w-])|--strategy[= ](?:rolling|canary|bluegreen|blue-green)\b|cf\s+(?:blue-green-deploy|zero-downtime-push)|flagger/),
    run('ecs-wait-stable', 'rollout', ['aws ecs wait services-stable --cluster c --services api'], cmd('aws\\s+ecs\\s+wait\\s+services-stable')),
    run('slot-swap', 'rollout', ['az webapp deployment slot swap -g rg -n app --slot staging'], cmd('az\\s+(?:webapp|functionapp)\\s+deployment\\s+slot\\s+swap|Switch-AzWebAppSlot')),
    run('traffic-split', 'rollout', [
        'gcloud run services update-traffic api --to-revisions r2=10',
        'az ml online-endpoint update -n ep --traffic "blue=90 green=10"'
    ], cmd('gcloud\\s+(?:beta\\s+)?run\\s+services\\s+update-traffic|gcloud\\s+app\\s+services\\s+set-traffic|az\\s+(?:containerapp\\s+ingress\\s+traffic\\s+set|ml\\s+online-endpoint\\s+update(?=.*--traffic))')),
    uses('azure/k8s-deploy (strategy)', 'rollout', [{ uses: 'Azure/k8s-deploy@v5', with: { strategy: 'canary', percentage: '20' } }], 'azure/k8s-deploy', {
        with: { strategy: /canary|blue-green/i }
    }),
    // An ECS rolling update that waits for the new tasks to be healthy, like `kubectl rollout status`.
    uses('aws-actions/amazon-ecs-deploy-task-definition (stable)', 'rollout', [
        {
            uses: 'aws-actions/amazon-ecs-deploy-task-definition@v2',
            with: { 'task-definition': 'task.json', 'wait-for-service-stability': 'true' }
        }
    ], 'aws-actions/amazon-ecs-deploy-task-definition', { with: { 'wait-for-service-stability': /^true$/i } }),
    uses('azure/webapps-deploy (slot)', 'rollout', [{ uses: 'azure/webapps-deploy@v3', with: { 'app-name': 'app', 'slot-name': 'staging' } }], 'azure/webapps-deploy', { with: { 'slot-name': /\S/ } }),
    uses('Azure/mlops-templates allocate-traffic (split)', 'rollout', [
        {
            uses: 'Azure/mlops-templates/.github/workflows/allocate-traffic.yml@main',
            with: { traffic_allocation: 'blue=90,green=10' }
        }
    ], 'Azure/mlops-templates/.github/workflows/allocate-traffic.yml', {
        with: { traffic_allocation: /=.*,.*=/ }
    }),
    entry_name('name:rollout', 'rollout', ['Canary release', 'Swap slots'], /\b(?:canary|blue ?green|progressive rollout|rollout|slot swap|swap slots?|traffic (?:split|shift))\b/)
];

;// CONCATENATED MODULE: ./src/workflow/catalog/ml.ts


/** Data and ML: data validation, training, model evaluation, the model registry and serving, tracking and pipelines. */
const ML = [
    // data-validation
    run('great-expectations', 'data-validation', ['great_expectations checkpoint run data', 'soda scan -d warehouse checks.yml'], cmd('great_expectations|gx\\s+checkpoint|soda\\s+scan|deepchecks|evidently|pandera|tfdv')),
    run('data-validation-script', 'data-validation', ['python src/validate_data.py'], scriptFile('validate[-_]data|data[-_]validation|check[-_]data|data[-_]checks?')),
    uses('great-expectations/great_expectations_action', 'data-validation', [
        'great-expectations/great_expectations_action@main'
    ]),
    entry_name('name:data-validation', 'data-validation', ['Validate data', 'data-quality'], /\b(?:data validation|validate data|data quality|great expectations)\b/),
    // training
    run('train-script', 'training', ['python src/train.py --epochs 3', 'python -m src.train'], /(?:^|[\s/])train(?:[-_]\w+)*\.py(?![\w.-])|(?<![\w.:-])python3?\s+-m\s+\S*\btrain\b/),
    run('dvc-repro', 'training', ['dvc repro', 'mlflow run . -P alpha=0.5'], cmd('dvc\\s+(?:repro|exp\\s+run)|mlflow\\s+run')),
    run('cloud-training', 'training', [
        'az ml job create -f train.yml',
        'aws sagemaker create-training-job --cli-input-json file://job.json',
        'anyscale jobs submit deploy/jobs/workloads.yaml --wait',
        'tfx run create --engine vertex --pipeline-name p --project proj --region us-central1'
    ], 
    // `tfx run create` starts a run of a TFX pipeline (locally or on Vertex/Kubeflow): a pipeline run trains (\u00a79.1).
    cmd('aws\\s+sagemaker\\s+create-training-job|az\\s+ml\\s+job\\s+create|gcloud\\s+ai\\s+custom-jobs\\s+create|anyscale\\s+jobs?\\s+submit|tfx\\s+run\\s+create')),
    run('make-train', 'training', ['make train'], target('train|training|retrain')),
    // Azure ML (SDK v1): submits the run its run configuration names (`code/train/run_config.yml` by default).
    uses('Azure/aml-run (training)', 'training', ['Azure/aml-run@v1'], 'Azure/aml-run'),
    uses('Azure/mlops-templates run-pipeline (training)', 'training', [
        {
            uses: 'Azure/mlops-templates/.github/workflows/run-pipeline.yml@main',
            with: { 'parameters-file': 'mlops/azureml/train/pipeline.yml' }
        }
    ], 'Azure/mlops-templates/.github/workflows/run-pipeline.yml', {
        with: { 'parameters-file': /(?:^|[/_-])train/i }
    }),
    entry_name('name:training', 'training', ['Train model', 'retrain'], /\b(?:re)?train(?:ing)?\b(?! (?:test|station))/),
    // model-evaluation
    run('eval-script', 'model-evaluation', ['python evaluate.py', 'python src/eval_model.py'], /(?:^|[\s/])eval(?:uate)?(?:[-_]\w+)*\.py(?![\w.-])/),
    run('cml', 'model-evaluation', ['cml comment create --publish report.md'], cmd('cml\\s+(?:comment|send-comment|publish|report)')),
    run('dvc-metrics', 'model-evaluation', ['dvc metrics diff main --md'], cmd('dvc\\s+metrics\\s+(?:diff|show)')),
    entry_name('name:evaluation', 'model-evaluation', ['Evaluate model', 'model-eval'], /\b(?:model )?eval(?:uate|uation)?(?: model)?\b/),
    // model-deploy
    run('model-registry-cli', 'model-deploy', [
        'az ml model create --name m --path model',
        'az ml online-deployment create -f deploy.yml',
        'aws sagemaker create-endpoint --endpoint-name e',
        'gcloud ai models upload --region r'
    ], cmd('az\\s+ml\\s+(?:model\\s+(?:create|register)|online-deployment\\s+(?:create|update)|online-endpoint\\s+create|batch-deployment\\s+create|batch-endpoint\\s+create)|aws\\s+sagemaker\\s+(?:create-endpoint|update-endpoint|create-model)|gcloud\\s+ai\\s+(?:models\\s+upload|endpoints\\s+deploy-model)|bentoml\\s+(?:deploy|push)|bentoctl\\s+deploy|mlflow\\s+(?:deployments\\s+create|models\\s+build-docker)|truss\\s+push|cog\\s+push')),
    run('mlem-model-deploy', 'model-deploy', ['mlem deployment run api-customer-churn-prod'], cmd('mlem\\s+(?:deployment|deploy)\\s+(?:run|apply|create)')),
    run('register-model-script', 'model-deploy', ['python register_model.py'], scriptFile('register(?:[-_]model)?|deploy[-_]model|promote[-_]model')),
    uses('Azure/mlops-templates model deploy', 'model-deploy', [
        'Azure/mlops-templates/.github/workflows/register-model.yml@main',
        'Azure/mlops-templates/.github/workflows/create-endpoint.yml@main'
    ], 'Azure/mlops-templates/.github/workflows/{create-deployment,create-endpoint,register-model}.yml'),
    uses('Azure/aml-registermodel', 'model-deploy', ['Azure/aml-registermodel@v1']),
    uses('Azure/aml-deploy (model)', 'model-deploy', ['Azure/aml-deploy@v1'], 'Azure/aml-deploy'),
    uses('google-github-actions vertex', 'model-deploy', ['google-github-actions/deploy-vertex-ai-endpoint@v0'], 'google-github-actions/deploy-vertex-ai-*'),
    entry_name('name:model-deploy', 'model-deploy', ['Register model', 'deploy-model'], /\b(?:register|registration|deploy|promote|serve) (?:the )?model\b|\bmodel (?:deploy(?:ment)?|registry|registration|register|serving)\b/),
    // experiment-tracking
    run('experiment-tracking-cli', 'experiment-tracking', ['dvc exp diff main --md', 'mlflow experiments search', 'wandb sync wandb/'], cmd('mlflow|wandb|dvc\\s+(?:exp|plots|metrics|params)|neptune|aim\\s+(?:up|runs)|cml')),
    // An Azure ML (SDK v1) run is recorded in its experiment's run history: parameters and metrics the script
    // logs, outputs, logs and a snapshot of the code, with the run id the later steps register the model from.
    uses('Azure/aml-run (tracking)', 'experiment-tracking', ['Azure/aml-run@v1'], 'Azure/aml-run'),
    // pipeline-deploy
    run('pipeline-cli', 'pipeline-deploy', [
        'aws sagemaker start-pipeline-execution --pipeline-name p',
        'kfp run submit -e exp -r run -f pipeline.yaml'
    ], cmd('kfp\\s+(?:pipeline\\s+(?:create|upload)|run\\s+(?:create|submit))|aws\\s+sagemaker\\s+(?:create-pipeline|update-pipeline|start-pipeline-execution)|az\\s+ml\\s+(?:schedule\\s+create|job\\s+create(?=.*pipeline))')),
    // Platform deployers of pipelines and jobs: Vertex pipelines, Databricks jobs (dbx, bundles), Kubeflow.
    run('pipeline-deployer', 'pipeline-deploy', [
        'vertex-deployer -log DEBUG deploy dummy_pipeline --upload --schedule',
        'python -m dbx deploy --deployment-file jobs.yaml',
        'databricks bundle deploy -t prod',
        'kfp --endpoint http://kfp:8080 pipeline create -p train pipeline.yaml',
        'kfp --endpoint ${{ env.KUBEFLOW_ENDPOINT }} pipeline create -p "$NAME" "$YAML_FILE"'
    ], cmd('vertex-deployer(?:\\s+-\\S+(?:\\s+[\\w.]+)?)*\\s+deploy|(?:python3?\\s+-m\\s+)?dbx\\s+deploy|databricks\\s+bundle\\s+deploy|kfp(?:\\s+--?[\\w-]+(?:[= ](?:\\$\\{\\{[^}]*\\}\\}|\\S+))?)*\\s+pipeline\\s+(?:create|upload|version\\s+create)')),
    run('pipeline-script', 'pipeline-deploy', ['python pipelines/run_pipeline.py'], scriptFile('(?:run|submit|deploy|upload|compile|publish)[-_]pipeline')),
    uses('Azure/mlops-templates run-pipeline', 'pipeline-deploy', ['Azure/mlops-templates/.github/workflows/run-pipeline.yml@main'], 'Azure/mlops-templates/.github/workflows/run-pipeline.yml'),
    entry_name('name:pipeline-deploy', 'pipeline-deploy', ['Run pipeline', 'submit-training-pipeline'], /\b(?:run|submit|deploy|upload|compile|publish|create) (?:(?:ml|training|kubeflow|vertex|sagemaker|aml) )?pipeline\b/)
];

;// CONCATENATED MODULE: ./src/workflow/catalog/object-storage.ts


/** An `aws` command's global options before its service (`aws --region eu-west-1 s3 cp \u2026`). */
const AWS_OPTIONS = '(?:\\s+--[\\w-]+(?:=\\S+|\\s+[^\\s-]\\S*)?)*';
/**
 * A copy from the runner to object storage: `<tool> [options] <local> <remote>`, where the remote operand
 * (`s3://`, `gs://`, `dbfs:`, an Azure blob URL) comes last and only options follow it, and nothing remote comes
 * before the local one. A download (`aws s3 cp s3://b/x ./x`) or a copy between buckets keeps no new output.
 */
function upload(tool, remote) {
    const local = `(?!["']?${remote})`;
    return new RegExp(`(?<![\\w.:-])${NOT_LOCAL}(?:${tool})(?![\\w.:-])(?:\\s+${local}\\S+)*?\\s+${local}[^\\s-]\\S*\\s+["']?${remote}(?:\\$\\{\\{[^}]*\\}\\}|\\S)*(?=\\s*$|\\s+-|\\s+\\d*>)`);
}
/**
 * Copies of build outputs to object storage keep them (real-world patterns \u00a76.2): trained models, results,
 * wheels and bundles put in a bucket, a blob container or DBFS, where later jobs and platforms take them from.
 * `dvc push` is not one of them (\u00a76.4): it may keep only data.
 */
const OBJECT_STORAGE = [
    run('aws-s3-upload', 'artifact-store', [
        'aws s3 cp dist/app-1.2.0.whl s3://acme-artifacts/app/',
        'aws s3 cp results/ s3://madewithml/$GITHUB_USERNAME/results/ --recursive',
        'aws --region eu-west-1 s3 sync ./build s3://acme-releases/1.2.0 --delete'
    ], upload(`aws${AWS_OPTIONS}\\s+s3\\s+(?:cp|sync|mv)`, 's3://')),
    run('gcs-upload', 'artifact-store', [
        'gsutil -m cp -r dist gs://acme-artifacts/app/1.2.0/',
        'gsutil rsync -r model gs://acme-models/churn/',
        'gcloud storage cp model.joblib gs://acme-models/churn/model.joblib'
    ], upload('gsutil(?:\\s+-\\w+)*\\s+(?:cp|rsync|mv)|gcloud\\s+storage\\s+(?:cp|rsync|mv)', 'gs://')),
    run('azure-blob-upload', 'artifact-store', [
        'az storage blob upload --account-name acme --container-name models --file model.pkl --name churn/model.pkl',
        'az storage blob upload-batch --account-name acme -d artifacts -s dist',
        'azcopy copy dist/app.zip "https://acme.blob.core.windows.net/releases/app.zip?$SAS"'
    ], 
    // `$web` is the container a static website is served from: uploading there publishes the site.
    new RegExp(`(?<![\\w.:-])az\\s+storage\\s+blob\\s+upload(?:-batch)?(?![\\w.:-])(?!.*['"\\s]\\$web\\b)|${upload('azcopy\\s+(?:copy|cp|sync)', 'https://[\\w.-]+\\.(?:blob|dfs)\\.core\\.windows\\.net').source}`)),
    run('dbfs-upload', 'artifact-store', [
        'dbfs cp project/dist/amazon_reviews-0.0.1-py3-none-any.whl dbfs:/upload/amazon_reviews/amazon-reviews-0.0.1-py3-none-any.whl',
        'databricks fs cp --overwrite dist/pipeline-1.0-py3-none-any.whl dbfs:/FileStore/wheels/'
    ], upload('dbfs\\s+cp|databricks\\s+fs\\s+cp', 'dbfs:'))
];

;// CONCATENATED MODULE: ./src/workflow/catalog/quality.ts


/** SAST actions: each analyses the source statically and reports security problems (static analysis and a scan). */
const SAST_ACTIONS = '{shundor/python-bandit-scan,PyCQA/bandit-action,bearer/bearer-action,checkmarx-ts/checkmarx-cxflow-github-action,checkmarx/ast-github-action,clj-holmes/clj-holmes-action,codacy/codacy-analysis-cli-action,codescan-io/codescan-scanner-action,Contrast-Security-OSS/contrastscan-action,microsoft/security-devops-action,microsoft/DevSkim-Action,david-a-wheeler/flawfinder,github/ossar-action,ajinabraham/njsscan-action,MobSF/mobsfscan,psalm/psalm-github-security-scan,facebook/pysa-action,security-code-scan/security-code-scan-add-action,sobelow/action,RIGS-IT/xanitizer-action,fortify/github-action{,/**},synopsys-sig/synopsys-action,synopsys-sig/intelligent-security-scan}';
const SAST_ACTIONS_EXAMPLES = [
    'shundor/python-bandit-scan@v1',
    'bearer/bearer-action@v2',
    'checkmarx/ast-github-action@main',
    'codacy/codacy-analysis-cli-action@v4',
    'Contrast-Security-OSS/contrastscan-action@v2',
    'microsoft/security-devops-action@v1',
    'microsoft/DevSkim-Action@v1',
    'github/ossar-action@v1',
    'psalm/psalm-github-security-scan@v1',
    'facebook/pysa-action@v0.0.2',
    'sobelow/action@v1',
    'fortify/github-action@v1',
    'synopsys-sig/synopsys-action@v1.6.0'
];
/** Code quality and security: linters, formatters in check mode, type checks, static analysis and security scans. */
const QUALITY = [
    // static-analysis
    run('npm-lint', 'static-analysis', ['npm run lint', 'npm run test:lint', 'npm run typecheck', 'npm run format:check', 'npm run biome-check'], script('(?:test:)?lint(?::[\\w:-]+)?|lint-\\w+|check-all|format:check|fmt:check|prettier:check|(?:type-?check|typecheck|tsc|types)(?::[\\w:-]+)?|biome(?:-check)?|stylelint|eslint')),
    run('eslint', 'static-analysis', ['npx eslint .', 'npx biome ci .', 'npx markdownlint-cli2 "**/*.md"'], cmd('eslint|tslint|stylelint|xo|standard|oxlint|biome\\s+(?:check|lint|ci)|tsd|markdownlint(?:-cli2)?')),
    run('prettier-check', 'static-analysis', ['npx prettier --check .'], /(?<![\w.:-])prettier(?![\w.:-]).*\s(?:--check|-c|--list-different|-l)(?![\w-])/),
    run('tsc-noemit', 'static-analysis', ['tsc --noEmit', 'npx vue-tsc --noEmit'], /(?<![\w.:-])(?:tsc|vue-tsc)(?![\w.:-]).*--noEmit/),
    run('python-lint', 'static-analysis', ['flake8 . --count', 'mypy .', 'ruff check .', 'pre-commit run --all-files'], cmd('flake8|pylint|pyflakes|pycodestyle|pydocstyle|mypy|pyright|pytype|pyre|ruff(?!\\s+format(?!.*--check))|djlint|pre-commit\\s+run|prospector')),
    run('python-format-check', 'static-analysis', ['black --check .', 'isort --check-only --diff .'], /(?<![\w.:-])(?:black|isort|yapf|autopep8)(?![\w.:-]).*\s(?:--check|--check-only|--diff|-c)(?![\w-])/),
    run('go-lint', 'static-analysis', ['golangci-lint run', 'go vet ./...', 'staticcheck ./...', 'gofmt -l .'], cmd('golangci-lint|go\\s+vet|staticcheck|revive|errcheck|gofmt\\s+-[lds]+|goimports\\s+-l')),
    run('cargo-lint', 'static-analysis', ['cargo clippy -- -D warnings', 'cargo fmt --all -- --check'], /(?<![\w.:-])cargo\s+(?:clippy|fmt(?:\s+\S+)*\s+--check)(?![\w.:-])/),
    run('dotnet-format-check', 'static-analysis', ['dotnet format --verify-no-changes'], /(?<![\w.:-])dotnet\s+format\b.*--verify-no-changes/),
    run('ruby-lint', 'static-analysis', ['bundle exec rubocop', 'bundle exec standardrb'], cmd('rubocop|standardrb|reek')),
    run('php-lint', 'static-analysis', [
        'vendor/bin/phpstan analyse',
        'vendor/bin/php-cs-fixer fix --dry-run --diff',
        './vendor/bin/pint --test'
    ], /(?<![\w.:-])(?:phpstan|psalm|phpcs|phpmd|php-cs-fixer(?=.*--dry-run)|pint(?=.*--test))(?![\w.:-])/),
    run('composer-lint', 'static-analysis', ['composer run-script phpstan', 'composer lint'], cmd('composer\\s+(?:run(?:-script)?\\s+)?(?:lint|cs|cs-check|phpcs|phpstan|psalm|analy[sz]e|stan)')),
    run('jvm-lint', 'static-analysis', ['./gradlew ktlintCheck detekt', 'mvn checkstyle:check'], cmd('ktlint|detekt|checkstyle\\w*|spotbugs\\w*|pmd\\w*|spotlessCheck|ktlintCheck|(?:checkstyle|spotless|pmd|spotbugs):check')),
    run('shell-lint', 'static-analysis', ['shellcheck scripts/*.sh', 'hadolint Dockerfile', 'yamllint .', 'actionlint'], cmd('shellcheck|hadolint|yamllint|actionlint|swiftlint|sqlfluff\\s+lint|vale')),
    run('helm-lint', 'static-analysis', ['helm lint ./charts/podinfo/', 'ct lint --all', 'timoni mod vet ./timoni/podinfo --debug'], cmd('helm\\s+lint|ct\\s+lint|kubeconform|kubeval|kube-linter|flux-schema\\s+validate|timoni\\s+mod\\s+(?:lint|vet)|cue\\s+vet')),
    run('terraform-check', 'static-analysis', ['terraform validate', 'terraform fmt -check -recursive', 'tflint --recursive'], /(?<![\w.:-])(?:terraform|tofu)(?:\s+-chdir=\S+)?\s+(?:validate|fmt\s+(?:\S+\s+)*-check)(?![\w.:-])|(?<![\w.:-])tflint(?![\w.:-])/),
    run('make-lint', 'static-analysis', ['make lint', 'make vet', 'make format-check'], target('lint|lint-\\w+|vet|format-check|fmt-check|check-format|check-fmt|typecheck|type-check|static-analysis')),
    run('sonar-scanner', 'static-analysis', [
        'sonar-scanner -Dsonar.projectKey=app',
        'mvn sonar:sonar',
        'dotnet sonarscanner begin /k:"app" /o:"org"'
    ], cmd('sonar-scanner|sonar:sonar|sonarqube|dotnet(?:\\s+|-)sonarscanner\\s+begin')),
    // SAST tools analyse the code statically as well as scanning it for vulnerabilities.
    run('semgrep-static', 'static-analysis', ['semgrep ci'], cmd('semgrep(?:\\s+(?:ci|scan))?')),
    run('tox-nox-lint', 'static-analysis', ['tox -e lint', 'nox -s typecheck'], /(?<![\w.:-])(?:tox\s+(?:\S+\s+)*-e\s*\S*|nox\s+(?:\S+\s+)*-s\s*\S*)\b(?:lint|flake8|ruff|mypy|pyright|type|typing|typecheck|format|pylint)\b/),
    uses('golangci/golangci-lint-action', 'static-analysis', ['golangci/golangci-lint-action@v6']),
    uses('super-linter', 'static-analysis', ['super-linter/super-linter@v7', 'github/super-linter/slim@v4'], '{github,super-linter}/super-linter{,/**}'),
    uses('reviewdog/*', 'static-analysis', ['reviewdog/action-eslint@v1'], 'reviewdog/*'),
    uses('wearerequired/lint-action', 'static-analysis', ['wearerequired/lint-action@v2']),
    uses('pre-commit/action', 'static-analysis', ['pre-commit/action@v3.0.1']),
    uses('ludeeus/action-shellcheck', 'static-analysis', ['ludeeus/action-shellcheck@2.0.0']),
    uses('hadolint/hadolint-action', 'static-analysis', ['hadolint/hadolint-action@v3.1.0']),
    uses('DavidAnson/markdownlint-cli2-action', 'static-analysis', ['DavidAnson/markdownlint-cli2-action@v16']),
    uses('psf/black', 'static-analysis', ['psf/black@stable']),
    uses('ruff-action', 'static-analysis', ['astral-sh/ruff-action@v3', 'chartboost/ruff-action@v1'], '{astral-sh,chartboost}/ruff-action'),
    uses('dflook/terraform-fmt-check', 'static-analysis', ['dflook/terraform-fmt-check@v1', 'dflook/tofu-validate@v1'], 'dflook/{terraform,tofu}-{fmt-check,validate}'),
    uses('terraform-linters/setup-tflint', 'static-analysis', ['terraform-linters/setup-tflint@v4']),
    uses('sonarsource', 'static-analysis', ['SonarSource/sonarqube-scan-action@v4', 'SonarSource/sonarcloud-github-action@v3'], 'SonarSource/{sonarcloud-github-action,sonarqube-scan-action}{,/**}'),
    uses('helm/chart-testing-action', 'static-analysis', ['helm/chart-testing-action@v2.6.1']),
    uses('github/codeql-action analyze', 'static-analysis', ['github/codeql-action/analyze@v3'], 'github/codeql-action/analyze'),
    uses('semgrep static', 'static-analysis', ['semgrep/semgrep-action@v1'], '{returntocorp,semgrep}/semgrep-action'),
    run('more-lint', 'static-analysis', [
        'puppet-lint . --sarif',
        'mix credo --strict',
        'dart analyze',
        'flutter analyze --no-fatal-infos',
        "Rscript -e 'lintr::lint_package()'",
        'Invoke-ScriptAnalyzer -Path . -Recurse',
        'deno lint',
        'deno fmt --check',
        'xcodebuild clean build analyze -scheme App'
    ], /(?<![\w.:-])(?:puppet-lint|mix\s+credo|(?:dart|flutter)\s+analyze|Invoke-ScriptAnalyzer|deno\s+lint|deno\s+fmt\s+(?:\S+\s+)*--check|xcodebuild(?:\s+\S+)*?\s+analyze(?=\s|$))(?![\w.:-])|(?<![\w.:-])lintr::lint(?:_dir|_package)?\b/),
    uses('linter actions', 'static-analysis', [
        'pmd/pmd-github-action@v2',
        'microsoft/psscriptanalyzer-action@v1.1',
        'facebook/pyre-action@v0.0.2',
        'microsoft/msvc-code-analysis-action@v0.1.1',
        'datreeio/action-datree@v1'
    ], '{pmd/pmd-github-action,microsoft/psscriptanalyzer-action,facebook/pyre-action,microsoft/msvc-code-analysis-action,datreeio/action-datree}'),
    // SAST tools analyse the source statically as well as scanning it for vulnerabilities (as semgrep above).
    run('sast-static', 'static-analysis', [
        'bandit -r .',
        'bundle exec brakeman',
        'flawfinder --sarif .',
        'njsscan --sarif .',
        'mobsfscan .',
        'mix sobelow --config',
        'gosec ./...',
        'jf audit --sast --format=sarif',
        'snyk code test --sarif',
        'java -jar pipeline-scan.jar --file app.zip',
        'tfsec .',
        'checkov -d .'
    ], /(?<![\w.:-])(?:bandit|brakeman|flawfinder|njsscan|mobsfscan|(?:mix\s+)?sobelow|gosec|checkov|tfsec|kics\s+scan|terrascan\s+scan|snyk\s+(?:code|iac)\s+test)(?![\w.:-])|(?<![\w.:-])jf\s+audit\b.*--sast\b|(?<![\w.:-])pipeline-scan\.jar(?![\w.-])/),
    uses('sast action static', 'static-analysis', SAST_ACTIONS_EXAMPLES, SAST_ACTIONS),
    uses('iac scan action static', 'static-analysis', [
        'aquasecurity/tfsec-sarif-action@v0.1.4',
        'aquasecurity/tfsec-action@v1.0.0',
        'controlplaneio/kubesec-action@v0.0.2',
        'bridgecrewio/checkov-action@v12',
        'snyk/actions/iac@master'
    ], '{aquasecurity/tfsec{,-sarif}-action,controlplaneio/kubesec-action,bridgecrewio/checkov-action,snyk/actions/iac,prisma-cloud-shiftleft/iac-scan-action,ZscalerCWP/Zscaler-IaC-Action}'),
    // CodeQL analyses code statically as its action does (github/codeql-action analyze): a job or a called
    // workflow named for it is static analysis as well as a security scan.
    entry_name('name:codeql', 'static-analysis', ['CodeQL', 'codeql.yml'], /\bcodeql\b/),
    entry_name('name:lint', 'static-analysis', ['Lint with flake8', 'Check formatting', 'typecheck'], /\blint(?:s|ing|ers?)?\b|\bformat(?:ting)? check\b|\bcheck (?:\w+ )?format(?:ting)?\b|\btype ?check(?:ing|s)?\b|\bstatic analysis\b/),
    // security-scan
    run('codeql-cli', 'security-scan', ['codeql database analyze db --format=sarif-latest --output=out.sarif'], cmd('codeql\\s+database\\s+analyze')),
    run('trivy', 'security-scan', ['trivy image app:latest', 'trivy fs --exit-code 1 .'], cmd('trivy\\s+(?:image|fs|filesystem|config|repo|repository|k8s|kubernetes|sbom|rootfs|vm)')),
    run('snyk', 'security-scan', ['snyk test', 'snyk container test app:latest'], cmd('snyk\\s+(?:test|monitor|code\\s+test|container\\s+test|iac\\s+test)')),
    run('semgrep', 'security-scan', ['semgrep ci', 'semgrep scan --config auto'], cmd('semgrep(?:\\s+(?:ci|scan))?')),
    run('gitleaks', 'security-scan', ['gitleaks detect --source .', 'trufflehog git file://. --fail'], cmd('gitleaks|trufflehog|detect-secrets(?:-hook)?|ggshield')),
    run('package-audit', 'security-scan', [
        'npm audit --audit-level=high',
        'pip-audit -r requirements.txt',
        'bundle audit check --update',
        'composer audit',
        'cargo deny check advisories',
        'cargo-audit audit'
    ], cmd('(?:npm|pnpm|yarn(?:\\s+npm)?)\\s+audit|audit-ci|better-npm-audit|pip-audit|safety\\s+(?:check|scan)|(?:bundle|bundler)[-\\s]audit|composer\\s+audit|cargo[-\\s](?:audit|deny)')),
    // zizmor audits the workflows themselves for injection, excessive permissions and unpinned actions.
    run('zizmor', 'security-scan', ['zizmor --format=sarif .github/workflows'], cmd('zizmor')),
    run('govulncheck', 'security-scan', ['govulncheck ./...', 'gosec ./...'], cmd('govulncheck|gosec|nancy')),
    run('python-sast', 'security-scan', ['bandit -c pyproject.toml -r .', 'bundle exec brakeman'], cmd('bandit|brakeman')),
    run('dotnet-vulnerable', 'security-scan', ['dotnet list package --vulnerable --include-transitive'], /(?<![\w.:-])dotnet\s+list\b.*--vulnerable/),
    run('osv-scanner', 'security-scan', ['osv-scanner -r .', 'grype app:latest', 'docker scout cves app:latest'], cmd('osv-scanner|grype|docker\\s+scout\\s+(?:cves|quickview)|dependency-check(?:\\.sh)?|retire')),
    run('owasp-dependency-check-maven', 'security-scan', ['mvn org.owasp:dependency-check-maven:check'], /dependency-check(?:-maven)?(?::[\w.]+)*:(?:check|aggregate)/),
    run('zap', 'security-scan', ['zap-baseline.py -t https://example.com'], cmd('zap-(?:baseline|full-scan|api-scan)\\.py|zap\\.sh')),
    run('iac-scan', 'security-scan', ['checkov -d .', 'tfsec .', 'kics scan -p .'], cmd('checkov|tfsec|kics\\s+scan|terrascan\\s+scan')),
    // `upload-sarif` only uploads what another tool found (a linter's SARIF as often as a scanner's): the tool
    // decides, not the upload.
    uses('github/codeql-action', 'security-scan', ['github/codeql-action/init@v3', 'github/codeql-action/analyze@v3'], 'github/codeql-action/{init,autobuild,analyze}'),
    uses('rustsec/audit-check', 'security-scan', ['rustsec/audit-check@v2']),
    uses('actions-rust-lang/audit', 'security-scan', ['actions-rust-lang/audit@v1']),
    uses('EmbarkStudios/cargo-deny-action', 'security-scan', ['EmbarkStudios/cargo-deny-action@v2']),
    uses('zizmorcore/zizmor-action', 'security-scan', ['zizmorcore/zizmor-action@v0.1.1']),
    uses('actions/dependency-review-action', 'security-scan', ['actions/dependency-review-action@v4']),
    uses('aquasecurity/trivy-action', 'security-scan', ['aquasecurity/trivy-action@0.28.0', 'aquasecurity/tfsec-action@v1.0.0'], 'aquasecurity/{trivy,tfsec}-action'),
    uses('snyk/actions', 'security-scan', ['snyk/actions/node@master'], 'snyk/actions{,/**}'),
    uses('semgrep', 'security-scan', ['returntocorp/semgrep-action@v1'], '{returntocorp,semgrep}/semgrep-action'),
    uses('gitleaks/gitleaks-action', 'security-scan', ['gitleaks/gitleaks-action@v2'], '{gitleaks,zricethezav}/gitleaks-action'),
    uses('trufflesecurity/trufflehog', 'security-scan', ['trufflesecurity/trufflehog@main']),
    uses('golang/govulncheck-action', 'security-scan', ['golang/govulncheck-action@v1']),
    uses('securego/gosec', 'security-scan', ['securego/gosec@master']),
    uses('google/osv-scanner-action', 'security-scan', ['google/osv-scanner-action/osv-scanner-action@v1.9.0'], 'google/osv-scanner-action{,/**}'),
    uses('anchore/scan-action', 'security-scan', ['anchore/scan-action@v4']),
    uses('zaproxy', 'security-scan', ['zaproxy/action-baseline@v0.15.0', 'zaproxy/action-full-scan@v0.12.0'], 'zaproxy/action-{baseline,full-scan,api-scan}'),
    uses('dependency-check/Dependency-Check_Action', 'security-scan', [
        'dependency-check/Dependency-Check_Action@main'
    ]),
    uses('ossf/scorecard-action', 'security-scan', ['ossf/scorecard-action@v2.4.0']),
    uses('bridgecrewio/checkov-action', 'security-scan', ['bridgecrewio/checkov-action@v12']),
    uses('docker/scout-action', 'security-scan', ['docker/scout-action@v1']),
    run('more-security-scan', 'security-scan', [
        'flawfinder --sarif .',
        'njsscan --sarif .',
        'mobsfscan .',
        'mix sobelow --config',
        'jf audit --sast --format=sarif',
        'jf audit',
        'java -jar pipeline-scan.jar --file app.zip'
    ], /(?<![\w.:-])(?:flawfinder|njsscan|mobsfscan|(?:mix\s+)?sobelow)(?![\w.:-])|(?<![\w.:-])jf\s+audit(?![\w.:-])|(?<![\w.:-])pipeline-scan\.jar(?![\w.-])/),
    uses('sast action', 'security-scan', SAST_ACTIONS_EXAMPLES, SAST_ACTIONS),
    // Dependency (SCA), image, API and mobile-app scanners, and IaC security checks.
    uses('security scan actions', 'security-scan', [
        'blackduck-inc/black-duck-security-scan@v2',
        'blackducksoftware/github-action@v2',
        'redhat-actions/crda@v1',
        'jfrog/frogbot@v2',
        'debricked/actions@v4',
        'endorlabs/github-action@v1',
        'clj-holmes/clj-watson-action@v1',
        'sysdiglabs/scan-action@v3',
        'apisec-inc/apisec-run-scan@v1',
        'apisec-inc/ethicalcheck-action@v1',
        'NeuraLegion/run-scan@v1',
        'stackhawk/hawkscan-action@v2',
        'ForAllSecure/mapi-action@v1',
        'soos-io/soos-dast-github-action@v2',
        '42Crunch/api-security-audit-action@v3',
        'appknox/appknox-github-action@v1',
        'nowsecure/nowsecure-action@v3',
        'zimperium/zscanmarketplace@v1',
        'controlplaneio/kubesec-action@v0.0.2',
        'aquasecurity/tfsec-sarif-action@v0.1.4',
        'prisma-cloud-shiftleft/iac-scan-action@v1',
        'ZscalerCWP/Zscaler-IaC-Action@v1',
        'indeni/cloudrail-run-ga@v1'
    ], '{blackduck-inc/black-duck-security-scan,blackducksoftware/github-action,redhat-actions/crda,jfrog/frogbot,debricked/actions{,/**},endorlabs/github-action,clj-holmes/clj-watson-action,sysdiglabs/scan-action,apisec-inc/{apisec-run-scan,ethicalcheck-action},NeuraLegion/run-scan,stackhawk/hawkscan-action,ForAllSecure/mapi-action,soos-io/soos-*-action,42Crunch/api-security-audit-action,appknox/appknox-github-action,nowsecure/nowsecure-action,zimperium/zscanmarketplace,controlplaneio/kubesec-action,aquasecurity/tfsec-sarif-action,prisma-cloud-shiftleft/iac-scan-action,ZscalerCWP/Zscaler-IaC-Action,indeni/cloudrail-run-ga}'),
    // An action the catalog does not know whose name says it scans for security problems (patterns \u00a710.1):
    // `aliyun/acr-scan`, `acme/security-scan-action`. A guess from the name: the call stays opaque otherwise.
    uses('security action', 'security-scan', ['aliyun/acr-scan@v1', 'acme/actions/security-scan@v2', 'acme/vulnerability-check-action@v1'], '*/{,**/}{,*[-_.]}{scan,scanner,scanning,security,sast,dast,vuln,vulnerability,vulnerabilities,cve}{,[-_.]*}'),
    uses('pypa/gh-action-pip-audit', 'security-scan', ['pypa/gh-action-pip-audit@v1.1.0']),
    entry_name('name:security', 'security-scan', ['Vulnerability scan', 'Dependency audit', 'CodeQL'], /\b(?:security|vulnerabilit(?:y|ies)|vuln|cve|sast|dast|secrets?|dependency|zap|owasp) (?:scans?|scanning|checks?|audit)\b|\bcodeql\b|\bsnyk\b|\btrivy scan\b/)
];

;// CONCATENATED MODULE: ./src/workflow/catalog/release.ts


/** Uploads of test evidence are test reports, coverage or debugging aids, not build outputs. */
const NOT_BUILD_OUTPUT = /screenshot|video|trace|logs?\b|test-?results?|junit|report|coverage|lcov|sarif/i;
/** Publishing with `--dry-run` only checks that it would work (`cargo publish --dry-run`, `deno publish --dry-run`). */
function notDryRun(source) {
    return new RegExp(`${cmd(source).source}(?!.*\\s--dry-run\\b)`);
}
const REGISTRY_WORDS = '{image,images,ecr,docker,registry,gcr,acr,ghcr,container}';
/** Releasing: storing and publishing what a build produced (registries, package indexes, release assets). */
const RELEASE = [
    // artifact-store
    run('docker-push', 'artifact-store', ['docker push ghcr.io/org/app:1.0', 'docker push --all-tags ghcr.io/gsa-tts/fac/web'], new RegExp(`(?<![\\w.:-])(?:docker|podman|buildah)(?:\\s+compose)?\\s+push(?![\\w.:-])${NOT_LOCAL}`)),
    run('docker-build-push', 'artifact-store', ['docker buildx build --push -t ghcr.io/org/app .'], new RegExp(`(?<![\\w.:-])docker\\s+buildx\\s+(?:build|bake)(?![\\w.:-]).*\\s--push\\b${NOT_LOCAL}`)),
    run('image-copy', 'artifact-store', [
        'skopeo copy docker://ghcr.io/org/app:1 docker://registry.example.com/app:1',
        'crane copy ghcr.io/org/app:1 ghcr.io/org/app:stable',
        'ko build ./cmd/app'
    ], new RegExp(`(?<![\\w.:-])(?:skopeo\\s+copy|crane\\s+(?:push|copy)|ko\\s+(?:build|publish|apply|resolve|create)(?!.*--(?:local|push=false)))(?![\\w.:-])${NOT_LOCAL}`)),
    run('jib', 'artifact-store', ['./mvnw compile jib:build', './gradlew jib'], /(?<![\w-])jib(?::build)?(?![\w.:-])/),
    run('npm-publish', 'artifact-store', [
        'npm publish --access public',
        'npx semantic-release',
        'npx changeset publish',
        'npx jsr publish',
        'bunx jsr publish',
        'pnpm dlx jsr publish',
        'deno publish'
    ], notDryRun('(?:npm|pnpm|yarn(?:\\s+npm)?|bun)\\s+publish|changeset\\s+publish|lerna\\s+publish|semantic-release|vsce\\s+publish|ovsx\\s+publish|jsr\\s+publish|deno\\s+publish')),
    run('python-publish', 'artifact-store', ['twine upload dist/*', 'poetry publish --build'], notDryRun('twine\\s+upload|(?:poetry|uv|hatch|flit|pdm)\\s+publish|anaconda\\s+upload')),
    run('cargo-publish', 'artifact-store', ['cargo publish'], notDryRun('cargo\\s+publish')),
    run('maven-deploy', 'artifact-store', ['mvn -B deploy'], /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-]).*\sdeploy(?![\w.:-])/),
    run('gradle-publish', 'artifact-store', ['./gradlew publish', './gradlew publishToSonatype'], /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-]).*\s(?::?[\w-]+:)?publish\w*(?![\w.:-])/),
    run('gem-push', 'artifact-store', ['gem push pkg/app.gem'], cmd('gem\\s+push')),
    run('nuget-push', 'artifact-store', ['dotnet nuget push out/*.nupkg'], cmd('(?:dotnet\\s+)?nuget\\s+push')),
    run('gh-release', 'artifact-store', ['gh release upload v1 dist/app.tgz', 'gh release create v1.2.0 dist/*'], cmd('gh\\s+release\\s+(?:upload|create)')),
    run('goreleaser', 'artifact-store', ['goreleaser release --clean'], /(?<![\w.:-])goreleaser(?![\w.:-])(?!\s+(?:build|check|healthcheck))(?!.*--snapshot)/),
    run('oci-push', 'artifact-store', [
        'helm push podinfo-1.0.0.tgz oci://ghcr.io/stefanprodan/charts',
        'oras push ghcr.io/org/a:1 file.txt',
        'flux push artifact oci://ghcr.io/org/manifests:1 --path=./deploy --source=repo --revision=main'
    ], new RegExp(`(?<![\\w.:-])(?:helm\\s+(?:push|cm-push)|oras\\s+push|flux\\s+push\\s+artifact|timoni\\s+mod\\s+push|cr\\s+upload)(?![\\w.:-])${NOT_LOCAL}`)),
    run('jfrog-upload', 'artifact-store', ['jf rt upload "dist/*.zip" libs-release-local/app/'], cmd('jf(?:rog)?\\s+rt\\s+(?:u|upload)')),
    run('mlflow-sagemaker-push', 'artifact-store', ['mlflow sagemaker build-and-push-container --build --push -c mlflow-pyfunc'], cmd('mlflow\\s+sagemaker\\s+build-and-push-container')),
    // `--build-image` builds the pipeline's container image and pushes it to the registry its runner config names.
    run('tfx-build-image', 'artifact-store', ['tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex --build-image'], new RegExp(`${cmd('tfx\\s+pipeline\\s+(?:create|update)').source}.*\\s--build[-_]image(?![\\w-])`)),
    // Remote builds that push their image (Cloud Build, ACR Tasks) and Azure ML components/environments stored in the workspace.
    run('cloud-image-build', 'artifact-store', ['gcloud builds submit --tag gcr.io/p/app', 'az acr build -r reg -t app:1 .'], cmd('gcloud\\s+builds\\s+submit|az\\s+acr\\s+build|az\\s+ml\\s+(?:component|environment)\\s+create')),
    uses('actions/upload-artifact', 'artifact-store', [{ uses: 'actions/upload-artifact@v4', with: { name: 'dist', path: 'dist/' } }], 'actions/upload-artifact', {
        withNot: { path: NOT_BUILD_OUTPUT, name: NOT_BUILD_OUTPUT }
    }),
    // The Pages site is kept as the run's `github-pages` artifact, which `actions/deploy-pages` then publishes.
    uses('actions/upload-pages-artifact', 'artifact-store', [{ uses: 'actions/upload-pages-artifact@v3', with: { path: './public' } }], 'actions/upload-pages-artifact', { withNot: { path: NOT_BUILD_OUTPUT } }),
    uses('docker/build-push-action (push)', 'artifact-store', [
        { uses: 'docker/build-push-action@v6', with: { push: 'true', tags: 'ghcr.io/org/app:latest' } },
        { uses: 'docker/bake-action@v5', with: { push: "${{ github.event_name != 'pull_request' }}" } }
    ], 'docker/{build-push,bake}-action', {
        with: { push: /^(?:true|\$\{\{.*\}\})$/ }
    }),
    uses('jwalton/gh-ecr-push', 'artifact-store', ['jwalton/gh-ecr-push@v1']),
    uses('elgohr/Publish-Docker-Github-Action', 'artifact-store', ['elgohr/Publish-Docker-Github-Action@v5']),
    // An action the catalog does not know whose name joins push with an image or registry word (patterns \u00a76.2).
    uses('push-image action', 'artifact-store', ['sofianhamiti/composite-action-push-image-ecr@main', 'some-org/actions/push-docker-image@v2'], `*/{,**/}{{,*[-_.]}push[-_.]{,*[-_.]}${REGISTRY_WORDS}{,[-_.]*},{,*[-_.]}${REGISTRY_WORDS}[-_.]{,*[-_.]}push{,[-_.]*}}`),
    uses('softprops/action-gh-release', 'artifact-store', ['softprops/action-gh-release@v2']),
    uses('ncipollo/release-action', 'artifact-store', ['ncipollo/release-action@v1']),
    uses('actions/upload-release-asset', 'artifact-store', ['actions/upload-release-asset@v1']),
    uses('svenstaro/upload-release-action', 'artifact-store', ['svenstaro/upload-release-action@v2']),
    uses('pypa/gh-action-pypi-publish', 'artifact-store', ['pypa/gh-action-pypi-publish@release/v1']),
    uses('JS-DevTools/npm-publish', 'artifact-store', ['JS-DevTools/npm-publish@v3']),
    uses('changesets/action', 'artifact-store', [{ uses: 'changesets/action@v1', with: { publish: 'npm run release' } }], 'changesets/action', { with: { publish: /\S/ } }),
    uses('helm/chart-releaser-action', 'artifact-store', ['helm/chart-releaser-action@v1.6.0']),
    uses('stefanprodan/helm-gh-pages', 'artifact-store', ['stefanprodan/helm-gh-pages@v1.7.0']),
    uses('appany/helm-oci-chart-releaser', 'artifact-store', ['appany/helm-oci-chart-releaser@v0.4.2']),
    entry_name('name:push-image', 'artifact-store', ['Build and push docker image', 'Push image to ECR', 'Build and push training image'], /\bpush(?:es|ed|ing)?\b(?: \w+){0,3} (?:images?|containers?)\b|\bpush(?:es|ed|ing)?\b(?: \w+){0,2} to (?:ecr|gcr|acr|ghcr|docker ?hub|(?:container |artifact )?registry)\b/)
];

;// CONCATENATED MODULE: ./src/workflow/catalog/tests.ts


/**
 * Machine-readable test results (JUnit XML, TRX): Gradle's `build/reports/tests/` HTML and Playwright's
 * `test-results/` traces or `playwright-report/` are for people, not report readers (patterns \u00a72.2).
 */
const TEST_RESULTS = /junit|surefire-reports|failsafe-reports|xunit|nunit|\.trx\b|test\S*\.xml\b/i;
/** A compose service or image named for the runner (`cypress`, `e2e-tests`, `k6`), as the last word of the command. */
const CONTAINER_SUITE = (names) => `\\S*(?:^|[-_/])?(?:${names})(?:[-_]\\S*)?(?:\\s|$)`;
const COVERAGE_FILES = /coverage|lcov|cobertura|jacoco|\.coverage\b/i;
/** Testing: unit, integration, acceptance, smoke and performance tests, and the coverage and reports they leave. */
const TESTS = [
    // unit-test
    run('npm-test', 'unit-test', ['npm test', 'npm t', 'npm run test:ci', 'yarn test'], script('t|test(?::(?:unit|ci|all|node|once|run|cov|coverage))?')),
    run('js-test-runner', 'unit-test', ['npx jest --ci', 'npx vitest run', 'npx mocha test-redirects.js', 'node --test', 'bun test'], cmd('jest|vitest(?!\\s+bench)|mocha|ava|jasmine|karma|tape|uvu|node\\s+--test|bun\\s+test|deno\\s+test')),
    run('pytest', 'unit-test', ['pytest -q tests/unit', 'poetry run pytest', 'python -m pytest'], cmd('pytest|py\\.test')),
    run('python-unittest', 'unit-test', ['python -m unittest discover', 'python manage.py test'], cmd('python3?\\s+-m\\s+(?:unittest|nose2?)|nose2|manage\\.py\\s+test|setup\\.py\\s+test|trial')),
    run('tox', 'unit-test', ['tox', 'tox -e py312'], /(?<![\w.:-])tox(?![\w.:-])(?!.*\s-e\s*(?:lint|flake8|ruff|mypy|pyright|pylint|type|typing|typecheck|format|docs|pre-commit|security|bandit)\b)/),
    run('nox', 'unit-test', ['nox -s tests'], /(?<![\w.:-])nox(?![\w.:-])(?!.*\s-s\s*(?:lint|flake8|ruff|mypy|pyright|pylint|type|typing|typecheck|format|docs|pre-commit|security|bandit)\b)/),
    run('hatch-test', 'unit-test', ['hatch test', 'hatch run test'], cmd('hatch\\s+(?:test|run\\s+(?:\\S+:)?test)')),
    run('go-test', 'unit-test', ['go test ./...', 'gotestsum --format testname', 'ginkgo -r'], cmd('go\\s+test|gotestsum|ginkgo')),
    run('maven-test', 'unit-test', ['mvn -B test', './mvnw verify'], /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-])(?!.*-D(?:skipTests|maven\.test\.skip))(?:\s+\S+)*?\s+(?:test|verify|package|install)(?![\w.:-])/),
    run('gradle-test', 'unit-test', ['./gradlew test', './gradlew :app:check'], /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-])(?!.*-x\s+test\b)(?:\s+\S+)*?\s+(?::?[\w-]+:)?(?:test|check|build)(?![\w.:-])/),
    run('cargo-test', 'unit-test', ['cargo test --all', 'cargo nextest run', 'cargo insta test --review', 'cargo llvm-cov nextest'], cmd('cargo\\s+(?:test|nextest\\s+run|insta\\s+test|llvm-cov(?!\\s+(?:report|clean|show-env)))')),
    run('dotnet-test', 'unit-test', ['dotnet test --no-build'], cmd('dotnet\\s+test|vstest\\.console(?:\\.exe)?')),
    run('ruby-test', 'unit-test', [
        'bundle exec rspec',
        'bundle exec rake spec',
        'bin/rails test',
        'bin/rails spec',
        'bundle exec rails spec'
    ], cmd('rspec|rake\\s+(?:test|spec)|rails\\s+(?:test|spec)')),
    run('php-test', 'unit-test', ['vendor/bin/phpunit', 'php artisan test', 'composer test'], cmd('phpunit|pest|php\\s+artisan\\s+test|composer\\s+(?:run(?:-script)?\\s+)?test')),
    run('other-test-runner', 'unit-test', [
        'sbt test',
        'mix test',
        'flutter test',
        'dart test',
        'swift test',
        'ctest --output-on-failure',
        'crystal spec',
        'dub test --compiler=$DC',
        'cabal test all',
        'stack test',
        'rebar3 do eunit, ct',
        'xcodebuild test-without-building -scheme App -destination "platform=iOS Simulator,name=iPhone 15"'
    ], cmd('sbt\\s+(?:\\S+\\s+)*test|lein\\s+test|mix\\s+test|(?:flutter|dart)\\s+test|swift\\s+test|ctest|bazel\\s+test|xcodebuild(?:\\s+\\S+)*?\\s+test(?:-without-building)?(?=\\s|$)|crystal\\s+spec|dub\\s+test|cabal\\s+(?:v2-)?test|stack\\s+test|rebar3(?:\\s+[\\w,]+)*?\\s+(?:eunit|ct)')),
    // R CMD check installs the package and runs its tests (rcmdcheck and devtools::check build it first).
    run('r-cmd-check', 'unit-test', [
        'R CMD check --no-manual app_1.0.tar.gz',
        'rcmdcheck::rcmdcheck(args = "--no-manual", error_on = "error")',
        "Rscript -e 'devtools::test()'"
    ], /(?<![\w.:-])(?:R\s+CMD\s+check|(?:rcmdcheck::)?rcmdcheck\s*\(|devtools::(?:check|test)\s*\(|testthat::test_(?:dir|local|package|check)\s*\()/),
    // `rake` with no task runs the default task, which Rails and `bundle gem` projects define as the test suite.
    run('rake-default', 'unit-test', ['bundle exec rake', 'bin/rake'], /(?<![\w.:-])(?:bundle\s+exec\s+)?(?:bin\/)?rake\s*$/),
    run('make-test', 'unit-test', ['make test', 'just test', 'task test'], target('test|tests|unit|unit-tests?|test-unit|test:unit|check')),
    entry_name('name:unit-test', 'unit-test', ['Run unit tests', 'unit-test'], /\bunit ?tests?\b|\bunit testing\b/),
    // integration-test
    run('npm-integration', 'integration-test', ['npm run test:integration', 'yarn integration'], script('(?:test:)?(?:integration|int|it)(?::[\\w:-]+)?|integration-tests?')),
    run('make-integration', 'integration-test', ['make integration-test', 'make test-integration'], target('integration|integration-tests?|test-integration|it|test:integration')),
    run('integration-tests-arg', 'integration-test', ['pytest tests/integration', 'go test -tags=integration ./...', 'pytest -m integration'], /(?<![\w.:-])(?:pytest|go\s+test|jest|vitest|mocha|rspec|phpunit|dotnet\s+test|cargo\s+test)(?![\w.:-]).*(?:[\s/=]integration(?:[-_]?tests?)?\b|-m\s+["']?integration\b)/),
    run('gradle-integration', 'integration-test', ['./gradlew integrationTest'], cmd('(?:\\.\\/)?gradlew?(?:\\s+\\S+)*?\\s+(?:integrationTest|intTest|integTest)')),
    run('maven-failsafe', 'integration-test', ['mvn verify -P integration', './mvnw failsafe:integration-test'], /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-]).*(?:failsafe:integration-test|-P\s*integration|-Dit\.test)/),
    run('testcontainers', 'integration-test', ['npx jest --config jest.testcontainers.config.js'], /testcontainers/i),
    run('integration-script', 'integration-test', ['./scripts/integration-tests.sh', './run_integration_tests.sh'], scriptFile('integration(?:[-_]tests?)?|run[-_]integration[-_]tests?')),
    entry_name('name:integration', 'integration-test', ['Run integration tests', 'integration'], /(?<!continuous )\bintegration(?: tests?| testing)?\b|\binteg tests?\b/),
    // acceptance-test
    // A script that calls the deployed endpoint (\u00a79.6 `test_endpoint*.py`) tests the service where it runs.
    run('endpoint-test-script', 'acceptance-test', ['python3 test/test_endpoint.py', 'python scripts/test_endpoints.py --stage staging'], cmd('python3?\\s+(?:\\S+/)?test[-_]endpoints?\\w*\\.py')),
    run('playwright', 'acceptance-test', ['npx playwright test --shard=1/4'], cmd('playwright\\s+test')),
    run('cypress', 'acceptance-test', ['npx cypress run --browser chrome'], cmd('cypress\\s+run')),
    run('selenium', 'acceptance-test', ['npx wdio run wdio.conf.js', 'npx testcafe chrome tests/', 'selenium-side-runner tests.side'], /(?<![\w.:-])selenium(?:-side-runner)?(?![\w.:-])|(?<![\w.:-])(?:wdio|testcafe|nightwatch|codeceptjs\s+run)(?![\w.:-])/),
    run('cucumber', 'acceptance-test', ['npx cucumber-js', 'behave features/', 'robot tests/'], cmd('cucumber(?:-js)?|behave|behat|robot')),
    run('npm-e2e', 'acceptance-test', ['npm run test:e2e', 'yarn e2e', 'npm run cy:run'], script('(?:test:)?(?:e2e|acceptance|ui)(?::[\\w:-]+)?|e2e-tests?|cy:run|playwright(?::[\\w:-]+)?')),
    run('make-e2e', 'acceptance-test', ['make e2e', 'make acceptance-tests'], target('e2e|e2e-tests?|test-e2e|acceptance|acceptance-tests?|test-acceptance')),
    run('e2e-tests-arg', 'acceptance-test', ['pytest tests/e2e', 'go test ./test/e2e/...'], /(?<![\w.:-])(?:pytest|go\s+test|jest|vitest|mocha|rspec|phpunit|dotnet\s+test|cargo\s+test)(?![\w.:-]).*[\s/=](?:e2e|acceptance|end-to-end)\b/),
    run('e2e-script', 'acceptance-test', ['./test/e2e.sh', 'scripts/run-e2e.sh'], scriptFile('e2e|acceptance|run[-_]e2e')),
    run('rails-system-tests', 'acceptance-test', [
        'bin/rails test:system',
        'bundle exec rspec spec/system',
        'bundle exec rspec spec/features/checkout_spec.rb'
    ], /(?<![\w.:-])rails\s+test:system(?![\w.:-])|(?<![\w.:-])rspec(?![\w.:-]).*\sspec\/(?:system|features)\b/),
    // A compose service or image that names the runner runs its suite (patterns \u00a77.1).
    run('container-e2e', 'acceptance-test', [
        'docker compose up --exit-code-from cypress',
        'docker compose -f docker-compose.e2e.yml run --rm playwright',
        'docker run -v $PWD:/e2e -w /e2e cypress/included:13.6.0'
    ], new RegExp(`(?<![\\w.:-])docker(?:\\s+|-)compose(?![\\w.:-])(?:.*\\s--exit-code-from[= ]|.*\\srun\\s(?:.*\\s)?)${CONTAINER_SUITE('cypress|playwright|selenium|puppeteer|e2e')}|(?<![\\w.:-])(?:docker|podman)\\s+run(?![\\w.:-]).*\\s(?:cypress\\/included|mcr\\.microsoft\\.com\\/playwright)\\b`)),
    uses('cypress-io/github-action', 'acceptance-test', ['cypress-io/github-action@v6']),
    uses('microsoft/playwright-github-action', 'acceptance-test', ['microsoft/playwright-github-action@v1']),
    entry_name('name:e2e', 'acceptance-test', ['E2E', 'End-to-end tests', 'acceptance-tests'], /\b(?:e2e|end to end|acceptance|ui tests?)\b/),
    // smoke-test
    run('npm-smoke', 'smoke-test', ['npm run smoke', 'npm run test:smoke'], script('(?:test:)?smoke(?::[\\w:-]+)?|smoke-tests?')),
    run('make-smoke', 'smoke-test', ['make smoke-test'], target('smoke|smoke-tests?|test-smoke')),
    run('smoke-script', 'smoke-test', ['./scripts/smoke-test.sh https://staging.example.com', './healthcheck.sh'], scriptFile('smoke(?:[-_]tests?)?|health[-_]?check|post[-_]deploy(?:[-_]check)?')),
    run('health-check', 'smoke-test', ['curl --fail https://app.example.com/healthz'], /(?<![\w.:-])(?:curl|wget|http)(?![\w.:-]).*\/(?:health|healthz|healthcheck|readyz|livez|ready|ping)\b/),
    run('checkly', 'smoke-test', ['npx checkly test', 'npx checkly trigger --record'], cmd('checkly\\s+(?:test|trigger)')),
    uses('jtalk/url-health-check-action', 'smoke-test', ['jtalk/url-health-check-action@v4']),
    uses('checkly/checkly-github-action', 'smoke-test', ['checkly/checkly-github-action@v1']),
    // Synthetic tests run the browser and API checks a monitoring service holds against a deployed site: they
    // verify where it runs, not the change being built.
    run('datadog-synthetics', 'smoke-test', ['npx @datadog/datadog-ci synthetics run-tests -s tag:e2e-tests', 'datadog-ci synthetics run-tests'], cmd('datadog-ci\\s+synthetics\\s+run-tests')),
    uses('DataDog/synthetics-ci-github-action', 'smoke-test', ['DataDog/synthetics-ci-github-action@v1.4.0']),
    entry_name('name:smoke', 'smoke-test', ['Smoke test production', 'Post-deploy verification', 'health-check'], /\b(?:smoke|synthetic|sanity)\b|\bhealth ?checks?\b|\bpost deploy (?:tests?|checks?|verification)\b/),
    // performance-test
    run('k6', 'performance-test', ['k6 run load.js', './k6/extensions/k6 run k6/extensions/01.quickpizzaext.js'], cmd('(?:\\S*\\/)?k6\\s+(?:run|cloud)')),
    run('load-tools', 'performance-test', ['jmeter -n -t plan.jmx', 'locust -f locustfile.py --headless', 'artillery run load.yml', 'lhci autorun'], cmd('jmeter|locust|artillery\\s+(?:run|quick)|vegeta\\s+attack|hyperfine|wrk|lhci\\s+autorun|gatling(?:\\.sh)?|gatling:test|gatlingRun')),
    run('benchmarks', 'performance-test', ['go test -bench=. ./...', 'cargo bench', 'pytest --benchmark-only'], /(?<![\w.:-])(?:go\s+test(?![\w.:-]).*\s-bench\b|cargo\s+bench|pytest(?![\w.:-]).*--benchmark|vitest\s+bench|dotnet\s+run\b.*Benchmark)/),
    run('npm-perf', 'performance-test', ['npm run bench', 'npm run test:perf'], script('bench|benchmarks?|perf|load-?test|test:(?:perf|load|performance)')),
    run('make-perf', 'performance-test', ['make bench', 'make load-test'], target('bench|benchmarks?|perf|performance|load-?test|loadtest')),
    run('perf-script-dir', 'performance-test', ['./k6/run-tests.sh -t **/k6/foundations/*.js -u http://localhost:3333', 'perf/run.sh'], /^(?:\.\/)?(?:\S*\/)?(?:k6|perf|performance|load-?tests?|loadtest|benchmarks?|jmeter|locust|gatling)\/\S+/),
    run('container-load-test', 'performance-test', [
        'docker compose up --exit-code-from k6',
        'docker compose run --rm locust',
        'docker run --rm locustio/locust -f /mnt/locustfile.py --headless'
    ], new RegExp(`(?<![\\w.:-])docker(?:\\s+|-)compose(?![\\w.:-])(?:.*\\s--exit-code-from[= ]|.*\\srun\\s(?:.*\\s)?)${CONTAINER_SUITE('k6|locust|jmeter|gatling')}|(?<![\\w.:-])(?:docker|podman)\\s+run(?![\\w.:-]).*\\s(?:grafana\\/k6|loadimpact\\/k6|locustio\\/locust|justb4\\/jmeter)\\b`)),
    uses('grafana/run-k6-action', 'performance-test', [{ uses: 'grafana/run-k6-action@v1', with: { path: 'tests/load.js' } }], 'grafana/run-k6-action', {
        withNot: { 'only-verify-scripts': /^true$/ }
    }),
    uses('grafana/k6-action', 'performance-test', ['grafana/k6-action@v0.3.1']),
    uses('benchmark-action/github-action-benchmark', 'performance-test', [
        'benchmark-action/github-action-benchmark@v1'
    ]),
    uses('treosh/lighthouse-ci-action', 'performance-test', ['treosh/lighthouse-ci-action@v12']),
    entry_name('name:performance', 'performance-test', ['Load test', 'Benchmarks'], /\b(?:load|stress|soak|performance|perf) (?:tests?|testing)\b|\bbenchmarks?\b|\bperf\b/),
    // coverage
    run('coverage-py', 'coverage', [
        'coverage run -m pytest',
        'coverage report --fail-under=80',
        'pytest --cov=app',
        'pytest --cov-fail-under=90'
    ], /(?<![\w.:-])coverage\s+(?:run|report|xml|html|json|lcov|combine)(?![\w.:-])|(?<![\w.:-])pytest(?![\w.:-]).*--cov\b/),
    run('js-coverage', 'coverage', [
        'npx jest --coverage',
        'npx c8 node --test',
        'npx nyc mocha',
        `npx jest --coverageThreshold='{"global":{"lines":80}}'`
    ], /(?<![\w.:-])(?:c8|nyc)(?![\w.:-])|(?<![\w.:-])(?:jest|vitest)(?![\w.:-]).*--coverage(?:Threshold)?\b/),
    run('npm-coverage', 'coverage', ['npm run coverage', 'npm run test:cov'], script('(?:test:)?cov(?:erage)?(?::[\\w:-]+)?')),
    run('go-coverage', 'coverage', ['go test -coverprofile=cover.out ./...'], /(?<![\w.:-])go\s+test(?![\w.:-]).*\s-(?:cover|coverprofile|covermode)\b/),
    run('rust-coverage', 'coverage', ['cargo llvm-cov --lcov --output-path lcov.info', 'cargo tarpaulin'], cmd('cargo\\s+(?:tarpaulin|llvm-cov)|grcov')),
    run('dotnet-coverage', 'coverage', [
        'dotnet test --collect:"XPlat Code Coverage"',
        'dotnet coverage collect "dotnet test" -f xml -o coverage.xml'
    ], /(?<![\w.:-])dotnet\s+test(?![\w.:-]).*(?:--collect[:\s]+"?XPlat Code Coverage|CollectCoverage)|(?<![\w.:-])dotnet(?:\s+|-)coverage\s+collect(?![\w.:-])/),
    run('jvm-coverage', 'coverage', ['./gradlew test jacocoTestReport', './gradlew koverXmlReport'], /jacoco\w*|koverXmlReport|kover\w*Report/),
    run('php-coverage', 'coverage', ['vendor/bin/phpunit --coverage-clover coverage.xml'], /(?<![\w.:-])phpunit(?![\w.:-]).*--coverage-/),
    run('coverage-upload', 'coverage', ['codecov --file coverage.xml', 'coveralls'], cmd('codecov|coveralls|codacy-coverage-reporter')),
    run('make-coverage', 'coverage', ['make coverage'], target('cover|coverage|test-coverage')),
    uses('codecov/codecov-action', 'coverage', ['codecov/codecov-action@v5']),
    uses('coverallsapp/github-action', 'coverage', ['coverallsapp/github-action@v2']),
    uses('irongut/CodeCoverageSummary', 'coverage', ['irongut/CodeCoverageSummary@v1.3.0']),
    uses('5monkeys/cobertura-action', 'coverage', ['5monkeys/cobertura-action@master']),
    uses('py-cov-action/python-coverage-comment-action', 'coverage', [
        'py-cov-action/python-coverage-comment-action@v3'
    ]),
    uses('ArtiomTr/jest-coverage-report-action', 'coverage', ['ArtiomTr/jest-coverage-report-action@v2']),
    uses('romeovs/lcov-reporter-action', 'coverage', ['romeovs/lcov-reporter-action@v0.4.0']),
    uses('zgosalvez/github-actions-report-lcov', 'coverage', ['zgosalvez/github-actions-report-lcov@v4']),
    uses('danielpalme/ReportGenerator-GitHub-Action', 'coverage', [
        'danielpalme/ReportGenerator-GitHub-Action@5'
    ]),
    uses('codacy/codacy-coverage-reporter-action', 'coverage', ['codacy/codacy-coverage-reporter-action@v1']),
    uses('paambaati/codeclimate-action', 'coverage', ['paambaati/codeclimate-action@v9']),
    uses('qltysh/qlty-action/coverage', 'coverage', ['qltysh/qlty-action/coverage@v1']),
    uses('actions/upload-artifact (coverage)', 'coverage', [{ uses: 'actions/upload-artifact@v4', with: { name: 'coverage', path: 'coverage/lcov.info' } }], 'actions/upload-artifact', {
        with: { path: COVERAGE_FILES }
    }),
    entry_name('name:coverage', 'coverage', ['Upload coverage', 'Upload coverage report'], /\bcoverage\b/, undefined, true),
    // test-report
    run('junit-reporter', 'test-report', [
        'pytest --junitxml=report.xml',
        'gotestsum --junitfile unit.xml',
        'npx jest --ci --reporters=default --reporters=jest-junit'
    ], /--junit-?xml|--junitfile|--log-junit|jest-junit|mocha-junit-reporter|--reporters?[=\s]+\S*junit|go-junit-report|RspecJunitFormatter|--logger[:\s]+"?(?:trx|junit)/i),
    uses('dorny/test-reporter', 'test-report', ['dorny/test-reporter@v1']),
    uses('EnricoMi/publish-unit-test-result-action', 'test-report', ['EnricoMi/publish-unit-test-result-action@v2', 'EnricoMi/publish-unit-test-result-action/composite@v2'], 'EnricoMi/publish-unit-test-result-action{,/**}'),
    uses('mikepenz/action-junit-report', 'test-report', ['mikepenz/action-junit-report@v5']),
    uses('ScaCap/action-surefire-report', 'test-report', ['ScaCap/action-surefire-report@v1']),
    uses('test-summary/action', 'test-report', ['test-summary/action@v2']),
    uses('phoenix-actions/test-reporting', 'test-report', ['phoenix-actions/test-reporting@v15']),
    uses('pmeier/pytest-results-action', 'test-report', ['pmeier/pytest-results-action@main']),
    uses('ctrf-io/github-test-reporter', 'test-report', ['ctrf-io/github-test-reporter@v1']),
    uses('actions/upload-artifact (test results)', 'test-report', [{ uses: 'actions/upload-artifact@v4', with: { name: 'results', path: 'test-results/junit.xml' } }], 'actions/upload-artifact', {
        with: { path: TEST_RESULTS }
    }),
    entry_name('name:test-report', 'test-report', ['Publish test results', 'JUnit report', 'Upload unit test results'], /\btest (?:reports?|results?)\b|\bjunit\b/, undefined, true)
];

;// CONCATENATED MODULE: ./src/workflow/catalog/catalog.ts







/** Every entry, whatever its purpose: classification reads them by kind, so the order of the groups carries no meaning. */
const CATALOG = [
    ...BUILD,
    ...TESTS,
    ...QUALITY,
    ...DEPLOY,
    ...RELEASE,
    ...OBJECT_STORAGE,
    ...ML
];

;// CONCATENATED MODULE: ./src/workflow/catalog/command-inputs.ts
const COMMAND_INPUTS = [
    { uses: 'cloud-gov/cg-cli-tools', input: 'command' },
    { uses: 'cloud-gov/cg-cli-tools', input: 'cf_command', prefix: 'cf ' },
    { uses: 'w9jds/firebase-action', input: 'args', prefix: 'firebase ' },
    { uses: 'superfly/flyctl-actions', input: 'args', prefix: 'flyctl ' },
    { uses: 'azure/cli', input: 'inlineScript' },
    { uses: 'azure/powershell', input: 'inlineScript' },
    { uses: 'azure/aml-cli', input: 'inlineScript' },
    { uses: 'goreleaser/goreleaser-action', input: 'args', prefix: 'goreleaser ' },
    // Retry, timeout and runner wrappers run their command as a `run:` line would (patterns \u00a73.4).
    { uses: 'Wandalen/wretry.action', input: 'command' },
    { uses: '{nick-fields,nick-invision}/retry', input: 'command' },
    { uses: '{GabrielBB/xvfb-action,coactions/setup-xvfb}', input: 'run' },
    { uses: 'ReactiveCircus/android-emulator-runner', input: 'script' },
    { uses: 'addnab/docker-run-action', input: 'run' },
    { uses: 'uraimo/run-on-arch-action', input: 'run' }
];

;// CONCATENATED MODULE: ./src/workflow/catalog/failing-reporters.ts
const FAILING_REPORTERS = [
    // action.yml: `fail-on-error: Set this action as failed if test report contain any failed test`, default 'true'.
    { uses: 'dorny/test-reporter', input: 'fail-on-error', byDefault: true },
    // `fail_on_failure: Fail the build in case a test failure occurred`, default false.
    { uses: 'mikepenz/action-junit-report', input: 'fail_on_failure', byDefault: false }
];

;// CONCATENATED MODULE: ./src/workflow/catalog/fixtures.ts

const FIXTURES = [
    {
        kind: 'run',
        id: 'kind-cluster',
        pattern: cmd('kind\\s+create\\s+cluster|k3d\\s+cluster\\s+create|minikube\\s+start|microk8s|ctlptl\\s+create')
    },
    {
        kind: 'run',
        id: 'compose-up',
        pattern: cmd('docker(?:\\s+|-)compose(?:\\s+-\\S+(?:\\s+[^-\\s]\\S*)?)*\\s+up')
    },
    {
        kind: 'uses',
        id: 'kind-action',
        pattern: '{helm/kind-action,engineerd/setup-kind,container-tools/kind-action,medyagh/setup-minikube,AbsaOSS/k3d-action,nolar/setup-k3d-k3s,debianmaster/actions-k3s}'
    }
];
/** Purposes that a fixture in the same job turns into test scaffolding (migrating a compose database is test setup). */
const FIXTURE_PURPOSES = ['deploy', 'rollout', 'iac-apply', 'db-migration'];

;// CONCATENATED MODULE: ./src/workflow/catalog/not-evidence.ts
/** Setup, install and cache steps name a tool without running it (`Install linters`, `Restore cache - playwright`). */
const NAME_IGNORED = /^(?:set ?up|install|restore|cache|save|download|checkout|login|log in|configure|prepare|clean ?up|delete|remove)\b/;
/** Installing a tool is not running it (`pip install pytest`, `go install .../goimports@latest`). */
const INSTALL_COMMAND = /^(?:pip[3x]?|python3?\s+-m\s+pip|uv\s+(?:pip|tool)|npm|pnpm|yarn|bun|gem|go|cargo|apt(?:-get)?|brew|choco|apk|dnf|yum|conda|mamba|micromamba|poetry|composer|dotnet\s+tool|helm\s+(?:plugin|repo)|(?:npx|bunx|pnpm(?:\s+(?:exec|dlx))?|yarn(?:\s+dlx)?)\s+playwright|playwright)\s+(?:install|i|add|ci|update|upgrade|require|sync)(?![\w.:-])/;
/**
 * Commands that only print, wait or move files: their words are never evidence (`echo deploy`, `pip cache dir`).
 * Checksums and encodings print what they read (`sha256sum $files | base64 -w0` for a provenance subject).
 */
const TRIVIAL_COMMAND = /^(?:echo|printf|true|false|:|exit|sleep|cat|ls|sha\d*sum|shasum|md5sum|b2sum|cksum|base64|pwd|touch|mkdir|rm|cp|mv|ln|chmod|cd|export|set|unset|test|\[\[?|df|du|date|whoami|env|tee|grep|jq|yq|wc|head|tail|sort|uniq|tr|cut|sed|awk|read|shift|return|local|declare|source|\.(?=\s)|git\s+(?:diff|status|log|rev-parse|config|fetch|checkout)|(?:pip3?|python3?\s+-m\s+pip)\s+(?:cache|list|show|freeze|config)|(?:npm\s+config\s+get|yarn\s+cache\s+dir|yarn\s+config\s+get|pnpm\s+store\s+path))(?![\w.:-])/;
/** Formatters that rewrite files fail nothing: only their check modes (`black --check`, catalog entries) verify. */
const FORMAT_COMMAND = /^(?:(?:npx|bunx|pnpm(?:\s+(?:exec|dlx))?|yarn)\s+)?(?:isort|black|autopep8|yapf|ruff\s+format|prettier|gofmt|goimports|rustfmt|cargo\s+fmt|dotnet\s+format|terraform\s+fmt)(?![\w.:-])(?!.*\s(?:--?check|--check-only|--diff|-c|-l|-d|--list-different|--verify-no-changes)(?![\w-]))/;
/**
 * Actions that check out, set up tools, log in or cache: they prepare a job's work and do none of it, so a
 * job of only these (and formatters) is not what its name says (`build` over `isort .`).
 */
const SETUP_ACTIONS = '{actions/checkout,actions/cache{,/**},*/setup-*,*/*-setup,*/action-setup,docker/login-action,aws-actions/configure-aws-credentials,azure/login,google-github-actions/auth}';
/**
 * Actions that prepare a job or report on it without doing the pipeline's work: checkout, setting up or
 * caching a tool, logging in, reading changed files, notifying people. A job of only these (and printing) is a
 * marker, whatever its `environment:` says (real-world patterns \u00a71.3).
 */
const UTILITY_ACTION = /(?:^|\/)(?:checkout|[\w-]*setup[\w-]*|cache|upload-artifact|download-artifact|configure-[\w-]+|[\w-]*login[\w-]*|auth|paths-filter|changed-files|[\w-]*slack[\w-]*|[\w-]*notif[\w-]*|[\w-]*teams[\w-]*|[\w-]*discord[\w-]*|[\w-]*comment[\w-]*|labeler|add-label[\w-]*|upload-sarif|create-github-app-token|github-app-token|wait-on-check-action|[\w-]*deployment-status[\w-]*|deployment-action)$/i;

;// CONCATENATED MODULE: ./src/workflow/catalog/purpose.ts
/** Every purpose, in the order reports list them. */
const PURPOSES = [
    'build',
    'unit-test',
    'integration-test',
    'acceptance-test',
    'smoke-test',
    'static-analysis',
    'security-scan',
    'performance-test',
    'coverage',
    'test-report',
    'deploy',
    'artifact-store',
    'db-migration',
    'iac-apply',
    'rollout',
    'data-validation',
    'training',
    'model-evaluation',
    'model-deploy',
    'experiment-tracking',
    'pipeline-deploy'
];

;// CONCATENATED MODULE: ./src/workflow/catalog/services.ts

/** Images of services a test suite talks to, not of the application or a test runner. */
const SERVICE_IMAGES = 'postgres|postgis|mysql|mariadb|mongo|redis|valkey|rabbitmq|elasticsearch|opensearch|localstack|kafka|redpanda|zookeeper|minio|memcached|cassandra|mssql|azure-sql-edge|azurite|dynamodb-local|nats|clickhouse|neo4j|couchdb|wiremock|mailhog|mailpit';
const SERVICE_STARTS = [
    {
        kind: 'run',
        id: 'docker-run-service',
        examples: [
            'docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=pw postgres:16',
            'docker run --detach --name cache redis:7-alpine'
        ],
        pattern: new RegExp(`(?<![\\w.:-])(?:docker|podman)\\s+run(?=.*\\s(?:-d|--detach)(?![\\w-]))(?:\\s+\\S+)*?\\s+(?:\\S+\\/)?(?:${SERVICE_IMAGES})[\\w.-]*(?::\\S+)?(?:\\s|$)`)
    },
    {
        kind: 'run',
        id: 'compose-up-detached',
        examples: ['docker compose up -d db localstack', 'docker-compose -f docker-compose.e2e.yml up --detach'],
        pattern: /(?<![\w.:-])docker(?:\s+|-)compose(?:\s+\S+)*?\s+up(?![\w.:-])(?=.*\s(?:-d|--detach|--wait)(?![\w-]))/
    },
    {
        kind: 'run',
        id: 'system-service',
        examples: [
            'systemctl start postgresql.service',
            'service mysql start',
            'brew services start postgresql@16'
        ],
        pattern: cmd(`(?:systemctl\\s+start|brew\\s+services\\s+start)\\s+(?:\\S*(?:${SERVICE_IMAGES})\\S*)|service\\s+\\S*(?:${SERVICE_IMAGES})\\S*\\s+start|pg_ctl(?:cluster)?\\s+(?:\\S+\\s+)*start`)
    },
    {
        kind: 'uses',
        id: 'service-action',
        examples: [
            'supercharge/redis-github-action@1.8.0',
            'supercharge/mongodb-github-action@1.11.0',
            'ankane/setup-postgres@v1',
            'LocalStack/setup-localstack@v0.2.3'
        ],
        pattern: '{supercharge/*-github-action,ankane/setup-{postgres,mysql,mariadb,mongodb,elasticsearch,opensearch,sqlserver},harmon758/postgresql-action,ikalnytskyi/action-setup-postgres,mirromutth/mysql-action,shogo82148/actions-setup-mysql,LocalStack/setup-localstack,niden/actions-memcached,getong/{elasticsearch,rabbitmq,mariadb,redis,kafka}-action}'
    }
];
/** A job id or name that says it tests (`test`, `rspec-tests`, `specs`): its `services:` are for its suites. */
const TEST_JOB_NAME = /\b(?:tests?|testing|specs?)\b/;

;// CONCATENATED MODULE: ./src/workflow/script-runners/ant.ts
/**
 * Apache Ant: `ant [-buildfile build.xml] [target\u2026]` runs the targets of build.xml (its project's `default`
 * when none is named), each after the targets it `depends` on. A target is a list of tasks rather than shell
 * lines, so what it does is read from them: the tasks below state their purpose outright, and `<exec>` runs a
 * command that is classified like a `run:` line.
 */
const ant = {
    tools: ['ant'],
    // The launcher of a distribution or a bootstrap (`bootstrap/bin/ant`, `$ANT_HOME/bin/ant`).
    matches: tool => /\/ant$/.test(tool),
    fileFlags: ['-buildfile', '-file', '-f'],
    valueFlags: [
        '-logfile',
        '-l',
        '-lib',
        '-propertyfile',
        '-inputhandler',
        '-listener',
        '-logger',
        '-main',
        '-nice'
    ],
    invocation: ({ args, files }) => {
        // A word left to the shell (`"$ANT_OPTS"`, `$TARGETS`) may be a target or not: the literal ones are the
        // targets, and when there are none the targets are unknown, never the default.
        const targets = args.filter(arg => !arg.includes('$'));
        if (targets.length === 0 && args.length > 0)
            return undefined;
        return { files: files(['build.xml']), targets, definitions: antTargets };
    }
};
/**
 * Core and common optional tasks whose work a practice asks about, by local name (an antlib prefix such as
 * `jacoco:` or `sb:` is dropped): test runners, compilers and packagers, analysers.
 */
const TASK_PURPOSES = {
    junit: 'unit-test',
    junitlauncher: 'unit-test',
    testng: 'unit-test',
    javac: 'build',
    jar: 'build',
    war: 'build',
    ear: 'build',
    checkstyle: 'static-analysis',
    pmd: 'static-analysis',
    spotbugs: 'static-analysis',
    findbugs: 'static-analysis'
};
/** Comments and CDATA sections hold no tasks, and may hold `<` and `>`: blanked, line breaks kept. */
const NOT_MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;
/** A start, end or empty tag, its attributes in group 3. */
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ant_ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/**
 * The targets of a build file, read tag by tag. The report parsers' tokenizer sits in a layer above this one
 * (docs/architecture.md), and a build file needs less: its tags and attributes, never its text. Nothing is
 * expanded \u2014 a file that declares entities is not read at all \u2014 and attribute values are taken as written.
 */
function readBuildFile(text) {
    if (text.includes('<!ENTITY'))
        return undefined;
    const source = text.replace(NOT_MARKUP, skipped => skipped.replace(/[^\n]/g, ' '));
    const targets = new Map();
    let defaultTarget;
    let depth = 0;
    let current;
    let exec;
    const endExec = () => {
        if (exec && current)
            current.script.push(exec.join(' '));
        exec = undefined;
    };
    for (const tag of source.matchAll(TAG)) {
        const [, slash, name = '', rawAttributes = '', empty] = tag;
        const local = name.slice(name.indexOf(':') + 1);
        if (slash) {
            depth--;
            if (local === 'exec')
                endExec();
            if (depth === 1 && name === 'target')
                current = undefined;
            continue;
        }
        const attrs = attributesOf(rawAttributes);
        if (depth === 0 && name !== 'project')
            return undefined;
        if (depth === 0)
            defaultTarget = attrs.default;
        else if (depth === 1 && name === 'target') {
            const target = {
                deps: (attrs.depends ?? '').split(',').flatMap(dep => (dep.trim() ? [dep.trim()] : [])),
                script: [],
                purposes: new Set(),
                line: lineBreaks(source, tag.index) + 1
            };
            if (attrs.name !== undefined)
                targets.set(attrs.name, target);
            if (!empty)
                current = target;
        }
        else if (current) {
            const purpose = TASK_PURPOSES[local];
            if (purpose)
                current.purposes.add(purpose);
            // Another target of the same file, run where the call stands: followed as the target's own.
            if (local === 'antcall' && attrs.target)
                current.deps.push(attrs.target);
            if (local === 'exec')
                exec = attrs.executable ? [attrs.executable] : undefined;
            if (local === 'arg')
                exec?.push(attrs.line ?? attrs.value ?? '');
            if (local === 'exec' && empty)
                endExec();
        }
        if (!empty)
            depth++;
    }
    return { defaultTarget, targets };
}
function attributesOf(raw) {
    const attrs = {};
    for (const [, key = '', double, single] of raw.matchAll(ant_ATTRIBUTE))
        attrs[key] = double ?? single ?? '';
    return attrs;
}
/** Line breaks before `to`: a target's line is worked out where it starts (build files hold tens of targets). */
function lineBreaks(text, to) {
    let breaks = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
        breaks++;
    return breaks;
}
function antTargets(text, targets) {
    const file = readBuildFile(text);
    if (!file)
        return undefined;
    const goals = targets.length > 0 ? targets : file.defaultTarget ? [file.defaultTarget] : [];
    return goals.flatMap(name => {
        const target = file.targets.get(name);
        if (!target)
            return [];
        return [
            {
                key: name,
                label: `ant ${name}`,
                script: target.script,
                deps: target.deps,
                // Each <exec> is a process of its own, and a failing task stops the build (failonerror aside).
                perLine: true,
                line: target.line,
                ...(target.purposes.size > 0 ? { purposes: [...target.purposes] } : {})
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/yaml-document.ts

/** The document of a definition file; undefined when it is not YAML, holds errors or is not a mapping. */
function yamlDocument(source) {
    const lines = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, uniqueKeys: false });
    }
    catch {
        return undefined;
    }
    if (doc.errors.length > 0)
        return undefined;
    const root = doc.toJS();
    if (typeof root !== 'object' || root === null || Array.isArray(root))
        return undefined;
    const get = (path) => path.reduce((value, key) => typeof value === 'object' && value !== null
        ? value[key]
        : undefined, root);
    return {
        get,
        text: path => {
            const value = get(path);
            return typeof value === 'string' ? value : undefined;
        },
        entries: path => {
            const value = get(path);
            return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
        },
        list: path => {
            const value = get(path);
            return Array.isArray(value) ? value : [];
        },
        lineOf: path => {
            const node = doc.getIn(path, true);
            const offset = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
            return offset === undefined ? {} : { line: lines.linePos(offset).line };
        }
    };
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/anyscale.ts

/**
 * Anyscale job specs: `anyscale job submit spec.yaml` (or `--config-file`, `-f`; the older CLI says `jobs`).
 * The `entrypoint:` runs in the `working_dir` the CLI uploads, which is relative to where it ran.
 */
const anyscale = {
    tools: ['anyscale'],
    fileFlags: ['--config-file', '-f'],
    valueFlags: ['--name', '-n', '--project', '--cloud', '--compute-config', '--image-uri', '--env'],
    invocation: ({ args, files, flags }) => {
        if ((args[0] !== 'job' && args[0] !== 'jobs') || args[1] !== 'submit')
            return undefined;
        const [spec] = args.slice(2);
        if (spec === undefined && !flags.has('--config-file') && !flags.has('-f'))
            return undefined;
        return {
            files: files(spec === undefined ? [] : [spec]),
            targets: [],
            definitions: jobSpec,
            required: true
        };
    }
};
function jobSpec(text) {
    const doc = yamlDocument(text);
    const entrypoint = doc?.text(['entrypoint']);
    if (!doc || entrypoint === undefined)
        return undefined;
    const dir = doc.text(['working_dir']) ?? doc.text(['runtime_env', 'working_dir']);
    return [
        {
            key: 'entrypoint',
            label: 'entrypoint',
            script: [entrypoint],
            deps: [],
            perLine: false,
            fromCaller: true,
            ...(dir === undefined || /^\w+:\/\//.test(dir) ? {} : { dir }),
            ...doc.lineOf(['entrypoint'])
        }
    ];
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/azure-ml.ts


/**
 * Azure ML job specs submitted by `az ml job create --file X`: a command job's `command:` runs in its `code:`
 * folder; a pipeline job runs each `jobs.<name>.command`, or the command of the component file it names
 * (`component: file:./train.yml`). `experiment_name` states experiment tracking (real-world patterns \u00a79.4).
 */
const azureMl = {
    tools: ['az'],
    fileFlags: ['--file', '-f'],
    valueFlags: ['-g', '--resource-group', '-w', '--workspace-name', '-n', '--name', '--set', '--subscription'],
    invocation: ({ args, files }) => args[0] === 'ml' && args[1] === 'job' && args[2] === 'create'
        ? { files: files([]), targets: [], definitions: azure_ml_jobSpec, required: true }
        : undefined
};
function azure_ml_jobSpec(text, _targets, source) {
    const doc = yamlDocument(text);
    if (!doc)
        return undefined;
    const experiment = doc.text(['experiment_name']);
    const tracking = experiment
        ? [
            {
                key: 'experiment_name',
                label: `experiment_name: ${experiment}`,
                script: [],
                deps: [],
                perLine: true,
                purposes: ['experiment-tracking'],
                ...doc.lineOf(['experiment_name'])
            }
        ]
        : [];
    const jobs = doc.entries(['jobs']);
    if (jobs.length === 0) {
        const command = commandOf(doc, [], 'command');
        return command ? [...tracking, command] : undefined;
    }
    return [...tracking, ...jobs.flatMap(([name]) => pipelineJob(doc, name, source))];
}
/** A `command:` as a definition run in the `code:` folder beside the spec. */
function commandOf(doc, at, label, file) {
    const command = doc.text([...at, 'command']);
    if (command === undefined)
        return undefined;
    const code = doc.text([...at, 'code']);
    return {
        key: label,
        label,
        script: [command],
        deps: [],
        perLine: false,
        ...(code === undefined || /^(?:azureml|https?):/.test(code) ? {} : { dir: code }),
        ...(file === undefined ? {} : { file }),
        ...doc.lineOf([...at, 'command'])
    };
}
function pipelineJob(doc, name, source) {
    const own = commandOf(doc, ['jobs', name], `jobs.${name}.command`);
    if (own)
        return [own];
    const component = doc.text(['jobs', name, 'component'])?.replace(/^file:/, '');
    // A registered component (`azureml:train@latest`) lives in the workspace, not the repository.
    if (component === undefined || /^\w+:/.test(component))
        return [];
    const file = external_node_path_.posix.join(external_node_path_.posix.dirname(source.file), component);
    const text = file.startsWith('../') ? undefined : source.read(file);
    const spec = text === undefined ? undefined : yamlDocument(text);
    const command = spec && commandOf(spec, [], `jobs.${name} command`, file);
    return command ? [command] : [];
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/step-name-purposes.ts
/**
 * A pipeline step's purpose from the name its author gave it, where the verb heads it or the agent noun ends
 * it: a Kubeflow component (`train_model`, `model_evaluator`) or a Databricks task (`Train`,
 * `ModelValidation`). A name is all a platform shows of a step whose code runs elsewhere.
 */
function stepNamePurposes(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[_\W]+/)
        .filter(Boolean);
    const [first = '', last = ''] = [words[0], words.at(-1)];
    const heads = (verbs, nouns) => verbs.includes(first) || nouns.includes(last);
    if (heads(['train', 'retrain', 'fit'], ['trainer', 'training']))
        return ['training'];
    if (heads(['evaluate', 'eval', 'evaluation'], ['evaluator', 'evaluation']))
        return ['model-evaluation'];
    if (heads(['validate', 'validation'], ['validator', 'validation']))
        return words.includes('model') ? ['model-evaluation'] : ['data-validation'];
    if (heads(['register', 'promote', 'deploy'], ['registration', 'registrar', 'deployment']) &&
        words.includes('model'))
        return ['model-deploy'];
    return [];
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/databricks-jobs.ts



/**
 * Databricks jobs, from job settings (`databricks jobs create|reset --json-file job.json`, or `--json @job.json`)
 * or from a bundle's `resources.jobs` (`databricks bundle run <job>`, the MLOps Stacks layout). Each task runs
 * its Python file, wheel entry point or notebook with its parameters, after the tasks it depends on. A bundle
 * deploy only installs the jobs on the platform: nothing runs, so it is not followed.
 */
const databricksJobs = {
    tools: ['databricks'],
    fileFlags: ['--json-file'],
    valueFlags: ['--json', '--job-id', '--profile', '-p', '--version', '-t', '--target', '--var'],
    invocation: ({ args, flags, files }) => {
        if (args[0] === 'bundle')
            return args[1] === 'run' && args[2] !== undefined ? bundleRun(args[2], files) : undefined;
        if (args[0] !== 'jobs' || (args[1] !== 'create' && args[1] !== 'reset'))
            return undefined;
        const json = flags.get('--json');
        const named = json?.startsWith('@') ? files([json.slice(1)]) : files([]);
        return named.length > 0
            ? { files: named, targets: [], definitions: jobSettings, required: true }
            : undefined;
    }
};
function jobSettings(text) {
    const doc = yamlDocument(text);
    if (!doc)
        return undefined;
    // `jobs reset` wraps the settings in `new_settings`; a single-task job has its task at the top.
    const root = doc.get(['new_settings']) === undefined ? [] : ['new_settings'];
    const tasks = doc.list([...root, 'tasks']);
    const places = tasks.length > 0 ? tasks.map((_task, index) => [...root, 'tasks', index]) : [root];
    const definitions = places.flatMap(at => task(doc, at));
    return definitions.length > 0 ? definitions : undefined;
}
/** The bundle's own file names, in the order the CLI looks for them. */
const BUNDLE_FILES = ['databricks.yml', 'databricks.yaml', 'bundle.yml', 'bundle.yaml'];
function bundleRun(job, files) {
    return {
        files: files(BUNDLE_FILES),
        targets: [job],
        definitions: (text, _targets, source) => bundleJob(text, job, source),
        required: true
    };
}
/**
 * The tasks of one job of a bundle, in the bundle file or a file it includes. A glob include (`resources/*.yml`)
 * cannot be listed from here, so a job defined only there is not found, and the command says so.
 */
function bundleJob(text, job, source) {
    const bundle = yamlDocument(text);
    if (!bundle)
        return undefined;
    const includes = bundle
        .list(['include'])
        .filter((include) => typeof include === 'string' && !/[*?[{]/.test(include))
        .map(include => external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(source.file), include)));
    for (const [file, doc] of [
        [source.file, bundle],
        ...includes.map(file => [file, read(file)])
    ]) {
        if (!doc || doc.get(['resources', 'jobs', job]) === undefined)
            continue;
        const at = ['resources', 'jobs', job, 'tasks'];
        const definitions = doc
            .list(at)
            .flatMap((_task, index) => task(doc, [...at, index], { prefix: `jobs.${job}.tasks.`, fromRoot: false }));
        return definitions.map(definition => (file === source.file ? definition : { ...definition, file }));
    }
    return undefined;
    function read(file) {
        const content = source.read(file);
        return content === undefined ? undefined : yamlDocument(content);
    }
}
function task(doc, at, { prefix, fromRoot } = { prefix: 'tasks.', fromRoot: true }) {
    const name = doc.text([...at, 'task_key']) ?? doc.text([...at, 'name']) ?? 'task';
    const params = (key) => doc.list([...at, key, 'parameters']).map(String);
    const file = doc.text([...at, 'spark_python_task', 'python_file']);
    const entry = doc.text([...at, 'python_wheel_task', 'entry_point']);
    const notebook = doc.text([...at, 'notebook_task', 'notebook_path']);
    const command = file !== undefined
        ? ['python', file, ...params('spark_python_task')]
        : entry !== undefined
            ? [entry, ...params('python_wheel_task')]
            : notebook !== undefined
                ? notebookCommand(notebook)
                : undefined;
    if (!command)
        return [];
    const purposes = stepNamePurposes(name);
    return [
        {
            key: name,
            label: `${prefix}${name}`,
            script: [command.join(' ')],
            deps: [],
            perLine: false,
            // Workspace and DBFS paths (`dbfs:/\u2026`) are on the platform; repository paths are read from the root.
            ...(fromRoot ? { fromCaller: true } : {}),
            ...(purposes.length > 0 ? { purposes } : {}),
            ...doc.lineOf(at)
        }
    ];
}
/**
 * A notebook in the repository written as Python source (`../training/notebooks/Train.py`) is read like a
 * script; one in the workspace (`/Repos/team/report`) or of no stated language is only named.
 */
function notebookCommand(path) {
    return /^[^/:$]+.*\.py$/.test(path) ? ['python', path] : ['notebook', path];
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/dvc-stages.ts

/**
 * DVC pipelines: `dvc repro [stages]` and `dvc exp run [stages]` run `stages.<name>.cmd` of dvc.yaml, each
 * after the stages whose `outs` it `deps` on; without a stage, all of them.
 */
const dvcStages = {
    tools: ['dvc'],
    // `-f` is `--force` to dvc: it names no file.
    fileFlags: [],
    valueFlags: ['-S', '--set-param', '-n', '--name', '-j', '--jobs', '--queue', '--temp'],
    invocation: ({ args, files }) => {
        const stages = args[0] === 'repro' ? args.slice(1) : args[0] === 'exp' && args[1] === 'run' ? args.slice(2) : undefined;
        if (stages === undefined)
            return undefined;
        return {
            files: files(['dvc.yaml']),
            targets: stages.map(stage => stage.replace(/^(?:.*\/)?dvc\.yaml:/, '')),
            definitions: dvcYaml,
            required: true
        };
    }
};
function dvcYaml(text, targets) {
    const doc = yamlDocument(text);
    const stages = doc?.entries(['stages']);
    if (!doc || !stages || stages.length === 0)
        return undefined;
    const producer = new Map(stages.flatMap(([name]) => doc.list(['stages', name, 'outs']).flatMap(out => pathsOf(out).map(path => [path, name]))));
    const order = [];
    const visit = (name, seen) => {
        if (order.includes(name) || seen.includes(name) || !stages.some(([stage]) => stage === name))
            return;
        for (const dep of doc.list(['stages', name, 'deps']).flatMap(pathsOf)) {
            const upstream = producer.get(dep);
            if (upstream !== undefined)
                visit(upstream, [...seen, name]);
        }
        order.push(name);
    };
    for (const name of targets.length > 0 ? targets : stages.map(([stage]) => stage))
        visit(name, []);
    return order.map(name => stage(doc, name));
}
/** A `deps`/`outs` item: a path, or `{ path: { cache: false } }`. */
function pathsOf(item) {
    if (typeof item === 'string')
        return [item];
    return typeof item === 'object' && item !== null ? Object.keys(item) : [];
}
function stage(doc, name) {
    const cmd = doc.get(['stages', name, 'cmd']);
    const script = typeof cmd === 'string' ? [cmd] : doc.list(['stages', name, 'cmd']).filter(c => typeof c === 'string');
    const wdir = doc.text(['stages', name, 'wdir']);
    return {
        key: name,
        label: `stages.${name}.cmd`,
        script,
        deps: [],
        perLine: true,
        ...(wdir === undefined ? {} : { dir: wdir }),
        ...doc.lineOf(['stages', name, 'cmd'])
    };
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/gcloud.ts

/**
 * Google Cloud specs: `gcloud builds submit --config cloudbuild.yaml` runs each of `steps` (its `script`, or
 * `entrypoint` and `args`); `gcloud ai custom-jobs create --config job.yaml` runs each worker pool's container
 * command or Python module.
 */
const gcloud = {
    tools: ['gcloud'],
    fileFlags: ['--config'],
    valueFlags: [
        '--region',
        '--project',
        '--substitutions',
        '--display-name',
        '--tag',
        '--timeout',
        '--machine-type'
    ],
    invocation: ({ args, files }) => {
        const [first, ...rest] = args[0] === 'beta' || args[0] === 'alpha' ? args.slice(1) : args;
        const words = [first, ...rest].join(' ');
        const spec = words.startsWith('builds submit')
            ? cloudBuild
            : words.startsWith('ai custom-jobs create')
                ? customJob
                : undefined;
        // Without --config, `builds submit` builds a Dockerfile: nothing to follow, nothing missing.
        const named = files([]);
        return spec && named.length > 0
            ? { files: named, targets: [], definitions: spec, required: true }
            : undefined;
    }
};
function cloudBuild(text) {
    const doc = yamlDocument(text);
    const steps = doc?.list(['steps']);
    if (!doc || !steps || steps.length === 0)
        return undefined;
    return steps.map((_step, index) => {
        const at = ['steps', index];
        const id = doc.text([...at, 'id']);
        return {
            key: `steps[${index}]`,
            label: id === undefined ? `steps[${index}]` : `steps[${index}] ${id}`,
            script: [stepScript(doc, at)],
            deps: [],
            perLine: false,
            fromCaller: true,
            ...(doc.text([...at, 'dir']) === undefined ? {} : { dir: doc.text([...at, 'dir']) }),
            ...doc.lineOf(at)
        };
    });
}
/** A step's `script`, a shell's `-c` argument, or its entrypoint (else the image's name) with its args. */
function stepScript(doc, at) {
    const script = doc.text([...at, 'script']);
    if (script !== undefined)
        return script;
    const args = doc.list([...at, 'args']).map(String);
    const entrypoint = doc.text([...at, 'entrypoint']) ??
        (doc.text([...at, 'name']) ?? '').replace(/^.*\//, '').replace(/[:@].*$/, '');
    if (/^(?:ba)?sh$/.test(entrypoint) && args[0] === '-c' && args[1] !== undefined)
        return args[1];
    return [entrypoint, ...args.map(quoted)].join(' ');
}
function quoted(arg) {
    return /^[\w./:=@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function customJob(text) {
    const doc = yamlDocument(text);
    const pools = doc?.list(['workerPoolSpecs']);
    if (!doc || !pools || pools.length === 0)
        return undefined;
    return pools.flatMap((_pool, index) => {
        const at = ['workerPoolSpecs', index];
        const args = doc.list([...at, 'containerSpec', 'args']).map(String);
        const command = doc.list([...at, 'containerSpec', 'command']).map(String);
        const module = doc.text([...at, 'pythonPackageSpec', 'pythonModule']);
        const moduleArgs = doc.list([...at, 'pythonPackageSpec', 'args']).map(String);
        const script = module !== undefined
            ? ['python', '-m', module, ...moduleArgs]
            : command.length > 0
                ? [...command, ...args]
                : [];
        if (script.length === 0)
            return [];
        return [
            {
                key: `workerPoolSpecs[${index}]`,
                label: `workerPoolSpecs[${index}]`,
                script: [script.map(quoted).join(' ')],
                deps: [],
                perLine: false,
                ...doc.lineOf(at)
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/just.ts
/** justfiles, run by just; only the first argument is a recipe (the rest are its parameters). */
const just = {
    tools: ['just'],
    invocation: ({ args, files }) => ({
        files: files(['justfile', 'Justfile', '.justfile']),
        targets: args.slice(0, 1),
        definitions: justRecipes
    })
};
/** justfile recipes: `name params: deps` at column 0, an indented body; the first recipe is the default. */
function justRecipes(text, targets) {
    const recipes = new Map();
    let first;
    let current;
    for (const line of text.split(/\r?\n/)) {
        if (/^[ \t]+\S/.test(line)) {
            const body = line.trim();
            if (!current)
                continue;
            if (current.recipe.length === 0 && body.startsWith('#!'))
                current.shebang = !/\b(?:ba|z|da)?sh\b/.test(body);
            else if (!body.startsWith('#'))
                current.recipe.push(body.replace(/^[@-]+/, ''));
            continue;
        }
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const header = /^@?([A-Za-z_][\w-]*)(?:\s+[^:]*?)?\s*:(?!=)(.*)$/.exec(line);
        if (!header || /^(?:set|alias|export|import|mod)\b/.test(line)) {
            current = undefined;
            continue;
        }
        // Dependencies are the bare recipe names; quoted arguments (`(build "x")`) are dropped.
        const deps = [...(header[2] ?? '').replace(/'[^']*'|"[^"]*"/g, ' ').matchAll(/[A-Za-z_][\w-]*/g)].map(m => m[0]);
        current = { deps, recipe: [], shebang: false };
        const name = header[1] ?? '';
        recipes.set(name, current);
        first ??= name;
    }
    const names = targets.length > 0 ? targets : first === undefined ? [] : [first];
    return names.flatMap(name => {
        const recipe = recipes.get(name);
        // A recipe in another interpreter (`#!/usr/bin/env python3`) is not shell.
        if (!recipe || recipe.shebang)
            return [];
        return [{ key: name, label: name, script: recipe.recipe, deps: recipe.deps, perLine: true }];
    });
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/make.ts
/** Makefiles, run by make (also as `gmake` and, inside a Makefile, `$(MAKE)`). */
const make = {
    tools: ['make', 'gmake', '$(MAKE)', '${MAKE}', '$MAKE'],
    valueFlags: ['-j', '--jobs', '-o', '--output'],
    invocation: ({ args, files }) => ({
        files: files(['GNUmakefile', 'makefile', 'Makefile']),
        targets: args,
        definitions: makeTargets
    })
};
/** Makefile rules: `a b: deps ; recipe` headers and tab-indented recipe lines, continuations joined. */
function makeTargets(text, targets) {
    const rules = new Map();
    let defaultGoal;
    let current = [];
    for (const line of text.replace(/\\\r?\n[ \t]*/g, ' ').split(/\r?\n/)) {
        if (line.startsWith('\t')) {
            const recipe = line
                .slice(1)
                .replace(/^[@+-]+/, '')
                .trim();
            if (recipe && !recipe.startsWith('#'))
                for (const rule of current)
                    rule.recipe.push(shellText(recipe));
            continue;
        }
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        const header = /^([^\s:#=][^:=#]*?)\s*::?(?!=)(.*)$/.exec(line);
        if (!header) {
            current = [];
            continue;
        }
        const [depsText = '', inline] = (header[2] ?? '').split(';', 2);
        const deps = /=/.test(depsText)
            ? []
            : depsText.split(/\s+/).filter(d => d && !d.includes('$') && !d.includes('%'));
        current = (header[1] ?? '').split(/\s+/).map(name => {
            const rule = rules.get(name) ?? { deps: [], recipe: [] };
            rule.deps.push(...deps);
            rules.set(name, rule);
            if (defaultGoal === undefined && !name.startsWith('.') && !/[%$]/.test(name))
                defaultGoal = name;
            return rule;
        });
        if (inline?.trim())
            for (const rule of current)
                rule.recipe.push(inline.trim());
    }
    const goals = targets.length > 0 ? targets : defaultGoal ? [defaultGoal] : [];
    return goals.flatMap(t => {
        const rule = rules.get(t);
        return rule ? [{ key: t, label: t, script: rule.recipe, deps: rule.deps, perLine: true }] : [];
    });
}
/** A recipe line as the shell sees it: `$$` is a `$`, and make's `$(VAR)` becomes `${VAR}`, not a command substitution. */
function shellText(recipe) {
    return recipe.replace(/\$(\$|\(([A-Za-z_][\w.]*)\))/g, (_all, _inner, name) => name === undefined ? '$' : `\${${name}}`);
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/mise-tasks.ts
/** mise's own commands; any other first word (`mise test`) runs the task of that name. */
const MISE_COMMANDS = new Set('activate alias backends bin-paths cache completion config deactivate doctor en env exec fmt generate implode install latest link ls ls-remote outdated plugins prune registry reshim self-update set settings shell sync tasks tool trust uninstall unset unuse upgrade use version watch where which x i u'.split(' '));
/** mise tasks: `mise run X` (`mise r X`, `mise X`) runs `[tasks.X]` `run` after its `depends`. */
const miseTasks = {
    tools: ['mise'],
    valueFlags: ['-E', '--env', '-j', '--jobs'],
    fileFlags: [],
    invocation
};
function invocation({ args, files }) {
    const [first, second] = args;
    const name = first === 'run' || first === 'r'
        ? second
        : first !== undefined && !MISE_COMMANDS.has(first)
            ? first
            : undefined;
    if (name === undefined)
        return undefined;
    return {
        files: files(['mise.toml', '.mise.toml', 'mise/config.toml', '.config/mise.toml', '.mise/config.toml']),
        targets: [name],
        definitions: miseToml
    };
}
/** TOML read by line rules: `[tasks.X]` tables with `run`, `depends` and `dir`, and `X = "\u2026"` under `[tasks]`. */
function miseToml(text, targets) {
    const tasks = new Map();
    let table;
    let current;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').trim();
        const header = /^\[([^\]]+)\]$/.exec(line);
        if (header) {
            table = header[1]?.trim();
            const task = /^tasks\.(?:"([^"]+)"|'([^']+)'|([\w:-]+))$/.exec(table ?? '');
            const name = task?.[1] ?? task?.[2] ?? task?.[3];
            current = name === undefined ? undefined : { run: [], depends: [], line: i + 1 };
            if (name !== undefined && current)
                tasks.set(name, current);
            continue;
        }
        const assignment = /^("[^"]+"|'[^']+'|[\w:-]+)\s*=\s*(.*)$/.exec(line);
        if (!assignment)
            continue;
        const key = (assignment[1] ?? '').replace(/^["']|["']$/g, '');
        const { value, end } = tomlValue(assignment[2] ?? '', lines, i);
        if (table === 'tasks')
            tasks.set(key, { run: value, depends: [], line: i + 1 });
        else if (current && key === 'run')
            current.run = value;
        else if (current && key === 'depends')
            current.depends = value;
        else if (current && key === 'dir')
            current.dir = value[0];
        i = end;
    }
    return targets.flatMap(name => {
        const task = tasks.get(name);
        if (!task)
            return [];
        return [
            {
                key: name,
                label: `tasks.${name}`,
                script: task.run,
                deps: task.depends,
                perLine: true,
                line: task.line,
                ...(task.dir === undefined ? {} : { dir: task.dir })
            }
        ];
    });
}
/** A TOML string, multi-line string or array of strings starting at `start`, and the line it ends on. */
function tomlValue(first, lines, start) {
    const quote = /^("""|''')/.exec(first)?.[1];
    if (quote) {
        let body = first.slice(3);
        let end = start;
        while (!body.includes(quote) && end + 1 < lines.length)
            body += `\n${lines[++end] ?? ''}`;
        return { value: [body.slice(0, body.indexOf(quote)).replace(/^\n/, '')], end };
    }
    if (first.startsWith('[')) {
        let body = first;
        let end = start;
        while (!/\]\s*(?:#.*)?$/.test(body) && end + 1 < lines.length)
            body += `\n${lines[++end] ?? ''}`;
        return { value: [...body.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map(m => m[1] ?? m[2] ?? ''), end };
    }
    const single = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(first);
    return { value: single ? [single[1] ?? single[2] ?? ''] : [], end: start };
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/mlflow-projects.ts


/** MLflow projects: `mlflow run <dir> [-e entry]` runs `entry_points.<entry>.command` of its MLproject (`main` by default). */
const mlflowProjects = {
    tools: ['mlflow'],
    fileFlags: [],
    valueFlags: [
        '-e',
        '--entry-point',
        '-P',
        '--param-list',
        '-A',
        '--docker-args',
        '-b',
        '--backend',
        '-c',
        '--backend-config',
        '--experiment-name',
        '--experiment-id',
        '--env-manager',
        '-v',
        '--version',
        '--run-name',
        '--run-id'
    ],
    invocation: ({ args, dir, flags }) => {
        const [sub, uri] = args;
        // A git or remote project is not the repository's.
        if (sub !== 'run' || uri === undefined || /^[\w+]+:|@/.test(uri))
            return undefined;
        const entry = flags.get('-e') ?? flags.get('--entry-point') ?? 'main';
        return {
            files: [external_node_path_.posix.join(dir, uri, 'MLproject')],
            targets: [entry],
            definitions: entryPoints,
            required: true
        };
    }
};
function entryPoints(text, targets) {
    const doc = yamlDocument(text);
    if (!doc)
        return undefined;
    return targets.flatMap(entry => {
        const command = doc.text(['entry_points', entry, 'command']);
        if (command === undefined)
            return [];
        const label = `entry_points.${entry}.command`;
        return [
            {
                key: entry,
                label,
                script: [command],
                deps: [],
                perLine: false,
                ...doc.lineOf(['entry_points', entry, 'command'])
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/workspace-path.ts

/** Inside the workspace or unknown: a path that climbs out of the root is never read. */
function normaliseDir(dir) {
    const normal = external_node_path_.posix.normalize(dir.replace(/\\/g, '/')).replace(/\/$/, '');
    return normal === '..' || normal.startsWith('../') || normal.startsWith('/') ? undefined : normal;
}
/** A file of a directory relative to the workspace root, `.` being the root itself. */
function inDir(cwd, file) {
    return cwd === '.' ? file : `${cwd}/${file}`;
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/package-scripts.ts

const NPM_LIFECYCLE = new Set(['test', 't', 'tst', 'start', 'stop', 'restart']);
const WORKSPACE_FLAGS = ['--filter', '-F', '-w', '--workspace'];
/** package.json scripts, run by npm, pnpm, yarn or bun. */
const packageScripts = {
    tools: ['npm', 'pnpm', 'yarn', 'bun'],
    valueFlags: WORKSPACE_FLAGS,
    invocation: package_scripts_invocation
};
function package_scripts_invocation({ tool, args, dir, flags }) {
    // A workspace filter names another package, which a path-based read cannot find.
    if (WORKSPACE_FLAGS.some(flag => flags.has(flag)) || args[0] === 'workspace')
        return undefined;
    const [sub = '', name] = args;
    let script;
    if (sub === 'run' || sub === 'run-script')
        script = name;
    else if (tool === 'npm' && NPM_LIFECYCLE.has(sub))
        script = sub === 't' || sub === 'tst' ? 'test' : sub;
    else if (tool === 'yarn' || tool === 'pnpm')
        script = sub;
    if (script === undefined)
        return undefined;
    // npm and yarn run `preX` and `postX` around `X`.
    const prePost = tool === 'npm' || tool === 'yarn';
    return {
        files: [inDir(dir, 'package.json')],
        targets: [script],
        definitions: (text, targets) => packageJsonScripts(text, targets, prePost)
    };
}
function packageJsonScripts(text, targets, prePost) {
    let scripts;
    try {
        scripts = JSON.parse(text).scripts;
    }
    catch {
        return undefined;
    }
    if (typeof scripts !== 'object' || scripts === null)
        return undefined;
    const table = scripts;
    const [name] = targets;
    if (name === undefined || typeof table[name] !== 'string')
        return undefined;
    const names = prePost ? [`pre${name}`, name, `post${name}`] : [name];
    return names
        .filter(n => typeof table[n] === 'string')
        .map(n => ({ key: n, label: `scripts.${n}`, script: [table[n]], deps: [], perLine: false }));
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/python-modules.ts



/** Runners of a project's environment whose `run` starts the command after it (`uv run python x.py`). */
const ENV_RUNNERS = ['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye'];
const PYTHON = /^python(?:3(?:\.\d+)?)?$/;
/** A dotted module name a flag passes to a driver (`--module-name pipelines.abalone.pipeline`). */
const MODULE_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
/**
 * Python pipeline definitions, read as text by line rules and never run: `python path.py`, `python -m
 * pkg.mod` and console scripts (setup.py `entry_points`, pyproject `[project.scripts]`) are read with the
 * repository modules they import, one hop further, for SageMaker, Kubeflow/Vertex and ZenML pipeline
 * constructs and tracking calls (real-world patterns \u00a74.3, \u00a74.4, \u00a79).
 */
const pythonModules = {
    tools: [...ENV_RUNNERS],
    // Any other command may be a console script the project declares.
    matches: tool => PYTHON.test(tool) || /^[A-Za-z][\w.-]*$/.test(tool),
    valueFlags: ['-m', '-c', '-W', '-X'],
    fileFlags: [],
    invocation: call => {
        const { tool, args } = call;
        if (ENV_RUNNERS.includes(tool)) {
            const [run, inner, ...rest] = args;
            return run === 'run' && inner !== undefined
                ? pythonInvocation({ ...call, tool: inner, args: rest })
                : undefined;
        }
        return pythonInvocation(call);
    }
};
function pythonInvocation({ tool, args, flags, words, dir }) {
    const modules = [...flags.values(), ...args].filter(value => MODULE_NAME.test(value) && !/\.(?:py|ya?ml|json|toml|cfg)$/.test(value) && value !== flags.get('-m'));
    const definitions = (text, _targets, source) => pythonDefinitions(text, source, modules, words);
    if (PYTHON.test(tool)) {
        const module = flags.get('-m');
        const [script] = args;
        if (module !== undefined)
            return { files: moduleFiles(dir, module), targets: [], definitions };
        return script?.endsWith('.py')
            ? { files: [external_node_path_.posix.join(dir, script)], targets: [], definitions }
            : undefined;
    }
    return {
        files: ['pyproject.toml', 'setup.py', 'setup.cfg'].map(name => inDir(dir, name)),
        targets: [tool],
        definitions: (text, targets) => consoleScript(text, targets, words)
    };
}
/** Where `python -m pkg.mod` finds the module: the working directory, or a `src/` layout. */
function moduleFiles(dir, module) {
    const path = module.replace(/\./g, '/');
    return ['', 'src/'].flatMap(root => [
        inDir(dir, `${root}${path}.py`),
        inDir(dir, `${root}${path}/__main__.py`)
    ]);
}
/** A console script as the `python -m module` it runs, with the command's arguments. */
function consoleScript(text, targets, words) {
    const [name = ''] = targets;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const entry = new RegExp(`(?:^|["'\\s])${escaped}["']?\\s*=\\s*["']?([A-Za-z_][\\w.]*):\\w+`, 'm').exec(text);
    if (!entry)
        return [];
    const line = text.slice(0, entry.index).split('\n').length + (text[entry.index] === '\n' ? 1 : 0);
    return [
        {
            key: name,
            label: `console script ${name}`,
            script: [['python', '-m', entry[1], ...words].join(' ')],
            deps: [],
            perLine: false,
            line
        }
    ];
}
/** The constructs of the file, with those of the repository modules it imports (and a driver's module flags) in place. */
function pythonDefinitions(text, source, modules, words) {
    const hops = modules.flatMap(module => imported(source, module));
    const lines = text.split(/\r?\n/);
    const runs = (index) => guardsHold(lines, index, text, words);
    // Starting a pipeline is training (\u00a79.1) unless every pipeline the driver imports on this path serves or monitors.
    const pipelines = lines.filter((line, index) => runs(index) && IMPORT_OF_PIPELINE.test(line));
    const servingOnly = pipelines.length > 0 && pipelines.every(line => NOT_TRAINING.test(line));
    const own = constructs(text)
        .filter(c => runs(c.line - 1) && !(servingOnly && isRun(c.text, text)))
        .map(c => definition(c, source.file));
    // A driver that deploys its pipeline without starting it runs none of the steps the pipeline defines.
    const deployOnly = own.some(d => DEPLOY_CALL.test(d.label)) && !own.some(d => isRun(d.label, text));
    if (deployOnly)
        return own;
    const imports = lines.flatMap((line, index) => runs(index)
        ? importedModules(line).flatMap(module => imported(source, module).map(d => ({ index, d })))
        : []);
    // Imported constructs sit where the import is, so the definition keeps its own order.
    const placed = [...own.map(d => ({ index: (d.line ?? 1) - 1, d })), ...imports].sort((a, b) => a.index - b.index);
    return [...hops, ...placed.map(p => p.d)];
}
/** An import of a pipeline by name (`from src.pipelines.batch_inference import batch_inference_pipeline`). */
const IMPORT_OF_PIPELINE = /^\s*from\s+\S+\s+import\s+.*pipeline/;
/** Pipelines named for serving or monitoring a model, whose runs train nothing. */
const NOT_TRAINING = /inferen|predict|scor(?:e|ing)|serv(?:e|ing)|monitor|drift/i;
function isRun(line, text) {
    return RUN_CALL.test(line) || (/\bPipelineJob\s*\(/.test(text) && VERTEX_RUN.test(line));
}
/**
 * Whether the `if` blocks around a line can run for the command's words: a driver's branch on one of its own
 * options (`if args.run_execution:`, `if pipeline == "training":`) runs only when the command passes it. A
 * condition on anything else is not decided, so the line counts.
 */
function guardsHold(lines, index, text, words) {
    let indent = indentOf(lines[index] ?? '');
    for (let i = index - 1; i >= 0 && indent > 0; i--) {
        const line = lines[i] ?? '';
        if (line.trim() === '' || indentOf(line) >= indent)
            continue;
        indent = indentOf(line);
        if (guard(line, text, words) === false)
            return false;
    }
    return true;
}
function indentOf(line) {
    return /^\s*/.exec(line)?.[0].length ?? 0;
}
/** A block header's condition on an option the file declares: true or false for the words, else undefined. */
function guard(line, text, words) {
    const test = /^\s*(?:el)?if\s+(not\s+)?(?:args\.)?(\w+)\s*(?:==\s*["']([^"']+)["']\s*)?:/.exec(line);
    if (!test)
        return undefined;
    const option = `--${(test[2] ?? '').replace(/_/g, '-')}`;
    if (!new RegExp(`["']${option}["']`).test(text))
        return undefined;
    const given = words.findIndex(word => word === option || word.startsWith(`${option}=`));
    const value = test[3];
    if (value === undefined)
        return (given !== -1) !== (test[1] !== undefined);
    // An option left out takes its default, which the text does not say for sure.
    if (given === -1)
        return undefined;
    const word = words[given] ?? '';
    const passed = word.includes('=') ? word.split('=')[1] : words[given + 1];
    return passed === value;
}
/**
 * `import a.b`, `from a.b import c`, `from .c import d`: module names, relative ones with their dots. The names
 * a `from` line imports may be submodules of the package (`from pipeline import configs, pipeline`), so each is
 * tried as one too.
 */
function importedModules(line) {
    const from = /^\s*from\s+(\.*[\w.]*)\s+import\s+([\w\s,]+)$/.exec(line) ??
        /^\s*from\s+(\.*[\w.]*)\s+import\b/.exec(line);
    if (from) {
        const base = from[1] ?? '';
        if (base === '')
            return [];
        const names = (from[2] ?? '')
            .split(',')
            .map(name => name.trim().split(/\s+as\s+/)[0] ?? '')
            .filter(name => /^[A-Za-z_]\w*$/.test(name));
        return [base, ...names.map(name => `${base}${base.endsWith('.') ? '' : '.'}${name}`)];
    }
    const plain = /^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/.exec(line);
    return plain ? (plain[1] ?? '').split(/\s*,\s*/) : [];
}
/** The constructs of one repository module, one hop from the file that imports it (found beside it or above it). */
function imported(source, module) {
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    const path = module.slice(dots).replace(/\./g, '/');
    const here = external_node_path_.posix.dirname(source.file);
    const roots = dots > 0 ? [external_node_path_.posix.join(here, ...Array(dots - 1).fill('..'))] : ancestors(here);
    for (const root of roots) {
        for (const candidate of [`${path}.py`, `${path}/__init__.py`]) {
            const file = root === '.' ? candidate : `${root}/${candidate}`;
            if (file === source.file || file.startsWith('../'))
                continue;
            const text = source.read(file);
            if (text !== undefined)
                return constructs(text).map(c => definition(c, file));
        }
    }
    return [];
}
function ancestors(dir) {
    const out = [dir];
    while (out.at(-1) !== '.')
        out.push(external_node_path_.posix.dirname(out.at(-1) ?? '.'));
    return out;
}
function definition(construct, file) {
    return {
        key: String(construct.line),
        label: construct.text,
        script: [],
        deps: [],
        perLine: false,
        line: construct.line,
        file,
        purposes: construct.purposes,
        ...(construct.unordered ? { unordered: true } : {})
    };
}
/** Line rules: a construct whose call or decorator states what it does. */
/** Starting a pipeline run (training, \u00a79.1): SageMaker `pipeline.start()`, Kubeflow runs, ZenML triggers. */
const RUN_CALL = /\bpipeline\w*\.start\s*\(|\.create_run_from_pipeline_(?:func|package)\s*\(|\.run_pipeline\s*\(|\bPipelineJob\s*\([^)]*\)\s*\.(?:submit|run)\s*\(|\.trigger_pipeline\s*\(/i;
/** Deploying a pipeline definition without running it: SageMaker upsert, Kubeflow upload, schedules, ZenML snapshots. */
const DEPLOY_CALL = /\.upsert\s*\(|\.upload_pipeline(?:_version)?\s*\(|\.create_schedule\s*\(|\.create_snapshot\s*\(|\.create_run_template\s*\(/;
const CALLS = [
    // SageMaker pipelines
    [/\b(?:TrainingStep|TuningStep)\s*\(/, ['training']],
    [/\b(?:ModelMetrics|ConditionStep)\s*\(/, ['model-evaluation']],
    [/\bRegisterModel\s*\(|\.register\s*\(\s*$|\.register\s*\(\s*\w+\s*=/, ['model-deploy']],
    [DEPLOY_CALL, ['pipeline-deploy']],
    [RUN_CALL, ['training']],
    // A CloudFormation stack created or updated through boto3 (`cfn.create_stack(TemplateBody=\u2026)`) applies its template.
    [/\.(?:create|update)_stack\s*\(|\.execute_change_set\s*\(/, ['iac-apply']],
    // TFX pipelines (\u00a74.4): trainers, the Evaluator that blesses a model against thresholds and the baseline,
    // and the pushers that deploy or publish a model (Vertex, Hugging Face) once it is blessed.
    [/\b(?:ExampleValidator)\s*\(/, ['data-validation']],
    [/\b\w*Trainer\s*\(/, ['training']],
    [/\bEvaluator\s*\(/, ['model-evaluation']],
    [/\b\w*Pusher\s*\(/, ['model-deploy']],
    // Tracking and data validation in training code (\u00a79.4, \u00a79.5)
    [
        /\bmlflow\.(?:autolog|start_run|\w+\.autolog)\s*\(|\bwandb\.init\s*\(|\bMLflowLoggerCallback\b|\bWandbLoggerCallback\b/,
        ['experiment-tracking']
    ],
    // A TFX orchestrator records every component's artifacts and executions in ML Metadata.
    [/^\s*(?:import|from)\s+(?:ml_metadata|tfx\.orchestration)\b/, ['experiment-tracking']],
    [
        /^\s*(?:import|from)\s+(?:great_expectations|deepchecks|tensorflow_data_validation|evidently|pandera)\b/,
        ['data-validation']
    ]
];
/** Decorators of a pipeline step or component, whose function's name says what it does. */
const STEP_DECORATOR = /^\s*@(?:dsl\.)?(?:component|container_component|step)\b/;
/** Decorators of a pipeline, whose body calls its steps in order. */
const PIPELINE_DECORATOR = /^\s*@(?:dsl\.)?pipeline\b/;
/** A Vertex `PipelineJob` built earlier and submitted: `job.submit()`, `pipeline_job.run()`. */
const VERTEX_RUN = /\b\w*job\w*\.(?:submit|run)\s*\(/i;
const PROPERTY_FILE = /\bPropertyFile\s*\(/;
const METRICS_PATH = /\bpath\s*=\s*["'][^"']*(?:eval|metric|score)[^"']*\.json["']/i;
/** Lines a multi-line call's arguments are looked for in. */
const CALL_LINES = 6;
function constructs(text) {
    const lines = text.split(/\r?\n/);
    const vertex = /\bPipelineJob\s*\(/.test(text);
    const found = [];
    const add = (index, purposes, detail = '', unordered = false) => {
        if (purposes.length > 0)
            found.push({
                line: index + 1,
                text: (lines[index] ?? '').trim() + detail,
                purposes,
                ...(unordered ? { unordered: true } : {})
            });
    };
    lines.forEach((line, index) => {
        if (/^\s*#/.test(line))
            return;
        const call = lines.slice(index, index + CALL_LINES).join(' ');
        const rule = CALLS.find(([pattern]) => pattern.test(line));
        if (rule)
            add(index, rule[1]);
        else if (vertex && VERTEX_RUN.test(line))
            add(index, ['training']);
        else if (PROPERTY_FILE.test(line) && METRICS_PATH.test(call))
            // The file it names joins the construct's text: it is the metrics record the pipeline writes (\u00a74.4).
            add(index, ['model-evaluation'], ` \u2026 ${METRICS_PATH.exec(call)?.[0] ?? ''})`);
        else if (/\b(?:ProcessingStep|ModelStep)\s*\(/.test(line))
            add(index, stepPurposes(call));
        else if (STEP_DECORATOR.test(line))
            add(index, stepNamePurposes(nextDef(lines, index)));
        else if (PIPELINE_DECORATOR.test(line)) {
            const calls = pipelineCalls(lines, index);
            calls.forEach((i, n) => {
                add(i, stepNamePurposes(calledName(lines[i])), '', parallel(lines, calls, n));
            });
        }
    });
    return found;
}
/** A processing or model step by its `name=` or variable: evaluation, or registration. */
function stepPurposes(call) {
    const name = /\bname\s*=\s*["']([^"']+)["']/.exec(call)?.[1] ?? /^\s*(\w+)\s*=/.exec(call)?.[1] ?? '';
    if (/eval/i.test(name))
        return ['model-evaluation'];
    return /regist/i.test(name) || /\.register\s*\(/.test(call) ? ['model-deploy'] : [];
}
function nextDef(lines, index) {
    for (const line of lines.slice(index + 1, index + CALL_LINES * 3)) {
        const def = /^\s*(?:async\s+)?def\s+(\w+)/.exec(line);
        if (def)
            return def[1] ?? '';
    }
    return '';
}
/** Line indexes of the step calls in a pipeline function's body, in order (its docstring skipped). */
function pipelineCalls(lines, decorator) {
    const defIndex = lines.findIndex((line, i) => i > decorator && /^\s*(?:async\s+)?def\s/.test(line));
    if (defIndex === -1)
        return [];
    const indent = /^\s*/.exec(lines[defIndex] ?? '')?.[0].length ?? 0;
    const calls = [];
    let body = false;
    let docstring = false;
    for (let i = defIndex; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (!body) {
            body = /\)\s*(?:->[^:]*)?:\s*(?:#.*)?$/.test(line);
            continue;
        }
        if (line.trim() === '')
            continue;
        if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent)
            break;
        const quotes = (line.match(/"""|'''/g) ?? []).length;
        if (docstring || quotes > 0) {
            if (quotes % 2 === 1)
                docstring = !docstring;
            continue;
        }
        if (calledName(line) !== '')
            calls.push(i);
    }
    return calls;
}
/**
 * Whether the `n`th step call of a pipeline body runs beside the steps after it: the engine orders steps by
 * the data they pass (and `.after()`), so a call whose result no later line names comes before nothing.
 */
function parallel(lines, calls, n) {
    const at = calls[n] ?? 0;
    const last = calls.at(-1) ?? at;
    if (at === last)
        return false;
    const names = (/^\s*([\w, ]+?)\s*=[^=]/.exec(lines[at] ?? '')?.[1] ?? '')
        .split(',')
        .map(name => name.trim())
        .filter(name => /^[A-Za-z_]\w*$/.test(name));
    const later = lines.slice(at + 1, last + CALL_LINES).join('\n');
    return !names.some(name => new RegExp(`\\b${name}\\b`).test(later));
}
/** The function a statement calls: `train_model(...)`, `model = train_model(...)`. */
function calledName(line) {
    return /^\s*(?:[\w, ]+=\s*)?([A-Za-z_]\w*)\s*\(/.exec(line ?? '')?.[1] ?? '';
}

;// CONCATENATED MODULE: ./src/workflow/split-commands.ts
/**
 * A shell script as the simple commands it runs, so that each can be classified and followed on its own:
 * `cd web && FOO=1 make test | tee log` runs `cd web` and `make test` (and `tee log`).
 */
/** Simple commands of a script: lines, `&&`/`||`/`;`/`|`/`&` lists, with keywords, prefixes and heredoc bodies removed. */
function splitCommands(script) {
    const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    const commands = [];
    let heredoc;
    for (const line of lines) {
        if (heredoc !== undefined) {
            if (line.trim() === heredoc)
                heredoc = undefined;
            continue;
        }
        heredoc = /(?<!<)<<(?!<)-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(line)?.[2];
        for (const segment of splitLine(line)) {
            // `report=$(dvc exp diff main)` runs `dvc exp diff main` even though the line is an assignment.
            commands.push(...substitutions(segment).flatMap(splitCommands));
            const command = stripPrefixes(segment);
            if (command)
                commands.push(command);
        }
    }
    return commands;
}
/** Bodies of the outermost `$( \u2026 )` in a segment (not `$(( \u2026 ))` arithmetic), quotes respected. */
function substitutions(segment) {
    const bodies = [];
    let quote;
    let depth = 0;
    let start = 0;
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (quote === "'") {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" && depth === 0 && quote === undefined)
            quote = c;
        else if (c === '$' && segment[i + 1] === '(' && segment[i + 2] !== '(') {
            if (depth++ === 0)
                start = i + 2;
            i++;
        }
        else if (c === ')' && depth > 0 && --depth === 0)
            bodies.push(segment.slice(start, i));
    }
    return bodies;
}
/** Splits one line on list operators outside quotes, `$(...)` and backticks; drops a trailing comment. */
function splitLine(line) {
    const segments = [];
    let current = '';
    let quote;
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line.charAt(i);
        if (quote) {
            if (c === '\\' && quote === '"') {
                current += c + (line[++i] ?? '');
                continue;
            }
            if (c === quote)
                quote = undefined;
            current += c;
            continue;
        }
        if (c === '$' && line.startsWith('${{', i)) {
            // A workflow expression is text: its `||` and `&&` are not shell operators.
            const end = line.indexOf('}}', i);
            const stop = end === -1 ? line.length : end + 2;
            current += line.slice(i, stop);
            i = stop - 1;
            continue;
        }
        if (c === "'" || c === '"' || c === '`') {
            quote = c;
            current += c;
            continue;
        }
        if (c === '$' && line[i + 1] === '(')
            depth++;
        else if (c === ')' && depth > 0)
            depth--;
        else if (depth === 0 && c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
            break;
        else if (depth === 0 &&
            (c === ';' || c === '|' || (c === '&' && line[i + 1] !== '>' && line[i - 1] !== '>'))) {
            segments.push(current);
            current = '';
            if ((c === '|' || c === '&') && line[i + 1] === c)
                i++;
            continue;
        }
        current += c;
    }
    segments.push(current);
    return segments;
}
const KEYWORD = /^(?:if|then|else|elif|do|while|until|!|\{|\}|time|exec|nohup|command|builtin)(?:\s+|$)/;
const NOT_A_COMMAND = /^(?:(?:fi|done|esac)(?![\w.-])|;;|\}|\)|for\s|case\s|select\s|function\s|\[\[?\s|[A-Za-z_]\w*\s*\(\s*\))/;
// A workflow expression is one value even with spaces inside: `ENABLE_DATAFLOW=${{ env.ENABLE_DATAFLOW }} tfx run create`.
const ASSIGNMENT = /^[A-Za-z_]\w*=(?:'[^']*'|"(?:[^"\\]|\\.)*"|(?:\$\{\{[^}]*\}\}|[^\s'"$]|\$(?!\{\{))*)\s+/;
const ASSIGNMENT_ONLY = /^(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)*)?[A-Za-z_]\w*=(?:\$\(.*\)|'[^']*'|"(?:[^"\\]|\\.)*"|(?:\$\{\{[^}]*\}\}|[^\s$]|\$(?!\{\{))*)$/;
const SUDO = /^sudo(?:\s+-\S+)*\s+/;
const ENV = /^env(?:\s+-\S+)*\s+/;
/** `FOO=1 sudo -E env BAR=2 make test` is `make test`: prefixes change how, not what, a command runs. */
function stripPrefixes(segment) {
    let command = segment.trim();
    if (ASSIGNMENT_ONLY.test(command))
        return undefined;
    for (let previous = ''; previous !== command;) {
        previous = command;
        command = command
            .replace(KEYWORD, '')
            .replace(ASSIGNMENT, '')
            .replace(SUDO, '')
            .replace(ENV, '')
            .replace(/^\((?!\()\s*/, '')
            .trim();
        command = dropUnbalancedClose(command);
    }
    if (command === '' || NOT_A_COMMAND.test(command))
        return undefined;
    return command;
}
/** The `)` of `(cd web && make)` or the `}` of `{ a; b; }` ends a group, not the command. */
function dropUnbalancedClose(command) {
    const last = command.at(-1);
    const open = last === ')' ? '(' : last === '}' ? '{' : undefined;
    if (!open)
        return command;
    const count = (c) => command.split(c).length - 1;
    return count(open) < count(last) ? command.slice(0, -1).trim() : command;
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/shell-scripts.ts


/** Shells that run a script file given as their first argument, or a quoted script after `-c`. */
const SHELLS = ['bash', 'sh', 'zsh', 'dash', 'ksh'];
/** `source x.sh` and `. x.sh` read a script into the running shell. */
const SOURCES = ['source', '.'];
/** Wrappers of build tools whose text is the wrapper, not the build (`./gradlew`, `./mvnw`). */
const TOOL_WRAPPER = /(?:^|\/)(?:gradlew|mvnw)$/;
/**
 * Shell scripts of the repository: `./x.sh`, `bash x.sh`, `sh -c '\u2026'`, `source x.sh`. A script runs where its
 * command ran, not beside its file, and in one shell, so `cd` carries from line to line.
 */
const shellScripts = {
    tools: [...SHELLS, ...SOURCES],
    // A path executed directly: `./scripts/test`, `scripts/deploy.sh`.
    matches: tool => (tool.startsWith('./') || /\.(?:ba)?sh$/.test(tool)) && !TOOL_WRAPPER.test(tool),
    valueFlags: ['-o', '-O'],
    fileFlags: [],
    invocation: shell_scripts_invocation
};
function shell_scripts_invocation({ tool, args, flags, words, dir }) {
    const shell = SHELLS.includes(tool);
    const errexit = [...flags.keys()].some(flag => /^-[a-z]*e[a-z]*$/.test(flag)) || flags.get('-o') === 'errexit';
    if (shell && flags.has('-c')) {
        const definitions = (text) => shellScript(text, errexit, []);
        return args[0] === undefined ? undefined : { files: [], targets: [], definitions, inline: args[0] };
    }
    const path = shell || SOURCES.includes(tool) ? args[0] : tool;
    if (path === undefined)
        return undefined;
    // What the command passes the script: the words after its path (all of them when the path is the command).
    const parameters = words.slice(words.indexOf(path) + 1);
    const definitions = (text) => shellScript(text, errexit, parameters);
    // Sourcing reads environment set-up that is often made at run time (`source venv/bin/activate`).
    return {
        files: [path.startsWith('/') ? path : external_node_path_.posix.join(dir, path)],
        targets: [],
        definitions,
        required: !SOURCES.includes(tool)
    };
}
/** Sets errexit: `set -e`, `set -euo pipefail`, `set -o errexit`, or a shebang that passes `-e`. */
const ERREXIT = /^\s*set\s+(?:-[a-z]*e[a-z]*\b|(?:-[a-z]+\s+)*-o\s+errexit\b)|^#!.*\s-[a-z]*e[a-z]*\s*$/m;
/** A shebang of another interpreter: the file is not shell. */
const OTHER_INTERPRETER = /^#!(?!.*\b(?:ba|z|da|k)?sh\b)/;
function shellScript(source, errexit, parameters) {
    // Another interpreter's program is not a definition to follow, and not an unreadable one either.
    if (OTHER_INTERPRETER.test(source))
        return [];
    // Continuation lines are one command, however the script indents them.
    const text = withParameters(source.replace(/[ \t]*\\\r?\n[ \t]*/g, ' '), parameters);
    const script = text.split(/\r?\n/);
    const unchecked = errexit || ERREXIT.test(text) ? [] : uncheckedCommands(text);
    return [{ key: 'script', label: '', script, deps: [], perLine: false, fromCaller: true, unchecked }];
}
/** `$@`, `"$@"`, `$*`, `${@}` and their like: every parameter the script was given. */
const ALL_PARAMETERS = /"\$(?:\{[@*]\}|[@*])"|\$(?:\{[@*]\}|[@*])/g;
/**
 * The script's own parameters passed on (`exec make "$@"`, `bootstrap/bin/ant \u2026 $*`), replaced by what the
 * command gave it, so that `./ci.sh test` is followed into the `test` target. Positional `$1`\u2026 are left alone:
 * inside a function they are the function's.
 */
function withParameters(text, parameters) {
    if (!text.includes('$'))
        return text;
    const given = parameters.map(word => (/\s/.test(word) ? `"${word}"` : word)).join(' ');
    return text.replace(ALL_PARAMETERS, given);
}
/** Redirects standard output to a file: `> out.txt`, `>> log`, `&> all.log` (not `2> err` alone, not `>&2`). */
const STDOUT_TO_FILE = /(?:^|[^\d&>])(?:&>|>>?)\s*(?!&)[^\s|;&]/;
/** Looks at the status of the command before it. */
const CHECKS_STATUS = /\$\?|PIPESTATUS/;
/**
 * Without errexit a failing command does not stop the script, and with its output in a file nothing shows
 * it: when another command follows that does not look at `$?`, the script's status is that command's (\u00a711).
 */
function uncheckedCommands(text) {
    const commands = splitCommands(text);
    return commands.filter((command, index) => {
        if (!STDOUT_TO_FILE.test(command) || commands[index + 1] === undefined)
            return false;
        const at = text.indexOf(command);
        if (at === -1)
            return true;
        // `pytest > out.txt || exit 1`, `\u2026 && deploy`, and `status=$?` or `exit` after it stop on the failure.
        const after = text.slice(at + command.length);
        const [rest = '', following = ''] = after.split(/\r?\n(?:\s*(?:#.*)?\r?\n)*/, 2);
        return (!/^[ \t]*(?:\|\||&&)/.test(rest) &&
            !CHECKS_STATUS.test(`${rest} ${following}`) &&
            !/^\s*exit\b/.test(following));
    });
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/skypilot.ts

/** SkyPilot task files: `sky launch task.yaml` (also `sky jobs launch`, `sky exec cluster task.yaml`) runs `setup:` then `run:`. */
const skypilot = {
    tools: ['sky'],
    fileFlags: [],
    valueFlags: ['-c', '--cluster', '--env', '--gpus', '--cloud', '-n', '--name', '--num-nodes', '--region'],
    invocation: ({ args, files }) => {
        const launch = args[0] === 'launch' || args[0] === 'exec' || (args[0] === 'jobs' && args[1] === 'launch');
        const spec = args.find(arg => /\.ya?ml$/.test(arg));
        if (!launch || spec === undefined)
            return undefined;
        return { files: files([spec]), targets: [], definitions: taskSpec, required: true };
    }
};
function taskSpec(text) {
    const doc = yamlDocument(text);
    if (!doc)
        return undefined;
    const workdir = doc.text(['workdir']);
    const phases = ['setup', 'run'].flatMap(key => {
        const script = doc.text([key]);
        if (script === undefined)
            return [];
        const definition = {
            key,
            label: key,
            script: [script],
            deps: [],
            perLine: false,
            fromCaller: true,
            ...(workdir === undefined ? {} : { dir: workdir }),
            ...doc.lineOf([key])
        };
        return [definition];
    });
    return phases.length > 0 ? phases : undefined;
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/task.ts

/** Taskfiles, run by task; without a target it runs `default`. */
const task_task = {
    tools: ['task'],
    invocation: ({ args, files }) => ({
        files: files(['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml']),
        targets: args.length > 0 ? args : ['default'],
        definitions: taskfileTasks
    })
};
/** Taskfile.yml: `tasks.X.cmds` (strings, `{cmd}`, `{task}`), `deps`, `dir`. */
function taskfileTasks(text, targets) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
    const tasks = doc?.tasks;
    if (typeof tasks !== 'object' || tasks === null)
        return undefined;
    return targets.flatMap(name => {
        const body = taskBody(tasks[name]);
        if (!body)
            return [];
        const cmds = Array.isArray(body.cmds) ? body.cmds : typeof body.cmd === 'string' ? [body.cmd] : [];
        const script = cmds.flatMap(c => typeof c === 'string' ? [c] : typeof c?.cmd === 'string' ? [c.cmd] : []);
        // `- task: X` entries call X in this file, like `deps` (which run first).
        const calls = [...(Array.isArray(body.deps) ? body.deps : []), ...cmds.filter(c => typeof c !== 'string')];
        const deps = calls.flatMap(d => typeof d === 'string' ? [d] : typeof d?.task === 'string' ? [d.task] : []);
        const dir = typeof body.dir === 'string' ? body.dir : undefined;
        return [{ key: name, label: `tasks.${name}`, script, deps, perLine: true, ...(dir ? { dir } : {}) }];
    });
}
/** A task is a mapping, or the shorthand of one command or a list of commands. */
function taskBody(raw) {
    if (typeof raw === 'string')
        return { cmds: [raw] };
    if (Array.isArray(raw))
        return { cmds: raw };
    return typeof raw === 'object' && raw !== null ? raw : undefined;
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/tfx-cli.ts

/**
 * The pipeline entry files `tfx template copy` writes for each engine: `tfx run create` names a pipeline, not a
 * file, and runs what `tfx pipeline create --pipeline-path` registered from one of these.
 */
const ENTRIES = {
    vertex: ['kubeflow_v2_runner.py', 'kubeflow_runner.py'],
    kubeflow: ['kubeflow_runner.py', 'kubeflow_v2_runner.py'],
    local: ['local_runner.py'],
    beam: ['local_runner.py', 'beam_dag_runner.py'],
    airflow: ['airflow_dag_runner.py']
};
const ALL_ENTRIES = [...new Set(Object.values(ENTRIES).flat())];
/**
 * The TFX CLI: `tfx run create --engine vertex --pipeline-name p` starts a run of the pipeline its entry file
 * defines (\u00a79.1), so the run is read as `python <entry>.py` is, with the pipeline modules it imports (trainer,
 * evaluator, pushers). `tfx pipeline compile|create|update` only compiles and registers it: nothing runs, so it
 * is not followed (the catalog reads it as a build, and `--build-image` as an image push).
 */
const tfxCli = {
    tools: ['tfx'],
    fileFlags: [],
    valueFlags: [
        '--engine',
        '--pipeline-name',
        '--pipeline_name',
        '--project',
        '--region',
        '--endpoint',
        '--namespace',
        '--runtime-parameter',
        '--runtime_parameter'
    ],
    invocation: ({ args, flags, files }) => {
        if (args[0] !== 'run' || args[1] !== 'create')
            return undefined;
        const engine = flags.get('--engine') ?? '';
        return { files: files([...(ENTRIES[engine] ?? ALL_ENTRIES)]), targets: [], definitions: entryRun };
    }
};
function entryRun(_text, _targets, source) {
    return [
        {
            key: 'run',
            label: `tfx run create (${external_node_path_.posix.basename(source.file)})`,
            script: [`python ${external_node_path_.posix.basename(source.file)}`],
            deps: [],
            perLine: false,
            line: 1
        }
    ];
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/registry.ts
















/** Every runner whose targets scripts are followed into: a new runner is its file and one line here. */
const SCRIPT_RUNNERS = [
    packageScripts,
    make,
    ant,
    just,
    task_task,
    miseTasks,
    shellScripts,
    azureMl,
    anyscale,
    dvcStages,
    mlflowProjects,
    databricksJobs,
    gcloud,
    skypilot,
    tfxCli,
    // Last: it matches any command that may be a console script.
    pythonModules
];

;// CONCATENATED MODULE: ./src/workflow/script-runners/parse-arguments.ts
/** Flags (`--x=v`, `--x v` for value flags, bare `-x`) and the other words; `VAR=value` words are dropped. */
function parseArguments(rest, valueFlags) {
    const flags = new Map();
    const args = [];
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i] ?? '';
        if (arg === '--')
            break;
        const eq = /^(-{1,2}[\w-]+)=(.*)$/s.exec(arg);
        if (eq)
            flags.set(eq[1] ?? '', eq[2] ?? '');
        else if (valueFlags.has(arg) && i + 1 < rest.length)
            flags.set(arg, rest[++i] ?? '');
        else if (arg.startsWith('-'))
            flags.set(arg, '');
        else if (!/^\w+=/.test(arg))
            args.push(arg);
    }
    return { flags, args };
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/shell-words.ts
/**
 * Shell words with quotes removed; good enough to read runner flags and target names. A workflow expression is
 * part of its word even with spaces inside (`--project ${{ inputs.project }}` is one flag and one value).
 */
function shellWords(command) {
    return (command.match(/'[^']*'|"(?:[^"\\]|\\.)*"|(?:\$\{\{[^}]*\}\}|[^\s$]|\$(?!\{\{))+/g) ?? []).map(w => w.replace(/^(['"])(.*)\1$/s, '$2'));
}

;// CONCATENATED MODULE: ./src/workflow/script-runners/parse-invocation.ts





/** Flags that move a runner to another directory, whichever runner; the first present wins. */
const DIR_FLAGS = ['--prefix', '--cwd', '--dir', '-C', '--directory', '-d', '--working-directory'];
/** Flags that name the definition file, unless a runner has its own; the first present wins. */
const FILE_FLAGS = ['-f', '--file', '--makefile', '--justfile', '-t', '--taskfile'];
/** The runners of the shared file flags read each other's value flags as such too, as they always have. */
const SHARED_VALUE_FLAGS = SCRIPT_RUNNERS.filter(r => !r.fileFlags).flatMap(r => r.valueFlags ?? []);
const RUNNER_OF_TOOL = new Map(SCRIPT_RUNNERS.flatMap(runner => runner.tools.map(tool => [tool, runner])));
/** What a command runs through a task runner, in `cwd` (undefined: unknown, so nothing can be read). */
function parseInvocation(command, cwd) {
    if (cwd === undefined)
        return undefined;
    const [tool = '', ...rest] = shellWords(command);
    const runner = RUNNER_OF_TOOL.get(tool) ?? SCRIPT_RUNNERS.find(r => r.matches?.(tool));
    if (!runner)
        return undefined;
    const fileFlags = runner.fileFlags ?? FILE_FLAGS;
    const { flags, args } = parseArguments(rest, valueFlagsOf(runner));
    const dirFlag = DIR_FLAGS.find(flag => flags.has(flag));
    const dir = dirFlag ? normaliseDir(external_node_path_.posix.join(cwd, flags.get(dirFlag) ?? '')) : cwd;
    if (dir === undefined)
        return undefined;
    const file = fileFlags.map(flag => flags.get(flag)).find(value => value !== undefined);
    const files = (names) => file ? [external_node_path_.posix.join(dir, file)] : names.map(name => inDir(dir, name));
    return runner.invocation({ tool, args, flags, words: rest, dir, files });
}
const valueFlags = new Map();
function valueFlagsOf(runner) {
    let set = valueFlags.get(runner);
    if (!set) {
        const own = runner.fileFlags ? [...runner.fileFlags, ...(runner.valueFlags ?? [])] : SHARED_VALUE_FLAGS;
        valueFlags.set(runner, (set = new Set([...DIR_FLAGS, ...(runner.fileFlags ?? FILE_FLAGS), ...own])));
    }
    return set;
}

;// CONCATENATED MODULE: ./src/workflow/script-resolution.ts




const script_resolution_MAX_DEPTH = 5;
function resolveScript(script, read, options = {}) {
    const cwd = options.cwd?.includes('$') ? undefined : normaliseDir(options.cwd ?? '.');
    return expand(script, { cwd, via: [], stack: [], read, unchecked: new Set() });
}
/** Expands a script whose lines share one shell, so `cd dir` carries to the following commands. */
function expand(script, frame) {
    const out = [];
    let cwd = frame.cwd;
    for (const command of splitCommands(script)) {
        const cd = /^(?:cd|pushd)\s+(\S+)$/.exec(command);
        if (cd) {
            cwd = changeDir(cwd, cd[1] ?? '');
            continue;
        }
        const swallowed = frame.unchecked === 'all' || frame.unchecked.has(command);
        const followed = followTarget(command, { ...frame, cwd, unchecked: swallowed ? 'all' : new Set() });
        out.push({
            command,
            via: frame.via,
            ...(followed.unread === undefined ? {} : { unread: followed.unread }),
            ...(swallowed ? { swallowed: true } : {})
        });
        out.push(...followed.commands);
    }
    return out;
}
/** The workspace root as scripts spell it. */
const WORKSPACE = /^(?:\$GITHUB_WORKSPACE|\$\{GITHUB_WORKSPACE\}|\$\{\{\s*github\.workspace\s*\}\})(?=\/|$)/;
function changeDir(cwd, arg) {
    const dir = arg.replace(/^(['"])(.*)\1$/, '$2');
    if (WORKSPACE.test(dir))
        return normaliseDir(`.${dir.replace(WORKSPACE, '')}`);
    if (cwd === undefined || /[$~`*]/.test(dir) || dir.startsWith('/') || dir === '-')
        return undefined;
    return normaliseDir(external_node_path_.posix.join(cwd, dir));
}
function followTarget(command, frame) {
    const invocation = parseInvocation(command, frame.cwd);
    if (!invocation)
        return { commands: [] };
    if (invocation.inline !== undefined)
        return { commands: runInline(invocation.inline, command, frame) };
    for (const file of invocation.files) {
        const text = readable(file) ? frame.read(file) : undefined;
        if (text === undefined)
            continue;
        const source = { file, text, invocation };
        if (invocation.required &&
            invocation.definitions(text, invocation.targets, { file, read: frame.read }) === undefined)
            return { commands: [], unread: notDefined(file, invocation.targets) };
        return { commands: runTargets(source, invocation.targets, [command], frame) };
    }
    const [named] = invocation.files;
    return invocation.required && named !== undefined
        ? { commands: [], unread: unreadReason(named) }
        : { commands: [] };
}
/** A path the workspace can answer for: inside it, and not built from a variable or a home directory. */
function readable(file) {
    return !/[$~`*]/.test(file) && normaliseDir(file) !== undefined;
}
/** A definition file that does not parse, or (asked for a target) holds no readable definition of it. */
function notDefined(file, targets) {
    if (targets.length === 0)
        return `${file} could not be parsed`;
    return `${file} (or a file it names) defines no ${targets.join(', ')} the gate could read`;
}
function unreadReason(file) {
    if (/[$`]/.test(file))
        return `${file} is named by a variable, so it could not be read`;
    if (!readable(file))
        return `${file} is outside the repository`;
    return `${file} was not found in the repository`;
}
/** `bash -c '\u2026'`: the quoted script, one hop further, within the depth limit. */
function runInline(script, command, frame) {
    if (frame.stack.length >= script_resolution_MAX_DEPTH)
        return [];
    return expand(script, { ...frame, via: [...frame.via, command], stack: [...frame.stack, command] });
}
/** Runs targets of one definition file: prerequisites first, then the body; `hop` starts each `via` step. */
function runTargets(source, targets, hop, frame) {
    const { file, text, invocation } = source;
    const definitions = invocation.definitions(text, targets, { file, read: frame.read }) ?? [];
    return definitions.flatMap(definition => {
        const { key, script, deps, perLine, purposes } = definition;
        const home = definition.file ?? file;
        const id = `${home}#${key}`;
        if (frame.stack.includes(id) || frame.stack.length >= script_resolution_MAX_DEPTH)
            return [];
        const next = {
            ...frame,
            cwd: workingDir(definition, home, frame.cwd),
            via: [...frame.via, ...hop, place(definition, home)],
            stack: [...frame.stack, id],
            unchecked: frame.unchecked === 'all' ? 'all' : new Set(definition.unchecked)
        };
        // A definition that states its purpose is evidence itself, named by its label at its place.
        const stated = purposes?.length
            ? [
                {
                    command: definition.label,
                    via: next.via,
                    purposes,
                    ...swallowedIn(frame),
                    ...(definition.unordered ? { unordered: true } : {})
                }
            ]
            : [];
        const prerequisites = deps.length > 0 ? runTargets(source, deps, [], next) : [];
        const body = perLine ? script.flatMap(line => expand(line, next)) : expand(script.join('\n'), next);
        return [...prerequisites, ...stated, ...body];
    });
}
function swallowedIn(frame) {
    return frame.unchecked === 'all' ? { swallowed: true } : {};
}
/** Where a definition runs: its `dir` beside its file or where the command ran, else its file's directory. */
function workingDir(definition, home, callerDir) {
    const base = definition.fromCaller ? callerDir : external_node_path_.posix.dirname(home);
    if (base === undefined)
        return undefined;
    return definition.dir === undefined ? base : normaliseDir(external_node_path_.posix.join(base, definition.dir));
}
/** `file label`, with the line when the runner knows it: `jobs/train.yml:12 jobs.train.command`. */
function place(definition, home) {
    const where = definition.line === undefined ? home : `${home}:${definition.line}`;
    return definition.label ? `${where} ${definition.label}` : where;
}

;// CONCATENATED MODULE: ./src/workflow/hand-offs-of.ts


function handOffsOf(step) {
    const found = [...fromActions(step), ...fromCommands(step.run ?? '')];
    return found.filter(handOff => !SAME_REPOSITORY.test(handOff.repository));
}
/** The repository the run belongs to: a dispatch to it starts one of the workflows the gate reads itself. */
const SAME_REPOSITORY = /github\.repository\b|\$\{?GITHUB_REPOSITORY\b/;
const OWNER_NAME = String.raw `([^/\s"'?]+/[^/\s"'?]+)`;
const REPOSITORY_DISPATCH = new RegExp(String.raw `(?:^|[/\s"'])repos/${OWNER_NAME}/dispatches\b`, 'g');
const WORKFLOW_DISPATCH = new RegExp(String.raw `(?:^|[/\s"'])repos/${OWNER_NAME}/actions/workflows/([^/\s"'?]+)/dispatches\b`, 'g');
const EVENT_TYPE = /["']?event_type["']?\s*[:=]\s*\\?["']?([^"'\s,}\\]+)/;
/** `gh workflow run deploy.yml --repo acme/manifests` (or `-R`, before or after the workflow). */
const GH_WORKFLOW_RUN = /\bgh\s+workflow\s+run\b([^\n;&|]*)/g;
/** Flags of `gh workflow run` that take the next word as their value. */
const GH_VALUE_FLAGS = new Set([
    '--ref',
    '-r',
    '--field',
    '-f',
    '--raw-field',
    '-F',
    '--json',
    '--repo',
    '-R'
]);
function fromCommands(script) {
    const found = [];
    const event = EVENT_TYPE.exec(script)?.[1];
    for (const match of script.matchAll(WORKFLOW_DISPATCH)) {
        found.push({ repository: match[1] ?? '', workflow: match[2] ?? '' });
    }
    for (const match of script.matchAll(REPOSITORY_DISPATCH)) {
        found.push({ repository: match[1] ?? '', ...(event === undefined ? {} : { event }) });
    }
    for (const match of script.matchAll(GH_WORKFLOW_RUN)) {
        const { flags, args } = parseArguments(shellWords(match[1] ?? ''), GH_VALUE_FLAGS);
        const repository = flags.get('--repo') ?? flags.get('-R');
        const [workflow] = args;
        if (repository !== undefined)
            found.push({ repository, ...(workflow === undefined ? {} : { workflow }) });
    }
    return found;
}
/**
 * Dispatch actions and the inputs that name the other repository and what starts there. Without a repository
 * input they dispatch to the run's own repository, whose workflows the gate reads.
 */
const DISPATCH_ACTIONS = [
    { action: 'peter-evans/repository-dispatch', repository: inputs => inputs.repository, event: 'event-type' },
    { action: 'benc-uk/workflow-dispatch', repository: inputs => inputs.repo, workflow: 'workflow' },
    { action: 'the-actions-org/workflow-dispatch', repository: inputs => inputs.repo, workflow: 'workflow' },
    { action: 'aurelien-baudet/workflow-dispatch', repository: inputs => inputs.repo, workflow: 'workflow' },
    {
        action: 'convictional/trigger-workflow-and-wait',
        repository: inputs => inputs.owner !== undefined && inputs.repo !== undefined ? `${inputs.owner}/${inputs.repo}` : undefined,
        workflow: 'workflow_file_name'
    }
];
function fromActions(step) {
    const action = step.uses?.split('@')[0]?.toLowerCase();
    const known = DISPATCH_ACTIONS.find(entry => entry.action === action);
    const repository = known?.repository(step.with);
    if (!known || repository === undefined)
        return [];
    const workflow = known.workflow === undefined ? undefined : step.with[known.workflow];
    const event = known.event === undefined ? undefined : step.with[known.event];
    return [
        {
            repository,
            ...(workflow === undefined ? {} : { workflow }),
            ...(event === undefined ? {} : { event })
        }
    ];
}

;// CONCATENATED MODULE: ./src/workflow/iac-call-inputs.ts
/** A call named for an infrastructure-as-code tool (`tf-gha-install-terraform.yml`, `pulumi-action`). */
const IAC_TOOL = /(?:^|[^a-z])(?:terraform|tofu|tf|pulumi|cdk|bicep|terragrunt)(?:[^a-z]|$)/i;
/** An input that picks what the tool does (`TFAction`, `command`, `terraform_operation`). */
const ACTION_INPUT = /action|command|operation|cmd|mode/i;
/** `apply`, `up` or `deploy` among its values, literal or an expression's fallback (`\u2026 || 'apply'`). */
const APPLIES = /(?:^|[^\w-])(?:apply|up|deploy)(?:[^\w-]|$)/i;
/**
 * A call the gate cannot read that an infrastructure tool's name and an action input tell to apply
 * (real-world patterns \u00a710.1: inputs of opaque calls are evidence): `TFAction: ${{ inputs.action || 'apply' }}`
 * on `\u2026/tf-gha-install-terraform.yml`. A plan or destroy alone applies nothing.
 */
function iacCallInputs(ref, inputs) {
    const name = ref.replace(/@.*$/, '').split('/').slice(1).join('/');
    if (!IAC_TOOL.test(name))
        return [];
    const applies = Object.entries(inputs).some(([key, value]) => ACTION_INPUT.test(key) && APPLIES.test(value));
    return applies ? [{ purpose: 'iac-apply', rule: 'iac-inputs', via: [] }] : [];
}

;// CONCATENATED MODULE: ./src/workflow/classify-step.ts














const classify_step_RUN = CATALOG.filter((e) => e.kind === 'run');
const USES = CATALOG.filter((e) => e.kind === 'uses');
const NAMES = CATALOG.filter((e) => e.kind === 'name');
/**
 * Entries that recognise an action of any owner by the words of its name (`*-push-image-ecr`) guess what
 * it does: the action stays opaque, so they neither make it known nor hide the step's own name.
 */
const GUESSES = new Set(USES.filter(e => e.pattern.startsWith('*')).map(e => e.id));
/**
 * Whether a classification rule reads a call the gate cannot open \u2014 its name (a guess) or its inputs \u2014 rather
 * than the work itself: the purpose is likely, but what else the call does stays unknown (patterns \u00a710).
 */
function fromOpaqueCall(rule) {
    return GUESSES.has(rule) || rule === 'push-inputs' || rule === 'iac-inputs' || rule === 'hand-off';
}
/** Distinct actions and commands remembered: far more than the largest monorepo uses, bounded all the same. */
const CACHE_LIMIT = 10_000;
/** Every new action is matched against each catalog glob: room for that many pairs per action remembered. */
const GLOB_RESULTS_LIMIT = 100_000;
/** A repository uses few distinct actions many times; matching each against every glob once keeps large repos fast. */
const globResults = new bounded_cache/* BoundedCache */.I(GLOB_RESULTS_LIMIT);
function globMatch(pattern, ref) {
    return globResults.get(`${pattern}\u0000${ref}`, () => {
        let matcher = matchers.get(pattern);
        if (!matcher)
            matchers.set(pattern, (matcher = compileGlob(pattern)));
        return matcher(ref);
    });
}
/** Keyed by the catalog's own globs only, so bounded by the catalog. */
const matchers = new Map();
const classify_step_GLOB_CHARS = /[*?[\]{}()!+@\\|]/;
/**
 * Most catalog globs name one action, and the others start with an owner: compared as text first, only the
 * few that can match are compiled by picomatch (a hundred regexes cost more than a small gate's whole run).
 */
function compileGlob(pattern) {
    const special = pattern.search(classify_step_GLOB_CHARS);
    const literal = (special === -1 ? pattern : pattern.slice(0, special)).toLowerCase();
    if (special === -1)
        return ref => ref.toLowerCase() === literal;
    let isMatch;
    return ref => ref.toLowerCase().startsWith(literal) &&
        (isMatch ??= picomatch_default()(pattern, { nocase: true, dot: true }))(ref);
}
function classifyStep(step, read) {
    const seen = inspectStep(step, read);
    return finish(seen.fixture ? withoutFixturePurposes(seen.results) : seen.results);
}
function classifyJob(job, read) {
    const steps = job.steps.map(step => inspectStep(step, read));
    const results = steps.flatMap((s, position) => s.results.map(r => ({ ...r, step: position })));
    results.push(...reportedAnalyses(job, steps, read), ...reportGatedTests(job, steps));
    // A job named e2e whose test step cannot fail proves nothing by its name or its service containers; a
    // diagnostic step that runs only after a failure (`kubectl logs || true`) hides no failure.
    const soft = steps.some((s, position) => s.soft && !failureOnly(job.steps[position]));
    // Names never overrule content (patterns \u00a72.2): a job id `build` whose steps lint and test is no build, so
    // the name counts only when no step shows what the job does; a job whose steps only print (`echo "OK"` in
    // a job named deploy-*) is named for something it does not do.
    if (job.steps.length === 0 || (!results.some(byContent) && steps.some(s => s.substantive))) {
        // An inlined callee's id is prefixed with its caller's (`deploy-application/check-tables`): only its own part names it.
        const ownId = job.id.split('/').pop();
        for (const text of [ownId, job.name])
            if (text)
                results.push(...withoutSoftVerification(byName(text, 'job-name'), soft));
    }
    if (!soft)
        results.push(...againstServices(job, steps, results));
    const ref = job.uses === undefined ? undefined : actionRef(job.uses);
    if (job.uses !== undefined) {
        if (ref)
            results.push(...byUses(ref, job.with));
        const file = job.uses.replace(/@.*$/, '').split('/').pop() ?? '';
        results.push(...byName(file, 'reusable-workflow'));
    }
    const fixture = steps.some(s => s.fixture);
    return finish(fixture ? withoutFixturePurposes(results) : results);
}
/** GitHub code scanning's upload of another tool's SARIF results. */
const SARIF_UPLOAD = /^github\/codeql-action\/upload-sarif$/i;
/** What code scanning keeps and shows: analyses whose findings it reports. */
const REPORTED = ['static-analysis', 'security-scan'];
/**
 * An analysis step that may fail without stopping the job (`continue-on-error: true`) so that a later step
 * uploads its SARIF to code scanning is not swallowed: its findings are kept and shown as code scanning
 * alerts, which is what static analysis and security scanning ask (the starter workflows for ESLint, Brakeman,
 * clippy and others are written this way). Only those two purposes, and only before such an upload.
 */
function reportedAnalyses(job, steps, read) {
    const upload = job.steps.findIndex(step => {
        const ref = step.uses === undefined ? undefined : actionRef(step.uses);
        return ref !== undefined && SARIF_UPLOAD.test(ref);
    });
    return job.steps.flatMap((step, position) => {
        if (!continuesOnError(step) || failureOnly(step))
            return [];
        // Uploaded by a later step, or by the step itself (`codeScanningAlerts: true`, `upload-sarif: true`).
        if ((upload < 0 || position >= upload) && !reportsItself(step))
            return [];
        const kept = new Set(steps[position]?.results.map(r => r.purpose));
        return inspectStep({ ...step, continueOnError: false }, read)
            .results.filter(r => REPORTED.includes(r.purpose) && !kept.has(r.purpose))
            .map(r => ({ ...r, step: position }));
    });
}
/** Test suites whose results a report holds. */
const REPORTED_SUITES = [
    'unit-test',
    'integration-test',
    'acceptance-test',
    'smoke-test',
    'performance-test'
];
/**
 * Tests whose failure a step swallows so that the next steps always run are still a gate when one of those
 * steps is a reporter that fails the job on a failed test in the report (`pytest --junitxml=r.xml || true`,
 * then dorny/test-reporter): the job fails when a test does, which is what a test practice asks.
 */
function reportGatedTests(job, steps) {
    const reporter = job.steps.findLastIndex(step => failsOnFailedTests(step));
    if (reporter < 0)
        return [];
    return steps
        .slice(0, reporter)
        .flatMap((inspection, position) => inspection.swallowed
        .filter(s => REPORTED_SUITES.includes(s.purpose))
        .map(({ how: _how, ...found }) => ({ ...found, step: position })));
}
function failsOnFailedTests(step) {
    const ref = step.uses === undefined ? undefined : actionRef(step.uses);
    if (ref === undefined || continuesOnError(step) || failureOnly(step))
        return false;
    return FAILING_REPORTERS.some(({ uses, input, byDefault }) => {
        if (!globMatch(uses, ref))
            return false;
        const value = inputValue(step.with, input);
        return value === undefined ? byDefault : /^true$/i.test(value);
    });
}
/** An action input that sends the step's own findings to code scanning. */
const CODE_SCANNING_INPUT = /^(?:code[-_]?scanning[-_]?alerts|upload[-_]?sarif|github[-_]?code[-_]?scanning)$/i;
function reportsItself(step) {
    return Object.entries(step.with).some(([key, value]) => CODE_SCANNING_INPUT.test(key) && /^true$/i.test(value.trim()));
}
/** Shown by a command or an action, not by a step's name. */
function byContent(result) {
    return result.rule !== 'step-name';
}
/** Purposes that run a test suite: a service the job starts is there for them. */
const SUITES = ['unit-test', 'integration-test', 'acceptance-test'];
/**
 * Tests against a real service are integration tests (patterns \u00a77.2): `services:` containers when the job
 * tests (or is named for tests and its steps show nothing), or a service a step starts before a later test
 * step. A job that runs no tests (a scheduled backup with `services: postgres`) uses its service for other work.
 */
function againstServices(job, steps, results) {
    const suites = results.filter(r => SUITES.includes(r.purpose));
    const found = [];
    if (job.services.length > 0 && (suites.length > 0 || namedForTests(job)))
        found.push({ purpose: 'integration-test', rule: 'services', via: [] });
    const started = steps.findIndex(s => s.service !== undefined);
    const service = steps[started]?.service;
    if (service && suites.some(r => r.step !== undefined && r.step > started))
        found.push({ purpose: 'integration-test', ...service, step: started });
    return found;
}
function namedForTests(job) {
    return [job.id.split('/').pop(), job.name].some(text => text !== undefined && TEST_JOB_NAME.test(normaliseName(text)));
}
/**
 * A step that runs only after a failure (`if: failure()`) is diagnostics: it reports or keeps nothing of a
 * run that passes (patterns \u00a72.2), whatever it uploads.
 */
function failureOnly(step) {
    const condition = step?.if ?? '';
    return FAILURE.test(condition) && !NOT_FAILURE_ONLY.test(condition);
}
const FAILURE = /(?<![!\w.])failure\s*\(\s*\)/;
const NOT_FAILURE_ONLY = /\b(?:always|success|cancelled)\s*\(|!\s*failure/;
/**
 * Steps that do work the catalog cannot read: an action it does not know (not a setup, cache, login or
 * notification helper), or a command that matches nothing and is more than printing or installing. Where a
 * job's steps are all readable, what they do decides whether it deploys; an `environment:` is evidence of a
 * deploy only when some step is opaque (real-world patterns \u00a71.1).
 */
function opaqueSteps(job, read) {
    return job.steps.filter(step => {
        const inspection = inspectStep(step, read);
        // A purpose guessed from a call's name or inputs leaves the rest of what it does unread.
        const understood = inspection.results.some(r => byContent(r) && !fromOpaqueCall(r.rule));
        // An action the catalog knows says all it does through its entries, also when its failure is ignored.
        if (!inspection.substantive || understood || (inspection.known && inspection.soft))
            return false;
        const ref = step.uses === undefined ? undefined : actionRef(step.uses);
        return ref === undefined || !UTILITY_ACTION.test(ref);
    });
}
/**
 * What a step would verify (tests, analysis, scans) were its failure not swallowed by `continue-on-error: true`
 * or `|| true`: a check that cannot fail is declared, not enforced (patterns \u00a711).
 */
function swallowedVerification(step, read) {
    return inspectStep(step, read).swallowed;
}
/** The commands of a step whose definitions could not be read: what they run is unknown (\u00a710.3). */
function unreadDefinitions(step, read) {
    return inspectStep(step, read).unread;
}
/** Purposes that only count when a failure stops the build: a test that cannot fail verifies nothing. */
const VERIFICATION = [
    'unit-test',
    'integration-test',
    'acceptance-test',
    'smoke-test',
    'performance-test',
    'security-scan',
    'static-analysis',
    'coverage'
];
/**
 * A monorepo repeats the same steps (checkout, setup, `npm ci`, the same test command) in thousands of
 * jobs: a step is inspected once per workspace (its read function) and content, whatever its position.
 */
const inspections = new WeakMap();
function inspectStep(step, read) {
    // Practices ask about the same step objects again and again (every job's purposes, its opaque steps): the
    // object is looked up first, and its content key, which costs a serialisation, is built only once per step.
    let byStep = inspectedSteps.get(read);
    if (!byStep)
        inspectedSteps.set(read, (byStep = new WeakMap()));
    const seen = byStep.get(step);
    if (seen)
        return seen;
    let byContent = inspections.get(read);
    if (!byContent)
        inspections.set(read, (byContent = new Map()));
    const key = JSON.stringify([
        step.uses,
        step.with,
        step.run,
        step.workingDirectory,
        step.name,
        step.id,
        step.continueOnError,
        step.if
    ]);
    let inspection = byContent.get(key);
    if (!inspection)
        byContent.set(key, (inspection = inspectUncached(step, read)));
    byStep.set(step, inspection);
    return inspection;
}
const inspectedSteps = new WeakMap();
function inspectUncached(step, read) {
    const ref = step.uses === undefined ? undefined : actionRef(step.uses);
    const commands = stepCommands(step, ref, read);
    const evidence = commands.filter(c => !TRIVIAL_COMMAND.test(c.command) && !INSTALL_COMMAND.test(c.command) && !FORMAT_COMMAND.test(c.command));
    const ignored = continuesOnError(step);
    const swallowed = [];
    // What a failure that cannot stop the job hides is recorded, so that practices can name the step (\u00a711.2).
    const hardOnly = (results, how) => {
        if (how === undefined)
            return results;
        for (const r of results)
            if (VERIFICATION.includes(r.purpose))
                swallowed.push({ ...r, how });
        return withoutSoftVerification(results, true);
    };
    const content = [
        ...(ref ? hardOnly(byUses(ref, step.with), ignored ? 'continue-on-error' : undefined) : []),
        ...handOffsOf(step).flatMap(handOff => byHandOff(handOff, step)),
        ...evidence.flatMap((c, order) => hardOnly([
            ...applyConfigRules(runEntries(c.command).map(e => ({
                purpose: e.purpose,
                rule: e.id,
                command: c.command,
                via: c.via,
                order
            })), { ...c, order }, step.workingDirectory, read),
            // A followed definition that states its purpose (a SageMaker TrainingStep) is evidence of it.
            ...(c.purposes ?? []).map(purpose => ({
                purpose,
                rule: 'definition',
                command: c.command,
                via: c.via,
                ...(c.unordered ? {} : { order })
            }))
        ], ignored ? 'continue-on-error' : c.canFail ? undefined : 'command'))
    ];
    const acts = step.uses !== undefined && !(ref !== undefined && globMatch(SETUP_ACTIONS, ref));
    const substantive = acts || evidence.length > 0;
    const soft = substantive && (ignored || evidence.some(c => !c.canFail));
    const title = step.name ?? step.id;
    // A step that only prepares or reports (reads changed files, comments, notifies) does not do what its name
    // mentions: "check if training pipeline has anything changed" trains nothing (patterns \u00a72.1).
    const utility = ref !== undefined && UTILITY_ACTION.test(ref) && evidence.length === 0;
    const named = title && substantive && !utility ? withoutSoftVerification(byName(title, 'step-name'), soft) : [];
    const known = ref !== undefined && usesEntries(ref).some(e => !GUESSES.has(e.id));
    const shown = content.filter(c => !GUESSES.has(c.rule));
    const diagnostic = failureOnly(step);
    const results = diagnostic ? [] : [...content, ...namedAlongside(named, shown, known)];
    const fixture = (ref !== undefined && FIXTURES.some(f => f.kind === 'uses' && globMatch(f.pattern, ref))) ||
        commands.some(c => FIXTURES.some(f => f.kind === 'run' && f.pattern.test(c.command)));
    const service = serviceStart(ref, evidence);
    const unread = commands.flatMap(c => c.unread === undefined ? [] : [{ command: c.command, reason: c.unread }]);
    return {
        results,
        fixture,
        substantive,
        soft,
        unread,
        known,
        swallowed: diagnostic ? [] : swallowed,
        ...(service ? { service } : {})
    };
}
/**
 * Commands outrank names (patterns \u00a72.1): a name may repeat a purpose the step's command or action shows,
 * never add one. An action the catalog knows says all it does through its entries, so its name adds nothing
 * either (`Archive test results` over an upload of Playwright traces keeps no report).
 */
function namedAlongside(named, content, known) {
    if (content.length > 0)
        return named.filter(n => content.some(c => c.purpose === n.purpose));
    return known ? [] : named;
}
function serviceStart(ref, commands) {
    const action = ref && SERVICE_STARTS.find(s => s.kind === 'uses' && globMatch(s.pattern, ref));
    if (action)
        return { rule: action.id, via: [] };
    for (const c of commands) {
        const entry = SERVICE_STARTS.find(s => s.kind === 'run' && s.pattern.test(c.command));
        if (entry)
            return { rule: entry.id, command: c.command, via: c.via };
    }
    return undefined;
}
/** `continue-on-error: true` as a boolean or the string YAML leaves when it is quoted. */
function continuesOnError(step) {
    return step.continueOnError === true || String(step.continueOnError).trim().toLowerCase() === 'true';
}
function withoutSoftVerification(results, soft) {
    return soft ? results.filter(r => !VERIFICATION.includes(r.purpose)) : results;
}
/** The step's script, and the commands carried in inputs of actions that run them (cloud-gov/cg-cli-tools). */
function stepCommands(step, ref, read) {
    const commands = step.run === undefined ? [] : scriptCommands(step.run, read, step.workingDirectory);
    if (ref === undefined)
        return commands;
    for (const { uses, input, prefix = '' } of COMMAND_INPUTS) {
        const value = inputValue(step.with, input);
        if (value === undefined || !globMatch(uses, ref))
            continue;
        const via = `${ref} with.${input}`;
        commands.push(...scriptCommands(prefix + value, read, undefined).map(c => ({ ...c, via: [via, ...c.via] })));
    }
    return commands;
}
/**
 * A line ending in `|| true`, `|| :`, `|| exit 0` or a message (`|| echo "Some tests failed"`, `|| printf \u2026`)
 * succeeds whatever came before it (`; true` does not: the runner's `bash -e` stops at the failing command
 * first; patterns \u00a711.1); the script is resolved again without such lines, and a command can fail the build
 * only if it is still there. Other `||` fallbacks (`npm test || (cat log; exit 1)`, `|| echo failed; exit 1`)
 * can still fail, so they are left alone.
 */
const SWALLOWED = /\|\|\s*(?:true|:|exit\s+0|(?:echo|printf)\b(?:[^|&;]|>&[12])*)\s*(?:#.*)?$/;
function scriptCommands(script, read, cwd) {
    const all = resolvedOnce(script, read, cwd);
    const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    // A followed script can swallow a command itself (no `set -e`, output redirected, and it goes on: \u00a711).
    if (!lines.some(line => SWALLOWED.test(line)))
        return all.map(c => ({ ...c, canFail: !c.swallowed }));
    const strict = lines.map(line => (SWALLOWED.test(line) ? '' : line)).join('\n');
    const failing = new Set(resolvedOnce(strict, read, cwd).map(commandKey));
    return all.map(c => ({ ...c, canFail: !c.swallowed && failing.has(commandKey(c)) }));
}
function commandKey(command) {
    return JSON.stringify([command.command, command.via]);
}
/** Scripts repeat across the jobs of a monorepo: each is resolved once per workspace (its read function). */
const resolved = new WeakMap();
function resolvedOnce(script, read, cwd) {
    let byScript = resolved.get(read);
    if (!byScript)
        resolved.set(read, (byScript = new Map()));
    const key = `${cwd ?? ''}\u0000${script}`;
    let commands = byScript.get(key);
    if (!commands)
        byScript.set(key, (commands = resolveScript(script, read, { cwd })));
    return commands;
}
/** `owner/repo[/path]` without `@ref`; local (`./x`) and `docker://` references name no catalog action. */
function actionRef(uses) {
    if (uses.startsWith('./') || uses.startsWith('docker://'))
        return undefined;
    return uses.replace(/@.*$/, '');
}
function byUses(ref, inputs) {
    return [...byCatalogUses(ref, inputs), ...byPushInputs(inputs), ...iacCallInputs(ref, inputs)];
}
const PUSH_INPUT = /(?:^|[-_])push(?:[-_]|$)/i;
const TARGET_INPUT = /registry|image|repository|acr|ecr|gcr|ghcr|docker/i;
/**
 * A call the catalog may not know that is told to push to a registry keeps what it builds (real-world patterns
 * \u00a76.2, \u00a710.1): `push: true` (or an expression deciding it) beside a registry or image input, or an input
 * that is itself `push-image`.
 */
function byPushInputs(inputs) {
    const keys = Object.keys(inputs);
    const pushes = keys.filter(key => PUSH_INPUT.test(key) && /^(?:true|\$\{\{[\s\S]*\}\})$/i.test(inputs[key]?.trim() ?? ''));
    const target = pushes.some(key => TARGET_INPUT.test(key)) ||
        keys.some(key => !PUSH_INPUT.test(key) && TARGET_INPUT.test(key));
    return pushes.length > 0 && target ? [{ purpose: 'artifact-store', rule: 'push-inputs', via: [] }] : [];
}
function byCatalogUses(ref, inputs) {
    // An action the catalog knows says what it does through its own entries: no guess from its name is needed.
    const entries = usesEntries(ref);
    const known = entries.some(e => !GUESSES.has(e.id));
    return entries
        .filter(e => !known || !GUESSES.has(e.id))
        .filter(e => Object.entries(e.with ?? {}).every(([key, re]) => {
        const value = inputValue(inputs, key);
        return value !== undefined && re.test(value);
    }) &&
        !Object.entries(e.withNot ?? {}).some(([key, re]) => {
            const value = inputValue(inputs, key);
            return value !== undefined && re.test(value);
        }))
        .map(e => ({ purpose: e.purpose, rule: e.id, via: [] }));
}
/**
 * Catalog entries whose glob names the action, and entries whose pattern matches a command: a monorepo uses a
 * few actions and commands in thousands of steps, so each is matched against the catalog once.
 */
const usesByRef = new bounded_cache/* BoundedCache */.I(CACHE_LIMIT);
function usesEntries(ref) {
    return usesByRef.get(ref, () => USES.filter(e => globMatch(e.pattern, ref)));
}
const runByCommand = new bounded_cache/* BoundedCache */.I(CACHE_LIMIT);
function runEntries(command) {
    return runByCommand.get(command, () => classify_step_RUN.filter(e => e.pattern.test(command)));
}
/** Input names are case-insensitive in GitHub Actions. */
function inputValue(inputs, key) {
    const lower = key.toLowerCase();
    const found = Object.keys(inputs).find(k => k.toLowerCase() === lower);
    return found === undefined ? undefined : inputs[found]?.trim();
}
/**
 * What a workflow started in another repository does, guessed from what the step sends and is called (\u00a710.1):
 * a deploy when the names say so, or name a stage (`staging`) or the deploy's configuration (manifests, Helm,
 * GitOps, an image tag to update) \u2014 the GitOps hand-off of a build to the repository that rolls it out.
 */
function byHandOff(handOff, step) {
    const names = [step.name, step.id, handOff.event, handOff.workflow?.replace(/\.ya?ml$/, '')].filter((text) => text !== undefined);
    const purposes = new Set(names.flatMap(text => byName(text, 'hand-off')).map(c => c.purpose));
    if (names.some(text => ROLL_OUT.test(normaliseName(text))))
        purposes.add('deploy');
    return [...purposes].map(purpose => ({ purpose, rule: 'hand-off', via: [] }));
}
// Stage words, but not those of DEFAULT_ENVIRONMENT_PATTERNS that also name test suites (`test`, `integration`,
// `dev`): a hand-off named for them may run tests elsewhere rather than deploy.
const ROLL_OUT = /\b(?:prod|production|staging|stage|pre ?prod|uat|qa|live|manifests?|helm|gitops|argo ?cd|flux|kustomize)\b|\b(?:update|bump|promote|roll ?out)\b.*\b(?:images?|tags?|versions?|charts?)\b/;
function byName(text, rule) {
    const normal = normaliseName(text);
    if (normal === '' || NAME_IGNORED.test(normal))
        return [];
    const heads = headWords(normal);
    return NAMES.filter(e => {
        const read = e.result ? normal : heads;
        return e.pattern.test(read) && !e.unless?.test(read);
    }).map(e => ({
        purpose: e.purpose,
        rule,
        via: []
    }));
}
/**
 * A purpose word used as a modifier is not a purpose (patterns \u00a72.1): "Build and push training image",
 * "Comment training results on PR" and "Validate training data" neither train nor validate training, so
 * such a word is dropped before its noun ("validate data"). A name's first word is its verb ("Test API",
 * "Build artifacts"), unless it is a noun form ("Training image build").
 */
function headWords(normal) {
    return normal
        .replace(PURPOSE_OF, '')
        .replace(MODIFIER, (phrase, offset) => (offset === 0 && VERB.test(phrase) ? phrase : ''));
}
/** "Kill port for unit tests", "Wait for deployment": what the step prepares for is not what it does. */
const PURPOSE_OF = /\bfor (?:the |a |an )?(?:(?:unit|integration|e2e|end to end|acceptance|smoke|performance|load|ui) )?(?:tests?|testing|(?:re)?training|deploy(?:ment)?|evaluation|validation|builds?)\b/g;
const MODIFIER = /\b(?:(?:(?:unit|integration|e2e|end to end|acceptance|smoke|performance|load|ui) )?(?:tests?|testing)|(?:re)?train(?:ing)?|eval(?:uation)?|evaluation|(?:data )?validation|deploy(?:ment)?|build|lint(?:ing)?|inference|serving) (?=(?:images?|containers?|environments?|envs?|results?|reports?|data|datasets?|summary|artifacts?|logs?|metrics|outputs?|comments?|configs?|configuration|notebooks?|requirements|dependencies|cache|secrets?|keys?|tokens?)\b)/g;
const VERB = /^(?:test|(?:re)?train|build|deploy|lint) /;
/** Lower case, separators as spaces, `${{ }}` removed: job ids and file names read like titles. */
function normaliseName(text) {
    return text
        .replace(/\$\{\{[^}]*\}\}/g, ' ')
        .replace(/\.ya?ml$/i, '')
        .replace(/[_\-./()[\]:,"']+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
function withoutFixturePurposes(results) {
    return results.filter(r => !FIXTURE_PURPOSES.includes(r.purpose));
}
/** Unique and in a stable order (purpose order of the catalog, then step, rule, command) for goldens and reports. */
function finish(results) {
    const unique = new Map(results.map(r => [JSON.stringify([r.purpose, r.step, r.rule, r.command, r.via]), r]));
    return [...unique.values()].sort((a, b) => PURPOSES.indexOf(a.purpose) - PURPOSES.indexOf(b.purpose) ||
        (a.step ?? -1) - (b.step ?? -1) ||
        compareText(a.rule, b.rule) ||
        compareText(a.command ?? '', b.command ?? '') ||
        compareText(a.via.join('\u0000'), b.via.join('\u0000')));
}

// EXTERNAL MODULE: ./src/workflow/environment-class.ts
var environment_class = __webpack_require__(3233);
;// CONCATENATED MODULE: ./src/workflow/environment-values.ts
/** Nested references (`env.X` naming `inputs.y`) are followed this far: further is a loop or unreadable. */
const environment_values_MAX_DEPTH = 4;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
function environmentValues(name, job, workflow) {
    return valuesOf(name, { job, workflow, depth: 0 });
}
function valuesOf(text, scope) {
    const expressions = [...text.matchAll(EXPRESSION)];
    if (expressions.length === 0)
        return { values: [text.trim()], sources: [] };
    if (scope.depth >= environment_values_MAX_DEPTH)
        return { values: [], sources: [] };
    // Literal words around an expression (`api-${{ inputs.region }}-prod`) name the environment already.
    const literal = text.replace(EXPRESSION, ' ').trim();
    const parts = expressions.map(match => expressionValues(match[1] ?? '', scope));
    if (parts.some(part => part.values.length === 0)) {
        return literal === '' ? { values: [], sources: [] } : { values: [literal], sources: [] };
    }
    return {
        values: unique([...(literal === '' ? [] : [literal]), ...parts.flatMap(part => part.values)]),
        sources: unique(parts.flatMap(part => part.sources))
    };
}
/** `a || 'dev'` can be either side; `cond && 'prod' || 'dev'` either literal. */
function expressionValues(expression, scope) {
    const alternatives = expression
        .split(/\|\||&&/)
        .map(part => part.trim())
        .filter(part => part !== '');
    const found = alternatives.map(part => operandValues(part, scope));
    // In `github.ref == 'refs/heads/main' && 'prod' || 'dev'` the comparison is a condition, not a value.
    const usable = found.filter((part, i) => part !== 'condition' || i === alternatives.length - 1);
    if (usable.some(part => part === 'condition' || part.values.length === 0))
        return { values: [], sources: [] };
    const parts = usable;
    return {
        values: unique(parts.flatMap(part => part.values)),
        sources: unique(parts.flatMap(part => part.sources))
    };
}
const QUOTED = /^'((?:[^']|'')*)'$/;
const environment_values_REFERENCE = /^([\w-]+(?:\.[\w-]+)*)$/;
function operandValues(operand, scope) {
    const quoted = QUOTED.exec(operand);
    if (quoted)
        return { values: [(quoted[1] ?? '').replace(/''/g, "'")], sources: [] };
    if (/[=!<>]=?|\bcontains\(|\bstartsWith\(|\bendsWith\(/.test(operand))
        return 'condition';
    const reference = environment_values_REFERENCE.exec(operand.replace(/^\(|\)$/g, ''))?.[1];
    if (reference === undefined)
        return { values: [], sources: [] };
    return referenceValues(reference, scope);
}
function referenceValues(reference, scope) {
    const [root, ...path] = reference.split('.');
    const next = { ...scope, depth: scope.depth + 1 };
    const input = root === 'inputs'
        ? path[0]
        : root === 'github' && path[0] === 'event' && path[1] === 'inputs'
            ? path[2]
            : undefined;
    if (input !== undefined)
        return dispatchValues(input, scope.workflow);
    if (root === 'matrix' && path.length === 1)
        return matrixValues(path[0] ?? '', scope.job);
    if (root === 'env' && path.length === 1) {
        const value = scope.job.env?.[path[0] ?? ''] ?? scope.workflow.env?.[path[0] ?? ''];
        return value === undefined
            ? { values: [], sources: [] }
            : withSource(valuesOf(value, next), `env.${path[0]}`);
    }
    if (root === 'needs' && path[1] === 'outputs' && path.length === 3) {
        return outputValues(path[0] ?? '', path[2] ?? '', next);
    }
    return { values: [], sources: [] };
}
function dispatchValues(name, workflow) {
    const input = workflow.dispatchInputs?.[name];
    if (!input)
        return { values: [], sources: [] };
    const values = unique([...input.options, ...(input.default === undefined ? [] : [input.default])]);
    return values.length === 0 || input.type !== 'choice'
        ? { values: [], sources: [] }
        : { values, sources: [`workflow_dispatch input ${name}`] };
}
function matrixValues(key, job) {
    const matrix = job.matrix ?? {};
    const listed = Array.isArray(matrix[key]) ? matrix[key] : [];
    const included = Array.isArray(matrix.include)
        ? matrix.include.map(row => row?.[key])
        : [];
    const all = [...listed, ...included].filter(value => value !== undefined);
    if (all.length === 0 || !all.every(value => typeof value === 'string' || typeof value === 'number')) {
        return { values: [], sources: [] };
    }
    return { values: unique(all.map(String)), sources: [`matrix.${key}`] };
}
/**
 * `needs.setup.outputs.env` \u2192 the setup job's `outputs.env` \u2192 `steps.<id>.outputs.<name>` \u2192 the literals the
 * step writes: `echo "env=prod" >> "$GITHUB_OUTPUT"`, or `echo "env=$ENV"` with `ENV="prod"` / `ENV=dev`
 * assigned in the same script.
 */
function outputValues(jobId, output, scope) {
    const producer = scope.workflow.jobs.find(job => job.id === jobId || job.id.endsWith(`/${jobId}`));
    const expression = producer?.outputs[output];
    if (!producer || expression === undefined)
        return { values: [], sources: [] };
    const step = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(expression.trim());
    if (!step)
        return withSource(valuesOf(expression, { ...scope, job: producer }), `needs.${jobId}.outputs.${output}`);
    const script = producer.steps.find(s => s.id === step[1])?.run;
    const values = script === undefined ? [] : writtenValues(script, step[2] ?? '');
    return values.length === 0
        ? { values: [], sources: [] }
        : { values, sources: [`needs.${jobId}.outputs.${output}`] };
}
const WRITE = /echo\s+["']?([\w-]+)=([^"'\s>]*)["']?\s*>>\s*["']?\$\{?GITHUB_OUTPUT\}?/g;
function writtenValues(script, name) {
    const values = [];
    for (const match of script.matchAll(WRITE)) {
        if (match[1] !== name)
            continue;
        const value = match[2] ?? '';
        const variable = /^\$\{?(\w+)\}?$/.exec(value)?.[1];
        if (variable === undefined) {
            if (value === '' || value.includes('$'))
                return [];
            values.push(value);
            continue;
        }
        const assigned = assignments(script, variable);
        if (assigned.length === 0)
            return [];
        values.push(...assigned);
    }
    return unique(values);
}
/** Literal values a script assigns to a shell variable (`ENV="prod"`, `ENV=dev`); none if any is computed. */
function assignments(script, variable) {
    const found = [...script.matchAll(new RegExp(`(?:^|[\\s;])${variable}=("[^"]*"|'[^']*'|\\S*)`, 'g'))].map(match => (match[1] ?? '').replace(/^(["'])(.*)\1$/, '$2'));
    return found.some(value => value === '' || /[$`]/.test(value)) ? [] : found;
}
function withSource(found, source) {
    return found.values.length === 0
        ? found
        : { values: found.values, sources: unique([source, ...found.sources]) };
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./src/workflow/graph.ts
/**
 * A pull request run that a job's `if:` limits to merged ones (`types: [closed]` and
 * `github.event.pull_request.merged == true`): the change has landed on the base branch, so the run is a
 * delivery like a push, not a proposal.
 */
const MERGED_PULL_REQUEST = 'pull_request (merged)';
const AUTOMATIC_EVENTS = new Set([
    MERGED_PULL_REQUEST,
    'push',
    'pull_request',
    'pull_request_target',
    'merge_group',
    'schedule',
    'workflow_run',
    'release',
    'repository_dispatch',
    'deployment'
]);
/** Events whose `github.ref` is never a branch. */
const NON_BRANCH_EVENTS = new Set(['pull_request', 'merge_group', 'release']);
/** Events whose `github.ref` can be a tag. */
const TAG_EVENTS = new Set([
    'push',
    'release',
    'workflow_dispatch',
    'create',
    'delete',
    'deployment',
    'deployment_status'
]);
/** `always()`, `failure()`, `cancelled()`, `!cancelled()`: the job runs whatever its needs concluded. */
const STATUS_FUNCTION = /\b(always|failure|cancelled)\s*\(/;
const REQUIRES_SUCCESS = /github\.event\.workflow_run\.conclusion\s*==\s*'success'/;
function createWorkflowGraph(workflows) {
    const byFile = new Map(workflows.map(w => [w.file, w]));
    const byName = nameIndex(workflows);
    const jobsByFile = new Map(workflows.map(w => [w.file, new Map(w.jobs.map(j => [j.id, j]))]));
    const edges = workflowRunEdges(workflows, byName);
    const upstreamsOf = groupBy(edges, e => e.downstream);
    const predecessorCache = new Map();
    const eventCache = new Map();
    const automaticWorkflowCache = new Map();
    const job = (ref) => jobsByFile.get(ref.workflow)?.get(ref.job);
    function predecessors(ref) {
        const k = key(ref);
        const cached = predecessorCache.get(k);
        if (cached)
            return cached;
        predecessorCache.set(k, []); // a needs cycle (invalid workflow) must not recurse forever
        const found = new Map();
        // Keys are built once per job found: a workflow_run chain hands every downstream job all upstream jobs.
        const add = (r) => {
            const rk = key(r);
            if (found.has(rk))
                return;
            found.set(rk, r);
            for (const p of predecessors(r)) {
                const pk = key(p);
                if (!found.has(pk))
                    found.set(pk, p);
            }
        };
        for (const need of job(ref)?.needs ?? [])
            add({ workflow: ref.workflow, job: need });
        for (const edge of upstreamsOf.get(ref.workflow) ?? []) {
            for (const j of byFile.get(edge.upstream)?.jobs ?? [])
                add({ workflow: edge.upstream, job: j.id });
        }
        found.delete(k);
        const result = [...found.values()];
        predecessorCache.set(k, result);
        return result;
    }
    function precedes(a, b) {
        return predecessors(b).some(p => p.workflow === a.workflow && p.job === a.job);
    }
    /** The workflow's events, with `workflow_call` replaced by the events its callers run on. */
    function workflowEvents(file, visiting) {
        const events = new Set();
        for (const trigger of byFile.get(file)?.triggers ?? []) {
            if (trigger.event !== 'workflow_call')
                events.add(trigger.event);
            else
                for (const caller of callersOf(file))
                    for (const e of eventsWithin(caller, visiting))
                        events.add(e);
        }
        return events;
    }
    const callers = callerIndex(workflows);
    const callersOf = (file) => callers.get(file) ?? [];
    /** The events a job's own `if:` and its callers' `if:` allow, before looking at its needs. */
    function ownEvents(ref, visiting) {
        const workflow = byFile.get(ref.workflow);
        const j = job(ref);
        if (!workflow || !j)
            return new Set();
        let events = narrow(workflowEvents(ref.workflow, visiting), j.if, workflow.triggers);
        if (j.calledBy)
            events = intersect(events, ownEvents({ workflow: ref.workflow, job: j.calledBy.job }, visiting));
        return events;
    }
    function eventsWithin(ref, visiting) {
        const k = key(ref);
        const cached = eventCache.get(k);
        if (cached)
            return cached;
        if (visiting.has(k))
            return new Set();
        visiting.add(k);
        let events = ownEvents(ref, visiting);
        const j = job(ref);
        if (j && !STATUS_FUNCTION.test(j.if ?? '')) {
            for (const need of j.needs) {
                // A call waits for its inlined callee jobs, but one of them being skipped does not skip the call
                // (a callee job that runs only on a schedule leaves the call running on push).
                if (job({ workflow: ref.workflow, job: need })?.calledBy?.job === ref.job)
                    continue;
                events = intersect(events, eventsWithin({ workflow: ref.workflow, job: need }, visiting));
            }
        }
        visiting.delete(k);
        eventCache.set(k, events);
        return events;
    }
    const eventsOf = (ref) => eventsWithin(ref, new Set());
    /** A `workflow_run` trigger is automatic when an upstream it names is (unseen upstreams are assumed so). */
    function automaticWorkflow(file, visiting) {
        const cached = automaticWorkflowCache.get(file);
        if (cached !== undefined)
            return cached;
        if (visiting.has(file))
            return false;
        visiting.add(file);
        const workflow = byFile.get(file);
        const result = (workflow?.jobs ?? []).some(j => automaticJob({ workflow: file, job: j.id }, visiting));
        visiting.delete(file);
        automaticWorkflowCache.set(file, result);
        return result;
    }
    function automaticJob(ref, visiting) {
        const events = eventsOf(ref);
        return [...events].some(event => {
            if (!AUTOMATIC_EVENTS.has(event))
                return false;
            if (event !== 'workflow_run')
                return true;
            const named = byFile.get(ref.workflow)?.triggers.filter(t => t.event === 'workflow_run') ?? [];
            const upstreams = named.flatMap(t => t.workflows).map(name => byName.get(name));
            return upstreams.some(u => u === undefined || automaticWorkflow(u.file, visiting));
        });
    }
    return {
        job,
        predecessors,
        precedes,
        eventsOf,
        isAutomatic: ref => automaticJob(ref, new Set()),
        workflowRunEdges: edges
    };
}
function workflowRunEdges(workflows, byName) {
    return workflows.flatMap(downstream => downstream.triggers
        .filter(t => t.event === 'workflow_run' && runsAfterCompletion(t))
        .flatMap(t => t.workflows.flatMap(name => {
        const upstream = byName.get(name);
        if (!upstream)
            return [];
        const entries = downstream.jobs.filter(j => j.needs.length === 0);
        const requiresSuccess = entries.length > 0 && entries.every(j => REQUIRES_SUCCESS.test(j.if ?? ''));
        return [
            { upstream: upstream.file, downstream: downstream.file, requiresSuccess, location: t.location }
        ];
    })));
}
/** `types: [requested]` starts with the upstream, not after it: no ordering. No types means all of them. */
function runsAfterCompletion(trigger) {
    return trigger.types.length === 0 || trigger.types.includes('completed');
}
/**
 * `workflow_run.workflows` names workflows by `name:`, which defaults to the file path; where two share a
 * name the first is meant. Indexed once: every job of a workflow_run workflow looks its upstreams up.
 */
function nameIndex(workflows) {
    const index = new Map();
    for (const workflow of workflows) {
        const name = workflow.name ?? workflow.file;
        if (!index.has(name))
            index.set(name, workflow);
    }
    return index;
}
/** Callee file \u2192 the jobs that call it, read from the `calledBy` marks the collector left on inlined jobs. */
function callerIndex(workflows) {
    const index = new Map();
    for (const workflow of workflows) {
        for (const { calledBy } of workflow.jobs) {
            if (!calledBy)
                continue;
            const refs = index.get(calledBy.workflow) ?? new Map();
            refs.set(key({ workflow: workflow.file, job: calledBy.job }), {
                workflow: workflow.file,
                job: calledBy.job
            });
            index.set(calledBy.workflow, refs);
        }
    }
    return new Map([...index].map(([file, refs]) => [file, [...refs.values()]]));
}
/** Narrows events by an `if:` made of `&&`/`||` over recognised comparisons; other forms leave them as they are. */
function narrow(events, condition, triggers) {
    if (!condition)
        return events;
    const text = condition
        .trim()
        .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
        .trim();
    if (/[()]/.test(text.replace(/[\w.]+\([^()]*\)/g, '')))
        return events;
    const result = new Set();
    for (const disjunct of text.split('||')) {
        let allowed = events;
        for (const atom of disjunct.split('&&'))
            allowed = narrowAtom(allowed, atom.trim(), triggers);
        for (const e of allowed)
            result.add(e);
    }
    return result;
}
function narrowAtom(events, atom, triggers) {
    const event = EVENT_IS(atom);
    if (event !== undefined)
        return intersect(events, new Set([event]));
    const notEvent = EVENT_IS_NOT(atom);
    if (notEvent !== undefined)
        return new Set([...events].filter(e => e !== notEvent));
    if (MERGED.test(atom))
        return merged(events, triggers);
    const ref = REF_IS(atom) ?? startsWithRef(atom);
    const refName = REF_NAME_IS(atom);
    const refType = REF_TYPE_IS(atom);
    if (ref?.startsWith('refs/tags/') || refType === 'tag')
        return filter(events, e => canBeTag(e, triggers));
    if (ref?.startsWith('refs/heads/') || refName !== undefined || refType === 'branch') {
        return filter(events, e => canBeBranch(e, triggers));
    }
    return events;
}
/** `github.event.pull_request.merged`, alone or compared with true. */
const MERGED = /^github\.event\.pull_request\.merged(?:\s*==\s*(?:true|'true'))?$/;
/**
 * Only merged pull requests pass: they arrive as `closed` activity, so a trigger without that type never
 * runs the job for a pull request at all.
 */
function merged(events, triggers) {
    const closes = (event) => triggers.some(t => t.event === event && t.types.includes('closed'));
    const out = new Set();
    for (const event of events) {
        if (!event.startsWith('pull_request'))
            out.add(event);
        else if (closes(event))
            out.add(MERGED_PULL_REQUEST);
    }
    return out;
}
/**
 * `<lhs> <op> 'value'` in either order, the value returned. The regexes are compiled once, not for each
 * job's `if:`.
 */
function comparison(lhs, op) {
    const forward = new RegExp(`^${lhs}\\s*${op}\\s*'([^']*)'$`);
    const backward = new RegExp(`^'([^']*)'\\s*${op}\\s*${lhs}$`);
    return atom => (forward.exec(atom) ?? backward.exec(atom))?.[1];
}
const EVENT_IS = comparison('github\\.event_name', '==');
const EVENT_IS_NOT = comparison('github\\.event_name', '!=');
const REF_IS = comparison('github\\.ref', '==');
const REF_NAME_IS = comparison('github\\.ref_name', '==');
const REF_TYPE_IS = comparison('github\\.ref_type', '==');
function startsWithRef(atom) {
    return /^startsWith\(\s*github\.ref\s*,\s*'([^']*)'\s*\)$/.exec(atom)?.[1];
}
/** A push filtered to tags only never runs for a branch, and the reverse; unfiltered push runs for both. */
function canBeBranch(event, triggers) {
    if (event === 'push')
        return pushTriggers(triggers).some(t => t.tags.length === 0 || hasBranchFilter(t));
    return !NON_BRANCH_EVENTS.has(event);
}
function canBeTag(event, triggers) {
    if (event === 'push')
        return pushTriggers(triggers).some(t => t.tags.length > 0 || !hasBranchFilter(t));
    return TAG_EVENTS.has(event);
}
/** A callee's `push` comes from its callers, whose filters are not at hand: assume any ref. */
function pushTriggers(triggers) {
    const push = triggers.filter(t => t.event === 'push');
    return push.length > 0 ? push : [{ tags: [], branches: [], branchesIgnore: [] }];
}
function hasBranchFilter(trigger) {
    return trigger.branches.length > 0 || trigger.branchesIgnore.length > 0;
}
function filter(events, keep) {
    return new Set([...events].filter(keep));
}
/** Events both allow; a merged pull request is one kind of pull request, so the two meet in it. */
function intersect(a, b) {
    const refines = (merged, event) => merged.has(MERGED_PULL_REQUEST) && event.startsWith('pull_request');
    const out = new Set();
    for (const e of a) {
        if (b.has(e))
            out.add(e);
        else if (refines(b, e))
            out.add(MERGED_PULL_REQUEST);
    }
    for (const e of b)
        if (refines(a, e))
            out.add(MERGED_PULL_REQUEST);
    return out;
}
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items)
        groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
    return groups;
}
function key(ref) {
    return `${ref.workflow}\u0000${ref.job}`;
}

;// CONCATENATED MODULE: ./src/practices/support/pipeline.ts





const cache = new WeakMap();
function pipelineOf(evidence, environments) {
    const key = `${environments.production}\u0000${environments.preproduction}`;
    let byPatterns = cache.get(evidence);
    if (!byPatterns)
        cache.set(evidence, (byPatterns = new Map()));
    let pipeline = byPatterns.get(key);
    if (!pipeline)
        byPatterns.set(key, (pipeline = analyse(evidence, environments)));
    return pipeline;
}
function analyse(evidence, environments) {
    const graph = createWorkflowGraph(evidence.workflows);
    const read = evidence.workspace.read;
    const called = calledWorkflows(evidence.workflows);
    const named = evidence.namedJobs && namedByGlobs(evidence.namedJobs.globs);
    const jobs = evidence.workflows
        .filter(workflow => !(called.has(workflow.file) && onlyCalled(workflow)))
        .flatMap(workflow => workflow.jobs.filter(job => !isInlinedCaller(workflow, job)).map(job => describeJob(workflow, job)));
    function describeJob(workflow, job) {
        const ref = { workflow: workflow.file, job: job.id };
        const purposes = named?.(job)
            ? withNamed(classifyJob(job, read), evidence.namedJobs)
            : classifyJob(job, read);
        const target = targetOf(job, workflow, environments);
        return {
            ref,
            workflow,
            job,
            purposes,
            environmentClass: target?.class,
            environmentName: target?.name,
            environmentValues: target?.values ?? [],
            deploys: deploysBy(job, purposes, target?.class, read),
            automatic: graph.isAutomatic(ref)
        };
    }
    const byKey = new Map(jobs.map(job => [`${job.ref.workflow}\u0000${job.ref.job}`, job]));
    for (const marker of jobs.filter(job => job.environmentClass === 'production' && !job.deploys)) {
        // \u00a71.3: a production `environment:` on a job that only echoes or notifies marks the job it needs, which
        // really deploys (`terraform apply` in a job of no environment), as the production deploy.
        for (const need of marker.job.needs) {
            const deployer = byKey.get(`${marker.ref.workflow}\u0000${need}`);
            if (deployer?.deploys !== true || deployer.environmentClass !== undefined)
                continue;
            deployer.environmentClass = 'production';
            deployer.environmentName = marker.environmentName ?? marker.job.environment?.name;
        }
    }
    const deployJobs = jobs.filter(job => job.deploys);
    const beforeCache = new Map();
    return {
        graph,
        jobs,
        withPurpose: (...wanted) => jobs.filter(job => job.purposes.some(p => wanted.includes(p.purpose))),
        deployJobs,
        productionDeploys: deployJobs.filter(job => job.environmentClass === 'production'),
        before
    };
    /** Asked for every pair of jobs by some practices: each job's list is built once. */
    function before(job) {
        let found = beforeCache.get(job);
        if (!found) {
            found = graph
                .predecessors(job.ref)
                .map(ref => byKey.get(`${ref.workflow}\u0000${ref.job}`))
                .filter((other) => other !== undefined);
            beforeCache.set(job, found);
        }
        return found;
    }
}
/**
 * A job the practice's `jobs:` option names does its work: it gains the purposes it lacks, read by rule
 * `policy-jobs` from the job as a whole (no step, so it orders as the whole job does).
 */
function withNamed(purposes, named) {
    const missing = (named?.purposes ?? []).filter(purpose => !purposes.some(p => p.purpose === purpose));
    return [...purposes, ...missing.map(purpose => ({ purpose, rule: 'policy-jobs', via: [] }))];
}
/** Files some local workflow calls: their jobs are already in the model, inlined into the callers. */
function calledWorkflows(workflows) {
    return new Set(workflows.flatMap(workflow => workflow.jobs.flatMap(job => job.calledBy?.workflow ?? [])));
}
/**
 * A workflow that only runs when called: judged as a pipeline of its own, its jobs would count twice (raw and
 * inlined) and without the callers' inputs, needs and artifacts. One no local workflow calls stays in: another
 * repository may call it.
 */
function onlyCalled(workflow) {
    return workflow.triggers.length > 0 && workflow.triggers.every(trigger => trigger.event === 'workflow_call');
}
/** Ranks the classes of an expression's values: the job deploys to the most production-like of them. */
const CLASS_RANK = ['production', 'preproduction', 'unresolved', 'other'];
/** Inputs of a remote call that name where it deploys (`environment`, `deploy_env`, `target-environment`). */
const ENVIRONMENT_INPUT = /^(?:[\w-]*[-_])?env(?:ironment)?(?:[-_]name)?$/i;
/**
 * `environment: ${{ inputs.environment }}` with a dispatch choice `[dev, preprod, prod]`, a matrix list or a
 * setup job's literal outputs deploys to every value it can take, so the job is as production as its most
 * production value (\u00a73.2). A remote reusable workflow or action the job hands the work to takes its
 * environment from an input that names one (\u00a710.1).
 */
function targetOf(job, workflow, environments) {
    const written = job.environment?.name ?? remoteEnvironmentInput(job);
    if (written === undefined)
        return undefined;
    const { values } = environmentValues(written, job, workflow);
    if (values.length === 0) {
        return { class: (0,environment_class/* classifyEnvironment */.m)(written, environments), name: undefined, values: [] };
    }
    const named = values.map(value => ({ name: value, class: (0,environment_class/* classifyEnvironment */.m)(value, environments) }));
    const best = CLASS_RANK.find(rank => named.some(n => n.class === rank)) ?? 'unresolved';
    return { class: best, name: named.find(n => n.class === best)?.name, values: named };
}
function remoteEnvironmentInput(job) {
    const remote = job.uses !== undefined && !job.uses.startsWith('./') ? job.with : undefined;
    const key = Object.keys(remote ?? {}).find(name => ENVIRONMENT_INPUT.test(name));
    return key === undefined ? undefined : remote?.[key];
}
const DEPLOY_PURPOSES = ['deploy', 'rollout', 'iac-apply', 'model-deploy'];
/**
 * Deployers that put a pipeline or job definition onto its platform (`vertex-deployer deploy`, `dbx deploy`,
 * `databricks bundle deploy`, `kfp pipeline create`): a push to a runtime, so a deploy (patterns \u00a71.1, \u00a79.1).
 */
const PLATFORM_DEPLOYERS = new Set(['pipeline-deployer']);
/** Keeping files for later jobs is not publishing them anywhere. */
const KEEPS_ONLY = new Set(['actions/upload-artifact', 'actions/cache']);
function deploysBy(job, purposes, target, read) {
    if (purposes.some(p => DEPLOY_PURPOSES.includes(p.purpose) || PLATFORM_DEPLOYERS.has(p.rule)))
        return true;
    if (target === undefined)
        return false;
    // A package released into `pypi` or `crates-io` is deployed there (\u00a71.2).
    if (purposes.some(p => p.purpose === 'artifact-store' && !KEEPS_ONLY.has(p.rule)))
        return true;
    if (target === 'other')
        return false;
    return job.uses !== undefined || opaqueSteps(job, read).length > 0;
}
/**
 * A job that calls a local reusable workflow stays in the model as an ordering node once its callee's jobs
 * are inlined (`caller/callee`); it does nothing itself, so practices look at the inlined jobs instead.
 */
function isInlinedCaller(workflow, job) {
    return job.uses !== undefined && workflow.jobs.some(other => other.calledBy?.job === job.id);
}
function hasPurpose(job, ...purposes) {
    return job.purposes.some(p => purposes.includes(p.purpose));
}
/** Where a job shows a purpose: the first step that does, else the job itself. */
function locationOf(job, ...purposes) {
    const hit = job.purposes.find(p => purposes.includes(p.purpose) && p.step !== undefined);
    const step = hit?.step === undefined ? undefined : job.job.steps[hit.step];
    return (step ?? job.job).location;
}
/** A job's display name as people read it in the Actions UI. */
function jobLabel(job) {
    return job.job.name && !job.job.name.includes('${{') ? `${job.job.name} (${job.job.id})` : job.job.id;
}
function jobEvidence(job, ...purposes) {
    const hit = firstHit(job, purposes);
    return {
        kind: 'job',
        workflow: job.ref.workflow,
        job: job.ref.job,
        location: locationOf(job, ...purposes),
        ...(hit !== undefined && { why: whyOf(job, hit) })
    };
}
/** How a finding names a step: its name or id, else what it uses or the first line it runs. */
function stepLabel(step) {
    return step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${step.index + 1}`;
}
/** The classification that shows a purpose: a step's first, else the job's own (name, services, call). */
function firstHit(job, purposes) {
    const hits = job.purposes.filter(p => purposes.includes(p.purpose));
    return hits.find(p => p.step !== undefined) ?? hits[0];
}
function whyOf(job, hit) {
    const step = hit.step === undefined ? undefined : job.job.steps[hit.step];
    const stepName = step && (step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0]);
    return {
        purpose: hit.purpose,
        rule: hit.rule,
        ...(stepName !== undefined && { step: stepName }),
        ...(hit.command !== undefined && { command: hit.command }),
        ...(hit.via.length > 0 && { via: hit.via })
    };
}
/** The API jobs of this run rendered from a workflow job; empty when the job is not in this run's workflow. */
function runJobsOf(job, run) {
    if (run === undefined || job.ref.workflow !== run.workflow)
        return [];
    return run.jobs.get(job.ref.job) ?? [];
}
/** A job that started in this run (skipped jobs never start). */
function started(job) {
    return job.startedAt !== null && job.conclusion !== 'skipped';
}

;// CONCATENATED MODULE: ./src/evaluate/production-deploy-jobs.ts

/**
 * The jobs the gate classifies as production deploys, as the DORA fallback reads their runs: the workflow
 * they run in and the production environment they deploy to.
 */
function productionDeployJobs(evidence, environments) {
    return pipelineOf(evidence, environments).productionDeploys.map(job => ({
        workflow: job.workflow,
        job: job.job.id,
        environment: job.environmentName ?? job.job.environment?.name ?? 'production'
    }));
}

;// CONCATENATED MODULE: ./src/checks/attest.ts


const attest_messages = {
    attested: 'attested by {by} until {expires}',
    'no-attestation': 'no attestation in the policy'
};
/**
 * Generic `attest` check: a practice no pipeline can show, vouched for by a person in the policy.
 * Lapsed attestations never reach here: evaluation drops them and says so in a notice.
 */
const attestCheck = defineCheck({
    meta: { messages: attest_messages, options: {} },
    check(context) {
        const attestation = context.attestations.find(a => a.practice === context.practice);
        if (attestation === undefined) {
            return findingFor(context, attest_messages, 'no-attestation', {
                status: 'fail',
                strength: 'none',
                evidence: [],
                locations: [],
                remediation: `Add an entry to \`attestations:\` with practice: ${context.practice}, by, evidence and expires.`
            });
        }
        return findingFor(context, attest_messages, 'attested', {
            status: 'pass',
            strength: 'attested',
            data: { by: attestation.by, expires: attestation.expires },
            evidence: [
                {
                    kind: 'attestation',
                    by: attestation.by,
                    evidence: attestation.evidence,
                    expires: attestation.expires
                }
            ],
            locations: attestation.location ? [attestation.location] : [],
            remediation: ''
        });
    }
});

// EXTERNAL MODULE: ./src/core/safe-regex.ts + 3 modules
var safe_regex = __webpack_require__(5835);
;// CONCATENATED MODULE: ./src/core/policy-regex.ts



/**
 * A regex written in the policy: refused at load, with the reason, when it would not compile, is too long or
 * could backtrack catastrophically (design \u00a711) \u2014 so no check ever meets an unusable pattern.
 */
const policyRegex = schemas/* string */.YjP().superRefine((source, ctx) => {
    try {
        (0,safe_regex/* compilePolicyRegex */.f0)(source);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: (0,message_of/* messageOf */.b)(error), input: source });
    }
});

;// CONCATENATED MODULE: ./src/checks/workspace-glob.ts

/**
 * A glob from the policy. It must stay inside the workspace: absolute paths and `..` segments are refused at
 * load time, so no check ever looks outside the checkout.
 */
const workspaceGlob = schemas/* string */.YjP()
    .min(1)
    .refine(glob => !glob.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(glob), 'must be relative to the repository root')
    .refine(glob => !glob.split(/[\\/]/).includes('..'), "must not contain '..': paths stay inside the workspace");

;// CONCATENATED MODULE: ./src/checks/files.ts







const files_messages = {
    found: 'found {count} matching file(s): {list}',
    'no-files': 'no file matches {globs}',
    'no-content': '{count} file(s) match {globs} but none contains /{contains}/'
};
/** Generic `files` check (design \u00a72.3): files matching the globs exist, optionally with matching content. */
const filesCheck = defineCheck({
    meta: {
        messages: files_messages,
        options: {
            files: schemas/* array */.YOg(workspaceGlob).min(1).describe('globs relative to the repository root'),
            contains: policyRegex.optional().describe('a regex one line of a matching file must match')
        }
    },
    check(context, options) {
        const { workspace } = context.evidence;
        const isMatch = globFilter(options.files, { dot: true });
        const matches = workspace.files.filter(file => isMatch(file));
        const globs = options.files.join(', ');
        if (matches.length === 0) {
            return findingFor(context, files_messages, 'no-files', {
                status: 'fail',
                strength: 'definition',
                data: { globs },
                evidence: [],
                locations: [],
                remediation: `Add a file matching ${globs}, or correct the globs in the policy.`
            });
        }
        const located = options.contains === undefined
            ? matches.map(fileStart)
            : linesContaining(options.contains, matches, workspace.read);
        if (located.length === 0) {
            return findingFor(context, files_messages, 'no-content', {
                status: 'fail',
                strength: 'definition',
                data: { count: matches.length, globs, contains: options.contains ?? '' },
                evidence: matches.map(file => ({ kind: 'file', file })),
                locations: [],
                remediation: `Make one of ${matches.slice(0, 3).join(', ')} contain a line matching /${options.contains}/.`
            });
        }
        return findingFor(context, files_messages, 'found', {
            status: 'pass',
            strength: 'definition',
            data: {
                count: located.length,
                list: located
                    .slice(0, 5)
                    .map(l => l.file)
                    .join(', ')
            },
            evidence: located.map(location => ({ kind: 'file', file: location.file })),
            locations: located,
            remediation: ''
        });
    }
});
function fileStart(file) {
    return { file, line: 1, column: 1 };
}
function linesContaining(contains, files, read) {
    const pattern = (0,safe_regex/* compilePolicyRegex */.f0)(contains ?? '');
    const found = [];
    for (const file of files) {
        const lines = (read(file) ?? '').split('\n');
        const index = lines.findIndex(line => (0,safe_regex/* testBounded */.WT)(pattern, line));
        if (index >= 0)
            found.push({ file, line: index + 1, column: 1 });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/checks/thresholds.ts


/**
 * Model validation thresholds (design \u00a75): each rule bounds a candidate metric's value and, against the
 * previous model's metrics (the baseline), how much it may get worse. Pure: the metrics files arrive parsed.
 */
const changeBound = schemas/* union */.KCZ([
    schemas/* number */.aig().nonnegative(),
    schemas/* string */.YjP().regex(/^(?:\d+(?:\.\d+)?|\.\d+)%$/, "a change bound is a number or a percentage such as '2%'")
]);
const metricRuleSchema = schemas/* strictObject */.rej({
    direction: schemas/* enum */.k5n(['higher', 'lower']).optional(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    'max-drop': changeBound.optional(),
    'max-rise': changeBound.optional(),
    'new-metric': schemas/* enum */.k5n(['allow', 'fail']).optional()
})
    .superRefine((rule, ctx) => {
    const issue = (path, message) => {
        ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if ((rule['max-drop'] !== undefined || rule['max-rise'] !== undefined) && rule.direction === undefined) {
        issue('direction', 'direction (higher or lower) is required with max-drop or max-rise');
    }
    if (rule['max-drop'] !== undefined && rule.direction === 'lower') {
        issue('max-drop', 'max-drop bounds a metric where higher is better; use max-rise with direction: lower');
    }
    if (rule['max-rise'] !== undefined && rule.direction === 'higher') {
        issue('max-rise', 'max-rise bounds a metric where lower is better; use max-drop with direction: higher');
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        issue('min', `min ${rule.min} is above max ${rule.max}`);
    }
});
function read(value) {
    if (value === undefined)
        return { kind: 'missing' };
    if (typeof value === 'number')
        return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'bad', shown: String(value), value };
    // JSON.stringify gives undefined only for a function or a symbol, which no parsed metrics file holds.
    const shown = JSON.stringify(value) ?? typeof value;
    return { kind: 'bad', shown: shown.length > 40 ? `${shown.slice(0, 40)}\u2026` : shown, value: null };
}
/** Rounds away float noise (0.85 \u2212 0.845 = 0.0050000000000000044) from figures that are shown and compared. */
function tidy(n) {
    return Number(n.toPrecision(12));
}
function fmt(n) {
    return String(Number(n.toPrecision(6)));
}
function percentText(fraction) {
    return `${fmt(fraction * 100)}%`;
}
/** The rule as people write it: "\u2265 0.8, drop \u2264 0.005". */
function boundText(rule) {
    const parts = [];
    if (rule.min !== undefined)
        parts.push(`\u2265 ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`\u2264 ${rule.max}`);
    if (rule['max-drop'] !== undefined)
        parts.push(`drop \u2264 ${rule['max-drop']}`);
    if (rule['max-rise'] !== undefined)
        parts.push(`rise \u2264 ${rule['max-rise']}`);
    return parts.length > 0 ? parts.join(', ') : 'no bound';
}
function hasChangeBound(rule) {
    return rule['max-drop'] !== undefined || rule['max-rise'] !== undefined;
}
function valueProblems(rule, candidate) {
    if (candidate.kind === 'missing')
        return ['missing in the candidate'];
    if (candidate.kind === 'bad')
        return [`candidate is ${candidate.shown}, not a finite number`];
    const c = candidate.value;
    const problems = [];
    if (rule.min !== undefined && c < rule.min)
        problems.push(`${fmt(c)} < min ${rule.min}`);
    if (rule.max !== undefined && c > rule.max)
        problems.push(`${fmt(c)} > max ${rule.max}`);
    return problems;
}
/**
 * The change bound: how much worse than the baseline the candidate may be. Absolute bounds are in the
 * metric's unit; relative ones ('2%') are taken of |baseline|, so a negative baseline (a log-likelihood)
 * works. A relative bound of a zero baseline allows no change at all in the bad direction: "2% of 0" is 0,
 * and the relative change itself is undefined, which the reason says. Bounds are inclusive up to float
 * rounding, so `max-drop: 0.005` passes 0.85 \u2192 0.845.
 */
function changeProblem(rule, c, b) {
    const higher = rule.direction === 'higher';
    const bound = higher ? rule['max-drop'] : rule['max-rise'];
    if (bound === undefined)
        return undefined;
    const word = higher ? 'drop' : 'rise';
    const worse = higher ? b - c : c - b;
    const relative = typeof bound === 'string';
    const allowed = relative ? (Number(bound.slice(0, -1)) / 100) * Math.abs(b) : bound;
    const tolerance = 8 * Number.EPSILON * Math.max(1, Math.abs(b), Math.abs(c));
    if (worse <= allowed + tolerance)
        return undefined;
    if (relative && b === 0) {
        return `${word} ${fmt(worse)} from a baseline of 0: a relative bound (${bound}) allows no ${word} there, as the relative change is undefined`;
    }
    const of = b !== 0 ? ` (${percentText(worse / Math.abs(b))})` : '';
    return `${word} ${fmt(worse)}${of} > max-${word} ${bound}`;
}
function evaluateOne(key, rule, candidateValue, baseline, baselineValue) {
    const candidate = read(candidateValue);
    const problems = valueProblems(rule, candidate);
    const row = {
        kind: 'metric',
        key,
        candidate: candidate.kind === 'missing' ? null : candidate.value,
        baseline: null,
        delta: null,
        relativeDelta: null,
        bound: boundText(rule),
        verdict: 'pass',
        reason: 'within bounds'
    };
    /** The verdict once every check has run: any problem fails, else the given outcome. */
    const conclude = (outcome, reason) => problems.length > 0
        ? { ...row, verdict: 'fail', reason: problems.join('; ') }
        : { ...row, verdict: outcome, reason };
    if (baseline.kind === 'none') {
        return hasChangeBound(rule)
            ? conclude('no-baseline', 'no baseline configured')
            : conclude('pass', 'within bounds');
    }
    if (baseline.kind === 'missing')
        return conclude('no-baseline', 'first model: no baseline');
    const base = read(baselineValue);
    if (base.kind === 'missing') {
        if (rule['new-metric'] === 'allow')
            return conclude('pass', 'new metric: no baseline value (allowed)');
        problems.push('missing in the baseline (new-metric: allow accepts new metrics)');
        return conclude('pass', 'within bounds');
    }
    row.baseline = base.value;
    if (base.kind === 'bad') {
        problems.push(`baseline is ${base.shown}, not a finite number`);
        return conclude('pass', 'within bounds');
    }
    if (candidate.kind !== 'number')
        return conclude('pass', 'within bounds');
    const delta = tidy(candidate.value - base.value);
    row.delta = delta;
    row.relativeDelta = base.value !== 0 ? tidy(delta / Math.abs(base.value)) : null;
    const change = changeProblem(rule, candidate.value, base.value);
    if (change)
        problems.push(change);
    return conclude('pass', 'within bounds');
}
/**
 * The concrete metrics a rule key names: itself, or for a key with `*` every match in the candidate and in
 * the baseline (a slice that vanished from the candidate is reported missing, not forgotten).
 */
function concreteKeys(key, candidate, baseline) {
    if (!key.split('.').includes('*'))
        return [key];
    const found = (data) => lookupMetric(data, key).map(m => m.path);
    const keys = new Set(found(candidate));
    if (baseline.kind === 'data')
        for (const k of found(baseline.data))
            keys.add(k);
    const concrete = [...keys].filter(k => k !== key);
    return concrete.sort();
}
function valueAt(data, key) {
    return lookupMetric(data, key)[0]?.value;
}
/**
 * Evaluates every rule against the candidate metrics and the baseline, one row per concrete metric in rule
 * order (a `*` rule's rows sorted by key). A `*` rule that matches nothing fails: a gate must not pass on
 * metrics it could not find.
 */
function evaluateThresholds(rules, candidate, baseline) {
    return Object.entries(rules).flatMap(([key, rule]) => {
        const keys = concreteKeys(key, candidate, baseline);
        if (keys.length === 0) {
            return [
                {
                    ...evaluateOne(key, rule, undefined, { kind: 'none' }, undefined),
                    reason: `no metric matches ${key}`
                }
            ];
        }
        return keys.map(k => evaluateOne(k, rule, valueAt(candidate, k), baseline, baseline.kind === 'data' ? valueAt(baseline.data, k) : undefined));
    });
}

;// CONCATENATED MODULE: ./src/checks/metrics.ts







/** The options of a metrics comparison, shared by the generic check and `model-validation`. */
const metricsOptionsShape = {
    candidate: workspaceGlob.describe("the candidate model's metrics file (JSON, YAML or CSV), relative to the root"),
    baseline: schemas/* strictObject */.rej({
        path: workspaceGlob.describe("the previous model's metrics file"),
        ref: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('read it at this ref (`base`: the base commit); else the workspace')
    })
        .optional()
        .describe("the previous model's recorded metrics, for change bounds (`max-drop`, `max-rise`)"),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema)
        .refine(rules => Object.keys(rules).length > 0, 'name at least one metric')
        .describe('metric key (a path into the file, `*` for every slice) \u2192 bounds (design \u00a75)')
};
/**
 * Reads the candidate and the baseline and evaluates the thresholds (design \u00a75). A candidate that is missing
 * or unreadable, or a baseline that exists but cannot be read, stops here: the metrics are then unknown or
 * failing, never passed. A baseline absent at its source is the first model: change bounds are skipped.
 */
async function measureMetrics(evidence, options) {
    const candidate = await metrics_readMetrics(evidence, options.candidate);
    if ('missing' in candidate)
        return { problem: 'candidate-missing', detail: options.candidate };
    if ('error' in candidate)
        return { problem: 'unreadable', detail: `${options.candidate}: ${candidate.error}` };
    const baseline = await readBaseline(evidence, options.baseline);
    if ('problem' in baseline)
        return baseline;
    return { rows: evaluateThresholds(options.metrics, candidate.data, baseline) };
}
async function readBaseline(evidence, source) {
    if (source === undefined)
        return { kind: 'none' };
    const where = source.ref === undefined ? source.path : `${source.path} at ${source.ref}`;
    // A baseline that is there but refused (symlink out, too large) is not a first model: its bounds would vanish.
    const read = source.ref === undefined
        ? await metrics_readMetrics(evidence, source.path)
        : parsed(await evidence.atRef(source.ref, source.path), source.path);
    if ('missing' in read)
        return { kind: 'missing' };
    if ('error' in read)
        return { problem: 'unreadable', detail: `${where}: ${read.error}` };
    return { kind: 'data', data: read.data };
}
/**
 * A metrics file of the evidence's workspace: through the report reader (50 MB) in the checkout, else the
 * workspace's text, with the reason it gives when the file is there but cannot be read.
 */
async function metrics_readMetrics(evidence, file) {
    if (evidence.reports.metrics)
        return evidence.reports.metrics(file);
    const text = evidence.workspace.read(file);
    if (text !== undefined)
        return parsed({ found: true, text }, file);
    const why = evidence.workspace.whyUnread?.(file) ??
        (evidence.workspace.files.includes(file)
            ? 'not readable (too large, unreadable, or a symlink out of the workspace)'
            : 'not found');
    return why === 'not found' ? { missing: true } : { error: why };
}
function parsed(read, file) {
    if (!read.found)
        return read.reason ? { error: read.reason } : { missing: true };
    try {
        return { data: parseMetrics(read.text, file) };
    }
    catch (error) {
        return { error: (0,message_of/* messageOf */.b)(error) };
    }
}
const metrics_messages = {
    pass: '{count} metric(s) within bounds{first}',
    fail: '{failed} of {count} metric(s) out of bounds: {which}',
    'candidate-missing': 'the candidate metrics file {detail} is missing',
    unreadable: 'the metrics could not be compared: {detail}'
};
/** Generic `metrics` check (design \u00a72.3, \u00a75): thresholds over a metrics file hold, optionally against a baseline. */
const metricsCheck = defineCheck({
    meta: { messages: metrics_messages, options: metricsOptionsShape },
    async check(context, options) {
        const measure = await measureMetrics(context.evidence, options);
        const at = [{ file: options.candidate, line: 1, column: 1 }];
        if ('problem' in measure) {
            return findingFor(context, metrics_messages, measure.problem, {
                status: measure.problem === 'candidate-missing' ? 'fail' : 'unknown',
                strength: 'run',
                data: { detail: measure.detail },
                evidence: [],
                locations: [],
                remediation: metricsRemedy(options, measure)
            });
        }
        const failed = measure.rows.filter(row => row.verdict === 'fail');
        const firstModel = measure.rows.some(row => row.verdict === 'no-baseline')
            ? ' (first model: no baseline)'
            : '';
        if (failed.length > 0) {
            return findingFor(context, metrics_messages, 'fail', {
                status: 'fail',
                strength: 'run',
                data: {
                    ...outOfBounds(measure.rows)
                },
                evidence: measure.rows,
                locations: at,
                remediation: 'Do not promote this model: improve it until every metric is within its bounds, or review the bounds.'
            });
        }
        return findingFor(context, metrics_messages, 'pass', {
            status: 'pass',
            strength: 'run',
            data: { count: measure.rows.length, first: firstModel },
            evidence: measure.rows,
            locations: at,
            remediation: ''
        });
    }
});
/** The message data for metrics out of bounds: how many of how many, and each with its reason. */
function outOfBounds(rows) {
    const failed = rows.filter(row => row.verdict === 'fail');
    return {
        failed: failed.length,
        count: rows.length,
        which: failed.map(row => `\`${row.key}\` ${row.reason}`).join('; ')
    };
}
/** What to do when the metrics could not be compared, for the file that was the problem. */
function metricsRemedy(options, problem) {
    if (problem.problem === 'candidate-missing') {
        return `Have the evaluation step write the candidate's metrics to ${options.candidate} before the gate runs.`;
    }
    if (problem.detail.startsWith(`${options.candidate}:`)) {
        return `Make ${options.candidate} a JSON, YAML or two-column CSV metrics file.`;
    }
    if (options.baseline?.ref === 'base') {
        return 'The baseline is read at the base commit: run on a pull request or push (or give the CLI `--base REF`) with that commit fetchable.';
    }
    return `Make the baseline ${options.baseline?.path ?? ''} readable (it must stay inside the repository).`;
}

;// CONCATENATED MODULE: ./src/checks/failing-cases.ts
/** The first failing cases of a report, named as a person searches for them, then how many more failed. */
function failingCases(summary, shown = 3) {
    const names = summary.failingCases
        .slice(0, shown)
        .map(c => `\`${c.classname ? `${c.classname}.${c.name}` : c.name}\``);
    const more = summary.failures + summary.errors - names.length;
    if (names.length === 0)
        return 'the report names no failing case';
    return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

;// CONCATENATED MODULE: ./src/checks/tests-evidence.ts
/** A parsed test report as the JSON report shows it. */
function testsEvidence(file, summary) {
    const { tests, failures, errors, skipped } = summary;
    return { kind: 'tests', file, tests, failures, errors, skipped };
}

;// CONCATENATED MODULE: ./src/checks/test-report-verdict.ts


/**
 * Judges found test reports in a fixed order \u2014 a failing report first (it is the news), then an unreadable
 * one (its results are unknown, never passed), then too few tests \u2014 shared by `unit-tests` and the generic
 * `reports` check so both read reports the same way.
 */
function testReportVerdict(search, minTests) {
    if (search.files.length === 0)
        return { kind: 'none' };
    const parsed = search.files.flatMap(f => (f.summary ? [{ file: f.file, summary: f.summary }] : []));
    const evidence = [
        ...parsed.map(({ file, summary }) => testsEvidence(file, summary)),
        ...search.files.flatMap(f => f.error === undefined ? [] : [{ kind: 'note', text: `${f.file}: ${f.error}` }])
    ];
    const failing = parsed.find(({ summary }) => summary.failures + summary.errors > 0);
    if (failing) {
        const failed = failing.summary.failures + failing.summary.errors;
        return { kind: 'failing', file: failing.file, failed, cases: failingCases(failing.summary), evidence };
    }
    const unreadable = search.files.find(f => f.error !== undefined);
    if (unreadable)
        return { kind: 'unreadable', file: unreadable.file, error: unreadable.error ?? '', evidence };
    // Skipped cases prove nothing ran: a suite of skips must not satisfy `min-tests`.
    const tests = parsed.reduce((sum, { summary }) => sum + summary.tests - summary.skipped, 0);
    if (tests < minTests)
        return { kind: 'too-few', tests, files: parsed.map(p => p.file), evidence };
    return { kind: 'passing', tests, reports: parsed.length, evidence };
}

;// CONCATENATED MODULE: ./src/checks/reports.ts





const reports_messages = {
    passing: '{reports} report(s) hold {tests} executed test(s), none failing',
    none: 'no test report matches {globs}',
    failing: '{file} reports {failed} failing test(s): {cases}',
    unreadable: '{file} could not be read as a test report ({error}); its results are unknown',
    'too-few': 'the test reports hold {tests} executed test(s) (skipped ones do not count), fewer than min-tests ({min})'
};
const atFile = (file) => ({ file, line: 1, column: 1 });
/** Generic `reports` check (design \u00a72.3): the reports parse, hold \u2265 `min-tests` tests and no failures or errors. */
const reportsCheck = defineCheck({
    meta: {
        messages: reports_messages,
        options: {
            reports: schemas/* array */.YOg(workspaceGlob).min(1).describe('JUnit/xUnit XML report globs'),
            'min-tests': schemas/* number */.aig().int().min(0).default(1).describe('the fewest test cases the reports must hold')
        }
    },
    async check(context, options) {
        const globs = options.reports.join(', ');
        const verdict = testReportVerdict(await context.evidence.reports.tests(options.reports), options['min-tests']);
        const base = { strength: 'run', remediation: '' };
        switch (verdict.kind) {
            case 'none':
                return findingFor(context, reports_messages, 'none', {
                    ...base,
                    status: 'fail',
                    data: { globs },
                    evidence: [],
                    locations: [],
                    remediation: `Write the test results as JUnit XML to a path matching ${globs} before the gate runs.`
                });
            case 'failing':
                return findingFor(context, reports_messages, 'failing', {
                    ...base,
                    status: 'fail',
                    data: { file: verdict.file, failed: verdict.failed, cases: verdict.cases },
                    evidence: verdict.evidence,
                    locations: [atFile(verdict.file)],
                    remediation: `Fix the failing tests in ${verdict.file}.`
                });
            case 'unreadable':
                return findingFor(context, reports_messages, 'unreadable', {
                    ...base,
                    status: 'unknown',
                    data: { file: verdict.file, error: verdict.error },
                    evidence: verdict.evidence,
                    locations: [atFile(verdict.file)],
                    remediation: `Make ${verdict.file} a JUnit/xUnit XML report, or narrow the globs so it is not matched.`
                });
            case 'too-few':
                return findingFor(context, reports_messages, 'too-few', {
                    ...base,
                    status: 'fail',
                    data: { tests: verdict.tests, min: options['min-tests'] },
                    evidence: verdict.evidence,
                    locations: verdict.files.map(atFile),
                    remediation: `Make every suite write its results to ${globs}; only ${verdict.tests} test(s) were reported.`
                });
            case 'passing':
                return findingFor(context, reports_messages, 'passing', {
                    ...base,
                    status: 'pass',
                    data: { reports: verdict.reports, tests: verdict.tests },
                    evidence: verdict.evidence,
                    locations: [],
                    remediation: ''
                });
        }
    }
});

;// CONCATENATED MODULE: ./src/checks/workflow.ts






/**
 * The generic `workflow` check (design \u00a72.3): a job or step matching every given matcher exists.
 * Job matchers (`jobs`, `environment`, `needs-environment`, `triggers`, `after`) pick jobs; item matchers
 * (`name`, `uses`, `id`, `run`) then pick the job itself (`name`/`uses` of a job, when no step-only matcher
 * is given) and its steps. A step's `name` falls back to its job's name, so `name: e2e*` with `run: playwright`
 * finds the Playwright step of an e2e job. `needs-environment` means the match runs after (transitively
 * needs) a job deploying to that environment: `production`, `preproduction` or a regex over the name.
 */
const globs = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]);
const regex = policyRegex.pipe(schemas/* string */.YjP().min(1));
const workflowMatcherSchema = schemas/* strictObject */.rej({
    jobs: globs.optional(),
    id: globs.optional(),
    name: globs.optional(),
    uses: globs.optional(),
    run: regex.optional(),
    environment: regex.optional(),
    'needs-environment': regex.optional(),
    triggers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
    get after() {
        return workflowMatcherSchema.optional();
    }
});
function checkWorkflow(workflows, matcher, context) {
    return { matches: findMatches(workflows, createWorkflowGraph(workflows), matcher, context) };
}
/** The finding of a policy-defined `workflow` practice, at definition strength (run refinement is the caller's). */
function workflowFinding(practice, matcher, matches) {
    if (matches.length === 0) {
        return {
            practice,
            status: 'fail',
            strength: 'definition',
            messageId: 'no-match',
            message: 'No workflow job or step matches the practice',
            evidence: [],
            locations: [],
            remediation: `Add a job or step matching ${describe(matcher)} to a workflow under .github/workflows, or adjust the matcher.`
        };
    }
    return {
        practice,
        status: 'pass',
        strength: 'definition',
        messageId: 'match',
        message: `${matches.length} workflow ${matches.length === 1 ? 'match' : 'matches'} found`,
        evidence: matches.map(evidenceOf),
        locations: matches.map(m => (m.step ?? m.job).location),
        remediation: ''
    };
}
function findMatches(workflows, graph, matcher, context) {
    const jobMatches = jobPredicate(workflows, graph, matcher, context);
    const item = itemPredicates(matcher);
    return workflows.flatMap(workflow => workflow.jobs
        .filter(job => jobMatches({ workflow: workflow.file, job: job.id }, job))
        .flatMap(job => {
        if (!item)
            return [{ workflow: workflow.file, job }];
        const self = item.job(job) ? [{ workflow: workflow.file, job }] : [];
        const steps = job.steps
            .filter(step => item.step(step, job))
            .map(step => ({ workflow: workflow.file, job, step }));
        return [...self, ...steps];
    }));
}
/** Policy regexes run over bounded input (design \u00a711); longer scripts are judged on their start. */
const MAX_SCRIPT_LENGTH = 100_000;
function jobPredicate(workflows, graph, matcher, context) {
    const checks = [];
    if (matcher.jobs) {
        const ids = glob(matcher.jobs);
        // Jobs inlined from a reusable workflow are `caller/callee`: either part may be what the policy names.
        checks.push((_, job) => ids(job.id) || ids(job.id.split('/').pop() ?? job.id));
    }
    if (matcher.environment) {
        const environment = (0,safe_regex/* compilePolicyRegex */.f0)(matcher.environment);
        checks.push((_, job) => job.environment !== undefined && environment.test(job.environment.name));
    }
    const needsEnvironment = matcher['needs-environment'];
    if (needsEnvironment) {
        const deploys = environmentTest(needsEnvironment, context);
        checks.push(ref => graph.predecessors(ref).some(p => deploys(graph.job(p))));
    }
    if (matcher.triggers) {
        const triggers = matcher.triggers;
        checks.push(ref => triggers.some(event => graph.eventsOf(ref).has(event)));
    }
    if (matcher.after) {
        const before = findMatches(workflows, graph, matcher.after, context);
        checks.push(ref => before.some(m => graph.precedes({ workflow: m.workflow, job: m.job.id }, ref)));
    }
    return (ref, job) => checks.every(check => check(ref, job));
}
function environmentTest(value, context) {
    if (value === 'production' || value === 'preproduction') {
        return job => job?.environment !== undefined &&
            (0,environment_class/* classifyEnvironment */.m)(job.environment.name, context.environments) === value;
    }
    const pattern = (0,safe_regex/* compilePolicyRegex */.f0)(value);
    return job => job?.environment !== undefined && pattern.test(job.environment.name);
}
function itemPredicates(matcher) {
    if (!matcher.name && !matcher.uses && !matcher.id && !matcher.run)
        return undefined;
    const name = matcher.name ? glob(matcher.name) : undefined;
    const uses = matcher.uses ? glob(matcher.uses) : undefined;
    const id = matcher.id ? glob(matcher.id) : undefined;
    const run = matcher.run ? (0,safe_regex/* compilePolicyRegex */.f0)(matcher.run) : undefined;
    const stepOnly = id !== undefined || run !== undefined;
    return {
        job: job => !stepOnly && (!name || has(job.name, name)) && (!uses || has(job.uses, uses)),
        step: (step, job) => (!name || has(step.name, name) || has(job.name, name)) &&
            (!uses || has(step.uses, uses)) &&
            (!id || has(step.id, id)) &&
            (!run || (step.run !== undefined && run.test(step.run.slice(0, MAX_SCRIPT_LENGTH))))
    };
}
function has(value, test) {
    return value !== undefined && test(value);
}
function glob(patterns) {
    return picomatch_default()(patterns, { nocase: true, dot: true });
}
function evidenceOf(match) {
    const location = (match.step ?? match.job).location;
    if (!match.step)
        return { kind: 'job', workflow: match.workflow, job: match.job.id, location };
    const step = match.step.name ?? match.step.id ?? match.step.uses ?? `step ${match.step.index + 1}`;
    return { kind: 'step', workflow: match.workflow, job: match.job.id, step, location };
}
/** The matcher as the policy wrote it, for the remediation text. */
function describe(matcher) {
    return JSON.stringify(matcher);
}

;// CONCATENATED MODULE: ./src/checks/workflow-check.ts


/** The generic `workflow` check as a policy-defined practice names it (`check: workflow` plus matchers). */
const workflowCheck = defineCheck({
    meta: {
        messages: {
            match: '{count} workflow match(es) found',
            'no-match': 'No workflow job or step matches the practice'
        },
        options: { ...workflowMatcherSchema.shape }
    },
    check(context, matcher) {
        const { matches } = checkWorkflow(context.evidence.workflows, matcher, {
            environments: context.environments
        });
        return workflowFinding(context.practice, matcher, matches);
    }
});

;// CONCATENATED MODULE: ./src/checks/index.ts






/**
 * The generic checks a policy-defined practice may name with `check:` (design \u00a72.3).
 * `reports` and `metrics` join as their evidence arrives.
 */
const genericChecks = {
    attest: attestCheck,
    command: commandCheck,
    files: filesCheck,
    metrics: metricsCheck,
    reports: reportsCheck,
    workflow: workflowCheck
};

;// CONCATENATED MODULE: ./src/practices/support/matchers.ts
// Which jobs, steps and reports a practice looks at: catalog purposes plus a policy's globs and regexes.




/** Job ids or names (globs) a policy says also do what a practice looks for, when the catalog cannot tell. */
const jobGlobs = schemas/* array */.YOg(schemas/* string */.YjP().min(1))
    .default([])
    .describe('job ids or names (globs) that count besides those the catalog recognises');
/** Where test reports are looked for: JUnit-style file names that runners and reporters write by default. */
const testReportGlobs = schemas/* array */.YOg(workspaceGlob)
    .min(1)
    .default(['**/junit*.xml', '**/TEST-*.xml', '**/test-results/**/*.xml'])
    .describe('globs of JUnit/xUnit test reports in the workspace');
/** `namedByGlobs` for a job of the pipeline. */
function matchesJobGlobs(globs) {
    const named = namedByGlobs(globs);
    return job => named(job.job);
}
/**
 * Whether `gate` runs before `target` in one job: an earlier step, or an earlier command of the same step
 * (its script or a definition it follows, in their own order). Where either side is known only by a name or
 * an action, the same step gives no order.
 */
function precedes(gate, target) {
    if (gate.step === undefined || target.step === undefined)
        return false;
    if (gate.step !== target.step)
        return gate.step < target.step;
    return gate.order !== undefined && target.order !== undefined && gate.order < target.order;
}
/** The earliest of a job's target hits: a hit without an order stands for the whole step, so it comes first. */
function earliest(hits) {
    const key = (hit) => [hit.step ?? Infinity, hit.order ?? -1];
    return hits.reduce((first, hit) => {
        if (first === undefined)
            return hit;
        const [a, b] = [key(hit), key(first)];
        return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? hit : first;
    }, undefined);
}
function createStepMatcher(purposes, run) {
    /** Where in `job.steps` it matches; a hit without a step stands for the job as a whole (its name, its `uses:`). */
    const hits = (job) => {
        const byPurpose = job.purposes.filter(p => purposes.includes(p.purpose));
        const byRun = run
            ? job.job.steps.flatMap((step, position) => step.run !== undefined && (0,safe_regex/* testBounded */.WT)(run, step.run) ? [{ step: position }] : [])
            : [];
        return [...byPurpose, ...byRun];
    };
    const location = (job) => {
        const steps = hits(job).flatMap(hit => (hit.step === undefined ? [] : [hit.step]));
        return (steps.length > 0 ? job.job.steps[Math.min(...steps)]?.location : undefined) ?? job.job.location;
    };
    return {
        matches: job => hits(job).length > 0,
        location,
        evidence: job => ({ kind: 'job', workflow: job.ref.workflow, job: job.ref.job, location: location(job) }),
        before: (pipeline, job, target) => {
            // A job that shows the target only by its name does it somewhere in its steps: any matching step may precede it.
            const first = earliest(job.purposes.filter(p => target.includes(p.purpose) && p.step !== undefined));
            const self = hits(job).some(hit => (first ? precedes(hit, first) : hit.step !== undefined)) ? [job] : [];
            return [...pipeline.before(job).filter(other => hits(other).length > 0), ...self];
        }
    };
}

;// CONCATENATED MODULE: ./src/practices/define-practice.ts
/**
 * Declares a built-in practice (after typescript-eslint's `RuleCreator`): the option and message-id types are
 * inferred from `meta`, so `check` receives its options typed and defaulted and `findingFor` rejects an
 * unknown id at compile time.
 */
function definePractice(practice) {
    return practice;
}

;// CONCATENATED MODULE: ./src/practices/support/findings.ts
// The verdict shapes practices configure ("X runs automatically", "targets are gated by X")
// and the pieces their findings are worded from.






/** At most three job names, then a count: enough to find them, short enough for a message. */
function listJobs(jobs) {
    return findings_listFiles(jobs.map(jobLabel));
}
/** At most three names (files, jobs), then a count: enough to find them, short enough for a message. */
function findings_listFiles(names) {
    const shown = names.slice(0, 3).map(name => `\`${name}\``);
    return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ');
}
/**
 * A job a verdict relies on only as a prerequisite (the build a deploy needs), as a note rather than `job`
 * evidence: run evidence is matched on `job` items, and a failing prerequisite must be charged to its own
 * practice, not to the deploy it caused to be skipped (design \u00a74, strength rules).
 */
function prerequisiteNote(job, role) {
    const { file, line } = job.job.location;
    return { kind: 'note', text: `${role}: \`${jobLabel(job)}\` (${file}:${line})` };
}
/**
 * Fail, naming the calls: work a call the gate cannot read may do, in jobs that run only on other events
 * (patterns \u00a710.2 asks for unknown only where reading the call could decide).
 */
const OPAQUE_NOT_AUTOMATIC_MESSAGE = '{work} may happen inside {calls}, but only on {events} \u2014 not on {wanted}';
/** Unknown, naming the steps: a check that cannot fail is declared, not enforced (patterns \u00a711.2). */
const SWALLOWED_MESSAGE = '{work} in {steps} cannot fail the job: is it a gate or a report?';
/** Fail, naming the steps: the practice is a gate, and a step that cannot fail gates nothing (patterns \u00a711.2). */
const SWALLOWED_GATE_MESSAGE = '{work} in {steps} cannot fail the job, so they never stop a change';
/**
 * The verdict shared by practices of the form "X runs automatically": `runs` (pass) names the jobs and their
 * events, `not-automatic` (fail) the jobs that do it only by hand or on other events, `none` (fail) says no job
 * does it. The practice's message table must define these three ids with `{jobs}` and `{events}`.
 */
function activityFinding(context, { swallowed: swallowedMessage, ...messages }, activity) {
    const pipeline = pipelineOf(context.evidence, context.environments);
    const named = matchesJobGlobs(activity.jobs);
    const doing = pipeline.jobs.filter(job => hasPurpose(job, ...activity.purposes) || named(job));
    const eventsOf = (job) => [...pipeline.graph.eventsOf(job.ref)];
    const counted = (job) => activity.events ? eventsOf(job).filter(event => activity.events?.includes(event)) : eventsOf(job);
    const starts = (job) => (activity.events ? counted(job).length > 0 : job.automatic);
    const wanted = activity.events ?? ['push', 'pull_request', 'schedule'];
    const retrigger = (jobs) => `Trigger ${[...new Set(jobs.map(job => job.ref.workflow))].join(', ')} on ${oneOf(wanted)} (its \`on:\`), so that it runs without a person.`;
    const running = doing.filter(starts);
    if (running.length > 0) {
        return findingFor(context, messages, 'runs', {
            status: 'pass',
            strength: 'definition',
            data: { ...activity.data, jobs: listJobs(running), events: eventList(running.flatMap(counted)) },
            evidence: running.map(job => jobEvidence(job, ...activity.purposes)),
            locations: running.map(job => locationOf(job, ...activity.purposes)),
            remediation: ''
        });
    }
    if (doing.length > 0) {
        return findingFor(context, messages, 'not-automatic', {
            status: 'fail',
            strength: 'definition',
            data: { ...activity.data, jobs: listJobs(doing), events: eventList(doing.flatMap(eventsOf)) },
            evidence: doing.map(job => jobEvidence(job, ...activity.purposes)),
            locations: doing.map(job => job.workflow.location),
            remediation: retrigger(doing)
        });
    }
    const swallowedRole = activity.swallowed;
    const swallowed = swallowedRole === undefined ? [] : swallowedSteps(context, pipeline, activity.purposes);
    if (swallowedRole && swallowed.length > 0 && swallowedMessage !== undefined) {
        const fixes = swallowed.map(s => `${s.label}: ${SWALLOWING_FIX[s.how]}`);
        return findingFor(context, { swallowed: swallowedMessage }, 'swallowed', {
            status: swallowedRole.status,
            strength: 'definition',
            data: {
                steps: swallowed.map(s => `${s.label} (${SWALLOWING[s.how]})`).join(', '),
                work: swallowedRole.work
            },
            evidence: [],
            locations: swallowed.map(s => s.location),
            remediation: `Let the step fail the job. ${fixes.join('; ')}${swallowedRole.orKeep ? `. Or ${swallowedRole.orKeep}` : ''}.`
        });
    }
    const role = activity.opaque && { ...activity.opaque, jobsOption: true };
    const opaque = role && opaqueVerdict(context, { ...role, in: pipeline.jobs.filter(starts) });
    if (opaque)
        return opaque;
    // Whatever a call does in a job that only other events start, it does not do it on these (a release-only
    // SLSA builder runs no tests on push): the trigger decides without reading the call.
    const late = role ? fittingCalls(context, role) : [];
    if (role && late.length > 0) {
        const { calls, evidence, locations } = namedCalls(late);
        return findingFor(context, { 'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE }, 'opaque-not-automatic', {
            status: 'fail',
            strength: 'definition',
            data: {
                work: role.work,
                calls,
                events: eventList(late.flatMap(call => eventsOf(call.job))),
                wanted: oneOf(wanted)
            },
            evidence,
            locations,
            remediation: retrigger(late.map(call => call.job))
        });
    }
    return findingFor(context, messages, 'none', {
        status: 'fail',
        data: activity.data,
        strength: 'definition',
        evidence: [],
        locations: [],
        remediation: activity.missing
    });
}
const SWALLOWING = {
    'continue-on-error': '`continue-on-error: true`',
    command: 'a failure of its command is ignored'
};
const SWALLOWING_FIX = {
    'continue-on-error': 'drop `continue-on-error: true`',
    command: 'drop the `|| true` (`|| exit 0`, `|| :`) after the command, or add `set -e` to the script it runs'
};
/** Steps that would do one of `purposes` were their failure not swallowed, and how it is. */
function swallowedSteps(context, pipeline, purposes) {
    const read = context.evidence.workspace.read;
    return pipeline.jobs.flatMap(job => job.job.steps.flatMap(step => {
        const hidden = swallowedVerification(step, read).filter(s => purposes.includes(s.purpose));
        if (hidden.length === 0)
            return [];
        const how = hidden.some(s => s.how === 'continue-on-error') ? 'continue-on-error' : 'command';
        return [{ label: `\`${jobLabel(job)}\` step \`${stepLabel(step)}\``, how, location: step.location }];
    }));
}
function oneOf(events) {
    return events.length > 1 ? `${events.slice(0, -1).join(', ')} or ${events.at(-1)}` : events.join('');
}
function eventList(events) {
    return [...new Set(events)].sort().join(', ') || 'no event';
}
/**
 * Judges a gate rule: the failing finding for the first target without a gate (or for no target), else what
 * gated them, for the practice to pass or to judge further (thresholds, run order).
 */
function gateVerdict(context, messages, rule) {
    const { targets, target, anywhere, gate, names, noTargets } = rule;
    if (targets.length === 0 && noTargets) {
        const opaque = noTargets.opaque && opaqueVerdict(context, noTargets.opaque);
        if (opaque)
            return { finding: opaque };
        return {
            finding: findingFor(context, messages, anywhere.length > 0 ? noTargets.gated : noTargets.none, {
                status: 'fail',
                strength: 'definition',
                data: { [names.gates]: listJobs(anywhere) },
                evidence: anywhere.map(job => gate.evidence(job)),
                locations: anywhere.map(job => gate.location(job)),
                remediation: noTargets.remediation
            })
        };
    }
    const gates = targets.map(job => ({ target: job, gates: rule.gatesOf(job) }));
    const ungated = gates.find(entry => entry.gates.length === 0)?.target;
    if (ungated) {
        const elsewhere = anywhere.length > 0;
        return {
            finding: findingFor(context, messages, rule.ungated.messageId, {
                status: 'fail',
                strength: 'definition',
                data: {
                    [names.target]: `\`${jobLabel(ungated)}\``,
                    hint: elsewhere ? ` (${rule.ungated.hint(listJobs(anywhere))})` : ''
                },
                evidence: [target.evidence(ungated), ...anywhere.map(job => gate.evidence(job))],
                locations: [target.location(ungated)],
                remediation: rule.ungated.remediation(ungated, elsewhere)
            })
        };
    }
    const used = [...new Set(gates.flatMap(entry => entry.gates))];
    return {
        gates,
        passing: {
            status: 'pass',
            strength: 'definition',
            data: { [names.targets]: listJobs(targets), [names.gates]: listJobs(used) },
            evidence: [...used.map(job => gate.evidence(job)), ...targets.map(job => target.evidence(job))],
            locations: used.map(job => gate.location(job)),
            remediation: ''
        }
    };
}
/**
 * The message of an `opaque` verdict (real-world patterns \u00a710.2): the work may happen where the gate cannot
 * look, so the practice is unknown with the call named, never failed for an absence it cannot see.
 */
const OPAQUE_MESSAGE = '{work} may happen inside {calls}, which could not be read ({reason})';
/** Calls that build an image or docs: their build runs no test suite a practice could count. */
const IMAGE_BUILD = /\b(?:images?|docker|containers?|docs?)\b/;
/**
 * The `unknown` verdict of a practice that found no evidence while the pipeline hands work of its kind to a
 * remote reusable workflow or action, or to a script, that cannot be read (\u00a710.2); undefined when no such
 * call fits the role, so the practice's own verdict of absence stands.
 */
function opaqueVerdict(context, role) {
    const fitting = fittingCalls(context, role);
    const first = fitting[0];
    if (!first)
        return undefined;
    const id = context.practice;
    const { calls, evidence, locations } = namedCalls(fitting);
    const declare = role.jobsOption
        ? `If \`${first.job.job.id}\` does it, name it in the policy (\`practices.${id}.jobs: ['${first.job.job.id}']\`); if not, `
        : `If it does, waive \`${id}\` in the policy (\`waivers:\`) with that reason; if not, `;
    return findingFor(context, { opaque: OPAQUE_MESSAGE }, 'opaque', {
        status: 'unknown',
        strength: 'definition',
        data: { work: role.work, calls, reason: first.reason },
        evidence,
        locations,
        remediation: `${declare}add a step the gate can read that does it.`
    });
}
/** How a finding names calls the gate cannot read: in its message, one note each, and at their lines. */
function namedCalls(calls) {
    return {
        calls: findings_listFiles([...new Set(calls.map(call => `${call.call}\` in \`${jobLabel(call.job)}`))]),
        evidence: calls.map(call => ({
            kind: 'note',
            text: `${call.reason}: \`${call.call}\` (${call.location.file}:${call.location.line})`
        })),
        locations: calls.map(call => call.location)
    };
}
/** The calls the gate cannot read, in the role's jobs, that may do its work. */
function fittingCalls(context, role) {
    const jobs = role.in ?? pipelineOf(context.evidence, context.environments).jobs;
    return jobs
        .flatMap(job => opaqueCallsOf(job, context.evidence))
        .filter(call => (call.suite && (role.suites === true || (role.suites === 'called-jobs' && call.wholeJob))) ||
        call.roles.some(purpose => fits(role, purpose, call.wholeJob)) ||
        role.named?.test(call.names) === true ||
        Object.keys(call.inputs).some(input => role.inputs?.test(input) === true))
        .filter(call => !role.unless?.test(call.names));
}
function fits(role, purpose, wholeJob) {
    return role.purposes.includes(purpose) || (wholeJob && (role.calledJobs ?? []).includes(purpose));
}
/**
 * The calls of a job the gate cannot read: a remote reusable workflow that was not inlined, a remote action
 * the catalog does not know, a workflow a step starts in another repository, a platform spec or task file a
 * command runs that could not be read, and a shell script the job runs that is not in the workspace.
 */
function opaqueCallsOf(job, { workspace }) {
    let ofJobs = callsOfJobs.get(workspace);
    if (!ofJobs)
        callsOfJobs.set(workspace, (ofJobs = new WeakMap()));
    let calls = ofJobs.get(job);
    if (!calls)
        ofJobs.set(job, (calls = readCallsOf(job, workspace)));
    return calls;
}
/**
 * Every practice that finds nothing asks for the opaque calls of every job (five or more per job on a large
 * monorepo, each reading every step again): worked out once per job of a workspace.
 */
const callsOfJobs = new WeakMap();
function readCallsOf(job, workspace) {
    const { uses, opaqueReason } = job.job;
    const calls = [];
    const call = (text, reason, location, names, given, step, elsewhere) => {
        const named = names.filter((name) => name !== undefined && name !== '');
        const said = whatCallSays(named, given, workspace.read);
        // A workflow started elsewhere, or a platform job, runs whole jobs as a called one does, and is what its
        // step is guessed to be.
        const guessed = elsewhere ? classifyStep(elsewhere, workspace.read).map(c => c.purpose) : [];
        return {
            job,
            call: text,
            reason,
            location,
            names: named.map(normaliseName).join(' | '),
            wholeJob: step === undefined || elsewhere !== undefined,
            ...(step === undefined ? {} : { step }),
            ...said,
            roles: [...new Set([...said.roles, ...guessed])]
        };
    };
    if (uses !== undefined && opaqueReason !== undefined) {
        const ownId = job.job.id.split('/').pop();
        const names = [ownId, job.job.name, calleeName(uses)];
        calls.push(call(uses, opaqueReason, job.job.location, names, job.job.with));
    }
    const unread = new Set(opaqueSteps(job.job, workspace.read));
    job.job.steps.forEach((step, position) => {
        if (!unread.has(step))
            return;
        const names = [step.name, step.id];
        const handOffs = handOffsOf(step);
        // A dispatch action is read as what it starts, not as an action of unknown work.
        if (step.uses !== undefined && !step.uses.startsWith('./') && handOffs.length === 0) {
            const reason = `action ${step.uses} is outside the repository`;
            calls.push(call(step.uses, reason, step.location, [...names, calleeName(step.uses)], step.with, position));
        }
        for (const handOff of handOffs) {
            const started = handOff.workflow ?? (handOff.event === undefined ? 'a workflow' : `\`${handOff.event}\``);
            const reason = `it starts ${started} in ${handOff.repository}, another repository`;
            const target = `${handOff.repository}${handOff.workflow === undefined ? '' : `/${handOff.workflow}`}`;
            const said = [...names, handOff.event, handOff.workflow];
            calls.push(call(target, reason, step.location, said, {}, position, step));
        }
        const scripts = unreadScripts(step, workspace.files);
        for (const script of scripts) {
            const reason = `script ${script} is not in the repository`;
            calls.push(call(script, reason, step.location, [...names, script], {}, position));
        }
        // A platform spec or task file the command runs that could not be read (a script is named above).
        for (const { command, reason } of unreadDefinitions(step, workspace.read)) {
            if (scripts.some(script => command.includes(script)))
                continue;
            calls.push(call(command, reason, step.location, [...names, command], {}, position, step));
        }
    });
    return calls;
}
/**
 * What a call's names and inputs say it does (\u00a710.1): the purposes they read as, and whether they name a test
 * suite without its kind. Of the inputs' values only those of inputs naming tests count (`test-suite: e2e`):
 * `package-name: app/cypress` names an image, not a suite.
 */
function whatCallSays(named, given, read) {
    const inputs = switchedOn(given);
    const tests = Object.entries(inputs).filter(([key]) => TEST_SUITE.test(headWords(normaliseName(key))));
    const said = [...named, ...Object.keys(inputs), ...tests.map(([, value]) => value)];
    const roles = rolesOf(said, read);
    const browser = said.some(text => BROWSER_TESTS.test(normaliseName(text)));
    const suite = tests.length > 0 || named.some(name => TEST_SUITE.test(headWords(normaliseName(name))));
    return {
        inputs,
        roles: browser && !roles.includes('acceptance-test') ? [...roles, 'acceptance-test'] : roles,
        suite: suite && !roles.some(purpose => SUITE_KINDS.includes(purpose))
    };
}
/**
 * Words by which a call names a test suite (`autotest.yml`, `run-tests`, `test-suite:`, a job called `test`),
 * read as heads so that "test results" or "test environment" do not count. A leading "test" is a verb whose
 * object says what is checked (`test-terraform-state`, `test_helm_lint`), and "deploy to test" names an
 * environment: neither names a suite.
 */
const TEST_SUITE = /^(?!.*\b(?:to|in|on|into) test\b).*(?:\b(?:auto ?tests?|tests|testing|test suites?|suites?)\b|\btest$)/;
/**
 * Browser-test tools a call is named for or given (`run-cypress`, `playwright-tests.yml`, `suite: cypress`):
 * its suite exercises the system as its users do. The tool must end the name or come before what runs, since
 * "Delete cypress container images" or "Install Playwright browsers" run no suite.
 */
const BROWSER_TESTS = /\b(?:cypress|playwright|selenium|cucumber|webdriver(?:io)?)(?: (?:run|tests?|testing|e2e|suites?|specs?))?$/;
/** Purposes that say which kind of suite a call runs: it then names that kind, not any suite. */
const SUITE_KINDS = [
    'unit-test',
    'integration-test',
    'acceptance-test',
    'smoke-test',
    'performance-test',
    'security-scan'
];
/** `skip-tests: true`, `no-build`, `run-e2e: false`: inputs that say what the call will not do. */
const SWITCHED_OFF_KEY = /^(?:skip|no|disable|without)\b/;
const OFF_VALUE = /^(?:false|no|off|0)$/i;
function switchedOn(inputs) {
    return Object.fromEntries(Object.entries(inputs).filter(([key, value]) => !SWITCHED_OFF_KEY.test(normaliseName(key)) && !OFF_VALUE.test(value.trim())));
}
/** `org/actions/build-image@v2` \u2192 `build-image`; `org/repo/.github/workflows/deploy.yml@main` \u2192 `deploy.yml`. */
function calleeName(uses) {
    return uses.replace(/@.*$/, '').split('/').pop() ?? uses;
}
/** `./deploy.sh`, `bash scripts/test.sh`, `source env.sh`: the scripts a step runs, as workspace paths. */
const SHELL_SCRIPT = /(?:^|[;&|]\s*)(?:(?:bash|sh|source|\.)\s+)?((?:\.{1,2}\/)?[\w./-]+\.sh)\b/gm;
/**
 * Scripts whose file is nowhere in the workspace: one a `cd` earlier in the script makes relative is still in
 * the repository, so a file of that path at any depth counts as readable.
 */
function unreadScripts(step, files) {
    let scripts = scriptsOfStep.get(step);
    if (!scripts) {
        scripts = [...(step.run ?? '').matchAll(SHELL_SCRIPT)]
            .map(match => match[1] ?? '')
            .filter(script => !script.includes('$'));
        scriptsOfStep.set(step, scripts);
    }
    if (scripts.length === 0)
        return [];
    const known = pathSuffixes(files);
    return scripts.filter(script => !known.has(external_node_path_.posix.normalize(script).replace(/^(?:\.\.\/)+/, '')));
}
/**
 * Every path of the workspace and each of its tails (`a/b/c.sh`, `b/c.sh`, `c.sh`), built once per workspace:
 * every practice asks about every step of a large monorepo, and a scan of its files per script is too slow.
 */
function pathSuffixes(files) {
    let suffixes = suffixSets.get(files);
    if (!suffixes) {
        suffixes = new Set(files.flatMap(file => file.split('/').map((_, i, parts) => parts.slice(i).join('/'))));
        suffixSets.set(files, suffixes);
    }
    return suffixes;
}
const suffixSets = new WeakMap();
const scriptsOfStep = new WeakMap();
/**
 * What the catalog reads into a call's names: each name is classified as the name of an action the catalog
 * cannot know, so only the name speaks (its purpose words as heads, not modifiers: patterns \u00a72.1).
 */
function rolesOf(names, read) {
    const roles = names.flatMap(name => classifyStep(namedOnly(name), read).map(c => c.purpose));
    return [...new Set(roles)];
}
function namedOnly(name) {
    return {
        index: 0,
        name,
        uses: './',
        with: {},
        continueOnError: false,
        location: { file: '', line: 0, column: 0 }
    };
}

;// CONCATENATED MODULE: ./src/practices/support/ml-signals.ts
/** Everything a job writes down for its steps: scripts, inputs, env (workflow, job, step) and names. */
function jobTexts(job) {
    const { workflow } = job;
    const env = (values) => Object.entries(values ?? {}).map(([key, value]) => `${key}=${value}`);
    const around = [...env(workflow.env), ...env(job.job.env), ...Object.values(job.job.with)];
    return [
        ...around.map(text => ({ text, location: job.job.location })),
        ...job.job.steps.flatMap(step => [step.run ?? '', ...Object.values(step.with), ...env(step.env), step.name ?? '']
            .filter(text => text !== '')
            .map(text => ({ text, location: step.location, step })))
    ];
}
/** Path-like words of a script or input; `${{ }}` expressions are not paths. */
const PATH_WORD = /[\w.${}/-]+\.[A-Za-z0-9]{1,5}(?![\w-])/g;
/** Lines of a followed spec that name what it runs next (Anyscale `entrypoint:`, Azure ML `command:`, a `file:`). */
const SPEC_REFERENCE = /^\s*-?\s*(?:entrypoint|command|file|script|code|parameters-file|job_file):\s*(.+)$/gm;
/** A job hands few files on; a spec names few more. Bounded all the same. */
const FOLLOW_LIMIT = 30;
/**
 * The workspace files a job names (relative to the repository or to the step's working directory), and those
 * that the named specs name in turn (`az ml job create -f train.yml` \u2192 its `command:`; `anyscale job submit
 * jobs/train.yaml` \u2192 its `entrypoint:` script): two hops, read as text, never run.
 */
function followedFiles(job, workspace) {
    const known = new Set(workspace.files);
    const found = new Map();
    const visit = (words, dirs, from, depth) => {
        for (const word of words) {
            const file = dirs.map(dir => ml_signals_normalise(dir, word)).find(candidate => known.has(candidate));
            if (file === undefined || found.has(file) || found.size >= FOLLOW_LIMIT)
                continue;
            const text = workspace.read(file) ?? '';
            found.set(file, { file, text, from });
            if (depth > 0) {
                const named = [...text.matchAll(SPEC_REFERENCE)].flatMap(match => pathWords(match[1] ?? ''));
                visit(named, ['', dirname(file)], { file, line: 1, column: 1 }, depth - 1);
            }
        }
    };
    for (const { text, location, step } of jobTexts(job)) {
        visit(pathWords(text), ['', step?.workingDirectory ?? ''], location, 1);
    }
    return [...found.values()];
}
function pathWords(text) {
    return [...text.matchAll(PATH_WORD)].map(match => match[0]).filter(word => !word.includes('${'));
}
function ml_signals_normalise(dir, word) {
    const joined = word.startsWith('/') || dir === '' ? word : `${dir.replace(/\/+$/, '')}/${word}`;
    const parts = [];
    for (const part of joined.replace(/^\/+/, '').split('/')) {
        if (part === '..')
            parts.pop();
        else if (part !== '.' && part !== '')
            parts.push(part);
    }
    return parts.join('/');
}
function dirname(file) {
    return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}
/**
 * Starting a pipeline run is training (\u00a79.1): a SageMaker execution, a driver script that starts one, a
 * Kubeflow or Vertex run, an Anyscale job, a Databricks job run, a Vertex deployer run.
 */
const PIPELINE_RUN = /aws\s+sagemaker\s+start-pipeline-execution|--run-execution\b|\bpipeline\.start\(|kfp\s+run\s+(?:create|submit)|PipelineJob\([^)]*\)\.submit|anyscale\s+jobs?\s+submit|databricks\s+jobs\s+run-now|vertex-deployer\s+deploy\b[^\n]*--run\b|az\s+ml\s+job\s+create/;
/** A purpose word used as a modifier (\u00a72.1, \u00a79.1): "Build and push training image" builds, it does not train. */
const TRAINING_MODIFIER = /\btrain(?:ing)?[\s_-]+(?:image|images|environment|env|results?|report|data|container|docker|dataset)\b/i;
/** Whether a job starts a pipeline run (training on a platform), by its text or the files it submits. */
function startsPipelineRun(job, workspace) {
    return (jobTexts(job).some(({ text }) => PIPELINE_RUN.test(text)) ||
        followedFiles(job, workspace).some(({ file, text }) => /\.py$/.test(file) && PIPELINE_RUN.test(text)));
}
/**
 * The jobs that train (\u00a79.1): the catalog's training jobs, less those whose only training evidence is a name
 * with "training" as a modifier (a job that builds training images packages; it trains nothing), plus jobs
 * that start a pipeline run.
 */
function trainingJobs(pipeline, workspace) {
    return pipeline.jobs.filter(job => {
        const training = job.purposes.filter(p => p.purpose === 'training');
        const byContent = training.some(p => p.rule !== 'step-name' && p.rule !== 'job-name');
        const byName = training.some(p => {
            const step = p.step === undefined ? undefined : job.job.steps[p.step];
            const name = step ? (step.name ?? '') : `${job.job.id} ${job.job.name ?? ''}`;
            return !TRAINING_MODIFIER.test(name);
        });
        return byContent || byName || startsPipelineRun(job, workspace);
    });
}
const TRACKING_ENV = /^(?:MLFLOW_TRACKING_URI|MLFLOW_EXPERIMENT_NAME|WANDB_[A-Z_]+|NEPTUNE_[A-Z_]+)=/m;
const TRACKING_TEXT = /\bmlruns\/|\bmlflow\b|transition_model_version_stage|\bwandb\b|tags\.\w*run_id\s*=\s*\$\{\{\s*github\.run_id/i;
/** Lines of a submitted spec or job script that put the run under a tracker (\u00a79.4). */
const SPEC_TRACKING = /^\s*(?:experiment_name|tracking_uri|mlflow_tracking_uri)\s*:|\bMLFLOW_TRACKING_URI\b|\bEXPERIMENT_NAME\b|\bmlflow\b|\bwandb\b/im;
/** Dependency files whose tracker is the training code's (mlflow or wandb listed, \u00a79.4). */
const REQUIREMENTS = /(?:^|\/)(?:[\w-]*requirements[\w-]*\.txt|pyproject\.toml|setup\.py|setup\.cfg|Pipfile|[\w-]*conda[\w-]*\.ya?ml|environment[\w-]*\.ya?ml)$/;
const TRACKER_DEPENDENCY = /^\s*(?:-\s*)?["']?(?:azureml-)?(?:mlflow|wandb)(?:[-_]skinny)?\b/im;
/** The commit or run handed to a training run (\u00a79.3 run records, \u00a79.4 lineage). */
const LINEAGE = /\b\w*(?:GIT|GITHUB|COMMIT)_?SHA\w*\s*[=:]\s*["']?\$\{?\{?\s*(?:github\.(?:sha|run_id)|github\.event\.pull_request\.head\.sha|GITHUB_SHA)|-D\s+\w*SHA\w*=|\$\{\{\s*github\.run_id\s*\}\}/;
/**
 * Signs in the workflow that runs are tracked (\u00a79.4): tracker env, `mlruns/`, MLflow-named steps and scripts,
 * run-id tags; then what the submitted specs and job scripts declare (`experiment_name`, an MLflow URI).
 */
function trackingSigns(jobs, workspace) {
    return jobs.flatMap(job => [
        ...jobTexts(job)
            .filter(({ text }) => TRACKING_ENV.test(text) || tracksIn(text))
            .map(({ text, location }) => ({ what: quote(text), location })),
        ...followedFiles(job, workspace)
            .filter(({ file, text }) => !/\.py$/.test(file) && SPEC_TRACKING.test(text))
            .map(({ file, text }) => ({
            what: `\`${file}\` (${quote(SPEC_TRACKING.exec(text)?.[0] ?? '')})`,
            location: { file, line: lineOf(text, SPEC_TRACKING), column: 1 }
        }))
    ]);
}
/** Installing a tracker is not using it: only lines that are not installs count. */
const INSTALL = /\b(?:pip3?|uv\s+pip|conda|mamba|poetry|uv)\s+(?:install|add)\b/;
function tracksIn(text) {
    return text.split('\n').some(line => TRACKING_TEXT.test(line) && !INSTALL.test(line));
}
/** The commit or run id handed to the runs of `jobs` (\u00a79.3 run records): the run can be traced to its code. */
function lineageSigns(jobs) {
    return jobs.flatMap(job => jobTexts(job)
        .filter(({ text }) => LINEAGE.test(text))
        .map(({ text, location }) => ({ what: `lineage ${quote(text)}`, location })));
}
/** Training code that the workflow only submits (a platform job's Python) and that uses a tracker (\u00a79.4). */
function remoteTracking(jobs, workspace) {
    return jobs.flatMap(job => followedFiles(job, workspace).filter(({ file, text }) => /\.py$/.test(file) && /\b(?:mlflow|wandb)\b/.test(text)));
}
/** Dependency files that list a tracker, for training code that reaches it only in its own process. */
function trackerDependencies(workspace) {
    return workspace.files
        .filter(file => REQUIREMENTS.test(file))
        .flatMap(file => {
        const text = workspace.read(file) ?? '';
        return TRACKER_DEPENDENCY.test(text) ? [{ file, line: lineOf(text, TRACKER_DEPENDENCY) }] : [];
    });
}
function lineOf(text, pattern) {
    const at = text.search(new RegExp(pattern.source, pattern.flags.replace('g', '')));
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
function quote(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return `\`${line.length > 50 ? `${line.slice(0, 47)}...` : line}\``;
}
/** Flags that name the file a run writes its metrics or results to (\u00a79.3). */
const METRICS_FLAG = /--(?:metrics(?:-file)?|output|results-fp|scores?)[=\s]+["']?([\w./${}-]+\.(?:json|csv|md|txt|ya?ml))/g;
/** Files written at run time whose name says they hold results (\u00a79.3): `*results*`, `*report*`, `*baseline*`. */
const RESULT_NAME = /(?:^|[/_-])(?:[\w-]*results?|[\w-]*report|[\w-]*baseline)[\w-]*\.(?:json|csv|txt|md)$/i;
/** jq or yq reading a metric key from a file. */
const METRIC_READ = /\b(?:jq|yq)\b[^|\n]*\.(?:test_)?(?:rmse|mse|mae|accuracy|acc|auc|f1|precision|recall|loss|r2)\b[^|\n]*?([\w./-]+\.(?:json|ya?ml))/i;
/** A heredoc or echo writing a JSON object with metrics into a file. */
const METRICS_WRITE = /(?:echo|cat|printf)\b[^\n]*\{[^\n]*"metrics"[^\n]*>\s*([\w./-]+)|"metrics"\s*:\s*\{[\s\S]*?EOF[\s\S]*?>\s*([\w./-]+)/;
/**
 * Metrics files told by their use, not their name: a metrics or results flag, `metrics/` folders, jq reading
 * metric keys, a heredoc with a `metrics` object, and files named for results that the run writes and the
 * workflow then reads (`cat classification_report.txt`).
 */
function metricsUses(job) {
    return job.job.steps.flatMap(step => {
        const texts = [step.run ?? '', ...Object.values(step.with)];
        const files = texts.flatMap(text => [
            ...[...text.matchAll(METRICS_FLAG)].map(match => match[1] ?? ''),
            ...(text.match(/(?:^|[\s"'=])((?:[\w.-]+\/)*metrics\/[\w./-]+\.(?:json|csv|ya?ml))/g) ?? []).map(word => word.trim().replace(/^["'=]/, '')),
            ...[METRIC_READ.exec(text)?.[1] ?? ''],
            ...(METRICS_WRITE.exec(text)?.slice(1) ?? []),
            ...readResults(text)
        ]);
        return [...new Set(files.filter(file => file !== '' && !file.includes('${')))].map(file => ({
            file,
            location: step.location
        }));
    });
}
/** `cat results/report.txt >> comment.md`: a results file read back in the workflow was written by its run. */
function readResults(text) {
    return [...text.matchAll(/\b(?:cat|jq|head|tail)\b[^\n|>]*?([\w./-]+)/g)]
        .map(match => match[1] ?? '')
        .filter(file => RESULT_NAME.test(file));
}

;// CONCATENATED MODULE: ./src/practices/support/deploys.ts





/**
 * Jobs that change a real target: the pipeline's deploy jobs plus jobs that apply infrastructure as code.
 * Applying Terraform or Pulumi is a deployment too (the corpus labels count a `terraform apply` on push as
 * a scripted, automatic deploy); throwaway targets are already dropped by the classifier.
 */
function deploymentsOf(pipeline) {
    return pipeline.jobs.filter(job => job.deploys || hasPurpose(job, 'iac-apply'));
}
/**
 * The message every production-only practice shares (design \u00a73's not-applicable rule). `{unresolved}` is empty
 * when no job deploys to production, and names the deploys whose environment cannot be read when one may.
 */
const NO_PRODUCTION_MESSAGE = 'no job deploys to a production environment{unresolved}';
/**
 * The verdict of a practice that only constrains production deploys when there is none: not applicable, with
 * the reason, so it counts as pass and says why (design \u00a73). When a deploy's environment is an expression the
 * gate cannot read, production may be among its values: unknown, since unknown evidence is never a pass.
 * Undefined when some job deploys to production, so the practice judges those.
 */
function noProductionDeploy(context, pipeline) {
    if (pipeline.productionDeploys.length > 0)
        return undefined;
    const messages = { 'no-production': NO_PRODUCTION_MESSAGE };
    const unresolved = pipeline.deployJobs.filter(job => job.environmentClass === 'unresolved');
    if (unresolved.length === 0) {
        const named = pipeline.deployJobs.map(productionNamedOnly).find(by => by !== undefined);
        return findingFor(context, messages, 'no-production', {
            status: 'not-applicable',
            strength: 'definition',
            data: { unresolved: named === undefined ? '' : `: ${PRODUCTION_NAMED_ONLY}${named}` },
            evidence: [],
            locations: [],
            remediation: ''
        });
    }
    const named = unresolved.map(job => `\`${jobLabel(job)}\` deploys to \`${job.job.environment?.name ?? ''}\``);
    return findingFor(context, messages, 'no-production', {
        status: 'unknown',
        strength: 'definition',
        data: { unresolved: ` by name, but ${named.join(', ')}, which may be production` },
        evidence: unresolved.map(job => jobEvidence(job)),
        locations: unresolved.map(job => job.job.environment?.location ?? job.job.location),
        remediation: 'Name the environment literally (`environment: production`), or take it from a matrix list (`environment: ${{ matrix.environment }}` with `matrix: { environment: [staging, production] }`) or from a literal `with:` input of the calling job, so the gate can tell whether it is production.'
    });
}
/** Said wherever production is only a job id, a variable, a condition or an argument (\u00a71.4). */
const PRODUCTION_NAMED_ONLY = 'production is named only by ';
const PRODUCTION_WORD = /\bprod(?:uction)?\b/;
/**
 * How a deploy without a production `environment:` still names production (\u00a71.4): its job id or name, an env
 * value, its `if:` or an argument of a step. Such a deploy is not a production deploy, but the reader should
 * know why; undefined when it does not name production at all, or has a production environment.
 */
function productionNamedOnly(job) {
    if (job.environmentClass === 'production')
        return undefined;
    if (PRODUCTION_WORD.test(normaliseName(`${job.job.id} ${job.job.name ?? ''}`)))
        return `the job id \`${job.job.id}\``;
    const env = Object.entries({ ...job.workflow.env, ...job.job.env }).find(([, value]) => PRODUCTION_WORD.test(value.toLowerCase()));
    if (env)
        return `the variable \`${env[0]}: ${env[1]}\``;
    if (PRODUCTION_WORD.test(job.job.if ?? ''))
        return `the condition \`${job.job.if ?? ''}\``;
    const step = job.job.steps.find(s => PRODUCTION_WORD.test([s.run ?? '', ...Object.values(s.with)].join(' ')));
    return step === undefined
        ? undefined
        : `an argument of a step (${step.location.file}:${step.location.line})`;
}
/** A model handed to a deploy (\u00a71.5): a registry URI, a model name or version, a model file or package. */
const MODEL_REFERENCE = /models:\/|\bmodel[_-]?(?:name|version|uri|package|id)\b|--model\b|\bmodel\.json\b|\bregistry\/[\w./-]+\.json|ModelPackage/i;
/**
 * Commands that deploy or promote a model whatever the job is called (\u00a71.5): MLflow stage transitions and
 * scripts named for them, Azure ML model share/update and online deployments, `python -m pkg.deploy`, an
 * Anyscale service rollout, a committed registry file.
 */
const MODEL_PROMOTION = /transition_model_version_stage|(?:^|[\s/])[\w-]*(?:mlflow|promote|transition)[\w-]*\.(?:py|sh)\b|az\s+ml\s+(?:model\s+(?:share|update)|online-deployment\s+create)|python3?\s+-m\s+[\w.]+\.deploy\b|anyscale\s+service\s+rollout|git\s+add\s+[^\n]*registry\/|cp\s+[^\n]*\sregistry\/[\w./-]+/;
/** Endpoint stacks a deploy applies (CloudFormation, CDK, Terraform), read from the files it names. */
const ENDPOINT_STACK = /AWS::SageMaker::(?:Model|Endpoint)|aws_sagemaker_(?:model|endpoint)\b|sagemaker\.CfnModel|CfnEndpoint/;
const MODEL_NAME = /\b(?:models?|inference|endpoints?|serving|serve)\b/;
/**
 * The jobs that deploy or register a model (\u00a71.5), one notion for every ML practice: a job the catalog calls a
 * model deploy; a job that promotes one by command (MLflow transitions, `az ml model share`, \u2026); and a deploy
 * that carries a model \u2014 it takes a model reference, its job or workflow name says model, inference, endpoint
 * or serving, it applies an endpoint stack, or it follows a training job.
 */
function modelDeploysOf(pipeline, workspace) {
    return pipeline.jobs.filter(job => {
        if (hasPurpose(job, 'model-deploy'))
            return true;
        const texts = jobTexts(job).map(t => t.text);
        if (texts.some(text => MODEL_PROMOTION.test(text)))
            return true;
        if (!job.deploys)
            return false;
        const names = normaliseName(`${job.job.id} ${job.job.name ?? ''} ${job.workflow.name ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2'));
        return (texts.some(text => MODEL_REFERENCE.test(text)) ||
            MODEL_NAME.test(names) ||
            followedFiles(job, workspace).some(({ text }) => ENDPOINT_STACK.test(text)) ||
            pipeline.before(job).some(other => hasPurpose(other, 'training')));
    });
}
/**
 * A call the gate cannot read that may deploy or register the model: one named for it, or a platform job or
 * pipeline that trains (Databricks, Azure ML, SageMaker pipelines register what they train), \u00a710.2.
 */
const MODEL_DEPLOY_CALL = {
    purposes: ['model-deploy'],
    calledJobs: ['training', 'model-evaluation'],
    work: 'deploying or registering the model'
};
/**
 * The jobs that deploy or register a model into a production environment \u2014 what the promotion practices
 * constrain \u2014 or the failing finding when there are none: `no-model-deploy` when no job deploys a model,
 * `no-production` (naming the environments seen, `{environments}`) when none of them is production, and
 * `opaque` when no job deploys a model the gate can see but a call it cannot read may. The practice's message
 * table must define the three ids, with `{deploys}` and `{environments}`.
 */
function productionModelDeploys(context, messages, pipeline, workspace, remediation) {
    const deploys = modelDeploysOf(pipeline, workspace);
    const production = deploys.filter(job => job.environmentClass === 'production');
    if (production.length > 0)
        return { production };
    const opaque = deploys.length === 0 && opaqueVerdict(context, MODEL_DEPLOY_CALL);
    if (opaque)
        return { finding: opaque };
    const environments = [...new Set(deploys.map(job => job.job.environment?.name ?? 'no `environment:`'))];
    return {
        finding: findingFor(context, messages, deploys.length > 0 ? 'no-production' : 'no-model-deploy', {
            status: 'fail',
            strength: 'definition',
            data: { deploys: listJobs(deploys), environments: environments.join(', ') },
            evidence: deploys.map(job => jobEvidence(job, 'model-deploy')),
            locations: deploys.map(job => locationOf(job, 'model-deploy')),
            remediation: deploys.length > 0 ? remediation.noProduction : remediation.noDeploy
        })
    };
}
/** What counts as "tested" before a deploy: any automated test suite. */
const TEST_PURPOSES = ['unit-test', 'integration-test', 'acceptance-test'];
/** The build and test jobs a deploy waits for (transitive `needs` and `workflow_run` chains). */
function verifiedBefore(pipeline, deploy) {
    const before = pipeline.before(deploy);
    // Steps of the deploy job that come before its first deploy step gate it too (patterns \u00a75.1): a failing build
    // or test step stops the job before it deploys.
    const deploySteps = deploy.purposes.flatMap(p => (p.purpose === 'deploy' || p.purpose === 'iac-apply') && p.step !== undefined ? [p.step] : []);
    const first = deploySteps.length > 0 ? Math.min(...deploySteps) : undefined;
    const earlier = (...purposes) => first !== undefined &&
        deploy.purposes.some(p => purposes.includes(p.purpose) && p.step !== undefined && p.step < first)
        ? [deploy]
        : [];
    const builds = [...before.filter(job => hasPurpose(job, 'build')), ...earlier('build')];
    const tests = [...before.filter(job => hasPurpose(job, ...TEST_PURPOSES)), ...earlier(...TEST_PURPOSES)];
    const missing = [
        ...(builds.length === 0 ? ['build'] : []),
        ...(tests.length === 0 ? ['test'] : [])
    ];
    return { builds, tests, missing };
}
/**
 * The verdict of a verified-deploy rule: pass for the first candidate that waits for build and test jobs;
 * unknown when one misses only tests that may run inside a call before it the gate cannot read (a remote
 * `autotest.yml` with a `test-suite:` input, \u00a710.2), naming the call, so the practice's message table must
 * define `opaque` as OPAQUE_MESSAGE; else `unverified` for the closest near-miss, naming what it misses.
 * Undefined when there is no candidate.
 */
function verifiedDeployVerdict(context, messages, pipeline, rule) {
    const checked = rule.candidates.map(({ job, data }) => ({ job, data, ...verifiedBefore(pipeline, job) }));
    const verified = checked.find(candidate => candidate.missing.length === 0);
    if (verified) {
        const { job, data, builds, tests } = verified;
        return findingFor(context, messages, rule.ids.verified, {
            status: 'pass',
            strength: 'definition',
            data: { deploy: `\`${jobLabel(job)}\``, ...data, builds: listJobs(builds), tests: listJobs(tests) },
            evidence: [
                jobEvidence(job, ...rule.purposes),
                ...builds.map(build => prerequisiteNote(build, 'build before it')),
                ...tests.map(test => prerequisiteNote(test, 'tests before it'))
            ],
            locations: [locationOf(job, ...rule.purposes)],
            remediation: ''
        });
    }
    for (const candidate of checked.filter(c => c.missing.join() === 'test')) {
        const opaque = opaqueVerdict(context, {
            purposes: TEST_PURPOSES,
            suites: true,
            work: `the tests before \`${jobLabel(candidate.job)}\``,
            in: pipeline.before(candidate.job)
        });
        if (opaque)
            return opaque;
    }
    const rank = rule.rank ?? (() => 0);
    const closest = [...checked].sort((a, b) => rank(a.job) - rank(b.job) || a.missing.length - b.missing.length)[0];
    if (!closest)
        return undefined;
    const { job, data, missing } = closest;
    return findingFor(context, messages, rule.ids.unverified, {
        status: 'fail',
        strength: 'definition',
        data: { deploy: `\`${jobLabel(job)}\``, ...data, missing: missing.join(' or ') },
        evidence: [jobEvidence(job, ...rule.purposes)],
        locations: [job.job.location],
        remediation: `List the ${missing.join(' and ')} job${missing.length > 1 ? 's' : ''} in \`needs:\` of \`${job.job.id}\`${rule.then(missing.length)}`
    });
}

;// CONCATENATED MODULE: ./src/workflow/gating-predecessors.ts

function gatingPredecessors(graph, workflows, ref) {
    const found = new Map();
    const blockers = [];
    const visited = new Set();
    const add = (other) => {
        found.set(gating_predecessors_key(other), other);
        visit(other);
    };
    function visit(current) {
        if (visited.has(gating_predecessors_key(current)))
            return;
        visited.add(gating_predecessors_key(current));
        const job = graph.job(current);
        if (!job)
            return;
        // The downstream's entry jobs are what the upstream's conclusion can skip; later jobs follow them by needs.
        if (job.needs.length === 0) {
            for (const edge of graph.workflowRunEdges.filter(e => e.downstream === current.workflow)) {
                if (!edge.requiresSuccess)
                    blockers.push({ kind: 'workflow-run', edge });
                else
                    for (const u of jobsOf(workflows, edge.upstream))
                        add(u);
            }
        }
        if (job.needs.length > 0 && STATUS_FUNCTION.test(job.if ?? '')) {
            blockers.push({ kind: 'status-function', job: current, condition: job.if ?? '' });
            return;
        }
        for (const need of job.needs)
            add({ workflow: current.workflow, job: need });
    }
    visit(ref);
    found.delete(gating_predecessors_key(ref));
    return { refs: [...found.values()], blockers: gating_predecessors_unique(blockers) };
}
function jobsOf(workflows, file) {
    return (workflows.find(w => w.file === file)?.jobs ?? []).map(j => ({ workflow: file, job: j.id }));
}
function gating_predecessors_unique(blockers) {
    return [...new Map(blockers.map(b => [JSON.stringify(b), b])).values()];
}
function gating_predecessors_key(ref) {
    return `${ref.workflow}\u0000${ref.job}`;
}

;// CONCATENATED MODULE: ./src/practices/acceptance-before-promotion.ts







const acceptance_before_promotion_messages = {
    gated: 'every production deploy ({deploys}) needs an acceptance job first ({acceptance})',
    ungated: '{deploy} deploys to production but does not need any acceptance job{hint}',
    'no-production': NO_PRODUCTION_MESSAGE,
    'started-early': 'in this run, {deploy} started at {started} before acceptance {acceptance} succeeded',
    'ordered-in-run': 'in this run, {deploy} started after {acceptance} succeeded',
    'not-gating': '{deploy} deploys even when {acceptance} fails: {reason}'
};
const acceptanceBeforePromotion = definePractice({
    meta: {
        id: 'acceptance-before-promotion',
        title: 'Acceptance tests gate promotion to production',
        model: 'cdmm',
        rationale: 'CDMM advanced, Test & Verification: acceptance tests run automatically and a release is promoted only after they pass.',
        messages: acceptance_before_promotion_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['acceptance-test'],
        runAware: true
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const none = noProductionDeploy(context, pipeline);
        if (none)
            return none;
        const verdict = gateVerdict(context, acceptance_before_promotion_messages, {
            targets: pipeline.productionDeploys,
            target: { evidence: job => jobEvidence(job), location: job => job.job.location },
            anywhere: pipeline.withPurpose('acceptance-test'),
            gate: {
                evidence: job => jobEvidence(job, 'acceptance-test'),
                location: job => locationOf(job, 'acceptance-test')
            },
            gatesOf: deploy => pipeline.before(deploy).filter(job => hasPurpose(job, 'acceptance-test')),
            names: { target: 'deploy', targets: 'deploys', gates: 'acceptance' },
            ungated: {
                messageId: 'ungated',
                hint: jobs => `${jobs} runs acceptance tests, but not before it`,
                remediation: (deploy, elsewhere) => elsewhere
                    ? `Add the acceptance job to \`needs:\` of \`${deploy.job.id}\` (directly or through a job it needs).`
                    : `Add an acceptance/e2e job (Playwright, Cypress, \u2026) and list it in \`needs:\` of \`${deploy.job.id}\`.`
            }
        });
        if ('finding' in verdict)
            return verdict.finding;
        const gates = verdict.gates.map(({ target, gates }) => ({ deploy: target, acceptance: gates }));
        const gating = gates.map(gate => gatingAcceptance(context, gate));
        const notGating = gating.find(gate => gate.acceptance.length === 0);
        if (notGating)
            return notGatingFinding(context, notGating);
        const inRun = runOrdering(context, gating);
        if (inRun)
            return inRun;
        const acceptance = [...new Set(gating.flatMap(gate => gate.acceptance))];
        return findingFor(context, acceptance_before_promotion_messages, 'gated', {
            status: 'pass',
            strength: 'definition',
            data: { deploys: listJobs(pipeline.productionDeploys), acceptance: listJobs(acceptance) },
            evidence: [
                ...pipeline.productionDeploys.map(job => jobEvidence(job)),
                ...acceptance.map(job => jobEvidence(job, 'acceptance-test'))
            ],
            locations: acceptance.map(job => locationOf(job, 'acceptance-test')),
            remediation: ''
        });
    }
});
/** Of the acceptance jobs ordered before the deploy, those whose failure stops it. */
function gatingAcceptance(context, gate) {
    const pipeline = pipelineOf(context.evidence, context.environments);
    const { refs, blockers } = gatingPredecessors(pipeline.graph, context.evidence.workflows, gate.deploy.ref);
    const gates = (job) => refs.some(ref => ref.workflow === job.ref.workflow && ref.job === job.ref.job);
    return {
        deploy: gate.deploy,
        acceptance: gate.acceptance.filter(gates),
        ordered: gate.acceptance,
        blockers
    };
}
function notGatingFinding(context, gate) {
    const blocker = gate.blockers[0];
    const deploy = gate.deploy.job.id;
    const reason = blocker?.kind === 'status-function'
        ? `\`${blocker.job.job}\` runs with \`if: ${blocker.condition.trim()}\``
        : blocker?.kind === 'workflow-run'
            ? `\`${blocker.edge.downstream}\` runs when \`${blocker.edge.upstream}\` completes without checking \`github.event.workflow_run.conclusion == 'success'\``
            : 'its ordering does not depend on the acceptance result';
    return findingFor(context, acceptance_before_promotion_messages, 'not-gating', {
        status: 'fail',
        strength: 'definition',
        data: {
            deploy: `\`${jobLabel(gate.deploy)}\``,
            acceptance: listJobs(gate.ordered),
            reason
        },
        evidence: [jobEvidence(gate.deploy), ...gate.ordered.map(job => jobEvidence(job, 'acceptance-test'))],
        locations: [blocker?.kind === 'workflow-run' ? blocker.edge.location : gate.deploy.job.location],
        remediation: blocker?.kind === 'workflow-run'
            ? `Start every entry job of \`${blocker.edge.downstream}\` with \`if: github.event.workflow_run.conclusion == 'success'\`.`
            : `Drop the status function (\`always()\`, \`failure()\`, \`cancelled()\`) from \`if:\` of \`${blocker?.job.job ?? deploy}\`, so \`${deploy}\` is skipped when the acceptance job fails.`
    });
}
/**
 * Run strength (design \u00a74): every production deploy that started in this run must have started after one of
 * its acceptance jobs completed successfully in this run. Undefined when no production deploy started.
 */
function runOrdering(context, gates) {
    const run = context.evidence.run;
    let ordered;
    for (const gate of gates) {
        for (const deployRun of runJobsOf(gate.deploy, run).filter(started)) {
            const deployStart = Date.parse(deployRun.startedAt ?? '');
            const passed = gate.acceptance
                .flatMap(job => runJobsOf(job, run))
                .filter(job => job.conclusion === 'success');
            const before = passed.find(job => Date.parse(job.completedAt ?? '') <= deployStart);
            if (!before) {
                const names = gate.acceptance.map(job => `\`${jobLabel(job)}\``).join(', ');
                return findingFor(context, acceptance_before_promotion_messages, 'started-early', {
                    status: 'fail',
                    strength: 'run',
                    data: { deploy: `\`${deployRun.name}\``, started: deployRun.startedAt ?? '', acceptance: names },
                    evidence: [
                        jobEvidence(gate.deploy),
                        ...gate.acceptance.map(job => jobEvidence(job, 'acceptance-test'))
                    ],
                    locations: [gate.deploy.job.location],
                    remediation: `Make \`${gate.deploy.job.id}\` wait for the acceptance job: list it in \`needs:\` and do not use \`if: always()\` on the deploy.`
                });
            }
            ordered = { deploy: gate.deploy, acceptance: before.name };
        }
    }
    if (!ordered)
        return undefined;
    return findingFor(context, acceptance_before_promotion_messages, 'ordered-in-run', {
        status: 'pass',
        strength: 'run',
        data: { deploy: `\`${jobLabel(ordered.deploy)}\``, acceptance: `\`${ordered.acceptance}\`` },
        evidence: [jobEvidence(ordered.deploy)],
        locations: [ordered.deploy.job.location],
        remediation: ''
    });
}

;// CONCATENATED MODULE: ./src/practices/acceptance-tests.ts



const acceptance_tests_messages = {
    runs: '{jobs} run acceptance/end-to-end tests on {events}',
    'not-automatic': '{jobs} run acceptance/end-to-end tests, but only on {events} \u2014 never without a person',
    none: 'no workflow job runs acceptance or end-to-end tests',
    opaque: OPAQUE_MESSAGE,
    swallowed: SWALLOWED_GATE_MESSAGE,
    'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
};
const options = { jobs: jobGlobs };
const acceptanceTests = definePractice({
    meta: {
        id: 'acceptance-tests',
        title: 'Automated acceptance tests',
        model: 'cdmm',
        rationale: 'CDMM intermediate, Test & Verification: some acceptance tests are automated, exercising the system as its users do.',
        messages: acceptance_tests_messages,
        options
    },
    check(context, { jobs }) {
        return activityFinding(context, acceptance_tests_messages, {
            purposes: ['acceptance-test'],
            opaque: { purposes: ['acceptance-test'], suites: true, work: 'the acceptance tests' },
            swallowed: { work: 'Acceptance tests', status: 'fail' },
            jobs,
            missing: 'Add an end-to-end job (Playwright, Cypress, Selenium, Cucumber) that runs on push or pull request, or name an existing suite in `practices.acceptance-tests.jobs`.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/automated-db-migrations.ts










/** Where migration tools keep their files, by convention (the one list of them; a policy may replace it). */
const MIGRATION_FILES = [
    '**/{migrations,Migrations}/**', // Django, golang-migrate, Prisma (`prisma/migrations`), Knex, TypeORM, sqlx, Diesel; EF Core's `Migrations/`
    '**/db/migrate/**', // Rails
    '**/db/migration/**', // Flyway
    '**/flyway.{conf,toml}',
    '**/alembic.ini',
    '**/alembic/versions/**',
    '**/db/changelog/**', // Liquibase
    '**/db.changelog*.{xml,yaml,yml,json,sql}',
    '**/liquibase.properties',
    '**/drizzle/**/*.sql',
    '**/sqitch.plan'
];
/**
 * An action whose own name (the last of a call's names) starts with deploy: the deploy itself
 * (`\u2026/deploy-azure-container-apps-action/.github/actions/deploy`), not a step around it.
 */
const OPAQUE_DEPLOY_ACTION = /(?:^|\| )deploy\b[\w ]*$/;
const automated_db_migrations_options = {
    migrations: schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default(MIGRATION_FILES)
        .describe('globs of database migration files; none found makes the practice not applicable'),
    jobs: jobGlobs
};
const automated_db_migrations_messages = {
    'applied-on-deploy': '{jobs} apply the migrations ({files}) on the deploy path',
    'off-deploy-path': '{jobs} run migrations, but neither deploy nor run before or after a deploy job',
    'not-applied': '{files} hold migrations, but no deploy job ({deploys}) or job on its path runs them',
    'no-deploy': '{files} hold migrations, but no workflow job deploys, so nothing applies them',
    'no-migrations': 'the repository has no database migrations (nothing matches {globs})',
    opaque: OPAQUE_MESSAGE
};
const automatedDbMigrations = definePractice({
    meta: {
        id: 'automated-db-migrations',
        title: 'Database migrations are automated',
        model: 'cdmm',
        rationale: 'CDMM intermediate, Build & Deploy: database changes are versioned migrations applied by the deployment itself, never by hand.',
        messages: automated_db_migrations_messages,
        options: automated_db_migrations_options,
        namedJobs: ['db-migration']
    },
    check(context, { migrations }) {
        const isMigration = globFilter(migrations, { dot: true, ignore: [...NOT_OURS] });
        const files = context.evidence.workspace.files.filter(file => isMigration(file));
        if (files.length === 0) {
            return findingFor(context, automated_db_migrations_messages, 'no-migrations', {
                status: 'not-applicable',
                strength: 'definition',
                data: { globs: migrations.map(g => `\`${g}\``).join(', ') },
                evidence: [],
                locations: [],
                remediation: ''
            });
        }
        const fileEvidence = files.slice(0, 5).map(file => ({ kind: 'file', file }));
        const pipeline = pipelineOf(context.evidence, context.environments);
        const deployments = deploymentsOf(pipeline);
        const migrating = pipeline.withPurpose('db-migration');
        const onPath = migrating.filter(job => onDeployPath(pipeline, deployments, job));
        if (onPath.length > 0) {
            return findingFor(context, automated_db_migrations_messages, 'applied-on-deploy', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(onPath), files: findings_listFiles(files) },
                evidence: [...onPath.map(job => jobEvidence(job, 'db-migration')), ...fileEvidence],
                locations: onPath.map(job => locationOf(job, 'db-migration')),
                remediation: ''
            });
        }
        const remediation = deployments.length > 0
            ? `Run the migrations (\`manage.py migrate\`, \`rails db:migrate\`, \`flyway migrate\`, \u2026) in \`${deployments[0]?.job.id}\` or in a job it needs.`
            : 'Add a deploy job and run the migrations in it, or in a job it needs.';
        if (migrating.length > 0) {
            return findingFor(context, automated_db_migrations_messages, 'off-deploy-path', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(migrating) },
                evidence: [...migrating.map(job => jobEvidence(job, 'db-migration')), ...fileEvidence],
                locations: migrating.map(job => locationOf(job, 'db-migration')),
                remediation
            });
        }
        // A deploy workflow the gate cannot read may migrate in its jobs, as a workload's release task does, and so
        // may an action that is itself the deploy (an init container, a release command: \u00a78.2, \u00a710.2).
        const opaque = deployments.length > 0 &&
            opaqueVerdict(context, {
                purposes: ['db-migration'],
                calledJobs: ['deploy', 'iac-apply'],
                named: OPAQUE_DEPLOY_ACTION,
                work: 'applying the migrations',
                in: deployments,
                jobsOption: true
            });
        if (opaque)
            return opaque;
        if (deployments.length > 0) {
            return findingFor(context, automated_db_migrations_messages, 'not-applied', {
                status: 'fail',
                strength: 'definition',
                data: { files: findings_listFiles(files), deploys: listJobs(deployments) },
                evidence: [...deployments.map(job => jobEvidence(job, 'deploy')), ...fileEvidence],
                locations: deployments.map(job => job.job.location),
                remediation
            });
        }
        return findingFor(context, automated_db_migrations_messages, 'no-deploy', {
            status: 'fail',
            strength: 'definition',
            data: { files: findings_listFiles(files) },
            evidence: fileEvidence,
            locations: [],
            remediation
        });
    }
});
/** On the deploy path: a deploy itself, or a job ordered before or after one by `needs`/`workflow_run`. */
function onDeployPath(pipeline, deployments, job) {
    return deployments.some(deploy => deploy === job ||
        pipeline.graph.precedes(job.ref, deploy.ref) ||
        pipeline.graph.precedes(deploy.ref, job.ref));
}

;// CONCATENATED MODULE: ./src/practices/support/events.ts


/** Events that mean "a change was proposed or landed": what tests run on when they run on change (design \u00a73). */
const CHANGE_EVENTS = [
    'push',
    'pull_request',
    'pull_request_target',
    'merge_group',
    MERGED_PULL_REQUEST
];
/**
 * Events that deliver without a person (design \u00a73, automated-deploy). A pull request starts jobs
 * automatically but delivers nothing, so it is left out.
 */
const DELIVERY_EVENTS = [
    'push',
    MERGED_PULL_REQUEST,
    'release',
    'workflow_run',
    'schedule',
    'repository_dispatch',
    'deployment'
];
/** The delivery events that can start `job`, sorted (after the graph's narrowing by `if:` and callers). */
function deliveryEvents(pipeline, job) {
    const events = pipeline.graph.eventsOf(job.ref);
    return DELIVERY_EVENTS.filter(event => events.has(event)).sort();
}
/**
 * Whether a `push` trigger fires for a push to `branch`, by GitHub's filter rules: `branches` patterns are
 * read in order and a later `!pattern` excludes what an earlier one included; `branches-ignore` excludes;
 * a trigger that filters only `tags` never fires for a branch.
 */
function pushReachesBranch(trigger, branch) {
    if (trigger.event !== 'push')
        return false;
    if (trigger.branches.length > 0)
        return lastMatchIncludes(trigger.branches, branch);
    if (trigger.branchesIgnore.length > 0)
        return !trigger.branchesIgnore.some(p => globMatches(p, branch));
    return trigger.tags.length === 0;
}
function lastMatchIncludes(patterns, branch) {
    let included = false;
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        if (globMatches(negated ? pattern.slice(1) : pattern, branch))
            included = !negated;
    }
    return included;
}
/** GitHub's filter globs: `*` stops at `/`, `**` does not \u2014 picomatch's reading. */
function globMatches(pattern, branch) {
    return picomatch_default().isMatch(branch, pattern, { dot: true });
}

;// CONCATENATED MODULE: ./src/practices/automated-deploy.ts







const automated_deploy_messages = {
    automated: '{deploy} starts on {events} after build ({builds}) and test ({tests}) jobs',
    unverified: '{deploy} starts on {events} but does not need any {missing} job',
    'not-automatic': '{jobs} deploy, but only on {events} \u2014 not on push, release, schedule or workflow_run',
    'no-deploy': 'no workflow job deploys, so no deployment is automated',
    opaque: OPAQUE_MESSAGE
};
const automatedDeploy = definePractice({
    meta: {
        id: 'automated-deploy',
        title: 'Automated deployment after build and test',
        model: 'cdmm',
        rationale: 'CDMM intermediate, Build & Deploy: deployment is automated and follows a successful build and test, with no person starting it.',
        messages: automated_deploy_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['deploy']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const deployments = deploymentsOf(pipeline);
        const events = (job) => deliveryEvents(pipeline, job).join(', ');
        const automatic = deployments.filter(job => job.automatic && events(job) !== '');
        const verdict = verifiedDeployVerdict(context, automated_deploy_messages, pipeline, {
            candidates: automatic.map(job => ({ job, data: { events: events(job) } })),
            purposes: ['deploy', 'iac-apply'],
            ids: { verified: 'automated', unverified: 'unverified' },
            // The closest near-miss: a job running a deploy command before one deploying by environment name only.
            rank: job => Number(!hasPurpose(job, 'deploy')),
            then: missing => ` (directly or through a job it needs), adding ${missing > 1 ? 'them' : 'it'} if the workflow has none.`
        });
        if (verdict)
            return verdict;
        if (deployments.length > 0) {
            return findingFor(context, automated_deploy_messages, 'not-automatic', {
                status: 'fail',
                strength: 'definition',
                data: {
                    jobs: listJobs(deployments),
                    events: [...new Set(deployments.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))]
                        .sort()
                        .join(', ') || 'no event'
                },
                evidence: deployments.map(job => jobEvidence(job, 'deploy', 'iac-apply')),
                locations: deployments.map(job => (job.workflow.triggers[0] ?? job.workflow).location),
                remediation: 'Trigger the deploy workflow on `push` to the default branch (or `workflow_run` after CI) rather than only by hand or on pull requests, and make the deploy job need the build and test jobs.'
            });
        }
        return findingFor(context, automated_deploy_messages, 'no-deploy', {
            status: 'fail',
            strength: 'definition',
            evidence: [],
            locations: [],
            remediation: 'Add a deploy job that runs on `push` to the default branch and needs the build and test jobs.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/automated-model-deploy.ts







const automated_model_deploy_messages = {
    automated: 'model deploys ({deploys}) start on {events}, after evaluation ({evaluators})',
    unvalidated: '{deploy} deploys or registers the model on {events}, but no evaluation step comes before it',
    manual: 'model deploys ({deploys}) start only on {events} \u2014 a person starts them',
    none: 'no workflow job deploys or registers a model',
    opaque: OPAQUE_MESSAGE
};
const EVALUATION = createStepMatcher(['model-evaluation']);
const automatedModelDeploy = definePractice({
    meta: {
        id: 'automated-model-deploy',
        title: 'Validated models are deployed automatically',
        model: 'mlops',
        rationale: 'MLOps level 1 (ML pipeline automation): the pipeline itself deploys (or registers for serving) the model it trained once the model is validated \u2014 continuous delivery of the model.',
        messages: automated_model_deploy_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['model-deploy']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const deploys = modelDeploysOf(pipeline, context.evidence.workspace);
        if (deploys.length === 0) {
            return (opaqueVerdict(context, MODEL_DEPLOY_CALL) ??
                findingFor(context, automated_model_deploy_messages, 'none', {
                    status: 'fail',
                    strength: 'definition',
                    evidence: [],
                    locations: [],
                    remediation: 'Register or deploy the model from a workflow job (`az ml model create`, `gcloud ai models upload`, `aws sagemaker create-model`, MLflow registry) that runs on push or after the training workflow, and needs the evaluation job.'
                }));
        }
        const automatic = deploys.filter(job => deliveryEvents(pipeline, job).length > 0);
        const described = automatic.map(job => ({
            job,
            evaluators: EVALUATION.before(pipeline, job, ['model-deploy'])
        }));
        const validated = described.filter(entry => entry.evaluators.length > 0);
        if (validated.length > 0) {
            const jobs = validated.map(entry => entry.job);
            return findingFor(context, automated_model_deploy_messages, 'automated', {
                status: 'pass',
                strength: 'definition',
                data: {
                    deploys: listJobs(jobs),
                    events: [...new Set(jobs.flatMap(job => deliveryEvents(pipeline, job)))].sort().join(', '),
                    evaluators: listJobs([...new Set(validated.flatMap(entry => entry.evaluators))])
                },
                evidence: jobs.map(job => jobEvidence(job, 'model-deploy')),
                locations: jobs.map(job => locationOf(job, 'model-deploy')),
                remediation: ''
            });
        }
        const [first] = automatic;
        if (first) {
            return findingFor(context, automated_model_deploy_messages, 'unvalidated', {
                status: 'fail',
                strength: 'definition',
                data: { deploy: `\`${jobLabel(first)}\``, events: deliveryEvents(pipeline, first).join(', ') },
                evidence: automatic.map(job => jobEvidence(job, 'model-deploy')),
                locations: [first.job.location],
                remediation: `Add a job that evaluates the candidate model (and fails when it is worse) to \`needs:\` of \`${first.job.id}\`.`
            });
        }
        const events = [...new Set(deploys.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))].sort();
        return findingFor(context, automated_model_deploy_messages, 'manual', {
            status: 'fail',
            strength: 'definition',
            data: { deploys: listJobs(deploys), events: events.join(', ') || 'no event' },
            evidence: deploys.map(job => jobEvidence(job, 'model-deploy')),
            locations: [...new Set(deploys.map(job => job.workflow.location))],
            remediation: 'Trigger the model deploy on push to the default branch, or on `workflow_run` of the training workflow, with the evaluation job in its `needs:`.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/build-artifacts-stored.ts






const build_artifacts_stored_messages = {
    stored: '{jobs} keep build outputs (artifact upload, image push, package publish or release upload)',
    'built-not-stored': '{jobs} build, but nothing keeps the outputs',
    'nothing-stored': 'no workflow job keeps build outputs',
    'dvc-remote-only': '{jobs} push to a DVC remote ({how}), which may keep the trained outputs or only the data; nothing else keeps build outputs',
    opaque: OPAQUE_MESSAGE
};
/** Words of what a registry or package index keeps. */
const STORED = '(?:images?|docker|containers?|registry|packages?)';
/**
 * A call the gate cannot read may keep the outputs (patterns \u00a710.2) when its name joins pushing or publishing
 * with an image or package (`publish-image`, `docker-publish.yml`), or its inputs name a registry or image
 * (`azure-acr-name`, `image-name`, `ecr-repository`), or it is a reusable workflow that builds: its jobs may
 * upload what they build (the SLSA Go builder does), so "nothing keeps the outputs" cannot be said of it.
 */
const OPAQUE_STORE = {
    purposes: ['artifact-store'],
    calledJobs: ['build'],
    named: new RegExp(`\\b(?:push|publish)\\w*(?: \\w+){0,3} ${STORED}\\b|\\b${STORED}(?: \\w+){0,2} (?:push|publish)`),
    inputs: /(?:^|[-_])(?:registry|images?|acr|ecr|gcr|ghcr|docker(?:hub)?)(?:[-_]|$)/i,
    work: 'keeping the build outputs',
    jobsOption: true
};
const buildArtifactsStored = definePractice({
    meta: {
        id: 'build-artifacts-stored',
        title: 'Build outputs are stored',
        model: 'cdmm',
        rationale: 'CDMM beginner, Build & Deploy: build outputs are kept in a repository (artifacts, registries, releases) so that what was built can be deployed and traced.',
        messages: build_artifacts_stored_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['artifact-store']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const storing = pipeline.jobs.filter(keepsOutputs);
        if (storing.length > 0) {
            return findingFor(context, build_artifacts_stored_messages, 'stored', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(storing) },
                evidence: storing.map(job => jobEvidence(job, 'artifact-store')),
                locations: storing.map(job => locationOf(job, 'artifact-store')),
                remediation: ''
            });
        }
        const opaque = opaqueVerdict(context, OPAQUE_STORE);
        if (opaque)
            return opaque;
        // `dvc push` may keep what the pipeline produced or only its data (patterns \u00a76.4): as the only candidate it is
        // neither a pass nor "nothing keeps the outputs".
        const dvcPushes = pipeline.jobs.flatMap(job => dvcPushesOf(job).map(step => ({ job, step })));
        if (dvcPushes.length > 0) {
            const jobs = [...new Set(dvcPushes.map(push => push.job))];
            return findingFor(context, build_artifacts_stored_messages, 'dvc-remote-only', {
                status: 'unknown',
                strength: 'definition',
                data: { jobs: listJobs(jobs), how: `\`${dvcPushes[0]?.step.command ?? 'dvc push'}\`` },
                evidence: jobs.map(job => jobEvidence(job)),
                locations: dvcPushes.map(push => push.step.location),
                remediation: 'Keep the trained model or built package where a deploy can take it from (`dvc push` of the model outputs to a remote named for them, an image push, a release upload), or waive the practice if the DVC remote is that store.'
            });
        }
        const builds = pipeline.withPurpose('build');
        if (builds.length > 0) {
            return findingFor(context, build_artifacts_stored_messages, 'built-not-stored', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(builds) },
                evidence: builds.map(job => jobEvidence(job, 'build')),
                locations: builds.map(job => locationOf(job, 'build')),
                remediation: `Keep what \`${builds[0]?.job.id}\` builds: add \`actions/upload-artifact\`, push the image (\`docker/build-push-action\` with \`push: true\`), publish the package or upload it to a release.`
            });
        }
        return findingFor(context, build_artifacts_stored_messages, 'nothing-stored', {
            status: 'fail',
            strength: 'definition',
            evidence: [],
            locations: [],
            remediation: 'Add a build job that keeps its outputs: `actions/upload-artifact`, an image push, a package publish or a release upload.'
        });
    }
});
const DVC_PUSH = /^dvc\s+(?:exp\s+)?push\b/;
/** The `dvc push` (or `dvc exp push`) commands of a job's steps, with where they are written. */
function dvcPushesOf(job) {
    return job.job.steps.flatMap(step => splitCommands(step.run ?? '')
        .filter(command => DVC_PUSH.test(command))
        .map(command => ({ command, location: step.location })));
}
/** `if: failure()` alone: the step keeps outputs only when the build broke, to debug it. */
const ONLY_ON_FAILURE = /^\s*(?:\$\{\{\s*)?failure\(\)\s*(?:\}\})?\s*$/;
/** A job that stores something on a successful run (an upload that happens only on failure is a debugging aid). */
function keepsOutputs(job) {
    return job.purposes.some(p => p.purpose === 'artifact-store' &&
        !ONLY_ON_FAILURE.test((p.step === undefined ? undefined : job.job.steps[p.step]?.if) ?? ''));
}

;// CONCATENATED MODULE: ./src/practices/build-once-deploy-anywhere.ts








const build_once_deploy_anywhere_messages = {
    'deploys-by-reference': '{deploys} build nothing and deploy a build they are given by reference ({how})',
    'deploys-built-output': '{deploys} deploy what {producers} built ({how}) and build nothing themselves',
    'builds-itself': '{deploy} builds for itself instead of deploying what a build job produced',
    'consumes-nothing': '{deploy} builds nothing, but takes nothing from a build job (no download-artifact, no `needs.<build>.outputs`){hint}',
    'infrastructure-only': '{deploys} apply only infrastructure: no build output is promoted',
    'no-deploy': 'no workflow job deploys, so no build output is promoted',
    opaque: OPAQUE_MESSAGE
};
/** Actions that fetch an artifact an earlier job uploaded. */
const DOWNLOAD_ACTIONS = picomatch_default()(['actions/download-artifact', 'dawidd6/action-download-artifact'], {
    nocase: true
});
const NEEDS_OUTPUT = /\bneeds\.([\w-]+)\.outputs\b/g;
/**
 * GitHub Pages' deploy action publishes the site artifact that `upload-pages-artifact` stored earlier in the
 * run (real-world patterns \u00a76.1): the Pages starter workflows build and upload in one job and deploy in the next.
 */
const PAGES_DEPLOY = picomatch_default()('actions/deploy-pages', { nocase: true });
const PAGES_UPLOAD = picomatch_default()('actions/upload-pages-artifact', { nocase: true });
/** The commit's SHA as a workflow writes it: `${{ github.sha }}` or `$GITHUB_SHA`. */
const COMMIT_SHA = String.raw `\$\{\{\s*github\.sha\s*\}\}|\$\{?GITHUB_SHA\b`;
/**
 * An image tagged with the commit being built (`app:${{ github.sha }}`, `app:$GITHUB_SHA`): a deploy naming that
 * tag deploys the image an earlier job pushed under it, not a rebuild (\u00a76.1).
 */
const COMMIT_TAG = new RegExp(`:(?:${COMMIT_SHA})`);
/** A value made from the commit: the SHA itself, or `git rev-parse` of it (often `--short`). */
const COMMIT_VALUE = new RegExp(String.raw `${COMMIT_SHA}|\bgit\s+rev-parse\b`);
/** `NAME=value` in a script: exported, or appended to `$GITHUB_ENV` for the later steps. */
const build_once_deploy_anywhere_ASSIGNMENT = /(?:^|[\s;"'])(?:export\s+)?([A-Za-z_]\w*)=(.*)$/;
/**
 * Promotion by reference (real-world patterns \u00a76.1): a dispatch or call input naming the version, tag, image or
 * digest to deploy ("version to deploy; must already exist"), or the release tag being deployed.
 */
const BUILD_REFERENCE = /\$\{\{\s*((?:github\.event\.)?inputs\.[\w-]*(?:version|tag|image|digest|sha|release|artifact)[\w-]*|github\.event\.release\.tag_name)\s*\}\}/gi;
/**
 * A needed job's output that names what was built or exported (`needs.export-model.outputs.export_path`,
 * `\u2026outputs.image_tag`), not a setting (`\u2026outputs.environment`), a tool's version (`node_version`) or only
 * which image or model (`image-name`, which any rebuild shares): \u00a76.1.
 */
const OUTPUT_REFERENCE = /\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g;
const ARTIFACT_WORD = /(?:^|[-_])(?:path|digest|image|tag|artifact|uri|model|(?<!(?:node|python|java|go|dotnet|ruby|terraform|tool|sdk|runtime)[-_])version)(?:[-_]|$)/i;
const NAME_ONLY = /[-_]names?$/i;
/** Remote calls named for infrastructure apply DNS, networks or front doors, not a build (\u00a76.1). */
const INFRASTRUCTURE = /\b(?:infra(?:structure)?|dns|domains?|terraform|front ?door|networks?|vpc)\b/;
const buildOnceDeployAnywhere = definePractice({
    meta: {
        id: 'build-once-deploy-anywhere',
        title: 'Build once, deploy anywhere',
        model: 'cdmm',
        rationale: 'CDMM intermediate, Build & Deploy: one build output is promoted through every environment, so what was tested is what is deployed.',
        messages: build_once_deploy_anywhere_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['deploy']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const subjects = shippingJobs(pipeline, context.evidence);
        // Deploys that only apply infrastructure (terraform apply of networks, DNS) need not take a build (\u00a76.1),
        // but with nothing else deployed no build is promoted at all: the practice fails, naming that gap rather
        // than claiming nothing deploys (patterns \u00a70).
        const infrastructure = deploymentsOf(pipeline);
        if (subjects.length === 0 && infrastructure.length > 0) {
            return findingFor(context, build_once_deploy_anywhere_messages, 'infrastructure-only', {
                status: 'fail',
                strength: 'definition',
                data: { deploys: listJobs(infrastructure) },
                evidence: infrastructure.map(job => jobEvidence(job, 'iac-apply', 'deploy')),
                locations: infrastructure.map(job => locationOf(job, 'iac-apply', 'deploy')),
                remediation: 'Add the application: a build job that uploads its output (or pushes an image with its digest in `outputs:`) and a deploy job that needs it and deploys exactly that.'
            });
        }
        if (subjects.length === 0) {
            return findingFor(context, build_once_deploy_anywhere_messages, 'no-deploy', {
                status: 'fail',
                strength: 'definition',
                evidence: [],
                locations: [],
                remediation: 'Add a build job that uploads its output (`actions/upload-artifact` or an image push with its digest in `outputs:`) and deploy jobs that need it and deploy that output.'
            });
        }
        const judged = subjects.map(job => ({ job, consumed: consumption(pipeline, job) }));
        // A job with an environment that builds rebuilds the app for it (\u00a76.1), whether or not it deploys too.
        const builder = [...subjects, ...pipeline.deployJobs.filter(job => job.job.environment)].find(job => hasPurpose(job, 'build'));
        if (builder) {
            return findingFor(context, build_once_deploy_anywhere_messages, 'builds-itself', {
                status: 'fail',
                strength: 'definition',
                data: { deploy: `\`${jobLabel(builder)}\`` },
                evidence: [jobEvidence(builder, 'build')],
                locations: [locationOf(builder, 'build')],
                remediation: `Move the build out of \`${builder.job.id}\` into a job it needs; have that job upload the output (or push the image and expose its digest in \`outputs:\`) and deploy exactly that.`
            });
        }
        const takingNothing = judged.filter(({ consumed }) => consumed.length === 0).map(({ job }) => job);
        if (takingNothing.length > 0 &&
            judged.every(({ job, consumed }) => consumed.length > 0 || references(job.job).length > 0)) {
            return findingFor(context, build_once_deploy_anywhere_messages, 'deploys-by-reference', {
                status: 'pass',
                strength: 'definition',
                data: {
                    deploys: listJobs(takingNothing),
                    how: [...new Set(takingNothing.flatMap(job => references(job.job)))].join(', ')
                },
                evidence: subjects.map(job => jobEvidence(job, 'deploy')),
                locations: takingNothing.map(job => job.job.location),
                remediation: ''
            });
        }
        // A deploy done inside a call the gate cannot read may take its build there (\u00a710.2): a readable one fails.
        const starving = takingNothing.find(job => opaqueDeploy(context, [job]) === undefined);
        const opaque = starving === undefined && opaqueDeploy(context, takingNothing);
        if (opaque)
            return opaque;
        if (starving) {
            const stores = pipeline.before(starving).filter(job => hasPurpose(job, 'artifact-store', 'build'));
            return findingFor(context, build_once_deploy_anywhere_messages, 'consumes-nothing', {
                status: 'fail',
                strength: 'definition',
                data: {
                    deploy: `\`${jobLabel(starving)}\``,
                    hint: stores.length > 0 ? ` \u2014 ${listJobs(stores)} runs before it and produces output it could take` : ''
                },
                evidence: [
                    jobEvidence(starving, 'deploy'),
                    ...stores.map(job => jobEvidence(job, 'artifact-store', 'build'))
                ],
                locations: [starving.job.location],
                remediation: stores.length > 0
                    ? `Have \`${starving.job.id}\` download the artifact (\`actions/download-artifact\`) or take the image digest from \`needs.${stores[0]?.job.id}.outputs\`.`
                    : `Add a build job that uploads its output, list it in \`needs:\` of \`${starving.job.id}\` and deploy the downloaded artifact or image digest.`
            });
        }
        const consumed = judged.flatMap(j => j.consumed);
        return findingFor(context, build_once_deploy_anywhere_messages, 'deploys-built-output', {
            status: 'pass',
            strength: 'definition',
            data: {
                deploys: listJobs(subjects),
                producers: listJobs([...new Set(consumed.map(c => c.producer))]),
                how: [...new Set(consumed.map(c => c.how))].join(', ')
            },
            evidence: [
                ...subjects.map(job => jobEvidence(job, 'deploy')),
                ...[...new Set(consumed.map(c => c.producer))].map(job => prerequisiteNote(job, 'built by'))
            ],
            locations: consumed.map(c => c.location),
            remediation: ''
        });
    }
});
/** Unknown when the deploying of `jobs` happens inside calls the gate cannot read, naming them (\u00a710.2). */
function opaqueDeploy(context, jobs) {
    return opaqueVerdict(context, {
        purposes: ['deploy', 'rollout', 'model-deploy'],
        work: `choosing the build ${listJobs(jobs)} deploy${jobs.length > 1 ? '' : 's'}`,
        in: jobs
    });
}
/**
 * The jobs that ship something: those running a deploy command or action; where the catalog recognises none,
 * the jobs deploying to a named environment. Infrastructure applies are not builds to promote, unless they
 * take one (a `terraform apply` given the image tag ships the app).
 */
function shippingJobs(pipeline, evidence) {
    // Infrastructure-only jobs (terraform apply of DNS or networks) ship no build (\u00a76.1).
    const shipping = pipeline.deployJobs.filter(job => !infrastructureOnly(job, evidence) ||
        consumption(pipeline, job).length > 0 ||
        references(job.job).length > 0);
    const commanded = shipping.filter(job => hasPurpose(job, 'deploy'));
    return commanded.length > 0 ? commanded : shipping;
}
const NAME_RULES = new Set(['job-name', 'step-name', 'reusable-workflow']);
/**
 * A job that deploys by name only and applies infrastructure: by command, or through calls the gate cannot
 * read that are all named for it (`DFE-Digital/github-actions/deploy-domains-infra`).
 */
function infrastructureOnly(job, evidence) {
    if (job.purposes.some(p => p.purpose === 'deploy' && !NAME_RULES.has(p.rule)))
        return false;
    // An apply read from a call's name or inputs says nothing of what else the call ships.
    if (job.purposes.some(p => p.purpose === 'iac-apply' && !fromOpaqueCall(p.rule)))
        return true;
    const calls = opaqueCallsOf(job, evidence);
    return calls.length > 0 && calls.every(call => INFRASTRUCTURE.test(call.names));
}
/**
 * The build references a job deploys by (`inputs.version`, `needs.export.outputs.export_path`), from its
 * inputs and its steps.
 */
function references(job) {
    const found = textsOf(job).flatMap(text => [
        ...[...text.matchAll(BUILD_REFERENCE)].map(m => m[1] ?? ''),
        ...[...text.matchAll(OUTPUT_REFERENCE)]
            .filter(([, id = '', name = '']) => job.needs.includes(id) && namesBuild(snakeCase(name)))
            .map(m => m[0])
    ]);
    return [...new Set(found)];
}
function namesBuild(output) {
    return ARTIFACT_WORD.test(output) && !NAME_ONLY.test(output);
}
/** `imageTag` \u2192 `image_Tag`: camel-case output names split like snake-case ones. */
function snakeCase(name) {
    return name.replace(/([a-z])([A-Z])/g, '$1_$2');
}
/** Where a job names what it deploys: its call's `with:` inputs, its steps' scripts and inputs. */
function textsOf(job) {
    return [...Object.values(job.with), ...job.steps.flatMap(textsOfStep)];
}
function textsOfStep(step) {
    return [step.run ?? '', ...Object.values(step.with)];
}
/**
 * What `job` takes from jobs before it that build or store: downloaded artifacts, build job outputs, the Pages
 * artifact and images tagged with the commit.
 */
function consumption(pipeline, job) {
    const before = pipeline.before(job);
    const producers = before.filter(p => hasPurpose(p, 'build', 'artifact-store'));
    const pages = stepsUsing(job.job, PAGES_DEPLOY).flatMap(step => before
        .filter(p => stepsUsing(p.job, PAGES_UPLOAD).length > 0)
        .map(producer => ({ producer, how: 'upload-pages-artifact', location: step.location })));
    if (producers.length === 0)
        return [...pages, ...commitTagged([], job, pipeline)];
    const uploaders = producers.filter(p => hasPurpose(p, 'artifact-store'));
    const downloads = stepsUsing(job.job, DOWNLOAD_ACTIONS).flatMap(step => uploaders.map(producer => ({ producer, how: 'download-artifact', location: step.location })));
    const caller = job.job.calledBy && job.workflow.jobs.find(j => j.id === job.job.calledBy?.job);
    const outputs = [job.job, ...(caller ? [caller] : [])].flatMap(source => neededOutputs(source).flatMap(id => {
        // A needed job that calls a reusable workflow is represented by its inlined jobs (`build/image`).
        const producer = producers.find(p => p.ref.workflow === job.ref.workflow && (p.job.id === id || p.job.id.startsWith(`${id}/`)));
        return producer ? [{ producer, how: `needs.${id}.outputs`, location: source.location }] : [];
    }));
    return [...pages, ...downloads, ...outputs, ...commitTagged(uploaders, job, pipeline)];
}
function stepsUsing(job, action) {
    return job.steps.filter(step => step.uses !== undefined && action(step.uses.replace(/@.*$/, '')));
}
/**
 * The image a job stored under the commit's tag, when `job` deploys that same tag: one pushed by a job before
 * it, or by a job of another workflow (a build workflow run for the same commit), since only a build of that
 * commit can have pushed it (\u00a76.1).
 */
function commitTagged(stores, job, pipeline) {
    const tag = commitTag(job.job);
    const step = job.job.steps.find(s => textsOfStep(s).some(text => tag.test(text)));
    const location = step?.location ?? (Object.values(job.job.with).some(t => tag.test(t)) && job.job.location);
    if (!location)
        return [];
    const elsewhere = pipeline.jobs.filter(other => other.ref.workflow !== job.ref.workflow && hasPurpose(other, 'artifact-store'));
    return [...stores, ...elsewhere]
        .filter(store => {
        const storedTag = commitTag(store.job);
        return textsOf(store.job).some(text => storedTag.test(text));
    })
        .map(producer => ({
        producer,
        how: producer.ref.workflow === job.ref.workflow
            ? 'image tagged with github.sha'
            : `image tagged with the commit, pushed by ${producer.ref.workflow}`,
        location
    }));
}
/**
 * The commit's tag as a job writes it: `:${{ github.sha }}`, `:$GITHUB_SHA`, or a variable the job (or its
 * workflow) sets from the commit (`echo "CI_COMMIT_SHA=$(git rev-parse --short ${{ github.sha }})" >>
 * $GITHUB_ENV`, then `:$CI_COMMIT_SHA` or `:${{ env.CI_COMMIT_SHA }}`).
 */
function commitTag(job) {
    const names = commitVariables(job);
    if (names.length === 0)
        return COMMIT_TAG;
    const variables = names.join('|');
    return new RegExp(`${COMMIT_TAG.source}|:(?:\\$\\{?(?:${variables})\\b|\\$\\{\\{\\s*env\\.(?:${variables})\\s*\\}\\})`);
}
function commitVariables(job) {
    const declared = [job.env, ...job.steps.map(step => step.env)].flatMap(env => Object.entries(env ?? {}).flatMap(([key, value]) => (COMMIT_VALUE.test(value) ? [key] : [])));
    const assigned = job.steps.flatMap(step => (step.run ?? '').split('\n').flatMap(line => {
        const assignment = build_once_deploy_anywhere_ASSIGNMENT.exec(line);
        return assignment && COMMIT_VALUE.test(assignment[2] ?? '') ? [assignment[1] ?? ''] : [];
    }));
    return [...new Set([...declared, ...assigned])].filter(name => /^[A-Za-z_]\w*$/.test(name));
}
/** Ids of the needed jobs whose outputs a job's steps or `with:` inputs read. */
function neededOutputs(job) {
    const ids = textsOf(job).flatMap(text => [...text.matchAll(NEEDS_OUTPUT)].map(match => match[1] ?? ''));
    return [...new Set(ids)].filter(id => job.needs.includes(id));
}

;// CONCATENATED MODULE: ./src/practices/ci-on-change.ts






const VERIFYING = ['build', 'unit-test', 'integration-test', 'acceptance-test'];
const ci_on_change_messages = {
    'runs-on-change': '{jobs} build or test on {events}',
    'not-on-change': '{jobs} build or test, but only on {events} \u2014 not on push or pull request',
    'no-build-or-test': 'no workflow job builds or tests the code',
    'ran-on-change': 'this {event} run built or tested the change: {jobs}',
    opaque: OPAQUE_MESSAGE
};
const ciOnChange = definePractice({
    meta: {
        id: 'ci-on-change',
        title: 'CI on every change',
        model: 'cdmm',
        rationale: 'CDMM base, Build & Deploy: every commit is built and checked by a CI server, so integration problems surface at once.',
        messages: ci_on_change_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['build'],
        // A failing test in this run is charged to the test practices, not to CI: it did run on the change.
        runAware: true
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const verifying = pipeline.withPurpose(...VERIFYING);
        const onChange = verifying.filter(job => changeEvents(pipeline.graph.eventsOf(job.ref)).length > 0);
        const run = context.evidence.run;
        const ran = onChange.filter(job => runJobsOf(job, run).some(started));
        if (run && CHANGE_EVENTS.includes(run.event) && ran.length > 0) {
            return findingFor(context, ci_on_change_messages, 'ran-on-change', {
                status: 'pass',
                strength: 'run',
                data: { event: run.event, jobs: listJobs(ran) },
                evidence: ran.map(job => jobEvidence(job, ...VERIFYING)),
                locations: ran.map(job => locationOf(job, ...VERIFYING)),
                remediation: ''
            });
        }
        if (onChange.length > 0) {
            const events = [...new Set(onChange.flatMap(job => changeEvents(pipeline.graph.eventsOf(job.ref))))];
            return findingFor(context, ci_on_change_messages, 'runs-on-change', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(onChange), events: events.sort().join(', ') },
                evidence: onChange.map(job => jobEvidence(job, ...VERIFYING)),
                locations: onChange.map(job => locationOf(job, ...VERIFYING)),
                remediation: ''
            });
        }
        if (verifying.length > 0) {
            const events = [...new Set(verifying.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))];
            return findingFor(context, ci_on_change_messages, 'not-on-change', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(verifying), events: events.sort().join(', ') || 'no event' },
                evidence: verifying.map(job => jobEvidence(job, ...VERIFYING)),
                locations: verifying.map(job => job.workflow.location),
                remediation: 'Add `push:` and `pull_request:` to the `on:` of the workflow that builds and tests.'
            });
        }
        // A build or test suite called in a workflow the gate cannot read, on a change, may be the CI (\u00a710.2).
        const changing = pipeline.jobs.filter(job => changeEvents(pipeline.graph.eventsOf(job.ref)).length > 0);
        const opaque = opaqueVerdict(context, {
            purposes: VERIFYING,
            suites: true,
            work: 'building or testing the change',
            in: changing
        });
        if (opaque)
            return opaque;
        return findingFor(context, ci_on_change_messages, 'no-build-or-test', {
            status: 'fail',
            strength: 'definition',
            evidence: [],
            locations: [],
            remediation: 'Add a workflow under .github/workflows triggered by `push` and `pull_request` that builds and runs the tests.'
        });
    }
});
function changeEvents(events) {
    return CHANGE_EVENTS.filter(event => events.has(event));
}

;// CONCATENATED MODULE: ./src/practices/continuous-deployment.ts








const continuous_deployment_messages = {
    continuous: '{deploy} deploys to production on every push to {branch}, with no manual step',
    'not-from-default-branch': '{deploy} deploys to production on {events}, but not automatically on a push to {branches}{hint}',
    'no-production': '{jobs} deploy, but none to an environment that reads as production',
    'no-deploy': 'no workflow job deploys, so no push reaches production'
};
const continuous_deployment_options = {
    branches: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .min(1)
        .default(['main', 'master'])
        .describe('the default branch: a push to one of these names must reach production'),
    jobs: jobGlobs
};
const continuousDeployment = definePractice({
    meta: {
        id: 'continuous-deployment',
        title: 'Continuous deployment to production',
        model: 'cdmm',
        rationale: 'CDMM expert, Build & Deploy: every change that passes the pipeline goes to production with no manual step.',
        messages: continuous_deployment_messages,
        options: continuous_deployment_options,
        namedJobs: ['deploy']
    },
    check(context, { branches }) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const production = pipeline.productionDeploys;
        const fromDefault = production.filter(releases).flatMap(job => {
            const branch = defaultBranchPush(pipeline.graph, context.evidence.workflows, job, branches);
            return branch === undefined ? [] : [{ job, data: { branch: `\`${branch}\`` } }];
        });
        // Only the push must reach production unattended (patterns \u00a75.5): what gates it is automated-deploy's question.
        const continuous = fromDefault[0];
        if (continuous) {
            return findingFor(context, continuous_deployment_messages, 'continuous', {
                status: 'pass',
                strength: 'definition',
                data: { deploy: `\`${jobLabel(continuous.job)}\``, ...continuous.data },
                evidence: [jobEvidence(continuous.job, 'deploy')],
                locations: [locationOf(continuous.job, 'deploy')],
                remediation: ''
            });
        }
        const first = production[0];
        if (first) {
            const pushes = first.workflow.triggers.filter(t => t.event === 'push');
            const filters = pushes.flatMap(t => [...t.branches, ...t.tags.map(tag => `tag ${tag}`)]);
            return findingFor(context, continuous_deployment_messages, 'not-from-default-branch', {
                status: 'fail',
                strength: 'definition',
                data: {
                    deploy: `\`${jobLabel(first)}\``,
                    events: [...pipeline.graph.eventsOf(first.ref)].sort().join(', ') || 'no event',
                    branches: branches.map(b => `\`${b}\``).join(' or '),
                    hint: filters.length > 0 ? ` (its push filter: ${filters.map(f => `\`${f}\``).join(', ')})` : ''
                },
                evidence: production.map(job => jobEvidence(job, 'deploy')),
                locations: [(pushes[0] ?? first.workflow.triggers[0] ?? first.workflow).location],
                remediation: `Trigger \`${first.job.id}\` on \`push\` to \`${branches[0]}\` (directly, or through \`workflow_run\` after CI on that branch) instead of by hand or by tag; if the default branch has another name, set \`branches\` for this practice.`
            });
        }
        const deployments = deploymentsOf(pipeline);
        if (deployments.length > 0) {
            return findingFor(context, continuous_deployment_messages, 'no-production', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(deployments) },
                evidence: deployments.map(job => jobEvidence(job, 'deploy', 'iac-apply')),
                locations: deployments.map(job => (job.job.environment ?? job.job).location),
                remediation: 'Give the production deploy job `environment: production` (or a name the policy `environments.production` pattern matches).'
            });
        }
        return findingFor(context, continuous_deployment_messages, 'no-deploy', {
            status: 'fail',
            strength: 'definition',
            evidence: [],
            locations: [],
            remediation: 'Add a production deploy job (`environment: production`) that runs on `push` to the default branch after the build and test jobs.'
        });
    }
});
/**
 * The default branch whose push starts `job` without a person: its own workflow's `push` trigger, or a
 * `workflow_run` chain back to a workflow that runs on such a push.
 */
function defaultBranchPush(graph, workflows, job, branches) {
    if (!job.automatic)
        return undefined;
    const events = graph.eventsOf(job.ref);
    const caller = job.job.calledBy && job.workflow.jobs.find(j => j.id === job.job.calledBy?.job);
    const allowed = branches.filter(branch => [job.job.if, caller?.if].every(c => conditionAllows(c, branch)));
    const direct = events.has('push') ? pushedBranch(job.workflow, allowed) : undefined;
    if (direct !== undefined || !events.has('workflow_run'))
        return direct;
    return upstreamPushedBranch(graph, workflows, job.workflow.file, branches, new Set());
}
/** `if:` forms that pin a job to named branches or to tags; anything else is taken to allow the branch. */
const NAMED_BRANCH = /github\.ref\s*==\s*'refs\/heads\/([^']+)'|github\.ref_name\s*==\s*'([^']+)'/g;
const TAGS_ONLY = /startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/'|github\.ref_type\s*==\s*'tag'/;
function conditionAllows(condition, branch) {
    if (!condition)
        return true;
    const named = [...condition.matchAll(NAMED_BRANCH)].map(match => match[1] ?? match[2]);
    if (named.length > 0)
        return named.includes(branch);
    return !TAGS_ONLY.test(condition);
}
function pushedBranch(workflow, branches) {
    return branches.find(branch => workflow.triggers.some(trigger => pushReachesBranch(trigger, branch)));
}
function upstreamPushedBranch(graph, workflows, file, branches, visiting) {
    if (visiting.has(file))
        return undefined;
    visiting.add(file);
    for (const edge of graph.workflowRunEdges.filter(e => e.downstream === file)) {
        const upstream = workflows.find(w => w.file === edge.upstream);
        const branch = (upstream && pushedBranch(upstream, branches)) ??
            upstreamPushedBranch(graph, workflows, edge.upstream, branches, visiting);
        if (branch !== undefined)
            return branch;
    }
    return undefined;
}
/**
 * A remote call takes its environment from an input, but one whose names say it lints or tests
 * (`test_helm_lint.yml` with `environment: prod`) checks that environment's configuration: it releases nothing.
 * The pipeline counts it as a deploy because its content cannot be read; this practice asks what reaches
 * production, so it needs a call that may deploy.
 */
function releases(job) {
    if (job.job.uses === undefined || job.purposes.length === 0)
        return true;
    return hasPurpose(job, 'deploy', 'rollout', 'iac-apply', 'model-deploy', 'artifact-store');
}

;// CONCATENATED MODULE: ./src/practices/continuous-training.ts








/** Triggers that start training without a code change or a person (MLOps level 1 "pipeline triggers"). */
const TRAINING_EVENTS = ['schedule', 'repository_dispatch', 'workflow_run'];
const OPTIONS = {
    'data-paths': policyRegex
        .default('(^|/)(data|datasets?|raw|features?|labels?)(/|$)|\\.dvc$|(^|/)(dvc\\.lock|params\\.ya?ml)$|\\.(csv|tsv|parquet|jsonl|feather|arrow|h5)$')
        .describe('regex over `on.push.paths` entries: a push that touches one of them brings new data'),
    jobs: jobGlobs
};
const continuous_training_messages = {
    'trains-on-trigger': 'training ({jobs}) starts on {triggers}',
    'push-without-data-paths': '{job} trains on push, but its `paths` filter names no data ({paths}) \u2014 code changes retrain, new data does not',
    'not-continuous': 'training ({jobs}) starts only on {events} \u2014 not on a schedule, new data or an upstream pipeline',
    'no-training': 'no workflow job trains a model'
};
const continuousTraining = definePractice({
    meta: {
        id: 'continuous-training',
        title: 'Continuous training',
        model: 'mlops',
        rationale: 'MLOps level 1 (ML pipeline automation): the pipeline retrains the model in production automatically \u2014 on a schedule, on new data or on a trigger \u2014 rather than by hand.',
        messages: continuous_training_messages,
        options: OPTIONS,
        namedJobs: ['training']
    },
    check(context, options) {
        const dataPath = (0,safe_regex/* compilePolicyRegex */.f0)(options['data-paths']);
        const pipeline = pipelineOf(context.evidence, context.environments);
        const training = trainingJobs(pipeline, context.evidence.workspace);
        if (training.length === 0) {
            return findingFor(context, continuous_training_messages, 'no-training', {
                status: 'fail',
                strength: 'definition',
                evidence: [],
                locations: [],
                remediation: 'Add a workflow job that trains the model (`python train.py`, `dvc repro`, a SageMaker/Vertex/Azure ML training job) and trigger it on a schedule or on new data.'
            });
        }
        const starts = training.flatMap(job => startsOf(pipeline, job, dataPath));
        if (starts.length > 0) {
            const jobs = [...new Set(starts.map(start => start.job))];
            return findingFor(context, continuous_training_messages, 'trains-on-trigger', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(jobs), triggers: [...new Set(starts.map(start => start.text))].join(', ') },
                evidence: jobs.map(job => jobEvidence(job, 'training')),
                locations: [...new Set(starts.map(start => start.trigger.location))],
                remediation: ''
            });
        }
        const codePush = training
            .map(job => ({ job, trigger: pushOf(pipeline, job) }))
            .find((found) => (found.trigger?.paths.length ?? 0) > 0);
        if (codePush) {
            return findingFor(context, continuous_training_messages, 'push-without-data-paths', {
                status: 'fail',
                strength: 'definition',
                data: { job: `\`${jobLabel(codePush.job)}\``, paths: codePush.trigger.paths.join(', ') },
                evidence: [jobEvidence(codePush.job, 'training')],
                locations: [codePush.trigger.location],
                remediation: 'Add the data paths (e.g. `data/**`, `*.dvc`) to `on.push.paths`, or trigger the training workflow on `schedule:` or `repository_dispatch` from the data pipeline.'
            });
        }
        const events = [...new Set(training.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))].sort();
        return findingFor(context, continuous_training_messages, 'not-continuous', {
            status: 'fail',
            strength: 'definition',
            data: { jobs: listJobs(training), events: events.join(', ') || 'no event' },
            evidence: training.map(job => jobEvidence(job, 'training')),
            locations: training.map(job => locationOf(job, 'training')),
            remediation: 'Trigger the training workflow on `schedule:` (retrain periodically), `push:` with data `paths:`, or `repository_dispatch`/`workflow_run` from the pipeline that lands new data.'
        });
    }
});
/** The triggers that start `job` for new data or on a timetable, each described for the message. */
function startsOf(pipeline, job, dataPath) {
    const events = pipeline.graph.eventsOf(job.ref);
    return job.workflow.triggers.flatMap((trigger) => {
        if (!events.has(trigger.event))
            return [];
        if (TRAINING_EVENTS.includes(trigger.event))
            return [{ job, trigger, text: continuous_training_describe(trigger) }];
        const data = trigger.event === 'push' ? trigger.paths.filter(path => (0,safe_regex/* testBounded */.WT)(dataPath, path)) : [];
        return data.length > 0 ? [{ job, trigger, text: `push to ${data.join(', ')}` }] : [];
    });
}
function pushOf(pipeline, job) {
    return pipeline.graph.eventsOf(job.ref).has('push')
        ? job.workflow.triggers.find(trigger => trigger.event === 'push')
        : undefined;
}
function continuous_training_describe(trigger) {
    if (trigger.crons.length > 0)
        return `schedule (${trigger.crons.join('; ')})`;
    if (trigger.workflows.length > 0)
        return `workflow_run of ${trigger.workflows.join(', ')}`;
    return trigger.event;
}

;// CONCATENATED MODULE: ./src/practices/coverage-threshold.ts







const coverage_threshold_messages = {
    meets: '{count} coverage report(s) meet min {min}%: {figures}',
    below: '{file} covers {value}% of {measure}, below min {min}%',
    unreadable: '{file} could not be read as a coverage report ({error}); its coverage is unknown',
    'not-in-workspace': '{jobs} produce coverage, but no report matching {globs} is in the workspace: its value is known only from a run{hint}',
    enforced: '{jobs} fail below {value}% coverage ({where}), at least the min {min}%: a run that gets past them meets the bar',
    none: 'no workflow job produces coverage, and no coverage report matches {globs}',
    opaque: OPAQUE_MESSAGE
};
const coverage_threshold_options = {
    min: schemas/* number */.aig()
        .min(0)
        .max(100)
        .default(80)
        .describe('the least line coverage, in percent, every report must show'),
    reports: schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default([
        '**/lcov.info',
        '**/cobertura*.xml',
        '**/coverage.xml',
        '**/jacoco*.xml',
        '**/coverage-summary.json',
        '**/coverage.json'
    ])
        .describe('globs of coverage reports (LCOV, Cobertura, JaCoCo, coverage.py JSON, istanbul summary)'),
    jobs: jobGlobs
};
const coverageThreshold = definePractice({
    meta: {
        id: 'coverage-threshold',
        title: 'Coverage threshold',
        model: 'cdmm',
        rationale: 'CDMM advanced, Information & Reporting: test coverage is analysed and held to a bar, so untested code is visible and cannot grow unnoticed.',
        messages: coverage_threshold_messages,
        options: coverage_threshold_options,
        namedJobs: ['coverage']
    },
    async check(context, { min, reports }) {
        const globs = reports.join(', ');
        const search = await context.evidence.reports.coverage(reports);
        if (search.files.length === 0)
            return withoutReport(context, globs, min);
        const measured = search.files.flatMap(measure);
        const evidence = search.files.map(f => f.summary
            ? { kind: 'coverage', file: f.file, lines: f.summary.lines, branches: f.summary.branches }
            : { kind: 'note', text: `${f.file}: ${f.error ?? 'not read'}` });
        const below = measured.filter(m => m.value < min).sort((a, b) => a.value - b.value)[0];
        if (below) {
            return findingFor(context, coverage_threshold_messages, 'below', {
                status: 'fail',
                strength: 'definition',
                data: { file: below.file, value: round(below.value), measure: below.measure, min },
                evidence,
                locations: [{ file: below.file, line: 1, column: 1 }],
                remediation: `Add tests for the uncovered code until ${below.file} reaches ${min}%, or lower \`practices.coverage-threshold.min\` deliberately.`
            });
        }
        const unreadable = search.files.find(f => !measured.some(m => m.file === f.file));
        if (unreadable) {
            return findingFor(context, coverage_threshold_messages, 'unreadable', {
                status: 'unknown',
                strength: 'definition',
                data: {
                    file: unreadable.file,
                    error: unreadable.error ?? 'it gives neither line nor branch coverage'
                },
                evidence,
                locations: [{ file: unreadable.file, line: 1, column: 1 }],
                remediation: `Write ${unreadable.file} as LCOV, Cobertura, JaCoCo, coverage.py JSON or an istanbul summary, or narrow \`practices.coverage-threshold.reports\`.`
            });
        }
        return findingFor(context, coverage_threshold_messages, 'meets', {
            status: 'pass',
            strength: 'definition',
            data: {
                count: measured.length,
                min,
                figures: measured.map(m => `${m.file} ${round(m.value)}% of ${m.measure}`).join(', ')
            },
            evidence,
            locations: measured.map(m => ({ file: m.file, line: 1, column: 1 })),
            remediation: ''
        });
    }
});
/** Line coverage is the bar; a format that gives only branches is held to it by branches. */
function measure(report) {
    const { lines, branches } = report.summary ?? {};
    if (typeof lines === 'number')
        return [{ file: report.file, value: lines, measure: 'lines' }];
    if (typeof branches === 'number')
        return [{ file: report.file, value: branches, measure: 'branches' }];
    return [];
}
/**
 * Without a report the value is unknown when a job produces coverage (corpus rule 7), and absent otherwise;
 * unless the jobs that measure it fail below a bar at least `min` themselves, so that passing them meets it.
 */
function withoutReport(context, globs, min) {
    const producing = pipelineOf(context.evidence, context.environments).withPurpose('coverage');
    const bars = producing.flatMap(job => {
        const bar = enforcedBar(job, context.evidence.workspace.read);
        return bar ? [{ job, ...bar }] : [];
    });
    const lowest = bars.sort((a, b) => a.value - b.value)[0];
    if (lowest && lowest.value >= min && bars.length === producing.length) {
        return findingFor(context, coverage_threshold_messages, 'enforced', {
            status: 'pass',
            strength: 'definition',
            data: { jobs: listJobs(bars.map(bar => bar.job)), value: lowest.value, where: lowest.where, min },
            evidence: bars.map(bar => jobEvidence(bar.job, 'coverage')),
            locations: bars.map(bar => locationOf(bar.job, 'coverage')),
            remediation: ''
        });
    }
    if (producing.length === 0) {
        const opaque = opaqueVerdict(context, {
            purposes: ['coverage'],
            calledJobs: ['unit-test', 'integration-test', 'build'],
            suites: 'called-jobs',
            unless: IMAGE_BUILD,
            work: 'measuring coverage'
        });
        if (opaque)
            return opaque;
        return findingFor(context, coverage_threshold_messages, 'none', {
            status: 'fail',
            strength: 'definition',
            data: { globs },
            evidence: [],
            locations: [],
            remediation: 'Measure coverage in the test job (`jest --coverage`, `pytest --cov --cov-report=xml`, `go test -coverprofile`) and keep the report (upload it, or download it into the workspace before this gate runs).'
        });
    }
    return findingFor(context, coverage_threshold_messages, 'not-in-workspace', {
        status: 'unknown',
        strength: 'definition',
        data: {
            jobs: listJobs(producing),
            globs,
            hint: lowest && lowest.value < min ? ` (${lowest.where} fails only below ${lowest.value}%)` : ''
        },
        evidence: producing.map(job => jobEvidence(job, 'coverage')),
        locations: producing.map(job => locationOf(job, 'coverage')),
        remediation: 'Make the coverage report available to the gate: run it in the job that tests, or `actions/download-artifact` the report into the workspace first.'
    });
}
function round(value) {
    return Math.round(value * 10) / 10;
}
/**
 * A coverage bar the runner enforces, read where the job's coverage commands say it: on the command line or
 * in a config file they were followed through (`addopts = "--cov-fail-under=80"` in pyproject.toml, coverage.py
 * `fail_under`, `nyc --check-coverage --lines 80`). A swallowed command never got its coverage purpose.
 */
const BARS = [
    /--(?:cov-)?fail-under[= ](\d+(?:\.\d+)?)/,
    /^\s*fail_under\s*=\s*(\d+(?:\.\d+)?)/m,
    /--check-coverage\b.*?--lines[= ](\d+(?:\.\d+)?)/
];
function enforcedBar(job, read) {
    for (const hit of job.purposes.filter(p => p.purpose === 'coverage')) {
        const files = hit.via.map(hop => hop.split(' ')[0] ?? '').filter(file => /\.\w+$/.test(file));
        const places = [
            { text: hit.command ?? '', where: `\`${hit.command ?? ''}\`` },
            ...files.map(file => ({ text: read(file) ?? '', where: file }))
        ];
        for (const { text, where } of places)
            for (const bar of BARS) {
                const value = bar.exec(text)?.[1];
                if (value !== undefined)
                    return { value: Number(value), where };
            }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/practices/data-validation.ts









/** A script that redirects a check's output and goes on without `set -e` never stops at it (\u00a711). */
const REDIRECTED = /(?:^|\n)[^\n#]*(?:validat|great_expectations|pytest|deepchecks|pandera)[^\n]*>\s*\S+/;
/**
 * Why the data validation of `job` cannot stop what follows, when it cannot (\u00a711.1): `continue-on-error`, a
 * `|| true` fallback, or output redirected in a script without `set -e`.
 */
function swallowedValidation(job) {
    const steps = job.purposes
        .filter(p => p.purpose === 'data-validation' && p.step !== undefined)
        .map(p => job.job.steps[p.step]);
    const reasons = steps.map(step => {
        if (step === undefined)
            return undefined;
        if (String(step.continueOnError).trim() === 'true')
            return `\`continue-on-error\` in \`${job.job.id}\``;
        const run = step.run ?? '';
        if (/\|\|\s*(?:true|:|exit\s+0|echo|printf)\b/.test(run))
            return `a \`||\` fallback in \`${job.job.id}\``;
        if (REDIRECTED.test(run) && !/\bset\s+-\w*e/.test(run))
            return `output redirected without \`set -e\` in \`${job.job.id}\``;
        return undefined;
    });
    return steps.length > 0 && reasons.every(reason => reason !== undefined) ? reasons[0] : undefined;
}
const data_validation_OPTIONS = {
    run: policyRegex
        .optional()
        .describe('regex over `run:` scripts: an in-house data check the catalog does not know (e.g. `check_schema\\.py`)'),
    jobs: jobGlobs
};
const data_validation_messages = {
    validated: 'training ({training}) runs only after data validation ({validators})',
    'not-before': '{job} trains without validating data first{hint}',
    swallowed: 'data validation runs before training ({validators}), but cannot stop it: {why}; is it a gate or a report?',
    'no-training': 'data is validated ({validators}), but no workflow job trains a model after it',
    none: 'no workflow step validates data and no job trains a model'
};
const dataValidation = definePractice({
    meta: {
        id: 'data-validation',
        title: 'Data validation before training',
        model: 'mlops',
        rationale: 'MLOps level 1 (ML pipeline automation): an automated pipeline needs data validation before training, to stop on schema skews and data drift instead of training on bad data.',
        messages: data_validation_messages,
        options: data_validation_OPTIONS,
        namedJobs: ['data-validation']
    },
    check(context, options) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const validation = createStepMatcher(['data-validation'], options.run === undefined ? undefined : (0,safe_regex/* compilePolicyRegex */.f0)(options.run));
        const training = trainingJobs(pipeline, context.evidence.workspace);
        // A validation step in another workflow does not check the data this training reads (\u00a79.5).
        const gatesOf = (job) => validation.before(pipeline, job, ['training']).filter(gate => gate.ref.workflow === job.ref.workflow);
        const verdict = gateVerdict(context, data_validation_messages, {
            targets: training,
            target: { evidence: job => jobEvidence(job, 'training'), location: job => locationOf(job, 'training') },
            anywhere: pipeline.jobs.filter(job => validation.matches(job)),
            gate: validation,
            gatesOf,
            names: { target: 'job', targets: 'training', gates: 'validators' },
            ungated: {
                messageId: 'not-before',
                hint: jobs => `data validation in ${jobs}, but not before it`,
                remediation: (job, elsewhere) => elsewhere
                    ? `Run the data validation before training: list its job in \`needs:\` of \`${job.job.id}\`, or move the step before the training step.`
                    : `Add a data validation step (Great Expectations checkpoint, TFDV, pandera, Deepchecks, Evidently) before training in \`${job.job.id}\`, or name your own check in the \`run\` option.`
            },
            noTargets: {
                gated: 'no-training',
                none: 'none',
                remediation: 'Automate training in a workflow job (`python train.py`, `dvc repro`, a cloud training job) that runs after a data validation step (Great Expectations, TFDV, pandera, Deepchecks, Evidently).'
            }
        });
        if ('finding' in verdict)
            return verdict.finding;
        const soft = verdict.gates.find(entry => entry.gates.every(gate => swallowedValidation(gate) !== undefined));
        if (soft) {
            return findingFor(context, data_validation_messages, 'swallowed', {
                ...verdict.passing,
                status: 'unknown',
                data: {
                    validators: listJobs(soft.gates),
                    why: soft.gates.map(gate => swallowedValidation(gate)).join('; ')
                },
                remediation: 'Let the data validation fail the job: drop `continue-on-error`, `|| true` and output redirection, or add `set -e` to the script, so bad data stops training.'
            });
        }
        return findingFor(context, data_validation_messages, 'validated', verdict.passing);
    }
});

;// CONCATENATED MODULE: ./src/practices/infrastructure-as-code.ts









/** Files that define infrastructure, by tool convention (the one list of them; a policy may replace it). */
const IAC_FILES = [
    '**/*.{tf,tf.json,tofu}', // Terraform, OpenTofu
    '**/terragrunt.hcl',
    '**/Pulumi.{yaml,yml}',
    '**/*.bicep',
    '**/azuredeploy.json', // ARM templates
    '**/{cdk,cdktf}.json',
    '**/Chart.yaml', // Helm
    '**/helmfile.{yaml,yml}',
    '**/kustomization.{yaml,yml}'
];
const infrastructure_as_code_options = {
    files: schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default(IAC_FILES)
        .describe('globs of infrastructure-as-code files (Terraform, Pulumi, Bicep, CDK, Helm, Kustomize, \u2026)'),
    jobs: jobGlobs
};
const infrastructure_as_code_messages = {
    applied: '{jobs} apply the infrastructure code ({files})',
    'not-applied': '{files} define infrastructure, but no workflow job applies them',
    'apply-without-files': '{jobs} apply infrastructure, but no file in the repository matches {globs}',
    none: 'no infrastructure-as-code files (nothing matches {globs}) and no job applies any',
    opaque: OPAQUE_MESSAGE
};
const infrastructureAsCode = definePractice({
    meta: {
        id: 'infrastructure-as-code',
        title: 'Infrastructure as code, applied by the pipeline',
        model: 'cdmm',
        rationale: 'CDMM expert, Design & Architecture: environments are defined as versioned code and created or changed by the pipeline, not by hand.',
        messages: infrastructure_as_code_messages,
        options: infrastructure_as_code_options,
        namedJobs: ['iac-apply']
    },
    check(context, { files: globs }) {
        const isIac = globFilter(globs, { dot: true, ignore: [...NOT_OURS] });
        const pipeline = pipelineOf(context.evidence, context.environments);
        const applying = pipeline.withPurpose('iac-apply');
        const named = context.evidence.workspace.files.filter(file => isIac(file));
        // Templates are read only when they can change the verdict: something applies infrastructure, and no file
        // is IaC by its name. Unapplied templates stay unread, and the verdict stays what their absence says.
        const files = named.length === 0 && applying.length > 0 ? cloudFormationTemplates(context.evidence.workspace) : named;
        const fileEvidence = files.slice(0, 5).map(file => ({ kind: 'file', file }));
        const globList = globs.map(g => `\`${g}\``).join(', ');
        const applyRemediation = 'Add a workflow job that applies them (`terraform apply`, `tofu apply`, `pulumi up`, `cdk deploy`, `helm upgrade --install`, `az deployment group create`, \u2026), ideally on push to the default branch after a reviewed plan.';
        if (applying.length > 0 && files.length > 0) {
            return findingFor(context, infrastructure_as_code_messages, 'applied', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(applying), files: findings_listFiles(files) },
                evidence: [...applying.map(job => jobEvidence(job, 'iac-apply')), ...fileEvidence],
                locations: applying.map(job => locationOf(job, 'iac-apply')),
                remediation: ''
            });
        }
        // A deploy the gate cannot read may apply the infrastructure (a remote terraform workflow, a manifest).
        const opaque = applying.length === 0 &&
            opaqueVerdict(context, {
                purposes: ['iac-apply'],
                calledJobs: ['deploy'],
                work: 'applying the infrastructure code',
                jobsOption: true
            });
        if (opaque)
            return opaque;
        if (files.length > 0) {
            return findingFor(context, infrastructure_as_code_messages, 'not-applied', {
                status: 'fail',
                strength: 'definition',
                data: { files: findings_listFiles(files) },
                evidence: fileEvidence,
                locations: files.slice(0, 5).map(file => ({ file, line: 1, column: 1 })),
                remediation: applyRemediation
            });
        }
        if (applying.length > 0) {
            return findingFor(context, infrastructure_as_code_messages, 'apply-without-files', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(applying), globs: globList },
                evidence: applying.map(job => jobEvidence(job, 'iac-apply')),
                locations: applying.map(job => locationOf(job, 'iac-apply')),
                remediation: 'Keep the infrastructure code in this repository, or set `files` for this practice to the globs where it lives.'
            });
        }
        return findingFor(context, infrastructure_as_code_messages, 'none', {
            status: 'fail',
            strength: 'definition',
            data: { globs: globList },
            evidence: [],
            locations: [],
            remediation: `Describe the environments as code (Terraform, Pulumi, Bicep, CDK, Helm, \u2026) in this repository. ${applyRemediation}`
        });
    }
});
/** Where CloudFormation templates may be: YAML, JSON and `.template` files outside the workflows folder. */
const TEMPLATE_CANDIDATE = globFilter(['**/*.{yml,yaml,json,template}'], {
    dot: true,
    ignore: [...NOT_OURS, '.github/**', '**/package{,-lock}.json', '**/tsconfig*.json']
});
/** CloudFormation's own limit on a template's size: anything larger is no template. */
const MAX_TEMPLATE_CHARS = 1_000_000;
/** The format version key, as YAML or JSON, at the top of the template. */
const FORMAT_VERSION = /^(?:AWSTemplateFormatVersion|\s*"AWSTemplateFormatVersion")\s*:/m;
/** A top-level `Resources:` (YAML) or `"Resources": {` (JSON) whose entries have `AWS::` types. */
const RESOURCES = /^(?:Resources:[ \t]*(?:#.*)?$|\s*"Resources"\s*:\s*\{)/m;
const AWS_TYPE = /^\s*(?:Type|"Type")\s*:\s*["']?AWS::\w+::/m;
/**
 * CloudFormation (and SAM) templates, found by content (real-world patterns \u00a71.5: CloudFormation endpoint
 * stacks): their names follow no convention, so a file is one when it declares the format version, or a
 * top-level `Resources:` with `AWS::` types.
 */
function cloudFormationTemplates(workspace) {
    return workspace.files.filter(file => {
        if (!TEMPLATE_CANDIDATE(file))
            return false;
        const text = workspace.read(file);
        if (text === undefined || text.length > MAX_TEMPLATE_CHARS)
            return false;
        return FORMAT_VERSION.test(text) || (RESOURCES.test(text) && AWS_TYPE.test(text));
    });
}

;// CONCATENATED MODULE: ./src/practices/integration-tests.ts



const integration_tests_messages = {
    runs: '{jobs} run integration tests on {events}',
    'not-automatic': '{jobs} run integration tests, but only on {events} \u2014 never without a person',
    none: 'no workflow job runs integration tests (no integration suite, `services:` container or testcontainers)',
    opaque: OPAQUE_MESSAGE,
    swallowed: SWALLOWED_GATE_MESSAGE,
    'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
};
const integration_tests_options = { jobs: jobGlobs };
const integrationTests = definePractice({
    meta: {
        id: 'integration-tests',
        title: 'Automated integration tests',
        model: 'cdmm',
        rationale: 'CDMM beginner, Test & Verification: automatic integration tests check the parts together against real dependencies.',
        messages: integration_tests_messages,
        options: integration_tests_options
    },
    check(context, { jobs }) {
        return activityFinding(context, integration_tests_messages, {
            purposes: ['integration-test'],
            opaque: {
                purposes: ['integration-test', 'acceptance-test'],
                suites: true,
                work: 'the integration tests'
            },
            swallowed: { work: 'Integration tests', status: 'fail' },
            jobs,
            missing: 'Add a CI job that runs the integration suite against its real dependencies (a `services:` database, testcontainers), e.g. `npm run test:integration`.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/ml-metadata.ts










/** Top-level keys that make a metrics file a run record: which model, code, data and parameters made it. */
const METADATA_KEY = /^(?:model|code|pipeline|run)[_-]?(?:version|id|sha|commit)$|^(?:version|sha|commit)$|^git[_-]?(?:sha|commit)$|^param(?:eter)?s$|^(?:data(?:set)?|training[_-]data)(?:[_-]?(?:version|hash|path|uri))?$/i;
const ml_metadata_OPTIONS = {
    files: schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default(['**/dvc.lock', '**/MLproject'])
        .describe('globs of files that record run metadata (dvc.lock pins the data, parameters and outputs of each run; an MLproject runs under MLflow tracking)'),
    'metrics-files': schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default(['**/*metrics*.{json,yaml,yml}'])
        .describe('globs of metrics files that count as run records when they carry version, data or params fields'),
    jobs: jobGlobs
};
const ml_metadata_messages = {
    tracked: 'run metadata is recorded in {jobs} ({tools})',
    'recorded-in-files': 'run metadata is committed: {files} (data, parameters and outputs of pipeline runs)',
    'recorded-in-metrics': 'metrics files record their run: {files} (fields {fields})',
    'tracked-by-workflow': 'runs are tracked or recorded by the workflow: {signs}',
    'tracker-dependency': 'training code depends on an experiment tracker: {files} list mlflow or wandb',
    'remote-only': 'tracking appears only in code a platform job runs ({files}); no workflow step shows it or reads its run record',
    'untracked-training': 'training ({jobs}) records no run metadata (experiment tracking, dvc.lock){hint}',
    none: 'no workflow step tracks experiments and no file records run metadata{hint}'
};
const mlMetadata = definePractice({
    meta: {
        id: 'ml-metadata',
        title: 'ML metadata is recorded',
        model: 'mlops',
        rationale: 'MLOps level 1 (ML pipeline automation): each pipeline run records its metadata \u2014 data and code versions, parameters, metrics, artifacts \u2014 for lineage, reproducibility and comparison.',
        messages: ml_metadata_messages,
        options: ml_metadata_OPTIONS,
        namedJobs: ['experiment-tracking']
    },
    check(context, options) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const tracking = pipeline.withPurpose('experiment-tracking');
        if (tracking.length > 0) {
            const tools = tracking
                .flatMap(job => job.purposes.filter(p => p.purpose === 'experiment-tracking'))
                .map(p => (p.command ? `\`${p.command.slice(0, 40)}\`` : p.rule));
            return findingFor(context, ml_metadata_messages, 'tracked', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(tracking), tools: [...new Set(tools)].slice(0, 3).join(', ') },
                evidence: tracking.map(job => jobEvidence(job, 'experiment-tracking')),
                locations: tracking.map(job => locationOf(job, 'experiment-tracking')),
                remediation: ''
            });
        }
        const { workspace } = context.evidence;
        const { files } = workspace;
        const training = trainingJobs(pipeline, workspace);
        const running = [...new Set([...training, ...pipeline.withPurpose('pipeline-deploy')])];
        const signs = [...trackingSigns(pipeline.jobs, workspace), ...lineageSigns(running)];
        if (signs.length > 0) {
            return findingFor(context, ml_metadata_messages, 'tracked-by-workflow', {
                status: 'pass',
                strength: 'definition',
                data: { signs: [...new Set(signs.map(sign => sign.what))].slice(0, 3).join(', ') },
                evidence: signs.map(sign => ({
                    kind: 'note',
                    text: `${sign.what} (${sign.location.file}:${sign.location.line})`
                })),
                locations: signs.slice(0, 5).map(sign => sign.location),
                remediation: ''
            });
        }
        const isMatch = picomatch_default()(options.files, { dot: true });
        const recorded = files.filter(file => isMatch(file));
        if (recorded.length > 0) {
            return findingFor(context, ml_metadata_messages, 'recorded-in-files', {
                status: 'pass',
                strength: 'definition',
                data: { files: findings_listFiles(recorded) },
                evidence: recorded.map(file => ({ kind: 'file', file })),
                locations: recorded.slice(0, 5).map(file => ({ file, line: 1, column: 1 })),
                remediation: ''
            });
        }
        const records = metricsRecords(context.evidence.workspace, options['metrics-files']);
        if (records.length > 0) {
            return findingFor(context, ml_metadata_messages, 'recorded-in-metrics', {
                status: 'pass',
                strength: 'definition',
                data: {
                    files: findings_listFiles(records.map(r => r.file)),
                    fields: [...new Set(records.flatMap(r => r.fields))].slice(0, 5).join(', ')
                },
                evidence: records.map(r => ({ kind: 'file', file: r.file })),
                locations: records.slice(0, 5).map(r => ({ file: r.file, line: 1, column: 1 })),
                remediation: ''
            });
        }
        const dependencies = trackerDependencies(workspace);
        if (dependencies.length > 0) {
            return findingFor(context, ml_metadata_messages, 'tracker-dependency', {
                status: 'pass',
                strength: 'definition',
                data: { files: findings_listFiles(dependencies.map(d => d.file)) },
                evidence: dependencies.map(d => ({ kind: 'file', file: d.file })),
                locations: dependencies.slice(0, 5).map(d => ({ file: d.file, line: d.line, column: 1 })),
                remediation: ''
            });
        }
        const remote = remoteTracking(running, workspace);
        if (remote.length > 0) {
            return findingFor(context, ml_metadata_messages, 'remote-only', {
                status: 'unknown',
                strength: 'definition',
                data: { files: findings_listFiles([...new Set(remote.map(r => r.file))]) },
                evidence: remote.map(r => ({ kind: 'file', file: r.file })),
                locations: remote.slice(0, 5).map(r => r.from),
                remediation: 'Show the tracking in the workflow: set `MLFLOW_TRACKING_URI` (or `WANDB_PROJECT`) in its `env:`, pass the commit (`GIT_SHA: ${{ github.sha }}`) to the run, or list the tracker in the training requirements.'
            });
        }
        const dvcWithoutLock = files.filter(file => /(?:^|\/)dvc\.yaml$/.test(file));
        const hint = dvcWithoutLock.length > 0
            ? ` (${findings_listFiles(dvcWithoutLock)} defines a DVC pipeline, but no dvc.lock is committed: run \`dvc repro\` and commit it)`
            : '';
        return findingFor(context, ml_metadata_messages, training.length > 0 ? 'untracked-training' : 'none', {
            status: 'fail',
            strength: 'definition',
            data: { jobs: listJobs(training), hint },
            evidence: training.map(job => jobEvidence(job, 'training')),
            locations: training.map(job => locationOf(job, 'training')),
            remediation: 'Track each training run: log parameters, metrics and data versions with MLflow, Weights & Biases, Neptune or DVC (`dvc exp run`, commit dvc.lock), or list the files that record them in the `files` option.'
        });
    }
});
/** Metrics files whose top level names the model, code, data or parameters of the run that wrote them. */
function metricsRecords(workspace, globs) {
    const isMatch = picomatch_default()(globs, { dot: true });
    return workspace.files
        .filter(file => isMatch(file))
        .flatMap(file => {
        const fields = Object.keys(ml_metadata_readMetrics(workspace, file)).filter(key => METADATA_KEY.test(key));
        return fields.length > 0 ? [{ file, fields }] : [];
    });
}
/** A metrics file that does not parse records nothing; model-validation reports it when it matters. */
function ml_metadata_readMetrics(workspace, file) {
    try {
        return parseMetrics(workspace.read(file) ?? '', file);
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/practices/model-metrics-recorded.ts









/** DVC reads the metrics files its stages declare: a step showing or diffing them proves they are written. */
const DVC_METRICS = /(?<![\w.:-])dvc\s+(?:metrics|exp)\s+(?:show|diff)(?![\w.:-])/;
/** Path-like words with a data-file extension, as written in a script or an action input. */
const FILE_WORD = /[\w./${}-]*\.(?:json|ya?ml|csv|tsv)(?![\w-])/g;
/** A DVC stage's `metrics:` list (dvc.yaml); a top-level `metrics:` of DVC 2.x counts too. */
const DVC_METRICS_KEY = /^\s*metrics:/;
const model_metrics_recorded_OPTIONS = {
    files: schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default([
        '**/*metrics*.{json,yaml,yml,csv,tsv}',
        '**/*scores*.{json,yaml,yml,csv}',
        '**/eval*.{json,csv}'
    ])
        .describe('globs of metrics file names a workflow step writes, uploads or reads'),
    jobs: jobGlobs
};
const model_metrics_recorded_messages = {
    'written-by-step': 'evaluation metrics are recorded in {jobs} ({what})',
    'declared-in-dvc': '{file} declares DVC metrics (`metrics:` at line {line})',
    'evaluates-without-file': 'the model is evaluated ({jobs}), but no step writes a metrics file matching {globs}',
    none: 'no workflow step writes a metrics file matching {globs} and no dvc.yaml declares metrics{hint}'
};
const modelMetricsRecorded = definePractice({
    meta: {
        id: 'model-metrics-recorded',
        title: 'Model evaluation metrics are recorded',
        model: 'mlops',
        rationale: 'MLOps level 0 (manual process): model analysis produces the evaluation metrics that decide a release; kept in a file, they can be compared run to run.',
        messages: model_metrics_recorded_messages,
        options: model_metrics_recorded_OPTIONS,
        namedJobs: ['model-evaluation']
    },
    check(context, options) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const isMetricsFile = picomatch_default()(options.files, { dot: true });
        const globs = options.files.join(', ');
        const recordings = pipeline.jobs.flatMap(job => recordingsOf(job, isMetricsFile));
        if (recordings.length > 0) {
            const jobs = [...new Set(recordings.map(r => r.job))];
            return findingFor(context, model_metrics_recorded_messages, 'written-by-step', {
                status: 'pass',
                strength: 'definition',
                data: {
                    jobs: listJobs(jobs),
                    what: [...new Set(recordings.map(r => r.what))].slice(0, 3).join(', ')
                },
                evidence: recordings.map(r => ({
                    kind: 'job',
                    workflow: r.job.ref.workflow,
                    job: r.job.ref.job,
                    location: r.location
                })),
                locations: recordings.map(r => r.location),
                remediation: ''
            });
        }
        const { workspace } = context.evidence;
        const declared = workspace.files
            .filter(file => /(?:^|\/)dvc\.yaml$/.test(file))
            .flatMap(file => {
            const line = (workspace.read(file) ?? '').split('\n').findIndex(text => DVC_METRICS_KEY.test(text));
            return line >= 0 ? [{ file, line: line + 1, column: 1 }] : [];
        });
        const [first] = declared;
        if (first) {
            return findingFor(context, model_metrics_recorded_messages, 'declared-in-dvc', {
                status: 'pass',
                strength: 'definition',
                data: { file: `\`${first.file}\``, line: first.line },
                evidence: declared.map(location => ({ kind: 'file', file: location.file })),
                locations: declared,
                remediation: ''
            });
        }
        const evaluating = pipeline.withPurpose('model-evaluation');
        if (evaluating.length > 0) {
            return findingFor(context, model_metrics_recorded_messages, 'evaluates-without-file', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(evaluating), globs },
                evidence: evaluating.map(job => jobEvidence(job, 'model-evaluation')),
                locations: evaluating.map(job => locationOf(job, 'model-evaluation')),
                remediation: 'Have the evaluation step write its metrics to a file (e.g. `metrics.json`) and keep it (upload-artifact, `dvc metrics`), or set the `files` option to the name it writes.'
            });
        }
        const committed = workspace.files.filter(file => isMetricsFile(file));
        const hint = committed.length > 0
            ? ` (${findings_listFiles(committed)} exist, but no workflow step writes or reads them)`
            : '';
        return findingFor(context, model_metrics_recorded_messages, 'none', {
            status: 'fail',
            strength: 'definition',
            data: { globs, hint },
            evidence: committed.map((file) => ({ kind: 'file', file })),
            locations: [],
            remediation: 'Add an evaluation step to the training workflow that writes metrics to a file (metrics.json) and keeps it, or declare `metrics:` in the dvc.yaml stage that evaluates.'
        });
    }
});
/** Steps (or a reusable workflow call, through its inputs) that write, keep or compare a metrics file. */
function recordingsOf(job, isMetricsFile) {
    const places = [
        ...job.job.steps.map(step => ({
            texts: [step.run ?? '', ...Object.values(step.with)],
            location: step.location
        })),
        { texts: Object.values(job.job.with), location: job.job.location }
    ];
    const byName = places.flatMap(({ texts, location }) => {
        const files = texts.flatMap(text => [...text.matchAll(FILE_WORD)].map(match => match[0]));
        const named = files.filter(file => isMetricsFile(file.replace(/^\.\//, '')));
        const dvc = texts.some(text => DVC_METRICS.test(text)) ? ['DVC metrics'] : [];
        return [...named.map(file => `\`${file}\``), ...dvc].map(what => ({ job, location, what }));
    });
    // Files shown to be metrics by how steps write or read them, whatever their name (\u00a79.3).
    const used = metricsUses(job).map(use => ({ job, location: use.location, what: `\`${use.file}\`` }));
    const seen = new Set(byName.map(r => `${r.location.line}\u0000${r.what}`));
    const unique = used.filter(r => !seen.has(`${r.location.line}\u0000${r.what}`));
    return [...byName, ...unique, ...definedIn(job, isMetricsFile)];
}
/**
 * Metrics files a pipeline definition the job runs declares for its evaluation (a SageMaker `PropertyFile`
 * with `path="evaluation.json"`): the pipeline writes them on every run (patterns \u00a74.4).
 */
function definedIn(job, isMetricsFile) {
    return job.purposes.flatMap(p => {
        const step = p.step === undefined ? undefined : job.job.steps[p.step];
        if (p.purpose !== 'model-evaluation' || p.rule !== 'definition' || !step)
            return [];
        const files = [...(p.command ?? '').matchAll(FILE_WORD)].map(match => match[0]);
        const place = p.via.at(-1)?.split(' ')[0] ?? '';
        return files
            .filter(file => isMetricsFile(file))
            .map(file => ({ job, location: step.location, what: `\`${file}\` (${place})` }));
    });
}

;// CONCATENATED MODULE: ./src/practices/model-serving-tests.ts









/** API tests of the prediction service (integration, end-to-end, smoke) and load tests. */
const SERVING_TESTS = ['integration-test', 'acceptance-test', 'smoke-test', 'performance-test'];
/** Requests to a deployed prediction service (\u00a79.6): endpoint invokes, POSTs to /predict or /score, endpoint test scripts. */
const SERVING_RUN = /az\s+ml\s+online-endpoint\s+invoke|aws\s+sagemaker-runtime\s+invoke-endpoint|gcloud\s+ai\s+endpoints\s+(?:predict|raw-predict)|curl\b[^\n]*--fail[^\n]*\/(?:predict|score)\b|curl\b[^\n]*\/(?:predict|score)\b[^\n]*--fail|(?:^|[\s/])test_endpoint\w*\.py\b/;
/** A step named for testing the service: "Test Staging API", "Test endpoint". */
const SERVING_NAME = /^test\b.*\b(?:api|endpoint|service)\b/i;
const model_serving_tests_OPTIONS = {
    run: policyRegex
        .optional()
        .describe('regex over `run:` scripts: an in-house test of the prediction service (e.g. `score_endpoint\\.py`)'),
    jobs: jobGlobs
};
const model_serving_tests_messages = {
    tested: 'production model deploys ({production}) come only after the prediction service is tested ({tests})',
    untested: '{deploy} deploys the model to production without testing the prediction service first{hint}',
    'no-production': 'model deploys ({deploys}) go to no production environment ({environments}), and nothing tests the prediction service',
    'tested-no-production': 'the prediction service is tested ({tests}); no model deploy goes to a production environment, so there is no order to meet',
    'no-model-deploy': 'no workflow job deploys or registers a model, so no prediction service is tested',
    opaque: OPAQUE_MESSAGE
};
const modelServingTests = definePractice({
    meta: {
        id: 'model-serving-tests',
        title: 'The prediction service is tested before production',
        model: 'mlops',
        rationale: 'MLOps level 2 (CI/CD pipeline automation): before a model serves production traffic, the prediction service is tested \u2014 its API, and its latency and throughput under load.',
        messages: model_serving_tests_messages,
        options: model_serving_tests_OPTIONS,
        namedJobs: ['integration-test']
    },
    check(context, options) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const custom = options.run === undefined ? undefined : (0,safe_regex/* compilePolicyRegex */.f0)(options.run);
        const byRun = createStepMatcher(SERVING_TESTS, custom);
        const byCommand = createStepMatcher([], SERVING_RUN);
        const named = (job) => job.job.steps.some(step => SERVING_NAME.test(step.name ?? ''));
        const serving = {
            matches: (job) => byRun.matches(job) || byCommand.matches(job) || named(job),
            location: (job) => (byCommand.matches(job) ? byCommand : byRun).location(job),
            evidence: (job) => (byCommand.matches(job) ? byCommand : byRun).evidence(job)
        };
        const testing = pipeline.jobs.filter(job => serving.matches(job));
        const targets = productionModelDeploys(context, model_serving_tests_messages, pipeline, context.evidence.workspace, {
            noDeploy: 'Deploy the model service from a workflow, test its API (and load) against a staging deployment, then promote it to production in a job that needs those tests.',
            noProduction: 'Give the production model deploy job a production environment (`environment: production`) and have it need a job that tests the prediction service.'
        });
        if ('finding' in targets && targets.finding.messageId === 'no-production' && testing.length > 0) {
            // With no production deploy there is no order to meet: a tested service is all the practice asks (\u00a79.6).
            return findingFor(context, model_serving_tests_messages, 'tested-no-production', {
                status: 'pass',
                strength: 'definition',
                data: { tests: listJobs(testing) },
                evidence: testing.map(job => serving.evidence(job)),
                locations: testing.map(job => serving.location(job)),
                remediation: ''
            });
        }
        if ('finding' in targets)
            return targets.finding;
        const verdict = gateVerdict(context, model_serving_tests_messages, {
            targets: targets.production,
            target: { evidence: job => jobEvidence(job, 'model-deploy'), location: job => job.job.location },
            anywhere: testing,
            gate: serving,
            gatesOf: deploy => [
                ...byRun.before(pipeline, deploy, ['model-deploy', 'deploy']),
                ...byCommand.before(pipeline, deploy, ['model-deploy', 'deploy']),
                ...pipeline.before(deploy).filter(named)
            ],
            names: { target: 'deploy', targets: 'production', gates: 'tests' },
            ungated: {
                messageId: 'untested',
                hint: jobs => `tests in ${jobs}, but not before it`,
                remediation: (deploy, elsewhere) => elsewhere
                    ? `Add the test job to \`needs:\` of \`${deploy.job.id}\` (directly or through a job it needs).`
                    : `Add a job that tests the prediction service (API requests against a staging endpoint, a Locust/k6 load test) and list it in \`needs:\` of \`${deploy.job.id}\`.`
            }
        });
        if ('finding' in verdict)
            return verdict.finding;
        return findingFor(context, model_serving_tests_messages, 'tested', verdict.passing);
    }
});

;// CONCATENATED MODULE: ./src/practices/model-validation.ts







/** The generic metrics check's options; here thresholds are optional, since the workflow part decides alone without them. */
const model_validation_OPTIONS = {
    candidate: metricsOptionsShape.candidate.optional(),
    baseline: metricsOptionsShape.baseline,
    metrics: metricsOptionsShape.metrics.optional(),
    jobs: jobGlobs
};
const model_validation_messages = {
    validated: 'every model deploy ({deploys}) waits for an evaluation step ({evaluators}), and {count} metric(s) are within bounds{first}',
    'gated-no-thresholds': 'every model deploy ({deploys}) waits for an evaluation step ({evaluators}); no thresholds are configured, so the metrics themselves are not checked',
    'out-of-bounds': '{failed} of {count} metric(s) out of bounds: {which}',
    'no-candidate': '{count} metric threshold(s) are configured, but no `candidate` metrics file is named',
    'candidate-missing': 'the candidate metrics file {detail} is missing',
    unreadable: 'the metrics could not be compared: {detail}',
    ungated: '{deploy} deploys or registers a model without an evaluation step before it{hint}',
    'nothing-gated': 'the model is evaluated ({evaluators}), but no workflow job deploys or registers one, so the evaluation gates nothing',
    none: 'no workflow step evaluates a model and no job deploys or registers one',
    opaque: OPAQUE_MESSAGE
};
const model_validation_EVALUATION = createStepMatcher(['model-evaluation']);
const modelValidation = definePractice({
    meta: {
        id: 'model-validation',
        title: 'Models are validated before deployment',
        model: 'mlops',
        rationale: "MLOps level 1 (ML pipeline automation): the pipeline validates a new model \u2014 its metrics against thresholds and against the current model's \u2014 before it is promoted to serving.",
        messages: model_validation_messages,
        options: model_validation_OPTIONS,
        namedJobs: ['model-evaluation']
    },
    async check(context, options) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const verdict = gateVerdict(context, model_validation_messages, {
            targets: modelDeploysOf(pipeline, context.evidence.workspace),
            target: { evidence: job => jobEvidence(job, 'model-deploy'), location: job => job.job.location },
            anywhere: pipeline.jobs.filter(job => model_validation_EVALUATION.matches(job)),
            gate: model_validation_EVALUATION,
            gatesOf: deploy => model_validation_EVALUATION.before(pipeline, deploy, ['model-deploy']),
            names: { target: 'deploy', targets: 'deploys', gates: 'evaluators' },
            ungated: {
                messageId: 'ungated',
                hint: jobs => `evaluation in ${jobs}, but not before it`,
                remediation: (deploy, elsewhere) => elsewhere
                    ? `Add the evaluation job to \`needs:\` of \`${deploy.job.id}\` (or move the evaluation step before the deploy step), and fail it when the metrics miss their thresholds.`
                    : `Add an evaluation step (\`python evaluate.py\`, \`dvc metrics diff\`) that compares the candidate with the current model and fails below the thresholds, and list its job in \`needs:\` of \`${deploy.job.id}\`.`
            },
            noTargets: {
                gated: 'nothing-gated',
                none: 'none',
                opaque: MODEL_DEPLOY_CALL,
                remediation: 'Register or deploy the model from the workflow (`az ml model create`, `mlflow` registry, `gcloud ai models upload`, \u2026) in a job that needs the evaluation job, so that only a validated model is promoted.'
            }
        });
        if ('finding' in verdict)
            return verdict.finding;
        const { data, evidence, locations } = verdict.passing;
        const { candidate, baseline, metrics } = options;
        if (metrics === undefined) {
            return findingFor(context, model_validation_messages, 'gated-no-thresholds', verdict.passing);
        }
        const count = Object.keys(metrics).length;
        if (candidate === undefined) {
            return findingFor(context, model_validation_messages, 'no-candidate', {
                status: 'unknown',
                strength: 'none',
                data: { count },
                evidence,
                locations,
                remediation: 'Name the file the evaluation step writes in `practices.model-validation.candidate` (e.g. `metrics.json`).'
            });
        }
        const measure = await measureMetrics(context.evidence, { candidate, baseline, metrics });
        if ('problem' in measure) {
            return findingFor(context, model_validation_messages, measure.problem, {
                status: measure.problem === 'candidate-missing' ? 'fail' : 'unknown',
                strength: 'run',
                data: { detail: `\`${measure.detail}\`` },
                evidence,
                locations,
                remediation: metricsRemedy({ candidate, baseline }, measure)
            });
        }
        const at = [{ file: candidate, line: 1, column: 1 }];
        const failed = measure.rows.filter(row => row.verdict === 'fail');
        if (failed.length > 0) {
            return findingFor(context, model_validation_messages, 'out-of-bounds', {
                status: 'fail',
                strength: 'run',
                data: {
                    ...outOfBounds(measure.rows)
                },
                evidence: [...measure.rows, ...evidence],
                locations: at,
                remediation: 'Do not promote this model: improve it until every metric is within its bounds, or review the bounds.'
            });
        }
        const first = measure.rows.some(row => row.verdict === 'no-baseline') ? ' (first model: no baseline)' : '';
        return findingFor(context, model_validation_messages, 'validated', {
            status: 'pass',
            strength: 'run',
            data: { ...data, count: measure.rows.length, first },
            evidence: [...measure.rows, ...evidence],
            locations: [...at, ...locations],
            remediation: ''
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/performance-tests.ts



const performance_tests_messages = {
    runs: '{jobs} run load or performance tests on {events}',
    'not-automatic': '{jobs} run load or performance tests, but only on {events} \u2014 never without a person',
    none: 'no workflow job runs load or performance tests',
    swallowed: SWALLOWED_MESSAGE
};
const performance_tests_options = { jobs: jobGlobs };
const performanceTests = definePractice({
    meta: {
        id: 'performance-tests',
        title: 'Automated performance tests',
        model: 'cdmm',
        rationale: 'CDMM advanced, Test & Verification: performance tests run automatically, so regressions in speed and capacity are caught like functional ones.',
        messages: performance_tests_messages,
        options: performance_tests_options
    },
    check(context, { jobs }) {
        return activityFinding(context, performance_tests_messages, {
            purposes: ['performance-test'],
            swallowed: {
                work: 'Performance tests',
                status: 'unknown',
                orKeep: 'keep its results where they are compared run to run (github-action-benchmark, a dashboard)'
            },
            jobs,
            missing: 'Add a job that runs a load or benchmark suite (k6, JMeter, Locust, Gatling, artillery, github-action-benchmark) on push or on a schedule.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/pipeline-deployed.ts




const pipeline_deployed_messages = {
    runs: 'the ML pipeline is deployed by {jobs} on {events}',
    'not-automatic': 'the ML pipeline is deployed by {jobs}, but only on {events} \u2014 not by continuous delivery',
    none: 'no workflow job deploys the ML pipeline (Vertex AI, Kubeflow, SageMaker or Azure ML pipeline upload)'
};
const pipeline_deployed_OPTIONS = { jobs: jobGlobs };
const pipelineDeployed = definePractice({
    meta: {
        id: 'pipeline-deployed',
        title: 'The ML pipeline is deployed by CD',
        model: 'mlops',
        rationale: 'MLOps level 2 (CI/CD pipeline automation): continuous delivery deploys the built pipeline to the target environment, where it then trains and serves models on its own.',
        messages: pipeline_deployed_messages,
        options: pipeline_deployed_OPTIONS
    },
    check(context, { jobs }) {
        return activityFinding(context, pipeline_deployed_messages, {
            purposes: ['pipeline-deploy'],
            jobs,
            events: DELIVERY_EVENTS,
            missing: 'Add a job that compiles and uploads the pipeline (`kfp pipeline upload`, `aws sagemaker update-pipeline`, `az ml job create` of a pipeline, a Vertex AI pipeline submit) on push to the default branch or on release, or name it in the `jobs` option.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/pipeline-packaged.ts






/** Workflow artifacts expire and no ML platform deploys from them: they keep outputs, they do not package them. */
const WORKFLOW_ARTIFACTS = 'actions/upload-artifact';
/** Copies to a bucket, a blob container or DBFS: they package the pipeline only when they copy a built package. */
const STORAGE_COPIES = new Set(OBJECT_STORAGE.map(entry => entry.id));
/**
 * A wheel, egg or jar, or what a build writes to `dist/`: the pipeline's code as a package a platform installs
 * (a Databricks job library), not a trained model or its results (patterns \u00a79.7).
 */
const PACKAGE = /\.(?:whl|egg|jar)(?![\w.])|(?:^|[\s/"'])dist\//;
const pipeline_packaged_messages = {
    stored: 'pipeline components are built and stored by {jobs} ({how}) on {events}',
    'delivery-only': '{jobs} push an image ({how}), but the same job then deploys it: the prediction service being delivered, not a pipeline component',
    'manual-only': 'pipeline components are stored by {jobs} ({how}), but only on {events} \u2014 never without a person',
    'workflow-artifacts-only': 'only workflow artifacts are kept ({jobs}, actions/upload-artifact), which expire; no image or package is pushed',
    'outputs-only': '{jobs} keep outputs ({how}), but none is an image or a package of the pipeline components',
    none: 'no workflow job pushes an image or publishes a package of the pipeline components'
};
const pipelinePackaged = definePractice({
    meta: {
        id: 'pipeline-packaged',
        title: 'Pipeline components are packaged and stored',
        model: 'mlops',
        rationale: 'MLOps level 2 (CI/CD pipeline automation): the CI stage outputs pipeline components \u2014 container images, packages \u2014 stored where continuous delivery deploys them from.',
        messages: pipeline_packaged_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['artifact-store']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const storing = pipeline.withPurpose('artifact-store');
        const pushing = storing.filter(job => packagesOf(job).length > 0);
        const packaging = pushing.filter(job => !deliversWhatItPushes(job));
        const how = (jobs, stores = packagesOf) => [...new Set(jobs.flatMap(stores))].slice(0, 3).join(', ');
        const events = (jobs) => [...new Set(jobs.flatMap(job => [...pipeline.graph.eventsOf(job.ref)]))].sort().join(', ') || 'no event';
        const automatic = packaging.filter(job => job.automatic);
        if (automatic.length > 0) {
            return findingFor(context, pipeline_packaged_messages, 'stored', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(automatic), how: how(automatic), events: events(automatic) },
                evidence: automatic.map(job => jobEvidence(job, 'artifact-store')),
                locations: automatic.map(job => locationOf(job, 'artifact-store')),
                remediation: ''
            });
        }
        if (packaging.length > 0) {
            return findingFor(context, pipeline_packaged_messages, 'manual-only', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(packaging), how: how(packaging), events: events(packaging) },
                evidence: packaging.map(job => jobEvidence(job, 'artifact-store')),
                locations: packaging.map(job => job.workflow.location),
                remediation: `Trigger ${[...new Set(packaging.map(job => job.ref.workflow))].join(', ')} on push to the default branch or on release, so that every change is packaged.`
            });
        }
        const delivering = pushing.filter(deliversWhatItPushes);
        if (delivering.length > 0) {
            return findingFor(context, pipeline_packaged_messages, 'delivery-only', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(delivering), how: how(delivering) },
                evidence: delivering.map(job => jobEvidence(job, 'artifact-store', 'deploy')),
                locations: delivering.map(job => locationOf(job, 'artifact-store')),
                remediation: 'Build the pipeline components (training, processing or component images, pipeline packages) and push them to a registry in a workflow that runs on push; the serving image a deploy job builds is model delivery.'
            });
        }
        const copies = storing.filter(job => storageCopiesOf(job).length > 0);
        const id = copies.length > 0 ? 'outputs-only' : storing.length > 0 ? 'workflow-artifacts-only' : 'none';
        return findingFor(context, pipeline_packaged_messages, id, {
            status: 'fail',
            strength: 'definition',
            data: { jobs: listJobs(copies.length > 0 ? copies : storing), how: how(copies, storageCopiesOf) },
            evidence: storing.map(job => jobEvidence(job, 'artifact-store')),
            locations: storing.map(job => locationOf(job, 'artifact-store')),
            remediation: 'Build the pipeline components into container images (training, serving) and push them to a registry, or publish them as a package, in a workflow that runs on push.'
        });
    }
});
/**
 * How a job packages the pipeline: the command or action that pushes an image or publishes a package, or copies
 * a package it builds to object storage. Workflow artifacts and copies of anything else are left out.
 */
function packagesOf(job) {
    const builds = hasPurpose(job, 'build');
    return storesOf(job, p => p.rule !== WORKFLOW_ARTIFACTS &&
        (!STORAGE_COPIES.has(p.rule) || (builds && PACKAGE.test(p.command ?? ''))));
}
/**
 * A job that pushes an image or package and then, in a later step, deploys (an app or model deploy) ships the
 * prediction service it just built: model delivery, not a pipeline component (patterns \u00a79.7). A job that also
 * deploys or runs an ML pipeline (training) pushed that pipeline's images: the model it then deploys comes out
 * of the pipeline, not out of the push.
 */
function deliversWhatItPushes(job) {
    if (hasPurpose(job, 'pipeline-deploy', 'training'))
        return false;
    const last = (purposes) => Math.max(-1, ...job.purposes.filter(p => purposes.includes(p.purpose)).map(p => p.step ?? -1));
    const firstPush = Math.min(...job.purposes.filter(p => p.purpose === 'artifact-store' && p.step !== undefined).map(p => p.step ?? 0));
    return last(['deploy', 'model-deploy']) > firstPush;
}
/** The copies to object storage a job makes, whatever they copy. */
function storageCopiesOf(job) {
    return storesOf(job, p => STORAGE_COPIES.has(p.rule));
}
function storesOf(job, counts) {
    return job.purposes
        .filter(p => p.purpose === 'artifact-store' && counts(p))
        .map(p => (p.command ? `\`${p.command.slice(0, 60)}\`` : p.rule));
}

;// CONCATENATED MODULE: ./src/practices/pipeline-tests.ts




const pipeline_tests_messages = {
    runs: 'unit tests of the pipeline code run in {jobs} on {events}',
    'not-automatic': 'unit tests run in {jobs}, but only on {events} \u2014 not on every push or pull request',
    none: 'no workflow job runs unit tests of the pipeline components'
};
const pipeline_tests_OPTIONS = { jobs: jobGlobs };
const pipelineTests = definePractice({
    meta: {
        id: 'pipeline-tests',
        title: 'Pipeline components are unit-tested',
        model: 'mlops',
        rationale: 'MLOps level 2 (CI/CD pipeline automation): continuous integration builds and unit-tests the pipeline components (feature engineering, training, evaluation code) on every change.',
        messages: pipeline_tests_messages,
        options: pipeline_tests_OPTIONS
    },
    check(context, { jobs }) {
        return activityFinding(context, pipeline_tests_messages, {
            purposes: ['unit-test'],
            jobs,
            events: CHANGE_EVENTS,
            missing: 'Add unit tests for the pipeline code (pytest over the feature, training and evaluation modules) and run them in a workflow on `push` and `pull_request`.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/post-deploy-verification.ts







const post_deploy_verification_VERIFYING = ['smoke-test', 'acceptance-test'];
const DEPLOYING = ['deploy', 'rollout', 'model-deploy'];
const post_deploy_verification_messages = {
    verified: 'every production deploy ({deploys}) is verified afterwards by {verifiers}',
    unverified: '{deploy} deploys to production, but nothing verifies it afterwards{hint}',
    'no-production': NO_PRODUCTION_MESSAGE,
    opaque: OPAQUE_MESSAGE
};
const post_deploy_verification_options = { jobs: jobGlobs };
const postDeployVerification = definePractice({
    meta: {
        id: 'post-deploy-verification',
        title: 'Production deploys are verified',
        model: 'cdmm',
        rationale: 'CDMM expert, Test & Verification: a release is verified in production (smoke, synthetic or health checks) instead of assumed good once deployed.',
        messages: post_deploy_verification_messages,
        options: post_deploy_verification_options
    },
    check(context, { jobs }) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const none = noProductionDeploy(context, pipeline);
        if (none)
            return none;
        const named = matchesJobGlobs(jobs);
        const health = (job) => healthChecks(job, context.evidence);
        const verifies = (job) => hasPurpose(job, ...post_deploy_verification_VERIFYING) || named(job) || health(job).length > 0;
        const verifiedAfter = verifiersByPredecessor(pipeline, verifies);
        const checks = deployingJobs(pipeline.productionDeploys).map(deploy => ({
            deploy,
            verifiers: verifiersOf(deploy, verifiedAfter.get(deploy) ?? [], health(deploy))
        }));
        const unverified = checks.find(c => c.verifiers.length === 0);
        if (unverified) {
            // A deploy the gate cannot read may verify itself (a deploy action that waits for health).
            const opaque = opaqueVerdict(context, {
                purposes: DEPLOYING,
                work: 'the verification of the production deploy',
                in: [
                    unverified.deploy,
                    ...pipeline.jobs.filter(job => pipeline.before(job).includes(unverified.deploy))
                ],
                jobsOption: true
            });
            if (opaque)
                return opaque;
            const anywhere = pipeline.jobs.filter(verifies);
            const hint = anywhere.length > 0 ? ` (${listJobs(anywhere)} run smoke or e2e tests, but not after it)` : '';
            return findingFor(context, post_deploy_verification_messages, 'unverified', {
                status: 'fail',
                strength: 'definition',
                data: { deploy: `\`${jobLabel(unverified.deploy)}\``, hint },
                evidence: [
                    jobEvidence(unverified.deploy, 'deploy'),
                    ...anywhere.map(job => jobEvidence(job, ...post_deploy_verification_VERIFYING))
                ],
                locations: [unverified.deploy.job.location],
                remediation: `Add a job with \`needs: ${unverified.deploy.job.calledBy?.job ?? unverified.deploy.job.id}\` that checks the live service (a health endpoint with curl, a smoke suite, a synthetic check), or a smoke step after the deploy step.`
            });
        }
        const verifiers = [...new Set(checks.flatMap(c => c.verifiers))];
        const calls = verifiers.map(job => health(job)[0]);
        return findingFor(context, post_deploy_verification_messages, 'verified', {
            status: 'pass',
            strength: 'definition',
            data: { deploys: listJobs(checks.map(c => c.deploy)), verifiers: listJobs(verifiers) },
            evidence: [
                ...verifiers.map(job => jobEvidence(job, ...post_deploy_verification_VERIFYING)),
                ...calls.flatMap(call => (call ? [healthNote(call)] : []))
            ],
            locations: verifiers.map((job, i) => hasPurpose(job, ...post_deploy_verification_VERIFYING)
                ? locationOf(job, ...post_deploy_verification_VERIFYING)
                : (calls[i]?.location ?? job.job.location)),
            remediation: ''
        });
    }
});
/**
 * The production jobs that do the deploying. A job can sit in the production environment only for its secrets
 * (a deployment marker, a table check after the release): when some production job runs a deploy command or
 * action, those are the ones to verify; a job that is production by its environment alone is judged only when
 * no job is more.
 */
function deployingJobs(deploys) {
    const deploying = deploys.filter(job => hasPurpose(job, ...DEPLOYING));
    return deploying.length > 0 ? deploying : deploys;
}
/**
 * For every job, the verifying jobs that run after it, in pipeline order: built in one pass over the
 * verifiers' predecessors, since asking each deploy about each job is quadratic on big monorepos.
 */
function verifiersByPredecessor(pipeline, verifies) {
    const after = new Map();
    for (const job of pipeline.jobs.filter(verifies)) {
        for (const predecessor of pipeline.before(job)) {
            const list = after.get(predecessor);
            if (list)
                list.push(job);
            else
                after.set(predecessor, [job]);
        }
    }
    return after;
}
/**
 * Jobs that run after `deploy` and verify, or `deploy` itself when a verifying step follows its release step:
 * the last slot swap, traffic shift or promotion when there is one (checks on the slot before it test a
 * candidate, not production: patterns \u00a75.2), else the first deploy step. A call the gate cannot read that is
 * given a health check (`healthcheck: /health`) at or after that step checks what it deployed (\u00a710.1), as does
 * one in a job whose release step is unknown, or a reusable workflow that is the whole job.
 */
function verifiersOf(deploy, after, health) {
    const stepsOf = (purpose) => deploy.purposes.filter(p => p.purpose === purpose && p.step !== undefined).map(p => p.step);
    const releases = stepsOf('rollout');
    const release = releases.length > 0 ? Math.max(...releases) : Math.min(...stepsOf('deploy'));
    const checksItself = deploy.purposes.some(p => post_deploy_verification_VERIFYING.includes(p.purpose) && p.step !== undefined && p.step > release) ||
        health.some(call => call.step === undefined || !Number.isFinite(release) || call.step >= release);
    return checksItself ? [deploy, ...after] : after;
}
/** `healthcheck: /health`, `health-check-path`, `smoke-test`: an input that has a deploy call check the service. */
const HEALTH_INPUT = /^(?:(?:run |enable )?(?:health ?checks?|smoke ?tests?)(?: (?:path|url|uri|endpoint))?|health (?:path|url|uri|endpoint))$/;
/** The calls of a job the gate cannot read that are given a health check to run (\u00a710.1). */
function healthChecks(job, evidence) {
    return opaqueCallsOf(job, evidence).filter(call => healthInput(call) !== undefined);
}
function healthInput(call) {
    return Object.entries(call.inputs)
        .filter(([key, value]) => HEALTH_INPUT.test(normaliseName(key)) && value.trim() !== '')
        .map(([key, value]) => `${key}: ${value}`)[0];
}
function healthNote(call) {
    const { file, line } = call.location;
    return { kind: 'note', text: `\`${healthInput(call) ?? ''}\` given to \`${call.call}\` (${file}:${line})` };
}

;// CONCATENATED MODULE: ./src/evidence/permission-hint.ts
/**
 * The fix for a run-evidence gap, shared by annotations and the summary. Only a refusal (401/403/404) is a
 * matter of permissions, and `metadata: read` is not a `permissions:` key at all \u2014 every token has it.
 */
function permissionHint(gap) {
    if (gap.fix)
        return gap.fix;
    if (gap.status === undefined || gap.status >= 500 || gap.status === 429) {
        return 'GitHub could not be reached or did not answer in time; re-run the job (the gate never passes on it meanwhile).';
    }
    if (gap.permission === 'metadata: read') {
        return 'Every token can read metadata: check that rulesets are available for this repository and that the token can see it.';
    }
    return `Grant \`${gap.permission}\` in the workflow's or job's \`permissions:\`.`;
}

;// CONCATENATED MODULE: ./src/practices/protected-default-branch.ts




const protected_default_branch_messages = {
    protected: '`{branch}` requires a pull request and status checks ({checks})',
    'classic-protected': 'classic branch protection on `{branch}` requires status checks ({checks})',
    unprotected: 'nothing on `{branch}` requires {missing} (rulesets: {rules}; classic protection: {classic})',
    'not-read': 'the protection of the default branch was not read: {reason}',
    offline: 'unknown (needs the GitHub API): the default branch rules and protection are read from the GitHub API, and this run is offline'
};
const PROTECT_ADVICE = 'Require a pull request and status checks (this gate among them) on the default branch: a ruleset (Settings \u2192 Rules \u2192 Rulesets) or classic branch protection with required status checks (Settings \u2192 Branches).';
/** What a person can do when the protection cannot be read, besides fixing the token. */
const WAIVE_OR_DISABLE = 'waive `protected-default-branch` in `waivers:` with that reason and an expiry, or turn it off with `practices: { protected-default-branch: { enabled: false } }`.';
const protectedDefaultBranch = definePractice({
    meta: {
        id: 'protected-default-branch',
        title: 'Protected default branch',
        model: 'cdmm',
        rationale: 'CDMM intermediate, Culture & Organization: changes reach the mainline only through review and a green pipeline, a shared rule rather than a habit.',
        messages: protected_default_branch_messages,
        options: {},
        needsApi: true
    },
    check(context) {
        const { evidence } = context;
        if (evidence.offline) {
            return findingFor(context, protected_default_branch_messages, 'offline', {
                status: 'unknown',
                strength: 'none',
                evidence: [],
                locations: [],
                remediation: `Run with a token: in the action, keep the default \`GITHUB_TOKEN\`; on the command line, set \`GITHUB_TOKEN\` or \`GH_TOKEN\` (with \`--repo owner/name\` when there is no \`origin\` remote). Where no token can be given, ${WAIVE_OR_DISABLE}`
            });
        }
        const gaps = evidence.gaps.filter(gap => gap.what === 'rules' || gap.what === 'protection');
        const rules = evidence.rules;
        if (!rules)
            return notRead(context, gaps);
        return protected_default_branch_judge(context, rules, gaps);
    }
});
/** Rulesets and classic protection together: either may require the checks; only rulesets show a pull request. */
function protected_default_branch_judge(context, rules, gaps) {
    const pullRequest = rules.rules.some(rule => rule.type === 'pull_request');
    const rulesetChecks = requiredChecks(rules.rules);
    const classicChecks = rules.classic?.protected ? rules.classic.requiredChecks : [];
    const checks = [...new Set([...rulesetChecks, ...classicChecks])];
    const evidence = [
        ...rules.rules.map(rule => ({ kind: 'note', text: describeRule(rule) })),
        ...(rules.classic ? [{ kind: 'note', text: describeClassic(rules.classic) }] : [])
    ];
    const data = { branch: rules.branch, checks: checks.map(c => `\`${c}\``).join(', ') };
    if (pullRequest && checks.length > 0) {
        return findingFor(context, protected_default_branch_messages, 'protected', {
            status: 'pass',
            strength: 'run',
            data,
            evidence,
            locations: [],
            remediation: ''
        });
    }
    // Required checks block any commit that has not passed them, pushed or merged: the pipeline guards the branch.
    if (classicChecks.length > 0) {
        return findingFor(context, protected_default_branch_messages, 'classic-protected', {
            status: 'pass',
            strength: 'run',
            data: { ...data, checks: classicChecks.map(c => `\`${c}\``).join(', ') },
            evidence: [
                ...evidence,
                {
                    kind: 'note',
                    text: 'whether classic protection also requires a pull request review is visible only to an admin token'
                }
            ],
            locations: [],
            remediation: ''
        });
    }
    if (gaps.length > 0)
        return notRead(context, gaps, rules.branch);
    const missing = [...(pullRequest ? [] : ['a pull request']), 'status checks'];
    return findingFor(context, protected_default_branch_messages, 'unprotected', {
        status: 'fail',
        strength: 'run',
        data: {
            branch: rules.branch,
            missing: missing.join(' or '),
            rules: rules.rules.length === 0 ? 'none' : [...new Set(rules.rules.map(rule => rule.type))].join(', '),
            classic: rules.classic ? describeClassic(rules.classic) : 'not read'
        },
        evidence,
        locations: [],
        remediation: PROTECT_ADVICE
    });
}
/** The reasons of every unread part in one finding, so the run warns once rather than once per request. */
function notRead(context, gaps, branch) {
    const reason = gaps.length === 0 ? 'the API gave no answer for it' : gaps.map(gap => gap.reason).join('; ');
    const fixes = [...new Set(gaps.map(gap => permissionHint(gap)))];
    return findingFor(context, protected_default_branch_messages, 'not-read', {
        status: 'unknown',
        strength: 'none',
        data: { reason: branch ? `${reason} (branch \`${branch}\`)` : reason },
        evidence: [],
        locations: [],
        remediation: [
            ...fixes,
            `If the branch is protected in a way this token cannot see, ${WAIVE_OR_DISABLE}`
        ].join(' ')
    });
}
function describeRule(rule) {
    const source = rule.rulesetSource
        ? ` from ${rule.rulesetSourceType ?? 'ruleset'} ${rule.rulesetSource}`
        : '';
    return `rule \`${rule.type}\`${rule.rulesetId !== undefined ? ` (ruleset ${rule.rulesetId}${source})` : ''}`;
}
function describeClassic(classic) {
    if (!classic.protected)
        return 'none';
    if (classic.requiredChecks.length === 0)
        return 'on, with no required status checks';
    return `on, requiring ${classic.requiredChecks.map(c => `\`${c}\``).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/practices/scripted-build.ts






const scripted_build_messages = {
    builds: '{jobs} build the code',
    'tests-only': '{jobs} run tests, but no job runs a build command or action',
    'no-build': 'no workflow job runs a build command or action'
};
const scriptedBuild = definePractice({
    meta: {
        id: 'scripted-build',
        title: 'Scripted build',
        model: 'cdmm',
        rationale: 'CDMM base, Build & Deploy: the build is scripted and runs on a build server, not on a developer machine.',
        messages: scripted_build_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['build']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const builds = pipeline.withPurpose('build');
        if (builds.length > 0) {
            return findingFor(context, scripted_build_messages, 'builds', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(builds) },
                evidence: builds.map(job => jobEvidence(job, 'build')),
                locations: builds.map(job => locationOf(job, 'build')),
                remediation: ''
            });
        }
        const testing = pipeline.withPurpose(...TEST_PURPOSES);
        const remediation = 'Add a step that builds the project (`npm run build`, `go build ./...`, `mvn package`, `docker build`, \u2026) to a workflow job.';
        if (testing.length > 0) {
            return findingFor(context, scripted_build_messages, 'tests-only', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(testing) },
                evidence: testing.map(job => jobEvidence(job, ...TEST_PURPOSES)),
                locations: testing.map(job => job.job.location),
                remediation
            });
        }
        return findingFor(context, scripted_build_messages, 'no-build', {
            status: 'fail',
            strength: 'definition',
            evidence: [],
            locations: [],
            remediation
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/scripted-deploy.ts






const scripted_deploy_messages = {
    deploys: '{jobs} deploy from a workflow',
    'published-not-deployed': '{jobs} publish build outputs, but no workflow job deploys them',
    'no-deploy': 'no workflow job deploys (no deploy command or action, no deployment environment)'
};
const scriptedDeploy = definePractice({
    meta: {
        id: 'scripted-deploy',
        title: 'Scripted deployment',
        model: 'cdmm',
        rationale: 'CDMM beginner, Build & Deploy: deployments are scripted and run by the pipeline rather than by hand.',
        messages: scripted_deploy_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['deploy']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        // One notion of a deploy for every practice (real-world patterns \u00a71.2): a job releasing to `pypi` deploys
        // there, a job whose `environment: production` only prints does not.
        const deployments = deploymentsOf(pipeline);
        if (deployments.length > 0) {
            return findingFor(context, scripted_deploy_messages, 'deploys', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(deployments) },
                evidence: deployments.map(job => jobEvidence(job, 'deploy', 'iac-apply')),
                locations: deployments.map(job => locationOf(job, 'deploy', 'iac-apply')),
                remediation: ''
            });
        }
        const remediation = 'Add a workflow job that deploys (a deploy command or action) with `environment:` naming its target, e.g. `environment: staging`.';
        const publishing = pipeline.withPurpose('artifact-store');
        if (publishing.length > 0) {
            return findingFor(context, scripted_deploy_messages, 'published-not-deployed', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(publishing) },
                evidence: publishing.map(job => jobEvidence(job, 'artifact-store')),
                locations: publishing.map(job => locationOf(job, 'artifact-store')),
                remediation
            });
        }
        return findingFor(context, scripted_deploy_messages, 'no-deploy', {
            status: 'fail',
            strength: 'definition',
            evidence: [],
            locations: [],
            remediation
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/security-tests.ts



const security_tests_messages = {
    runs: '{jobs} scan for vulnerabilities or secrets on {events}',
    'not-automatic': '{jobs} scan for vulnerabilities or secrets, but only on {events} \u2014 never without a person',
    none: 'no workflow job runs a security scan (SAST, dependency or secret scanning)',
    opaque: OPAQUE_MESSAGE,
    'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE,
    swallowed: SWALLOWED_MESSAGE
};
const security_tests_options = { jobs: jobGlobs };
const securityTests = definePractice({
    meta: {
        id: 'security-tests',
        title: 'Automated security tests',
        model: 'cdmm',
        rationale: 'CDMM advanced, Test & Verification: security testing is automated in the pipeline (code, dependency and secret scanning) rather than left to audits.',
        messages: security_tests_messages,
        options: security_tests_options
    },
    check(context, { jobs }) {
        return activityFinding(context, security_tests_messages, {
            purposes: ['security-scan'],
            opaque: { purposes: ['security-scan'], work: 'the security scan' },
            swallowed: {
                work: 'A security scan',
                status: 'unknown',
                orKeep: 'upload its results where they are kept (SARIF to code scanning)'
            },
            jobs,
            missing: 'Add a scanning job on push and pull request: github/codeql-action, actions/dependency-review-action, Trivy, Semgrep, gitleaks or `npm audit`/`pip-audit`.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/support/non-production-target.ts

/**
 * Job and workflow names say what a job does as well as where it deploys: "test" in `build-test-deploy` is the
 * work, not the target. Only environment names and deploy inputs may use it to name a target.
 */
const WORK_WORDS = /\b(tests?|testing)\b/gi;
/**
 * Inputs that say what is deployed, not where: an image reference (`europe-docker.pkg.dev/p/app:sha` is no
 * `dev` environment), a package, manifest or source path.
 */
const WHAT_INPUT = /^(?:[\w-]*[-_])?(?:images?|tags?|packages?|manifests?|files?|paths?|source|sources|registry|dockerfile|context|chart|artifacts?|dist|dir|directory|working-directory|task-definition)$/i;
/** What a pull request deploys is unreviewed code: a preview, whatever the target is called. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * Where a deploy job deploys to, when that is not production: its `environment:`, else (no environment, one
 * only an expression names, or one that names no stage: `cloud` holding the credentials, `pypi`) a preview
 * when only pull requests start it, else the names around the deploy \u2014 inputs of its deploy steps, those
 * steps' names, the job's and the workflow's name \u2014 read with the policy's pre-production pattern.
 */
function nonProductionTarget(pipeline, job, patterns) {
    if (job.environmentClass === 'preproduction')
        return job.environmentName ?? job.job.environment?.name;
    // A manual deploy whose choice holds `preprod` beside `prod` deploys to a test environment too.
    const preproduction = job.environmentValues.find(value => value.class === 'preproduction');
    if (preproduction)
        return preproduction.name;
    if (job.environmentClass === 'production')
        return undefined;
    const events = [...pipeline.graph.eventsOf(job.ref)];
    if (events.length > 0 && events.every(event => PULL_REQUEST_EVENTS.includes(event)))
        return 'a pull-request preview';
    const steps = job.purposes.flatMap(p => p.purpose === 'deploy' && p.step !== undefined ? [job.job.steps[p.step]] : []);
    const inputs = steps.flatMap(step => Object.entries(step?.with ?? {}).flatMap(([key, value]) => (WHAT_INPUT.test(key) ? [] : [value])));
    const names = [
        ...steps.map(step => step?.name),
        job.job.id.split('/').pop(),
        job.job.name,
        job.workflow.name ?? job.workflow.file.split('/').pop()
    ].flatMap(name => (name ? [name.replace(WORK_WORDS, ' ')] : []));
    return [...inputs, ...names].find(text => (0,environment_class/* classifyEnvironment */.m)(text, patterns) === 'preproduction');
}

;// CONCATENATED MODULE: ./src/practices/staged-model-promotion.ts









const staged_model_promotion_messages = {
    staged: 'production model deploys ({production}) come only after a pre-production deploy ({stages})',
    unstaged: '{deploy} deploys the model to production without a pre-production deploy before it{hint}',
    'no-production': 'model deploys ({deploys}) go to no production environment ({environments})',
    'no-model-deploy': 'no workflow job deploys or registers a model',
    opaque: OPAQUE_MESSAGE,
    'named-only': '{deploy} may be the production model deploy, but {by}: if it is, {reading}; if not, no model deploy goes to production'
};
const stagedModelPromotion = definePractice({
    meta: {
        id: 'staged-model-promotion',
        title: 'Models are promoted through pre-production',
        model: 'mlops',
        rationale: 'MLOps level 2 (CI/CD pipeline automation): a new model is deployed to a pre-production environment and verified there before it is promoted to production.',
        messages: staged_model_promotion_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['model-deploy']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const targets = productionModelDeploys(context, staged_model_promotion_messages, pipeline, context.evidence.workspace, {
            noDeploy: 'Deploy the model from a workflow: first to a staging environment (`environment: staging`), then, in a job that needs it, to production.',
            noProduction: 'Give the model deploy jobs GitHub environments (`environment: staging`, then `environment: production` in a job that needs the staging one), or name them in the policy `environments` patterns.'
        });
        if ('finding' in targets)
            return namedOnly(pipeline, context.evidence.workspace) ?? targets.finding;
        // A registry stage transition in a staging environment promotes the model there, deploy step or not (\u00a71.5).
        const models = new Set(modelDeploysOf(pipeline, context.evidence.workspace));
        // Pre-production as test-environment reads it: an environment, else the names around the deploy (\u00a71.2).
        const preproduction = (job) => (job.deploys || models.has(job)) &&
            nonProductionTarget(pipeline, job, context.environments) !== undefined;
        const verdict = gateVerdict(context, staged_model_promotion_messages, {
            targets: targets.production,
            target: {
                evidence: job => jobEvidence(job, 'model-deploy'),
                location: job => job.job.environment?.location ?? job.job.location
            },
            anywhere: pipeline.jobs.filter(preproduction),
            gate: {
                evidence: job => jobEvidence(job),
                location: job => job.job.environment?.location ?? locationOf(job, 'deploy')
            },
            gatesOf: deploy => pipeline.before(deploy).filter(preproduction),
            names: { target: 'deploy', targets: 'production', gates: 'stages' },
            ungated: {
                messageId: 'unstaged',
                hint: jobs => `pre-production deploys in ${jobs}, but not before it`,
                remediation: (deploy, elsewhere) => elsewhere
                    ? `Add the pre-production deploy job to \`needs:\` of \`${deploy.job.id}\` (directly or through a job it needs).`
                    : `Add a job that deploys the model to a staging environment and list it in \`needs:\` of \`${deploy.job.id}\`.`
            }
        });
        if ('finding' in verdict)
            return verdict.finding;
        return findingFor(context, staged_model_promotion_messages, 'staged', verdict.passing);
        /**
         * Which stage is production turns the verdict when production is only a job id or a variable (\u00a71.4): both
         * readings are reported, with what the deploys before it say.
         */
        function namedOnly(pipeline, workspace) {
            const deploys = modelDeploysOf(pipeline, workspace);
            const candidate = deploys.find(job => productionNamedOnly(job) !== undefined);
            if (candidate === undefined)
                return undefined;
            const earlier = pipeline
                .before(candidate)
                .filter(job => job.deploys && productionNamedOnly(job) === undefined);
            return findingFor(context, staged_model_promotion_messages, 'named-only', {
                status: 'unknown',
                strength: 'definition',
                data: {
                    deploy: `\`${jobLabel(candidate)}\``,
                    by: `${PRODUCTION_NAMED_ONLY}${productionNamedOnly(candidate) ?? ''}`,
                    reading: earlier.length > 0
                        ? `it is promoted after ${listJobs(earlier)}`
                        : 'nothing deploys the model before it'
                },
                evidence: [jobEvidence(candidate, 'model-deploy'), ...earlier.map(job => jobEvidence(job))],
                locations: [candidate.job.location],
                remediation: 'Give the model deploy jobs GitHub environments (`environment: staging`, then `environment: production` in a job that needs the staging one), so the gate can tell which is production.'
            });
        }
    }
});

;// CONCATENATED MODULE: ./src/practices/static-analysis.ts



const static_analysis_messages = {
    runs: '{jobs} run a linter or static analyser on {events}',
    'not-automatic': '{jobs} run a linter or static analyser, but only on {events} \u2014 never without a person',
    none: 'no workflow job runs a linter or static analyser',
    opaque: OPAQUE_MESSAGE,
    'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE,
    swallowed: SWALLOWED_MESSAGE
};
const static_analysis_options = { jobs: jobGlobs };
const staticAnalysis = definePractice({
    meta: {
        id: 'static-analysis',
        title: 'Static code analysis',
        model: 'cdmm',
        rationale: 'CDMM beginner, Information & Reporting: static code analysis measures code quality on every change instead of by inspection.',
        messages: static_analysis_messages,
        options: static_analysis_options
    },
    check(context, { jobs }) {
        return activityFinding(context, static_analysis_messages, {
            purposes: ['static-analysis'],
            opaque: { purposes: ['static-analysis', 'security-scan'], work: 'static analysis' },
            swallowed: {
                work: 'Static analysis',
                status: 'unknown',
                orKeep: 'upload its results where they are kept (SARIF to code scanning)'
            },
            jobs,
            missing: 'Add a lint step to the CI workflow (ESLint, ruff/flake8, golangci-lint, clippy, rubocop, \u2026) so that every push and pull request is analysed.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/test-environment.ts






const test_environment_messages = {
    deploys: '{jobs} deploy to a non-production environment ({targets})',
    'production-only': '{jobs} deploy, but not to a non-production environment: no `environment:` or target name reads as one',
    'no-deploy': 'no workflow job deploys anywhere, so there is no test environment'
};
const testEnvironment = definePractice({
    meta: {
        id: 'test-environment',
        title: 'Separate test environment',
        model: 'cdmm',
        rationale: 'CDMM beginner, Test & Verification: a separate test environment, deployed by the pipeline, lets a build be tried before it meets production.',
        messages: test_environment_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['deploy']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        if (pipeline.deployJobs.length === 0) {
            return findingFor(context, test_environment_messages, 'no-deploy', {
                status: 'fail',
                strength: 'definition',
                evidence: [],
                locations: [],
                remediation: 'Add a deploy job to a staging or preview environment (`environment: staging`) that runs before production.'
            });
        }
        const targeted = pipeline.deployJobs.flatMap(job => {
            const target = nonProductionTarget(pipeline, job, context.environments);
            return target === undefined ? [] : [{ job, target }];
        });
        if (targeted.length === 0) {
            return findingFor(context, test_environment_messages, 'production-only', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(pipeline.deployJobs) },
                evidence: pipeline.deployJobs.map(job => jobEvidence(job, 'deploy')),
                locations: pipeline.deployJobs.map(job => locationOf(job, 'deploy')),
                remediation: 'Deploy to a staging/preview environment first: a job with `environment: staging` (or a name the policy\u2019s `environments.preproduction` pattern matches).'
            });
        }
        const jobs = targeted.map(t => t.job);
        return findingFor(context, test_environment_messages, 'deploys', {
            status: 'pass',
            strength: 'definition',
            data: {
                jobs: listJobs(jobs),
                targets: [...new Set(targeted.map(t => t.target))].slice(0, 3).join(', ')
            },
            evidence: jobs.map(job => jobEvidence(job, 'deploy')),
            locations: jobs.map(job => (job.job.environment ?? job.job).location),
            remediation: ''
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/support/kept-whatever-the-outcome.ts


const UPLOAD = /^actions\/upload-artifact@/i;
/**
 * A job that keeps its test reports in a step that runs whatever came before (`if: always()`, `failure()`,
 * `!cancelled()`) keeps them when its tests fail: that failure is the test practices' to report, not the
 * reports'. Such a job is given as that step rather than as the job, so this run's job outcome is not
 * charged to the finding (only `job` evidence is matched to the run), while the other jobs still are.
 */
function keptWhateverTheOutcome(finding, pipeline) {
    return { ...finding, evidence: finding.evidence.map(item => keepingStep(item, pipeline) ?? item) };
}
function keepingStep(item, pipeline) {
    if (item.kind !== 'job')
        return undefined;
    const job = jobsByRef(pipeline).get(`${item.workflow}\u0000${item.job}`);
    const step = job && alwaysKeeping(job);
    if (!job || !step)
        return undefined;
    return {
        kind: 'step',
        workflow: item.workflow,
        job: item.job,
        step: stepLabel(step),
        location: step.location,
        ...(item.why && { why: item.why })
    };
}
/** A finding of a large monorepo cites thousands of jobs: each is looked up, not searched for. */
function jobsByRef(pipeline) {
    let byRef = indexes.get(pipeline);
    if (!byRef) {
        byRef = new Map(pipeline.jobs.map(job => [`${job.ref.workflow}\u0000${job.ref.job}`, job]));
        indexes.set(pipeline, byRef);
    }
    return byRef;
}
const indexes = new WeakMap();
/**
 * The step, at or after the first one that writes or publishes test reports, that keeps them whatever the
 * outcome: a report step or an artifact upload with a status function in its `if:`.
 */
function alwaysKeeping(job) {
    const reportSteps = job.purposes.flatMap(p => p.purpose === 'test-report' && p.step !== undefined ? [p.step] : []);
    if (reportSteps.length === 0)
        return undefined;
    const first = Math.min(...reportSteps);
    return job.job.steps.find((step, position) => position >= first &&
        STATUS_FUNCTION.test(step.if ?? '') &&
        (reportSteps.includes(position) || UPLOAD.test(step.uses ?? '')));
}

;// CONCATENATED MODULE: ./src/practices/test-reports.ts







const test_reports_messages = {
    runs: '{jobs} keep test results as reports (uploaded or published) on {events}',
    'not-automatic': '{jobs} keep test results as reports, but only on {events} \u2014 never without a person',
    found: '{count} machine-readable test report(s) in the workspace: {files}',
    none: 'no test results are kept: no job uploads or publishes a test report, and none matches {globs}',
    unreadable: '{file} matches {globs} but could not be read as a test report ({error}); whether results are kept is unknown',
    opaque: OPAQUE_MESSAGE,
    'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
};
const test_reports_options = { reports: testReportGlobs, jobs: jobGlobs };
const testReports = definePractice({
    meta: {
        id: 'test-reports',
        title: 'Test reports',
        model: 'cdmm',
        rationale: 'CDMM intermediate, Information & Reporting: reports are generated automatically, so test results are kept and comparable rather than read from logs.',
        messages: test_reports_messages,
        options: test_reports_options
    },
    async check(context, settings) {
        const globs = settings.reports.join(', ');
        const definition = activityFinding(context, test_reports_messages, {
            purposes: ['test-report'],
            opaque: {
                purposes: ['test-report'],
                calledJobs: ['unit-test', 'integration-test', 'acceptance-test', 'build'],
                suites: 'called-jobs',
                unless: IMAGE_BUILD,
                work: 'keeping the test reports'
            },
            jobs: settings.jobs,
            data: { globs },
            missing: 'Write JUnit XML from the test runner (jest-junit, `pytest --junitxml`, go-junit-report, surefire) and keep it: `actions/upload-artifact` or a reporter such as dorny/test-reporter.'
        });
        if (definition.status === 'pass')
            return keptWhateverTheOutcome(definition, pipelineOf(context.evidence, context.environments));
        const search = await context.evidence.reports.tests(settings.reports);
        const parsed = search.files.flatMap(f => (f.summary ? [{ file: f.file, summary: f.summary }] : []));
        const unreadable = search.files.find(f => f.error !== undefined);
        if (parsed.length === 0 && unreadable) {
            return findingFor(context, test_reports_messages, 'unreadable', {
                status: 'unknown',
                strength: 'definition',
                data: { file: unreadable.file, globs, error: unreadable.error ?? '' },
                evidence: [],
                locations: [{ file: unreadable.file, line: 1, column: 1 }],
                remediation: `Make ${unreadable.file} a JUnit/xUnit XML report, or narrow \`practices.test-reports.reports\` so it is not matched.`
            });
        }
        if (parsed.length === 0)
            return definition;
        return findingFor(context, test_reports_messages, 'found', {
            status: 'pass',
            strength: 'definition',
            data: {
                count: parsed.length,
                files: parsed
                    .slice(0, 3)
                    .map(({ file }) => file)
                    .join(', ')
            },
            evidence: parsed.map(({ file, summary }) => testsEvidence(file, summary)),
            locations: parsed.map(({ file }) => ({ file, line: 1, column: 1 })),
            remediation: ''
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/training-code-versioned.ts









const training_code_versioned_OPTIONS = {
    files: schemas/* array */.YOg(workspaceGlob)
        .min(1)
        .default([
        '**/train*.{py,ipynb,R,jl}',
        // `train` as a word anywhere in the name (`iris-train-pipeline.ipynb`, `3_model_training.ipynb`) or a
        // `training/` package; not inside another word (`constraints.py`).
        // A test of training code is not the training code (`test_train.py`).
        '**/!(test*)[-_.]train{,ing,er}{,[-_.]*}.{py,ipynb,R,jl}',
        '**/training/**/!(test*).{py,R,jl}',
        '**/dvc.yaml',
        '**/MLproject',
        '**/pipeline*.{py,yaml,yml,json}',
        '**/*_pipeline.py',
        '**/kubeflow/**/*.{py,yaml}'
    ])
        .describe('globs of training entry points and pipeline definitions'),
    jobs: jobGlobs
};
const training_code_versioned_messages = {
    found: 'training code is in the repository: {files}',
    'trained-by-workflow': 'training runs from the repository in {jobs}',
    none: 'no training entry point or pipeline definition matches {globs}{hint}'
};
const trainingCodeVersioned = definePractice({
    meta: {
        id: 'training-code-versioned',
        title: 'Training code is versioned',
        model: 'mlops',
        rationale: 'MLOps level 0 (manual process): even a manual process starts from training code kept under source control, so a model can be traced to the code that made it.',
        messages: training_code_versioned_messages,
        options: training_code_versioned_OPTIONS,
        namedJobs: ['training']
    },
    check(context, options) {
        const { files } = context.evidence.workspace;
        const isMatch = picomatch_default()(options.files, { dot: true, ignore: [...NOT_OURS] });
        const found = files.filter(file => isMatch(file));
        if (found.length > 0) {
            return findingFor(context, training_code_versioned_messages, 'found', {
                status: 'pass',
                strength: 'definition',
                data: { files: findings_listFiles(found) },
                evidence: found.map(file => ({ kind: 'file', file })),
                locations: found.slice(0, 5).map(file => ({ file, line: 1, column: 1 })),
                remediation: ''
            });
        }
        const training = pipelineOf(context.evidence, context.environments).withPurpose('training');
        if (training.length > 0) {
            return findingFor(context, training_code_versioned_messages, 'trained-by-workflow', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(training) },
                evidence: training.map(job => jobEvidence(job, 'training')),
                locations: training.map(job => locationOf(job, 'training')),
                remediation: ''
            });
        }
        const notebooks = files.filter(file => file.endsWith('.ipynb'));
        return findingFor(context, training_code_versioned_messages, 'none', {
            status: 'fail',
            strength: 'definition',
            data: {
                globs: options.files.join(', '),
                hint: notebooks.length > 0 ? ` (notebooks found: ${findings_listFiles(notebooks)})` : ''
            },
            evidence: notebooks.map(file => ({ kind: 'file', file })),
            locations: [],
            remediation: notebooks.length > 0
                ? 'Move the training steps of the notebooks into a script (train.py) or pipeline definition, or list the notebook in the `files` option.'
                : 'Commit the training code (a train.py, dvc.yaml, MLproject or pipeline definition), or point the `files` option at it.'
        });
    }
});

;// CONCATENATED MODULE: ./src/practices/unit-tests.ts







const unit_tests_messages = {
    runs: '{jobs} run tests on {events}; {reports}',
    'not-automatic': '{jobs} run tests, but only on {events} \u2014 not on push or pull request',
    none: 'no workflow job runs unit tests',
    'reports-failing': '{file} reports {failed} failing test(s): {cases}',
    'reports-unreadable': '{file} could not be read as a test report ({error}); its results are unknown',
    'too-few-tests': 'the test reports hold {tests} executed test(s) (skipped ones do not count), fewer than min-tests ({min})',
    opaque: OPAQUE_MESSAGE,
    swallowed: SWALLOWED_GATE_MESSAGE,
    'opaque-not-automatic': OPAQUE_NOT_AUTOMATIC_MESSAGE
};
const unit_tests_options = {
    reports: testReportGlobs,
    'min-tests': schemas/* number */.aig().int().min(0).default(1).describe('the fewest test cases the reports must hold'),
    jobs: jobGlobs
};
const unitTests = definePractice({
    meta: {
        id: 'unit-tests',
        title: 'Automated unit tests',
        model: 'cdmm',
        rationale: 'CDMM base, Test & Verification: automatic unit tests run on every change and gate it on their results.',
        messages: unit_tests_messages,
        options: unit_tests_options
    },
    async check(context, settings) {
        const definition = activityFinding(context, unit_tests_messages, {
            purposes: ['unit-test'],
            opaque: {
                purposes: ['unit-test'],
                calledJobs: ['build'],
                suites: true,
                unless: IMAGE_BUILD,
                work: 'the unit tests'
            },
            swallowed: { work: 'Unit tests', status: 'fail' },
            jobs: settings.jobs,
            events: CHANGE_EVENTS,
            missing: 'Add a workflow triggered by `push` and `pull_request` that runs the test suite (`npm test`, `pytest`, `go test ./...`, \u2026).'
        });
        if (definition.status !== 'pass')
            return definition;
        const globs = settings.reports.join(', ');
        const verdict = testReportVerdict(await context.evidence.reports.tests(settings.reports), settings['min-tests']);
        // The `runs` message is filled in two stages: the jobs by activityFinding, `{reports}` once they are read.
        const withReports = (reports, evidence = []) => ({
            ...definition,
            message: formatMessage(definition.message, { reports }),
            evidence: [...definition.evidence, ...evidence]
        });
        const atFile = (file) => ({ file, line: 1, column: 1 });
        switch (verdict.kind) {
            case 'none':
                return withReports(`no test report matches ${globs}, so this rests on the workflow definition alone`);
            case 'failing':
                return findingFor(context, unit_tests_messages, 'reports-failing', {
                    status: 'fail',
                    strength: 'definition',
                    data: { file: verdict.file, failed: verdict.failed, cases: verdict.cases },
                    evidence: [...definition.evidence, ...verdict.evidence],
                    locations: [atFile(verdict.file)],
                    remediation: `Fix the failing tests in ${verdict.file}, or remove the stale report from the workspace.`
                });
            case 'unreadable':
                return findingFor(context, unit_tests_messages, 'reports-unreadable', {
                    status: 'unknown',
                    strength: 'definition',
                    data: { file: verdict.file, error: verdict.error },
                    evidence: [...definition.evidence, ...verdict.evidence],
                    locations: [atFile(verdict.file)],
                    remediation: `Make ${verdict.file} a JUnit/xUnit XML report, or narrow \`practices.unit-tests.reports\` so it is not matched.`
                });
            case 'too-few':
                return findingFor(context, unit_tests_messages, 'too-few-tests', {
                    status: 'fail',
                    strength: 'definition',
                    data: { tests: verdict.tests, min: settings['min-tests'] },
                    evidence: [...definition.evidence, ...verdict.evidence],
                    locations: verdict.files.map(atFile),
                    remediation: `Make the test job write every suite's results to ${globs}; only ${verdict.tests} test(s) were reported.`
                });
            case 'passing':
                return withReports(`${verdict.reports} report(s) hold ${verdict.tests} executed test(s), none failing`, verdict.evidence);
        }
    }
});

;// CONCATENATED MODULE: ./src/practices/zero-downtime-deploy.ts






const zero_downtime_deploy_messages = {
    'rolls-out': '{jobs} roll out the production deploy ({deploys}) without downtime',
    'rollout-elsewhere': '{jobs} roll out progressively, but not in or after a production deploy ({deploys})',
    'no-rollout': '{deploys} deploy to production with no rollout evidence (helm --atomic/--wait, kubectl rollout status, canary, blue-green, slot swap, traffic split)',
    'no-production': NO_PRODUCTION_MESSAGE,
    opaque: OPAQUE_MESSAGE
};
const zeroDowntimeDeploy = definePractice({
    meta: {
        id: 'zero-downtime-deploy',
        title: 'Zero-downtime production deploys',
        model: 'cdmm',
        rationale: 'CDMM advanced, Build & Deploy: production is updated without downtime (rolling, blue-green or canary releases), so releasing is routine.',
        messages: zero_downtime_deploy_messages,
        options: { jobs: jobGlobs },
        namedJobs: ['rollout']
    },
    check(context) {
        const pipeline = pipelineOf(context.evidence, context.environments);
        const production = pipeline.productionDeploys;
        const none = noProductionDeploy(context, pipeline);
        if (none)
            return none;
        const rollouts = pipeline.withPurpose('rollout');
        const covering = [
            ...new Set([
                ...rollouts.filter(job => production.some(deploy => deploy === job || pipeline.graph.precedes(deploy.ref, job.ref))),
                ...production.filter(promotes)
            ])
        ];
        const deploys = listJobs(production);
        if (covering.length > 0) {
            return findingFor(context, zero_downtime_deploy_messages, 'rolls-out', {
                status: 'pass',
                strength: 'definition',
                data: { jobs: listJobs(covering), deploys },
                evidence: covering.map(rolloutEvidence),
                locations: covering.map(job => promoteStep(job)?.location ?? locationOf(job, 'rollout')),
                remediation: ''
            });
        }
        const first = production[0]?.job.id ?? '';
        if (rollouts.length > 0) {
            return findingFor(context, zero_downtime_deploy_messages, 'rollout-elsewhere', {
                status: 'fail',
                strength: 'definition',
                data: { jobs: listJobs(rollouts), deploys },
                evidence: [
                    ...rollouts.map(job => jobEvidence(job, 'rollout')),
                    ...production.map(job => jobEvidence(job))
                ],
                locations: rollouts.map(job => locationOf(job, 'rollout')),
                remediation: `Roll out the production deploy the same way: do it in \`${first}\` (or a job that needs it).`
            });
        }
        const opaque = opaqueVerdict(context, {
            purposes: ['deploy', 'rollout', 'iac-apply'],
            work: 'the rollout of the production deploy',
            in: production,
            jobsOption: true
        });
        if (opaque)
            return opaque;
        return findingFor(context, zero_downtime_deploy_messages, 'no-rollout', {
            status: 'fail',
            strength: 'definition',
            data: { deploys },
            evidence: production.map(job => jobEvidence(job, 'deploy')),
            locations: production.map(job => locationOf(job, 'deploy')),
            remediation: `Make \`${first}\` roll out without downtime: \`helm upgrade --atomic --wait\`, \`kubectl rollout status\`, a canary or blue-green strategy, a slot swap or a traffic split.`
        });
    }
});
/**
 * The release step of a staged deploy (patterns \u00a75.2): a promotion of what a slot or canary already runs
 * (`make promote-prod`, `kubectl argo rollouts promote`, `heroku pipelines:promote`), which releases it
 * without downtime as a slot swap does.
 */
const PROMOTE = /\bmake\s+(?:[\w${}.-]+\s+)*promote[-_][\w${}. -]*|\b(?:rollouts|vercel|netlify)\s+promote\b|\bpipelines:promote\b/;
function promoteStep(job) {
    return job.job.steps.find(step => step.run !== undefined && PROMOTE.test(step.run));
}
function promotes(job) {
    return promoteStep(job) !== undefined;
}
function rolloutEvidence(job) {
    const step = promoteStep(job);
    if (step === undefined)
        return jobEvidence(job, 'rollout');
    const command = PROMOTE.exec(step.run ?? '')?.[0].trim() ?? '';
    return {
        kind: 'job',
        workflow: job.ref.workflow,
        job: job.ref.job,
        location: step.location,
        why: { purpose: 'rollout', rule: 'promote', step: step.name ?? command, command }
    };
}

;// CONCATENATED MODULE: ./src/practices/index.ts


































/**
 * Every built-in practice that this version can judge, sorted by id (a test keeps this list, the folder, the
 * models and docs/practices.md in sync). A practice a model places but that is not registered here is
 * reported `unknown` ("not implemented"), never passed.
 */
const practices = [
    acceptanceBeforePromotion,
    acceptanceTests,
    automatedDbMigrations,
    automatedDeploy,
    automatedModelDeploy,
    buildArtifactsStored,
    buildOnceDeployAnywhere,
    ciOnChange,
    continuousDeployment,
    continuousTraining,
    coverageThreshold,
    dataValidation,
    infrastructureAsCode,
    integrationTests,
    mlMetadata,
    modelMetricsRecorded,
    modelServingTests,
    modelValidation,
    performanceTests,
    pipelineDeployed,
    pipelinePackaged,
    pipelineTests,
    postDeployVerification,
    protectedDefaultBranch,
    scriptedBuild,
    scriptedDeploy,
    securityTests,
    stagedModelPromotion,
    staticAnalysis,
    testEnvironment,
    testReports,
    trainingCodeVersioned,
    unitTests,
    zeroDowntimeDeploy
];
const practicesById = new Map(practices.map(p => [p.meta.id, p]));

;// CONCATENATED MODULE: ./src/evaluate/effective-practices.ts



/** Keys every practice entry may carry that are placement, not check options. */
const PLACEMENT_KEYS = new Set(['enabled', 'level', 'category', 'check', 'title']);
/** The model's practices as the policy moves, disables and adds to them, ordered by level then id. */
function planPractices(loaded) {
    const { model, policy } = loaded;
    const settingsOf = (id) => policy.practices[id] ?? {};
    const placed = model.practices.map(placement => {
        const settings = settingsOf(placement.id);
        const practice = practicesById.get(placement.id);
        const check = model.id === 'custom' ? genericChecks[settings.check ?? ''] : practice;
        return {
            id: placement.id,
            title: settings.title ?? practice?.meta.title ?? placement.id,
            level: settings.level ?? placement.level,
            category: settings.category ?? placement.category,
            check,
            options: optionsOf(settings),
            enabled: settings.enabled !== false
        };
    });
    const placedIds = new Set(model.practices.map(p => p.id));
    const added = Object.keys(policy.practices)
        .filter(id => !placedIds.has(id))
        .map(id => {
        const settings = settingsOf(id);
        return {
            id,
            title: settings.title ?? id,
            level: settings.level ?? '',
            category: settings.category ?? '',
            check: genericChecks[settings.check ?? ''],
            options: optionsOf(settings),
            enabled: settings.enabled !== false
        };
    });
    const all = [...placed, ...added];
    const levelIndex = (level) => model.levels.indexOf(level);
    const practices = all
        .filter(p => p.enabled)
        .sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || compareText(a.id, b.id))
        .map(({ enabled: _enabled, ...practice }) => practice);
    const disabled = all
        .filter(p => !p.enabled)
        .map(p => p.id)
        .sort();
    return { practices, disabled };
}
function optionsOf(settings) {
    return Object.fromEntries(Object.entries(settings).filter(([key]) => !PLACEMENT_KEYS.has(key)));
}

;// CONCATENATED MODULE: ./src/checks/apply-check.ts

/**
 * Runs a check with the options a policy wrote for it, parsed and defaulted here from the check's own shape:
 * the one place options are read, so a practice the policy does not mention gets its defaults too.
 */
function applyCheck(check, context, options) {
    const parsed = schemas/* object */.Ikc(check.meta.options).parse(options);
    const globs = parsed.jobs;
    return check.check(withNamedJobs(context, check.meta.namedJobs, globs), parsed);
}
/** The check's own copy of the evidence, with the jobs its `jobs:` option names read as doing its work. */
function withNamedJobs(context, purposes, globs) {
    if (!purposes || !Array.isArray(globs) || globs.length === 0)
        return context;
    const named = { globs: globs.map(String), purposes };
    return { ...context, evidence: { ...context.evidence, namedJobs: named } };
}

;// CONCATENATED MODULE: ./src/evaluate/apply-run-evidence.ts
/** Conclusions of a job that ran and did not succeed. */
const DID_NOT_PASS = new Set(['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure']);
/**
 * Refines a definition-strength pass with what this run did (design \u00a74, strength rules): the jobs a finding
 * rests on (its `job` evidence) that ran decide at run strength \u2014 all succeeded: pass/run; any failed,
 * cancelled or timed out: fail/run; any still queued or running when the gate ran: unknown (it may yet
 * fail). Jobs that were skipped (their own `if:`, or a job they need did not
 * succeed) or are absent did not run: the verdict keeps definition strength and says so, or is `unknown` under
 * `strict`. A failure is thereby charged only to the practice whose job failed, never to the jobs it skipped.
 */
function applyRunEvidence(finding, run, strict) {
    if (finding.status !== 'pass' || finding.strength !== 'definition')
        return finding;
    const jobs = finding.evidence.filter((item) => item.kind === 'job');
    if (jobs.length === 0)
        return finding;
    const exercise = run === undefined ? { kind: 'not-exercised' } : exerciseOf(jobs, run);
    if (exercise.kind === 'failed') {
        return {
            ...finding,
            status: 'fail',
            strength: 'run',
            messageId: 'run-failed',
            message: `declared, did not pass in this run: job \`${exercise.job.name}\` concluded ${exercise.job.conclusion} (${finding.message})`,
            remediation: `Open the run's \`${exercise.job.name}\` job, fix what failed and re-run; the gate re-evaluates on the next run.`
        };
    }
    if (exercise.kind === 'running') {
        // The gate ran before the job it judges finished: the job may still fail, so its outcome is unknown.
        return {
            ...finding,
            status: 'unknown',
            strength: 'run',
            messageId: 'still-running',
            message: `job \`${exercise.job.name}\` was still ${exercise.job.status.replace('_', ' ')} when the gate ran (${finding.message})`,
            remediation: `List \`${exercise.job.name}\`'s job in the gate job's \`needs:\` (with \`if: always()\`), so the gate judges its outcome.`
        };
    }
    if (exercise.kind === 'succeeded') {
        const names = exercise.jobs.map(job => `\`${job.name}\``).join(', ');
        return { ...finding, strength: 'run', message: `${finding.message}; succeeded in this run (${names})` };
    }
    if (strict) {
        return {
            ...finding,
            status: 'unknown',
            messageId: 'not-exercised',
            message: `not exercised in this run, and strict mode needs run evidence (${finding.message})`,
            remediation: 'Run the jobs of this practice in the workflow that runs the gate, or set `strict: false`.'
        };
    }
    return run === undefined
        ? finding
        : { ...finding, message: `${finding.message}; not exercised in this run` };
}
function exerciseOf(jobs, run) {
    const inRun = jobs
        .filter(item => item.workflow === run.workflow)
        .flatMap(item => run.jobs.get(item.job) ?? []);
    const ran = inRun.filter(job => job.status === 'completed' && job.conclusion !== 'skipped' && job.conclusion !== null);
    const failed = ran.find(job => DID_NOT_PASS.has(job.conclusion ?? ''));
    if (failed)
        return { kind: 'failed', job: failed };
    const running = inRun.find(job => job.status !== 'completed');
    if (running)
        return { kind: 'running', job: running };
    const succeeded = ran.filter(job => job.conclusion === 'success');
    return succeeded.length > 0 ? { kind: 'succeeded', jobs: succeeded } : { kind: 'not-exercised' };
}

;// CONCATENATED MODULE: ./src/evaluate/apply-waivers.ts
/**
 * A waiver turns a practice that does not hold into `waived` (counted as pass, always shown with its reason
 * and expiry). A practice that holds anyway keeps its verdict and says the waiver is no longer needed.
 */
function applyWaivers(finding, waivers) {
    const waiver = waivers.find(w => w.practice === finding.practice);
    if (waiver === undefined)
        return finding;
    const where = waiver.location ? [waiver.location] : [];
    if (finding.status === 'pass' || finding.status === 'not-applicable') {
        return {
            ...finding,
            evidence: [
                ...finding.evidence,
                { kind: 'note', text: `waiver until ${waiver.expires} is no longer needed` }
            ]
        };
    }
    return {
        ...finding,
        status: 'waived',
        messageId: 'waived',
        message: `waived until ${waiver.expires}: ${waiver.reason} (otherwise ${finding.status}: ${finding.message})`,
        locations: [...where, ...finding.locations]
    };
}

;// CONCATENATED MODULE: ./src/core/days-between.ts
/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

;// CONCATENATED MODULE: ./src/evaluate/expiries.ts

/**
 * Splits waivers and attestations by today's date. One past its date lapses \u2014 the practice is judged as if it
 * were not there, with a notice \u2014 rather than making the policy invalid: a date passing overnight must not turn
 * a green main branch red with a policy error. One within `warningDays` of its date is a warning ahead of it.
 */
function splitByExpiry(entries, today, warningDays) {
    const expiries = [];
    const keep = (kind, items) => items.filter(item => {
        const days = daysBetween(today, item.expires);
        if (days < 0 || days <= warningDays)
            expiries.push(expiry(kind, item, days));
        return days >= 0;
    });
    return {
        waivers: keep('waiver', entries.waivers),
        attestations: keep('attestation', entries.attestations),
        expiries
    };
}
function expiry(kind, item, days) {
    const what = `the ${kind} for ${item.practice}`;
    const message = days < 0
        ? `${what} expired on ${item.expires} and has lapsed: the practice is judged normally; renew it with a later date and a reason, or remove it`
        : `${what} expires ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`} (${item.expires}): make the practice hold, or renew the ${kind} with a later date and a reason`;
    return {
        kind,
        practice: item.practice,
        expires: item.expires,
        state: days < 0 ? 'lapsed' : 'expiring',
        days,
        message,
        ...(item.expiresAt ? { location: item.expiresAt } : {})
    };
}

;// CONCATENATED MODULE: ./src/evaluate/pipeline-jobs.ts

/**
 * The pipeline as the summary draws it: every job with what it does (its catalog purposes as stages), where it
 * deploys and, when run evidence was read, how it concluded in this run. Jobs of the run's own workflow first.
 */
function pipelineJobs(evidence, environments) {
    const pipeline = pipelineOf(evidence, environments);
    const runWorkflow = evidence.run?.workflow;
    const ordered = [
        ...pipeline.jobs.filter(job => job.ref.workflow === runWorkflow),
        ...pipeline.jobs.filter(job => job.ref.workflow !== runWorkflow)
    ];
    return ordered.map(job => pipeline_jobs_describe(job, evidence));
}
function pipeline_jobs_describe(facts, evidence) {
    const { job, ref } = facts;
    const described = {
        workflow: ref.workflow,
        id: job.id,
        name: job.name ?? job.id,
        needs: [...job.needs],
        stages: [...new Set(facts.purposes.map(p => p.purpose))],
        location: job.location
    };
    if (job.environment) {
        described.environment = job.environment.name;
        described.environmentClass = facts.environmentClass;
    }
    const runJobs = evidence.run?.workflow === ref.workflow ? evidence.run.jobs.get(job.id) : undefined;
    if (runJobs && runJobs.length > 0)
        described.run = conclusionOf(runJobs);
    return described;
}
/** One outcome for all of a job's matrix legs: the worst conclusion, and the longest leg's duration. */
function conclusionOf(runJobs) {
    const order = [
        'failure',
        'timed_out',
        'cancelled',
        'action_required',
        null,
        'success',
        'neutral',
        'skipped'
    ];
    const worst = [...runJobs].sort((a, b) => order.indexOf(a.conclusion) - order.indexOf(b.conclusion))[0];
    const durations = runJobs
        .filter(job => job.startedAt && job.completedAt)
        .map(job => (Date.parse(job.completedAt ?? '') - Date.parse(job.startedAt ?? '')) / 1000);
    return {
        conclusion: worst?.conclusion ?? null,
        durationSeconds: durations.length > 0 ? Math.max(...durations) : null
    };
}

;// CONCATENATED MODULE: ./src/evaluate/upstream-warnings.ts

/**
 * Jobs of the gate's own workflow that a practice is judged from but that run beside the gate job, neither
 * before it (transitively, through `needs:`) nor after it: their outcome in this run is whatever it happened
 * to be when the gate looked, so a failure may pass unseen. One warning per job, naming the practices judged
 * from it, on the gate job. Jobs of other workflows cannot be needed, and waived practices are not judged;
 * without run evidence or the gate's job id nothing can be said.
 */
function upstreamWarnings(findings, evidence, environments) {
    const run = evidence.run;
    if (run?.gateJob === undefined)
        return [];
    const gate = { workflow: run.workflow, job: run.gateJob };
    const { graph } = pipelineOf(evidence, environments);
    const gateJob = graph.job(gate);
    if (gateJob === undefined)
        return [];
    const upstream = new Set(graph.predecessors(gate).flatMap(ref => (ref.workflow === gate.workflow ? [ref.job] : [])));
    const practicesByJob = new Map();
    for (const finding of findings) {
        if (finding.status === 'waived')
            continue;
        for (const item of finding.evidence) {
            // A job inlined from a reusable workflow (`caller/callee`) is needed through its calling job.
            const cited = (item.kind === 'job' || item.kind === 'step') && item.workflow === gate.workflow;
            const job = cited ? item.job.split('/')[0] : undefined;
            if (job === undefined || job === gate.job || upstream.has(job))
                continue;
            // A job that waits for the gate (a gate step mid-pipeline, before a promotion) cannot be needed by it.
            if (graph.precedes(gate, { workflow: gate.workflow, job }))
                continue;
            const practices = practicesByJob.get(job) ?? [];
            if (!practices.includes(finding.practice))
                practicesByJob.set(job, [...practices, finding.practice]);
        }
    }
    return [...practicesByJob].map(([job, practices]) => ({
        message: `${practices.join(', ')} judged from job \`${job}\`, which does not finish before this gate: add it to the \`needs:\` of job \`${gate.job}\``,
        location: gateJob.location,
        title: 'judged job not needed'
    }));
}

;// CONCATENATED MODULE: ./src/evaluate/unread-scripts.ts


/**
 * A practice that failed for want of something may have it done by a script the gate could not read (a file
 * missing from the checkout, a path outside the repository): the message says which, so a reader knows the
 * verdict rests on what the gate could see. Scripts of the jobs the finding cites count, or of every job when
 * it cites none ("no job does X"). Unknown verdicts already name the calls they could not read.
 */
function withUnreadScripts(finding, evidence, environments) {
    if (finding.status !== 'fail' || finding.strength !== 'definition')
        return finding;
    const all = unreadInPipeline(pipelineOf(evidence, environments), evidence.workspace.files);
    const cited = new Set(finding.evidence.flatMap(item => (item.kind === 'job' ? [item.job] : [])));
    const unread = cited.size > 0 ? all.filter(({ job }) => cited.has(job.ref.job)) : all;
    if (unread.length === 0)
        return finding;
    const calls = findings_listFiles([...new Set(unread.map(({ job, script }) => `${script}\` in \`${jobLabel(job)}`))]);
    const notes = unread.map(({ step, script }) => ({
        kind: 'note',
        text: `script ${script} ${whereNot(script)}: \`${script}\` (${step.location.file}:${step.location.line})`
    }));
    return {
        ...finding,
        message: `${finding.message} (the gate could not read ${calls}: ${reason(unread.map(u => u.script))}, so what ${unread.length === 1 ? 'it runs' : 'they run'} is not counted)`,
        evidence: [...finding.evidence, ...notes]
    };
}
/**
 * Every unread script of the pipeline, in job and step order, found once per pipeline: each failing practice
 * asks, and a large monorepo has a hundred thousand steps. A pipeline belongs to one evidence set, so to
 * one workspace's files.
 */
function unreadInPipeline(pipeline, files) {
    let unread = unreadByPipeline.get(pipeline);
    if (!unread) {
        unread = pipeline.jobs.flatMap(job => job.job.steps.flatMap(step => unreadScripts(step, files).map(script => ({ job, step, script }))));
        unreadByPipeline.set(pipeline, unread);
    }
    return unread;
}
const unreadByPipeline = new WeakMap();
function reason(scripts) {
    const outside = scripts.filter(script => whereNot(script) === 'is outside the repository').length;
    if (outside === 0)
        return 'not in the repository';
    return outside === scripts.length ? 'outside the repository' : 'not in the repository, or outside it';
}
/** A path that climbs out of the checkout or starts at the root is outside it; any other is missing from it. */
function whereNot(script) {
    return script.startsWith('/') || script.startsWith('../')
        ? 'is outside the repository'
        : 'is not in the repository';
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts









/** Runs every enabled practice's check over the evidence and turns the findings into the report. Pure. */
async function evaluate(input) {
    const { loaded, evidence, plan } = input;
    const { policy, model } = loaded;
    const { waivers, attestations, expiries } = splitByExpiry({
        waivers: policy.waivers.map((w, index) => ({
            ...w,
            location: loaded.locate(['waivers', index]),
            expiresAt: loaded.locate(['waivers', index, 'expires'])
        })),
        attestations: policy.attestations.map((a, index) => ({
            ...a,
            location: loaded.locate(['attestations', index]),
            expiresAt: loaded.locate(['attestations', index, 'expires'])
        }))
    }, evidence.today, policy['waiver-warning-days']);
    const context = (practice) => ({
        practice,
        evidence,
        environments: policy.environments,
        strict: policy.strict,
        attestations
    });
    const findings = await Promise.all(plan.practices.map(async (practice) => evaluate_place(applyWaivers(await runCheck(practice, context(practice.id)), waivers), practice)));
    const targets = (policy.targets ?? {});
    const needsApi = evidence.offline ? apiOnlyUnknowns(plan, findings) : [];
    const decision = decideGate({
        levels: model.levels,
        categories: model.categories,
        findings,
        target: policy.target,
        targets,
        fatalRegressions: [],
        needsApi
    });
    return {
        version: 1,
        model: model.id,
        target: policy.target,
        level: decision.level,
        levelIndex: decision.levelIndex,
        levels: [...model.levels],
        passed: decision.passed,
        mode: input.mode ?? policy.mode,
        reason: decision.reason,
        profile: decision.profile,
        targets,
        findings,
        disabled: plan.disabled,
        expiries,
        warnings: [
            ...noWorkflows(evidence),
            ...unlistedWarnings(evidence.workspace),
            ...evidence.workflowProblems.map(problem => ({
                message: problem.message,
                location: problem.location
            })),
            ...upstreamWarnings(findings, evidence, policy.environments)
        ],
        regressions: [],
        policyChanges: [],
        base: { status: 'none', reason: 'not compared' },
        gaps: evidence.gaps,
        pipeline: pipelineJobs(evidence, policy.environments),
        policy: { path: loaded.file, source: input.policySource },
        evidence: {
            workflows: evidence.workflows.length,
            run: evidence.run !== undefined,
            offline: evidence.offline,
            needsApi,
            onlyApiMissing: decision.onlyApiMissing
        }
    };
}
/** Practices only the API can show that an offline run left unknown: not a shortfall of the pipeline. */
function apiOnlyUnknowns(plan, findings) {
    const apiOnly = new Set(plan.practices.filter(p => p.check?.meta.needsApi).map(p => p.id));
    return findings.filter(f => f.status === 'unknown' && apiOnly.has(f.practice)).map(f => f.practice);
}
/**
 * No workflow file at all is most often a gate pointed at the wrong folder: said first, not left to read as a
 * pipeline that reached no level. (Files that could not be read or parsed have warnings of their own.)
 */
function noWorkflows(evidence) {
    const { workflows, workflowProblems, workspace } = evidence;
    // A listing cut short has its own warning, naming the folders it did not read.
    if (workflows.length > 0 || workflowProblems.length > 0 || workspace.unlisted)
        return [];
    return [{ message: 'no workflows under .github/workflows \u2014 is this the repository root?' }];
}
/** Folders named in a warning about a workspace too large to list; the rest are counted. */
const UNLISTED_SHOWN = 5;
/** A checkout too large to list in full is judged on part of it: the report says which part was left out. */
function unlistedWarnings({ unlisted }) {
    if (!unlisted)
        return [];
    const { limit, folders } = unlisted;
    const more = folders.length - UNLISTED_SHOWN;
    const named = folders.slice(0, UNLISTED_SHOWN).join(', ') + (more > 0 ? ` and ${more} more` : '');
    return [
        {
            message: `the workspace listing stopped at its limit of ${limit} files, so no evidence was judged in the folders it did not read: ${named}`
        }
    ];
}
/** A check that throws is a bug in this tool, not a verdict on the repository: it becomes `unknown`, never pass. */
async function runCheck(practice, context) {
    if (practice.check === undefined) {
        return unknownFinding(practice.id, 'not-implemented', 'this version of maturity-gate cannot judge this practice yet');
    }
    try {
        const judged = await applyCheck(practice.check, context, practice.options);
        const finding = withUnreadScripts(judged, context.evidence, context.environments);
        return practice.check.meta.runAware
            ? finding
            : applyRunEvidence(finding, context.evidence.run, context.strict);
    }
    catch (error) {
        return unknownFinding(practice.id, 'check-error', `the check failed: ${(0,message_of/* messageOf */.b)(error)}`);
    }
}
function unknownFinding(practice, messageId, message) {
    return {
        practice,
        status: 'unknown',
        strength: 'none',
        messageId,
        message,
        evidence: [],
        locations: [],
        remediation: 'Disable the practice with `enabled: false` or waive it until a version that judges it.'
    };
}
/** Spelled out key by key: the JSON report's key order is part of its format. */
function evaluate_place(finding, practice) {
    return {
        practice: finding.practice,
        title: practice.title,
        level: practice.level,
        category: practice.category,
        status: finding.status,
        strength: finding.strength,
        messageId: finding.messageId,
        message: finding.message,
        evidence: finding.evidence,
        locations: finding.locations,
        remediation: finding.remediation
    };
}

;// CONCATENATED MODULE: ./src/evaluate/gate-tampering.ts
/** `uses: ./` (the action run from its own repository) or any action named maturity-gate. */
const isMaturityGateStep = step => {
    const uses = step.uses?.trim();
    if (uses === undefined)
        return false;
    return uses.replace(/\/+$/, '') === '.' || uses.toLowerCase().includes('maturity-gate');
};
function findGateTampering(base, head, isGate = isMaturityGateStep) {
    const changes = [];
    const { pairs, removed, added } = pairOccurrences(occurrences(base, isGate), occurrences(head, isGate));
    for (const [before, after] of pairs)
        changes.push(...compareOccurrence(before, after));
    for (const gone of removed)
        changes.push(removal(gone, head));
    for (const fresh of added) {
        changes.push(change('strengthened', `maturity-gate step added (uses ${fresh.step.uses})`, fresh.step.location));
    }
    return dedupe(changes);
}
function occurrences(workflows, isGate) {
    return workflows.flatMap(workflow => workflow.jobs
        .filter(job => job.calledBy === undefined)
        .flatMap(job => job.steps.filter(isGate).map(step => ({ workflow, job, step }))));
}
/** The action a step runs, without its version: `acme/maturity-gate@v1` and `@v2` are the same gate. */
const actionOf = (o) => (o.step.uses ?? '').replace(/@[^@]*$/, '').toLowerCase();
/**
 * Pairs each base gate step with the head gate step most like it \u2014 same action, then same file, then same job \u2014
 * the earliest on ties, so that a gate moved to another job or file is compared rather than called removed.
 */
function pairOccurrences(base, head) {
    const unmatched = [...head];
    const pairs = [];
    const removed = [];
    const likeness = (a, b) => (actionOf(a) === actionOf(b) ? 4 : 0) +
        (a.workflow.file === b.workflow.file ? 2 : 0) +
        (a.workflow.file === b.workflow.file && a.job.id === b.job.id ? 1 : 0);
    for (const before of base) {
        let best = -1;
        let bestLikeness = -1;
        unmatched.forEach((after, index) => {
            const alike = likeness(before, after);
            if (alike > bestLikeness)
                [best, bestLikeness] = [index, alike];
        });
        if (best < 0)
            removed.push(before);
        else
            pairs.push([before, ...unmatched.splice(best, 1)]);
    }
    return { pairs, removed, added: unmatched };
}
function compareOccurrence(before, after) {
    const at = after.step.location;
    const changes = setting('maturity-gate step uses', before.step.uses, after.step.uses, at);
    const inputs = [...new Set([...Object.keys(before.step.with), ...Object.keys(after.step.with)])].sort();
    for (const input of inputs) {
        changes.push(...setting(`maturity-gate step input ${input}`, before.step.with[input], after.step.with[input], at));
    }
    changes.push(...setting('maturity-gate step continue-on-error', tolerance(before.step), tolerance(after.step), at, true), ...setting('maturity-gate step if:', before.step.if, after.step.if, at, true), ...setting(`job ${after.job.id} of the maturity-gate step: if:`, before.job.if, after.job.if, after.job.location, true), ...neededJobs(before.job, after.job));
    return changes;
}
/**
 * The gate judges the jobs it waits for: a job dropped from its `needs:` may still be running (or fail) when
 * the gate passes, so that is a weakening; a job added is a strengthening.
 */
function neededJobs(before, after) {
    const dropped = before.needs.filter(need => !after.needs.includes(need));
    const added = after.needs.filter(need => !before.needs.includes(need));
    const at = after.location;
    return [
        ...(dropped.length > 0
            ? [weakened(`job ${after.id} of the maturity-gate step no longer needs ${dropped.join(', ')}`, at)]
            : []),
        ...(added.length > 0
            ? [
                change('strengthened', `job ${after.id} of the maturity-gate step now also needs ${added.join(', ')}`, at)
            ]
            : [])
    ];
}
/** `continue-on-error` as written, undefined when it cannot let the step fail quietly (absent or false). */
function tolerance(step) {
    const value = step.continueOnError;
    return value === false || String(value).trim() === 'false' ? undefined : String(value);
}
/**
 * One setting of the gate step or its job, before and after. Any change weakens, except that removing a
 * setting that can only hold the gate back (`if:`, `continue-on-error`) strengthens it.
 */
function setting(what, was, now, at, removalStrengthens = false) {
    if (was === now)
        return [];
    if (now === undefined) {
        return [
            change(removalStrengthens ? 'strengthened' : 'weakened', `${what} removed (was ${gate_tampering_quote(was ?? '')})`, at)
        ];
    }
    const how = was === undefined ? 'added:' : `changed from ${gate_tampering_quote(was)} to`;
    return [weakened(`${what} ${how} ${gate_tampering_quote(now)}`, at)];
}
/** At the head job that held it, else the head workflow, else (the file is gone) where it was at base. */
function removal(gone, head) {
    const workflow = head.find(w => w.file === gone.workflow.file);
    const job = workflow?.jobs.find(j => j.id === gone.job.id);
    const was = gone.step.location;
    return weakened(`maturity-gate step removed (was at ${was.file}:${was.line}, job ${gone.job.id})`, job?.location ?? workflow?.location ?? was);
}
function weakened(message, location) {
    return change('weakened', message, location);
}
function change(kind, message, location) {
    return { kind, severity: kind === 'weakened' ? 'error' : 'notice', message, location };
}
/** One composite action used by several jobs puts the same change on the same line more than once. */
function dedupe(changes) {
    const seen = new Set();
    return changes.filter(c => {
        const key = JSON.stringify(c);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function gate_tampering_quote(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

;// CONCATENATED MODULE: ./src/evaluate/regression.ts

const SEVERITY = {
    fail: 'error',
    warn: 'warning'
};
/** Practices that counted as pass (pass, not-applicable, waived) at base and do not at head, in head order. */
function findRegressions(base, head, setting) {
    if (setting === 'off')
        return [];
    const atBase = new Map(base.map(finding => [finding.practice, finding]));
    return lostPractices(atBase, head).map(({ before, now }) => ({
        kind: 'practice',
        practice: now.practice,
        severity: SEVERITY[setting],
        message: `${now.practice} held at the base commit (${before.status}) and is ${now.status} now: ${now.message}`,
        base: before.locations,
        head: now.locations
    }));
}
/** Drops of the staged level and of each category's level from base to head, with the practices that caused them. */
function compareLevels(base, head, setting) {
    if (setting === 'off')
        return [];
    const index = (level) => (level ? head.levels.indexOf(level) : -1);
    const drops = [];
    if (index(base.level) > index(head.level))
        drops.push({ kind: 'level', from: base.level, to: head.level });
    for (const category of Object.keys(head.profile)) {
        const from = base.profile[category] ?? null;
        const to = head.profile[category] ?? null;
        if (index(from) > index(to))
            drops.push({ kind: 'category', category, from, to });
    }
    const atBase = new Map(base.findings.map(finding => [finding.practice, finding]));
    return drops.map(drop => {
        const ceiling = index(drop.from);
        const causes = lostPractices(atBase, head.findings).filter(({ now }) => index(now.level) <= ceiling && (drop.category === undefined || now.category === drop.category));
        const what = drop.category === undefined ? 'the level' : `category ${drop.category}`;
        const because = causes.length === 0 ? '' : `: ${causes.map(({ now }) => now.practice).join(', ')} no longer held`;
        return {
            kind: drop.kind,
            practice: drop.category ?? '',
            severity: SEVERITY[setting],
            message: `${what} dropped from ${drop.from} at the base commit to ${drop.to ?? 'no level'}${because}`,
            base: causes.flatMap(({ before }) => before.locations),
            head: causes.flatMap(({ now }) => now.locations)
        };
    });
}
function lostPractices(atBase, head) {
    return head.flatMap(now => {
        const before = atBase.get(now.practice);
        return before && countsAsPass(before.status) && !countsAsPass(now.status) ? [{ before, now }] : [];
    });
}

;// CONCATENATED MODULE: ./src/policy/errors.ts

/** A source line longer than this is not quoted: the caret would point into text wrapped off the screen. */
const EXCERPT_MAX = 160;
/**
 * One line per error \u2014 every piece of policy text in it flattened, so a key holding a newline cannot start a
 * line of its own (a `::error::` workflow command in a log) \u2014 then the source line and a caret when known.
 */
function formatPolicyError(error) {
    return `${oneLine(error.file)}:${error.line}:${error.column}: ${describePolicyError(error)}`;
}
/** The error without its `file:line:column:`, for where the position is said otherwise (an annotation). */
function describePolicyError(error) {
    const key = error.path === '' ? '' : `${error.path}: `;
    const value = error.value === undefined ? '' : ` (found ${error.value})`;
    const allowed = error.allowed && error.allowed.length > 0 ? `; allowed: ${error.allowed.join(', ')}` : '';
    return `${oneLine(`${key}${error.message}${value}${allowed}${chain(error)}`)}${caret(error)}`;
}
/** "\u2014 extended by policies/team.yml line 3, extended by .maturity.yml line 2": how the file was reached. */
function chain(error) {
    if (error.extendedBy === undefined || error.extendedBy.length === 0)
        return '';
    return ` \u2014 ${error.extendedBy.map(link => `extended by ${link.file} line ${link.line}`).join(', ')}`;
}
/** Past this many, a policy's errors are counted rather than printed: one typo repeated must not flood a log. */
const MAX_PRINTED = 100;
/** Every error on its line, up to MAX_PRINTED, then how many more there are. */
function formatPolicyErrors(errors) {
    const shown = errors.slice(0, MAX_PRINTED).map(formatPolicyError);
    const more = errors.length - shown.length;
    return [...shown, ...(more > 0 ? [`\u2026 and ${more} more error${more === 1 ? '' : 's'}`] : [])].join('\n');
}
function caret(error) {
    if (error.excerpt === undefined || error.excerpt.length > EXCERPT_MAX)
        return '';
    return `\n    ${oneLine(error.excerpt)}\n    ${' '.repeat(Math.max(0, error.column - 1))}^`;
}
/** Thrown by the gate when the policy cannot be used; carries every error at once. */
class InvalidPolicyError extends Error {
    errors;
    constructor(errors) {
        super(`the policy is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${formatPolicyErrors(errors)}`);
        this.errors = errors;
    }
}

;// CONCATENATED MODULE: ./src/policy/extends-ref.ts
const GITHUB = /^github>([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+):([^@\s]+)@(\S+)$/;
const EXTENDS_FORMS = ['github>OWNER/REPO:PATH@REF', './PATH'];
/** Reads one entry as written; `within` is the remote repository of the extending file, if it is remote. */
function parseExtendsRef(entry, within) {
    const github = GITHUB.exec(entry);
    if (github) {
        const [, owner = '', repo = '', path = '', ref = ''] = github;
        const why = unsafePath(repo) ?? unsafePath(path) ?? unsafePath(ref);
        if (why !== undefined)
            return { ok: false, message: why };
        return { ok: true, ref: { kind: 'github', owner, repo, path, ref } };
    }
    if (entry.startsWith('github>')) {
        return { ok: false, message: 'a remote base is written github>OWNER/REPO:PATH@REF (the ref is required)' };
    }
    if (!entry.startsWith('./')) {
        return { ok: false, message: `an extends entry is ${EXTENDS_FORMS.join(' or ')}` };
    }
    const path = entry.slice(2);
    const why = unsafePath(path);
    if (why !== undefined)
        return { ok: false, message: why };
    return { ok: true, ref: within?.kind === 'github' ? { ...within, path } : { kind: 'local', path } };
}
/** `..`, absolute paths and backslashes would leave the repository (or the cache folder under `.maturity/`). */
function unsafePath(path) {
    const parts = path.split('/');
    const dots = (part) => part === '..' || part === '.' || part === '';
    if (path.startsWith('/') || path.includes('\\') || parts.some(dots)) {
        return `'${path}' must be a relative path inside the repository, without '.', '..', '//' or '\\' parts`;
    }
    return undefined;
}
/** How errors and the report name a base: the repository path, or the `github>` form. */
function extendsName(ref) {
    return ref.kind === 'local' ? ref.path : `github>${ref.owner}/${ref.repo}:${ref.path}@${ref.ref}`;
}
/** Equal bases have equal keys (owner and repository names are case-insensitive on GitHub). */
function extendsKey(ref) {
    return ref.kind === 'local'
        ? `local:${ref.path}`
        : `github:${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}:${ref.path}@${ref.ref}`;
}
/** Where the file is on github.com, for errors a person follows. */
function extendsUrl(ref) {
    return `https://github.com/${ref.owner}/${ref.repo}/blob/${ref.ref}/${ref.path}`;
}
/** The workspace copy used when a remote base cannot be read (offline, or the API refused). */
function extendsCachePath(ref) {
    return `.maturity/cache/${ref.owner}/${ref.repo}/${ref.ref}/${ref.path}`;
}

;// CONCATENATED MODULE: ./src/models/cdmm.ts
/** Continuous Delivery Maturity Model, after Rehn, Palmborg and Bostr\u00f6m (InfoQ, 2013); design \u00a73. */
const cdmm = {
    id: 'cdmm',
    title: 'Continuous Delivery Maturity Model',
    source: 'Rehn, Palmborg and Bostr\u00f6m, "The Continuous Delivery Maturity Model", InfoQ 2013',
    levels: ['base', 'beginner', 'intermediate', 'advanced', 'expert'],
    categories: [
        'build-deploy',
        'test-verification',
        'information-reporting',
        'design-architecture',
        'culture-organization'
    ],
    practices: [
        { id: 'ci-on-change', level: 'base', category: 'build-deploy' },
        { id: 'scripted-build', level: 'base', category: 'build-deploy' },
        { id: 'unit-tests', level: 'base', category: 'test-verification' },
        { id: 'build-artifacts-stored', level: 'beginner', category: 'build-deploy' },
        { id: 'scripted-deploy', level: 'beginner', category: 'build-deploy' },
        { id: 'test-environment', level: 'beginner', category: 'test-verification' },
        { id: 'integration-tests', level: 'beginner', category: 'test-verification' },
        { id: 'static-analysis', level: 'beginner', category: 'information-reporting' },
        { id: 'automated-deploy', level: 'intermediate', category: 'build-deploy' },
        { id: 'build-once-deploy-anywhere', level: 'intermediate', category: 'build-deploy' },
        { id: 'automated-db-migrations', level: 'intermediate', category: 'build-deploy' },
        { id: 'acceptance-tests', level: 'intermediate', category: 'test-verification' },
        { id: 'test-reports', level: 'intermediate', category: 'information-reporting' },
        { id: 'protected-default-branch', level: 'intermediate', category: 'culture-organization' },
        { id: 'acceptance-before-promotion', level: 'advanced', category: 'test-verification' },
        { id: 'performance-tests', level: 'advanced', category: 'test-verification' },
        { id: 'security-tests', level: 'advanced', category: 'test-verification' },
        { id: 'coverage-threshold', level: 'advanced', category: 'information-reporting' },
        { id: 'zero-downtime-deploy', level: 'advanced', category: 'build-deploy' },
        { id: 'continuous-deployment', level: 'expert', category: 'build-deploy' },
        { id: 'infrastructure-as-code', level: 'expert', category: 'design-architecture' },
        { id: 'post-deploy-verification', level: 'expert', category: 'test-verification' }
    ]
};

;// CONCATENATED MODULE: ./src/models/mlops.ts
/** Google Cloud, "MLOps: continuous delivery and automation pipelines in machine learning"; design \u00a73. */
const mlops = {
    id: 'mlops',
    title: 'MLOps levels',
    source: 'Google Cloud Architecture Center, "MLOps: Continuous delivery and automation pipelines in machine learning"',
    levels: ['manual', 'pipeline-automation', 'cicd-automation'],
    categories: ['data', 'model', 'pipeline', 'delivery'],
    practices: [
        { id: 'training-code-versioned', level: 'manual', category: 'pipeline' },
        { id: 'model-metrics-recorded', level: 'manual', category: 'model' },
        { id: 'continuous-training', level: 'pipeline-automation', category: 'pipeline' },
        { id: 'data-validation', level: 'pipeline-automation', category: 'data' },
        { id: 'model-validation', level: 'pipeline-automation', category: 'model' },
        { id: 'automated-model-deploy', level: 'pipeline-automation', category: 'delivery' },
        { id: 'ml-metadata', level: 'pipeline-automation', category: 'model' },
        { id: 'pipeline-tests', level: 'cicd-automation', category: 'pipeline' },
        { id: 'pipeline-packaged', level: 'cicd-automation', category: 'pipeline' },
        { id: 'pipeline-deployed', level: 'cicd-automation', category: 'delivery' },
        { id: 'staged-model-promotion', level: 'cicd-automation', category: 'delivery' },
        { id: 'model-serving-tests', level: 'cicd-automation', category: 'model' }
    ]
};

;// CONCATENATED MODULE: ./src/models/index.ts


/** The built-in models by id; `custom` is not here: a policy defines it. */
const builtInModels = { cdmm: cdmm, mlops: mlops };

;// CONCATENATED MODULE: ./src/policy/allowed-keys.ts
/**
 * The keys a schema accepts at a path, for "unknown key" errors. zod's issue names the bad key but not the
 * good ones, and a typo is only fixable when the right spelling is shown.
 */
function allowedKeysAt(schema, path, data) {
    let node = unwrap(schema, data);
    let value = data;
    for (const key of path) {
        value = isRecord(value) || Array.isArray(value) ? value[key] : undefined;
        node = node === undefined ? undefined : unwrap(childOf(node, key), value);
    }
    if (node === undefined)
        return [];
    const def = node._zod.def;
    if (def.type === 'object' && def.shape)
        return Object.keys(def.shape);
    if (def.type === 'record' && def.keyType)
        return enumValues(def.keyType);
    return [];
}
function childOf(schema, key) {
    const def = schema._zod.def;
    if (def.type === 'object')
        return def.shape?.[String(key)] ?? def.catchall;
    if (def.type === 'array')
        return def.element;
    if (def.type === 'record')
        return def.valueType;
    return undefined;
}
/** Looks through optional/default wrappers and picks a discriminated union's variant by the data. */
function unwrap(schema, data) {
    let node = schema;
    for (let depth = 0; node !== undefined && depth < 10; depth++) {
        const def = node._zod.def;
        if (def.innerType)
            node = def.innerType;
        else if (def.type === 'pipe')
            node = def.in;
        else if (def.type === 'union' && def.discriminator)
            node = variantFor(def.options ?? [], def.discriminator, data);
        else
            return node;
    }
    return node;
}
function variantFor(options, discriminator, data) {
    const wanted = isRecord(data) ? data[discriminator] : undefined;
    return options.find(option => {
        const shape = option._zod.def.shape;
        const literal = shape?.[discriminator]?._zod.def;
        return literal?.values?.includes(wanted);
    });
}
function enumValues(schema) {
    const def = schema._zod.def;
    return def.entries ? Object.values(def.entries) : [];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/key-path.ts
/** `practices.unit-tests.min-tests`, `waivers[0].expires`: how a person finds the key in the file. */
function formatKeyPath(path) {
    let text = '';
    for (const key of path) {
        if (typeof key === 'number')
            text += `[${key}]`;
        else
            text += text === '' ? String(key) : `.${String(key)}`;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/policy/merge-policy-data.ts
/**
 * Keys whose lists accumulate down an `extends:` chain instead of being replaced: a repository must not
 * drop a lock by writing its own `locked:` list.
 */
const ACCUMULATED = new Set(['locked']);
/**
 * The policies of an `extends:` chain merged into one, lowest precedence first (docs/policy.md#merge-rules):
 * a scalar overrides, a mapping merges key by key (recursively), a list replaces the whole list \u2014 except the
 * keys in ACCUMULATED, whose lists are joined without repeats.
 */
function mergePolicyData(layers) {
    return layers.reduce((merged, layer) => mergeMaps(merged, layer, true), {});
}
function mergeMaps(lower, higher, top) {
    const merged = { ...lower };
    for (const [key, value] of Object.entries(higher)) {
        const below = lower[key];
        if (top && ACCUMULATED.has(key) && Array.isArray(below) && Array.isArray(value)) {
            merged[key] = [...new Set([...below, ...value])];
        }
        else if (merge_policy_data_isRecord(below) && merge_policy_data_isRecord(value)) {
            merged[key] = mergeMaps(below, value, false);
        }
        else {
            merged[key] = value;
        }
    }
    return merged;
}
function merge_policy_data_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/schema.ts






const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** `Date.parse` rolls 2099-02-30 over to March 2: a real date is one that reads back as itself. */
function isCalendarDate(value) {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
const isoDate = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .refine(isCalendarDate, 'not a calendar date');
function nameOf(names, what) {
    if (names === undefined || names.length === 0) {
        return schemas/* string */.YjP().regex(ID_PATTERN, `${what} names are kebab-case`);
    }
    return schemas/* enum */.k5n(names);
}
function commonPracticeShape(vocabulary) {
    return {
        enabled: schemas/* boolean */.zMY().optional().describe('false removes the practice from evaluation'),
        level: nameOf(vocabulary.levels, 'level').optional().describe('move the practice to another level'),
        category: nameOf(vocabulary.categories, 'category').optional().describe('move it to another category')
    };
}
function builtInPracticeSchema(id, vocabulary) {
    const options = practicesById.get(id)?.meta.options ?? {};
    return schemas/* strictObject */.rej({ ...commonPracticeShape(vocabulary), ...options });
}
/** A practice the policy adds: it names a generic check, and that check's options sit beside `check`. */
function customPracticeSchema(vocabulary) {
    const variants = Object.entries(genericChecks).map(([name, check]) => schemas/* strictObject */.rej({
        check: schemas/* literal */.euz(name),
        title: schemas/* string */.YjP().optional(),
        level: nameOf(vocabulary.levels, 'level'),
        category: nameOf(vocabulary.categories, 'category'),
        enabled: schemas/* boolean */.zMY().optional(),
        ...check.meta.options
    }));
    return schemas/* discriminatedUnion */.gMt('check', variants);
}
/** Branch names git accepts and a ref URL cannot misread. */
const BRANCH_NAME = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/;
/** A file on the data branch: relative, no parent segments. */
const STORE_PATH = /^(?!\/)(?!(.*\/)?\.\.(\/|$))[A-Za-z0-9._/-]+\.jsonl$/;
function buildPolicySchema(vocabulary) {
    const builtInShape = Object.fromEntries(vocabulary.builtIn.map(id => [id, builtInPracticeSchema(id, vocabulary).optional()]));
    const practiceName = nameOf(vocabulary.practices, 'practice');
    const modelNames = ['custom', ...Object.keys(builtInModels)];
    return schemas/* strictObject */.rej({
        $schema: schemas/* string */.YjP().optional(),
        version: schemas/* literal */.euz(1).describe('policy format version'),
        model: schemas/* enum */.k5n(modelNames).describe('cdmm | mlops | custom'),
        target: nameOf(vocabulary.levels, 'level').describe('the staged target: a level of the model'),
        targets: schemas/* partialRecord */.jgl(nameOf(vocabulary.categories, 'category'), nameOf(vocabulary.levels, 'level'))
            .optional()
            .describe('continuous targets: category \u2192 level'),
        mode: schemas/* enum */.k5n(['enforce', 'advise']).default('enforce'),
        strict: schemas/* boolean */.zMY().default(false),
        regression: schemas/* enum */.k5n(['fail', 'warn', 'off']).default('fail'),
        environments: schemas/* strictObject */.rej({
            production: policyRegex.default(environment_class/* DEFAULT_ENVIRONMENT_PATTERNS */.I.production),
            preproduction: policyRegex.default(environment_class/* DEFAULT_ENVIRONMENT_PATTERNS */.I.preproduction)
        })
            .default(environment_class/* DEFAULT_ENVIRONMENT_PATTERNS */.I),
        levels: schemas/* array */.YOg(schemas/* string */.YjP().regex(ID_PATTERN))
            .min(1)
            .optional()
            .describe('model: custom only, lowest first'),
        categories: schemas/* array */.YOg(schemas/* string */.YjP().regex(ID_PATTERN)).min(1).optional().describe('model: custom only'),
        practices: schemas/* object */.Ikc(builtInShape)
            .catchall(customPracticeSchema(vocabulary))
            .default({})
            .describe('tune, move, disable or add practices'),
        waivers: schemas/* array */.YOg(schemas/* strictObject */.rej({
            practice: practiceName,
            reason: schemas/* string */.YjP().min(1),
            expires: isoDate
        }))
            .default([]),
        'waiver-warning-days': schemas/* number */.aig()
            .int()
            .min(0)
            .default(14)
            .describe('a waiver or attestation this many days or fewer from its expiry is a warning'),
        'max-waiver-days': schemas/* number */.aig()
            .int()
            .min(1)
            .optional()
            .describe('the longest a waiver may run, in days from today'),
        attestations: schemas/* array */.YOg(schemas/* strictObject */.rej({
            practice: practiceName,
            by: schemas/* string */.YjP().min(1),
            evidence: schemas/* string */.YjP().optional(),
            expires: isoDate
        }))
            .default([]),
        history: schemas/* strictObject */.rej({
            branch: schemas/* string */.YjP()
                .regex(BRANCH_NAME, 'expected a branch name without spaces, `..` or a leading `-`')
                .default('maturity-history'),
            path: schemas/* string */.YjP()
                .regex(STORE_PATH, 'expected a relative path ending in .jsonl, without `..`')
                .default('maturity-history.jsonl'),
            records: schemas/* number */.aig().int().min(2).max(100).default(30).describe('records the trend shows')
        })
            .optional()
            .describe('keep one record per default-branch run on a data branch (needs `contents: write`)'),
        dora: schemas/* strictObject */.rej({
            'window-days': schemas/* number */.aig().int().min(1).max(365).default(30),
            thresholds: schemas/* strictObject */.rej({
                'deployment-frequency': schemas/* strictObject */.rej({ min: schemas/* number */.aig().positive().describe('deploys a day, at least') })
                    .optional(),
                'lead-time': schemas/* strictObject */.rej({ max: schemas/* number */.aig().positive().describe('median hours, at most') })
                    .optional(),
                'change-fail-rate': schemas/* strictObject */.rej({ max: schemas/* number */.aig().min(0).max(100).describe('%, at most') })
                    .optional(),
                'recovery-time': schemas/* strictObject */.rej({ max: schemas/* number */.aig().positive().describe('median hours, at most') })
                    .optional(),
                'rework-rate': schemas/* strictObject */.rej({ max: schemas/* number */.aig().min(0).max(100).describe('%, at most') })
                    .optional()
            })
                .default({})
                .describe('limits on the measured values (none by default); an unknown value never breaks one'),
            breach: schemas/* enum */.k5n(['fail', 'warn'])
                .default('fail')
                .describe('a broken threshold fails the gate (fail) or is a warning (warn)')
        })
            .default({ 'window-days': 30, thresholds: {}, breach: 'fail' })
            .describe("DORA's five metrics: the window they are measured over, and optional thresholds"),
        extends: schemas/* array */.YOg(schemas/* string */.YjP())
            .optional()
            .describe('shared policies this one builds on, later ones taking precedence: github>OWNER/REPO:PATH@REF or ./PATH'),
        locked: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'a key path such as practices.unit-tests'))
            .optional()
            .describe('key paths a policy extending this one may raise but never lower'),
        'policy-changes': schemas/* strictObject */.rej({
            'approve-label': schemas/* string */.YjP()
                .min(1)
                .optional()
                .describe('a pull request with this label may weaken the policy'),
            codeowners: schemas/* boolean */.zMY()
                .default(false)
                .describe("an approving review by a CODEOWNERS owner of the policy file at the pull request's head")
        })
            .optional()
            .describe('how a pull request that weakens the policy is approved (read from the base commit)')
    });
}

;// CONCATENATED MODULE: ./src/policy/suggest.ts
/** The closest allowed name to a misspelt one, when it is close enough to be the likely intent. */
function suggest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/policy/load.ts










/** Aliases let a tiny file expand without bound ("billion laughs"); a policy never needs many. */
const MAX_ALIAS_COUNT = 100;
/**
 * Parses and validates `.maturity.yml` text. Pure: the caller reads the file. Every problem \u2014 YAML syntax,
 * duplicate key, unknown key, bad value, unknown level, a waiver too long \u2014 comes back at once, positioned.
 * `extends:` is not followed here (see load-policy-chain.ts).
 */
function loadPolicy(text, file, options) {
    const parsed = parsePolicyLayer(text, file, []);
    return parsed.ok ? validatePolicyLayers([parsed.layer], options) : parsed;
}
/** One file's YAML, positioned, before validation: syntax and shape errors are its own. */
function parsePolicyLayer(text, file, via) {
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col, ...chainOf(via) };
    };
    const tooDeep = nestedTooDeeply(text);
    if (tooDeep !== undefined) {
        const message = `nested more than ${load_MAX_DEPTH} levels deep; a policy needs a handful`;
        return { ok: false, errors: [{ file, ...tooDeep, ...chainOf(via), path: '', message }] };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const syntax = yamlProblems(doc, lineCounter);
    if (syntax.length > 0) {
        const sourceLines = text.split('\n');
        const excerpt = (line) => sourceLines[line - 1]?.replace(/\r$/, '');
        const errors = syntax.map(problem => {
            const where = at(problem.offset);
            return { ...where, path: '', message: problem.message, excerpt: excerpt(where.line) };
        });
        return { ok: false, errors };
    }
    const shapeErrors = unusableNodes(doc).map(({ offset, message }) => ({ ...at(offset), path: '', message }));
    if (shapeErrors.length > 0)
        return { ok: false, errors: shapeErrors };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        return { ok: false, errors: [{ ...at(0), path: '', message: (0,message_of/* messageOf */.b)(error) }] };
    }
    if (!load_isRecord(data)) {
        return {
            ok: false,
            errors: [{ ...at(0), path: '', message: 'the policy must be a YAML mapping of keys' }]
        };
    }
    // `extends:` is followed by the chain loader, not merged: each file names its own bases.
    const own = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'extends'));
    return { ok: true, layer: { file, doc, lineCounter, data: own, via, from: 0 } };
}
/** `extendedBy` only when there is a chain, so a single file's errors stay as they were. */
function chainOf(via) {
    return via.length === 0 ? {} : { extendedBy: [...via] };
}
/**
 * Merges the layers (lowest precedence first; docs/policy.md#merge-rules) and validates the result. Each
 * error is placed in the file that set the key, with the chain that led to it.
 */
function validatePolicyLayers(layers, options) {
    const data = mergePolicyData(layers.map(layer => layer.data));
    const source = layeredSource(layers);
    const locate = (path) => source.at(path);
    const model = resolveModel(data);
    const schema = buildPolicySchema(vocabularyFor(model, data));
    const parsed = schema.safeParse(data);
    const errors = [
        ...(parsed.success
            ? []
            : parsed.error.issues.flatMap(issue => issueErrors(issue, {
                source,
                data,
                schema,
                builtIn: model?.practices.map(p => p.id) ?? [],
                modelId: model?.id
            }))),
        ...modelShapeErrors(data, locate),
        ...waiverLengthErrors(data, locate, options.today),
        ...lockedPathErrors(data, locate)
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    if (!parsed.success || errors.length > 0 || model === undefined)
        return { ok: false, errors };
    const file = layers.at(-1)?.file ?? '';
    const plain = (path) => {
        const { file: where, line, column } = source.at(path);
        return { file: where, line, column };
    };
    return { ok: true, loaded: { file, policy: parsed.data, model, locate: plain, layers } };
}
/** Where the merged policy's key path was set, and through which `extends:` entries (lock errors say it). */
function positionInChain(layers, path) {
    return layeredSource(layers).at(path);
}
function layeredSource(layers) {
    const newestFirst = [...layers].reverse();
    const holder = (path) => newestFirst.find(layer => layer.doc.hasIn(path));
    const position = (layer, offset) => {
        const { line, col } = layer.lineCounter.linePos(offset);
        return { file: layer.file, line, column: col, ...chainOf(layer.via) };
    };
    const root = newestFirst[0];
    const at = (path) => {
        for (let length = path.length; length > 0; length--) {
            const layer = holder(path.slice(0, length));
            if (layer)
                return position(layer, offsetOf(layer.doc, path.slice(0, length)));
        }
        return position(root, offsetOf(root.doc, []));
    };
    return {
        at,
        // The position of a key itself (not its value): that is where an unknown key's fix goes.
        keyAt: (path, key) => {
            // Through each map's key index: linear for thousands of unknown keys, and `42:` found as the key '42'.
            for (const layer of newestFirst) {
                const parent = path.length === 0 ? layer.doc.contents : layer.doc.getIn(path, true);
                const offset = (0,dist/* isMap */.jh)(parent) ? keyIndex(parent).get(key) : undefined;
                if (offset !== undefined)
                    return position(layer, offset);
            }
            return at(path);
        },
        node: path => holder(path)?.doc.getIn(path),
        has: path => holder(path) !== undefined
    };
}
/** Deeper than this, the `yaml` package's recursion could exhaust the stack; no policy comes near it. */
const load_MAX_DEPTH = 64;
/**
 * The position where the text first nests deeper than MAX_DEPTH \u2014 block indentation levels plus open flow
 * brackets \u2014 found in one pass before any recursive parsing. Brackets inside quotes or comments may count
 * too; that only matters past 64 of them on one line.
 */
function nestedTooDeeply(text) {
    const indents = [];
    for (const [index, line] of text.split('\n').entries()) {
        const indent = line.length - line.trimStart().length;
        if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
            while (indents.length > 0 && indents.at(-1) >= indent)
                indents.pop();
            indents.push(indent);
            let flow = 0;
            for (let i = indent; i < line.length; i++) {
                const char = line[i];
                if (char === '[' || char === '{')
                    flow++;
                else if (char === ']' || char === '}')
                    flow--;
                if (indents.length + flow > load_MAX_DEPTH)
                    return { line: index + 1, column: i + 1 };
            }
            if (indents.length > load_MAX_DEPTH)
                return { line: index + 1, column: indent + 1 };
        }
    }
    return undefined;
}
/**
 * What YAML allows but a policy cannot use, each at its own position: an alias with no anchor, a key that is
 * a list or mapping (it would be stringified), and `__proto__`, which a JavaScript object would swallow.
 */
function unusableNodes(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_, alias) {
            if (alias.resolve(doc) === undefined) {
                found.push({
                    offset: alias.range?.[0] ?? 0,
                    message: `alias *${alias.source} names no anchor &${alias.source} defined before it`
                });
            }
        },
        Pair(_, pair) {
            const key = pair.key;
            if (key !== null && !(0,dist/* isScalar */.jn)(key)) {
                found.push({ offset: key.range?.[0] ?? 0, message: 'a key must be a name, not a list or mapping' });
            }
            else if ((0,dist/* isScalar */.jn)(key) && key.value === '__proto__') {
                found.push({ offset: key.range?.[0] ?? 0, message: "unknown key '__proto__'" });
            }
        }
    });
    return found;
}
/** The model the policy names; for `custom`, the one its `levels`, `categories` and practices define. */
function resolveModel(data) {
    const name = data.model;
    if (typeof name === 'string' && name in builtInModels)
        return builtInModels[name];
    if (name !== 'custom')
        return undefined;
    const levels = load_stringList(data.levels);
    const categories = load_stringList(data.categories);
    const practices = Object.entries(load_isRecord(data.practices) ? data.practices : {}).map(([id, settings]) => ({
        id,
        level: load_isRecord(settings) ? String(settings.level) : '',
        category: load_isRecord(settings) ? String(settings.category) : ''
    }));
    return {
        id: 'custom',
        title: 'Custom model',
        source: 'defined in the policy',
        levels,
        categories,
        practices
    };
}
function vocabularyFor(model, data) {
    const builtIn = model?.id === 'custom' ? [] : (model?.practices.map(p => p.id) ?? []);
    const added = Object.keys(load_isRecord(data.practices) ? data.practices : {}).filter(id => !builtIn.includes(id));
    return {
        levels: model?.levels,
        categories: model?.categories,
        practices: model === undefined ? undefined : [...builtIn, ...added],
        builtIn
    };
}
/** `levels:`/`categories:` belong to custom models only, and a custom model needs both. */
function modelShapeErrors(data, locate) {
    const errors = [];
    for (const key of ['levels', 'categories']) {
        if (data.model === 'custom' && data[key] === undefined) {
            errors.push({ ...locate(['model']), path: key, message: `model: custom needs a \`${key}:\` list` });
        }
        if (data.model !== 'custom' && data[key] !== undefined) {
            errors.push({
                ...locate([key]),
                path: key,
                message: `only allowed with model: custom (the model's own ${key} apply)`
            });
        }
    }
    return errors;
}
/**
 * `max-waiver-days`: a waiver may not reach further than that from today. Measured from today because a waiver
 * has no start date; the distance only shrinks as days pass, so this never turns a policy invalid overnight.
 * Checked beside the schema, so it is reported with every other error rather than after them.
 */
function waiverLengthErrors(data, locate, today) {
    const max = data['max-waiver-days'];
    if (typeof max !== 'number' || !Array.isArray(data.waivers))
        return [];
    return data.waivers.flatMap((waiver, index) => {
        const expires = load_isRecord(waiver) ? waiver.expires : undefined;
        if (typeof expires !== 'string')
            return [];
        const days = daysBetween(today, expires);
        if (!(days > max))
            return [];
        const path = ['waivers', index, 'expires'];
        return [
            {
                ...locate(path),
                path: formatKeyPath(path),
                message: `the waiver runs ${days} days from today, longer than max-waiver-days (${max}): set an earlier date`,
                value: JSON.stringify(expires)
            }
        ];
    });
}
/**
 * `locked:` entries are key paths (`target`, `practices.unit-tests`) starting with a top-level key a policy
 * can set: a lock on a key that does not exist would lock nothing, silently.
 */
function lockedPathErrors(data, locate) {
    if (!Array.isArray(data.locked))
        return [];
    const lockable = lockableKeys();
    return data.locked.flatMap((entry, index) => {
        const top = typeof entry === 'string' ? entry.split('.')[0] : undefined;
        if (top === undefined || lockable.includes(top))
            return [];
        const path = ['locked', index];
        return [
            {
                ...locate(path),
                path: formatKeyPath(path),
                message: 'a locked key path starts with a top-level key of the policy',
                value: JSON.stringify(entry),
                allowed: [...lockable]
            }
        ];
    });
}
/** Keys a base may lock; `extends`, `locked`, `$schema` and `version` say how the policy is written, not the bar. */
function lockableKeys() {
    return Object.keys(buildPolicySchema({ builtIn: [] }).shape).filter(key => !['extends', 'locked', '$schema', 'version'].includes(key));
}
function issueErrors(issue, context) {
    const { source, data, schema } = context;
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeysAt(schema, path, data);
        return issue.keys.map(key => {
            const hint = suggest(key, allowed);
            return {
                ...source.keyAt(path, key),
                path: formatKeyPath([...path, key]),
                message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
                allowed
            };
        });
    }
    const misspelt = misspeltPractice(issue, context);
    if (misspelt)
        return [misspelt];
    const value = source.node(path);
    const missing = value === undefined && !source.has(path);
    const base = { ...source.at(path), path: formatKeyPath(path) };
    if (missing)
        return [{ ...base, message: `required key '${String(path.at(-1))}' is missing`, ...allowedOf(issue) }];
    return [{ ...base, message: issueMessage(issue, value), value: show(value), ...allowedOf(issue) }];
}
/** The other built-in model a practice id belongs to (an mlops practice in a cdmm policy), if any. */
function otherModelOf(id, modelId) {
    if (modelId === undefined || modelId === 'custom')
        return undefined;
    return Object.values(builtInModels).find(m => m.id !== modelId && m.practices.some(p => p.id === id))?.id;
}
/**
 * `practices.unit-test:` without `check:` reads as a new practice missing its check, but it is almost always a
 * misspelt built-in one whose options would otherwise silently not apply: say so, at the key.
 */
function misspeltPractice(issue, context) {
    const [section, id, key] = issue.path;
    if (section !== 'practices' ||
        typeof id !== 'string' ||
        key !== 'check' ||
        context.source.has(issue.path)) {
        return undefined;
    }
    const owner = otherModelOf(id, context.modelId);
    if (owner !== undefined) {
        return {
            ...context.source.keyAt(['practices'], id),
            path: formatKeyPath(['practices', id]),
            message: `'${id}' is a practice of the ${owner} model, not of ${context.modelId}; use \`model: ${owner}\`, or give a practice of your own \`check:\`, \`level:\` and \`category:\``,
            allowed: [...context.builtIn]
        };
    }
    const hint = suggest(id, context.builtIn);
    if (hint === undefined)
        return undefined;
    return {
        ...context.source.keyAt(['practices'], id),
        path: formatKeyPath(['practices', id]),
        message: `unknown practice '${id}' (did you mean '${hint}'?); a practice of your own needs \`check:\`, \`level:\` and \`category:\``,
        allowed: [...context.builtIn]
    };
}
function issueMessage(issue, value) {
    switch (issue.code) {
        case 'invalid_value': {
            const written = (0,dist/* isScalar */.jn)(value) ? value.value : value;
            const hint = typeof written === 'string' ? suggest(written, issue.values.map(String)) : undefined;
            return `value not allowed${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`;
        }
        case 'invalid_union':
            return 'no generic check by that name';
        case 'invalid_type':
            return `expected ${issue.expected}`;
        default:
            return issue.message;
    }
}
function allowedOf(issue) {
    if (issue.code === 'invalid_value')
        return { allowed: issue.values.map(String) };
    if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
        return { allowed: issue.options.map(String) };
    }
    return {};
}
function show(value) {
    const text = (0,dist/* isScalar */.jn)(value) ? JSON.stringify(value.value) : JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** The start of the node at path, or of its nearest existing ancestor (a missing key points at its parent). */
function offsetOf(doc, path) {
    for (let length = path.length; length >= 0; length--) {
        const node = doc.getIn(path.slice(0, length), true);
        if (node?.range)
            return node.range[0];
    }
    return 0;
}
/**
 * Each map's keys (as text: `42:` is the key '42' to the schema) to their offsets, built once per map, so
 * positioning thousands of unknown keys stays linear.
 */
const keyIndexes = new WeakMap();
function keyIndex(map) {
    let index = keyIndexes.get(map);
    if (index === undefined) {
        index = new Map();
        for (const item of map.items) {
            const keyNode = (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) ? item.key : undefined;
            if (keyNode?.range && !index.has(String(keyNode.value)))
                index.set(String(keyNode.value), keyNode.range[0]);
        }
        keyIndexes.set(map, index);
    }
    return index;
}
function load_stringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
function load_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/load-policy-chain.ts



/** A chain deeper than this is a mistake (or a cycle through renamed refs); an org needs two or three. */
const MAX_EXTENDS_DEPTH = 5;
/**
 * Loads a policy and every base its `extends:` names (and theirs), then merges and validates them as one
 * (docs/policy.md#extends-a-shared-policy). Pure: `read` does the reading. Every error names its file and
 * the chain of `extends:` entries that led there; cycles and chains deeper than MAX_EXTENDS_DEPTH are errors
 * at the entry that closes or deepens them.
 */
async function loadPolicyChain(text, file, read, options) {
    const collected = { layers: [], errors: [], notes: [] };
    await collect({ text, file, self: undefined, via: [], seen: [`local:${file}`] }, read, collected);
    const { layers, errors, notes } = collected;
    if (errors.length > 0)
        return { ok: false, errors, notes };
    return { ...validatePolicyLayers(layers, options), notes };
}
async function collect(visit, read, into) {
    const parsed = parsePolicyLayer(visit.text, visit.file, visit.via);
    if (!parsed.ok) {
        into.errors.push(...parsed.errors);
        return;
    }
    const { layer } = parsed;
    const from = into.layers.length;
    for (const entry of extendsEntries(layer, into.errors)) {
        const link = { file: visit.file, line: entry.location.line };
        const problem = (message, value, allowed) => {
            into.errors.push({ ...entry.location, path: entry.path, message, value, allowed });
        };
        const ref = parseExtendsRef(entry.text, visit.self);
        if (!ref.ok) {
            problem(ref.message, JSON.stringify(entry.text), EXTENDS_FORMS);
            continue;
        }
        const key = extendsKey(ref.ref);
        const name = extendsName(ref.ref);
        if (visit.seen.includes(key)) {
            problem(`extends cycle: ${[...visit.seen, key].map(nameOfKey).join(' \u2192 ')}`);
            continue;
        }
        if (visit.via.length + 1 > MAX_EXTENDS_DEPTH) {
            problem(`extends is nested more than ${MAX_EXTENDS_DEPTH} files deep; flatten the chain`);
            continue;
        }
        const base = await read(ref.ref);
        if (!base.ok) {
            problem(`cannot read the base ${name}: ${base.reason}`);
            continue;
        }
        if (base.note !== undefined) {
            const { file, line, column } = entry.location;
            into.notes.push({ message: base.note, location: { file, line, column } });
        }
        const next = {
            text: base.text,
            file: name,
            self: ref.ref,
            via: [link, ...visit.via],
            seen: [...visit.seen, key]
        };
        await collect(next, read, into);
    }
    into.layers.push({ ...layer, from });
}
/** `local:path` / `github:owner/repo:path@ref` back to how a person writes it. */
function nameOfKey(key) {
    return key.startsWith('local:') ? key.slice('local:'.length) : `github>${key.slice('github:'.length)}`;
}
/** `extends:` as a list of strings, each with its position; anything else is an error of its own. */
function extendsEntries(layer, errors) {
    const node = layer.doc.get('extends', true);
    if (node === undefined)
        return [];
    const where = (target) => {
        const { line, col } = layer.lineCounter.linePos(target?.range?.[0] ?? 0);
        return { file: layer.file, line, column: col };
    };
    const chain = layer.via.length > 0 ? { extendedBy: [...layer.via] } : {};
    if (!(0,dist/* isSeq */.oP)(node)) {
        errors.push({
            ...where(node),
            ...chain,
            path: 'extends',
            message: `expected a list of ${EXTENDS_FORMS.join(' or ')}`
        });
        return [];
    }
    return node.items.flatMap((item, index) => {
        const value = item.value;
        const bare = where(item);
        const path = `extends[${index}]`;
        if (typeof value !== 'string') {
            errors.push({ ...bare, ...chain, path, message: 'expected a string', allowed: EXTENDS_FORMS });
            return [];
        }
        return [{ text: value, path, location: { ...bare, ...chain } }];
    });
}

;// CONCATENATED MODULE: ./src/evaluate/policy-trust.ts


/**
 * Policy trust (design \u00a72.2): every way the head policy of a change differs from the base commit's, as a
 * weakening (the bar goes down: severity error, the caller downgrades it under `allow-policy-changes`) or a
 * strengthening (a notice), at the changed line of the head policy. Pure.
 *
 * What counts as weaker:
 * - target / a category target lowered or removed; a practice disabled, moved up a level or removed; mode
 *   enforce \u2192 advise; strict true \u2192 false; regression fail \u2192 warn \u2192 off; a new or extended waiver or
 *   attestation (both let a practice count as pass without evidence); `max-waiver-days` raised or removed;
 * - a threshold loosened in practice options, judged generically by key name: a numeric option named `min` or
 *   `min-*` is a floor (lowering it loosens), one named `max` or `max-*` a ceiling (raising it loosens) \u2014 this
 *   covers `min-tests`, coverage `min`, and the metric rules' `min`, `max`, `max-drop`, `max-rise`; relative
 *   bounds (`'2%'`) compare with relative bounds only. `new-metric: allow` appearing loosens;
 * - any other change of what the gate reads \u2014 a practice's check, category, job/report globs, a metric's
 *   direction, a command, an environment pattern \u2014 can lower the bar in ways no rule can order (a production
 *   regex that matches fewer names exempts those deploys; `jobs: ['*']` makes any job acceptance tests), so it
 *   is a weakening too, saying that it cannot be ordered. A person approves it with `allow-policy-changes`.
 * When the model (or a custom model's levels) changes, levels cannot be compared: that is one weakening and
 * level comparisons are skipped.
 */
function comparePolicies(base, head) {
    return keyedPolicyChanges(base, head).map(keyed => keyed.change);
}
/** comparePolicies, keeping each change's key path. */
function keyedPolicyChanges(base, head) {
    const changes = new Changes(head);
    const sameModel = base.model.id === head.model.id;
    const sameLevels = sameModel && sameList(base.model.levels, head.model.levels);
    if (!sameModel) {
        changes.weakened(['model'], `model changed from ${base.model.id} to ${head.model.id}: levels cannot be compared`);
    }
    else if (!sameLevels) {
        changes.weakened(['levels'], `levels changed from [${base.model.levels.join(', ')}] to [${head.model.levels.join(', ')}]: levels cannot be compared`);
    }
    if (sameLevels) {
        const rank = (level) => (level === undefined ? -1 : head.model.levels.indexOf(level));
        compareTargets(base, head, rank, changes);
    }
    compareSettings(base, head, changes);
    if (sameModel)
        comparePractices(base, head, sameLevels, changes);
    compareExpiring('waivers', 'waiver', base.policy.waivers, head.policy.waivers, changes);
    compareExpiring('attestations', 'attestation', base.policy.attestations, head.policy.attestations, changes);
    return changes.sorted();
}
/** Collects changes located in the head policy. */
class Changes {
    head;
    list = [];
    constructor(head) {
        this.head = head;
    }
    weakened(path, message) {
        const change = { kind: 'weakened', severity: 'error', message, location: this.head.locate(path) };
        this.list.push({ path, change });
    }
    strengthened(path, message) {
        const change = {
            kind: 'strengthened',
            severity: 'notice',
            message,
            location: this.head.locate(path)
        };
        this.list.push({ path, change });
    }
    /** Either, by the sign of `direction` (negative: weaker); nothing when zero. */
    ordered(path, direction, message) {
        if (direction < 0)
            this.weakened(path, message);
        if (direction > 0)
            this.strengthened(path, message);
    }
    sorted() {
        return [...this.list].sort(({ change: a }, { change: b }) => a.location.line - b.location.line ||
            a.location.column - b.location.column ||
            a.message.localeCompare(b.message));
    }
}
function compareTargets(base, head, rank, changes) {
    const { target: from } = base.policy;
    const { target: to } = head.policy;
    changes.ordered(['target'], rank(to) - rank(from), `target ${verb(rank(to) - rank(from))} from ${from} to ${to}`);
    const before = (base.policy.targets ?? {});
    const after = (head.policy.targets ?? {});
    for (const category of union(Object.keys(before), Object.keys(after))) {
        const path = ['targets', category];
        const [was, now] = [before[category], after[category]];
        if (now === undefined)
            changes.weakened(path, `category target ${category} removed (was ${was})`);
        else if (was === undefined)
            changes.strengthened(path, `category target ${category} added at ${now}`);
        else {
            const direction = rank(now) - rank(was);
            changes.ordered(path, direction, `category target ${category} ${verb(direction)} from ${was} to ${now}`);
        }
    }
}
/** Settings whose values are ordered from weakest to strongest. */
const ORDERED_SETTINGS = {
    mode: ['advise', 'enforce'],
    strict: [false, true],
    regression: ['off', 'warn', 'fail']
};
function compareSettings(base, head, changes) {
    for (const [key, order] of Object.entries(ORDERED_SETTINGS)) {
        const setting = key;
        const [was, now] = [base.policy[setting], head.policy[setting]];
        const direction = order.indexOf(now) - order.indexOf(was);
        changes.ordered([setting], direction, `${setting} changed from ${String(was)} to ${String(now)}`);
    }
    compareMaxWaiverDays(base.policy['max-waiver-days'], head.policy['max-waiver-days'], changes);
    compareDora(base.policy.dora, head.policy.dora, changes);
    compareReview(base, head, changes);
    for (const kind of ['production', 'preproduction']) {
        const [was, now] = [base.policy.environments[kind], head.policy.environments[kind]];
        if (was === now)
            continue;
        changes.weakened(['environments', kind], `environments.${kind} changed from /${was}/ to /${now}/: it decides which deploys count as ${kind}, ` +
            `and names it no longer matches escape the practices that guard ${kind}`);
    }
}
/** DORA thresholds gate too: one removed or loosened, or `breach` fail \u2192 warn, weakens the policy. */
function compareDora(base, head, changes) {
    const direction = Number(head.breach === 'fail') - Number(base.breach === 'fail');
    changes.ordered(['dora', 'breach'], direction, `dora.breach changed from ${base.breach} to ${head.breach}`);
    const metrics = new Set([...Object.keys(base.thresholds), ...Object.keys(head.thresholds)]);
    for (const metric of [...metrics]) {
        const [was, now] = [base.thresholds[metric], head.thresholds[metric]];
        const path = ['dora', 'thresholds', metric];
        if (now === undefined)
            changes.weakened(path, `DORA threshold ${metric} removed (was ${policy_trust_show(was)})`);
        else if (was === undefined)
            changes.strengthened(path, `DORA threshold ${metric} added: ${policy_trust_show(now)}`);
        else {
            const bound = 'min' in now ? 'min' : 'max';
            const before = 'min' in was ? was.min : was.max;
            const after = 'min' in now ? now.min : now.max;
            compareThreshold([...path, bound], bound, before, after, changes);
        }
    }
}
/**
 * Who may approve a weakening (`policy-changes`) and which keys extending policies may not lower (`locked`)
 * guard the bar itself: any change of the first, and a lock removed, is a weakening; a lock added strengthens.
 */
function compareReview(base, head, changes) {
    const [was, now] = [base.policy['policy-changes'], head.policy['policy-changes']];
    if (!sameValue(was, now)) {
        changes.weakened(['policy-changes'], `policy-changes changed from ${policy_trust_show(was ?? 'none')} to ${policy_trust_show(now ?? 'none')}: it decides who may approve a weakening`);
    }
    const [before, after] = [base.policy.locked ?? [], head.policy.locked ?? []];
    for (const key of before.filter(lock => !after.includes(lock))) {
        changes.weakened(['locked'], `lock on ${key} removed`);
    }
    for (const key of after.filter(lock => !before.includes(lock))) {
        changes.strengthened(['locked'], `lock on ${key} added`);
    }
}
/** A longer limit, or none, lets longer waivers in: a weakening. */
function compareMaxWaiverDays(was, now, changes) {
    if (was === now)
        return;
    const days = (value) => (value === undefined ? 'no limit' : `${value} days`);
    const direction = (was ?? Infinity) - (now ?? Infinity);
    changes.ordered([now === undefined ? 'waivers' : 'max-waiver-days'], Math.sign(direction), `max-waiver-days changed from ${days(was)} to ${days(now)}`);
}
function comparePractices(base, head, sameLevels, changes) {
    const [before, after] = [planPractices(base), planPractices(head)];
    const enabledBefore = new Map(before.practices.map(practice => [practice.id, practice]));
    const enabledAfter = new Map(after.practices.map(practice => [practice.id, practice]));
    const ids = union([...enabledBefore.keys(), ...before.disabled], [...enabledAfter.keys(), ...after.disabled]);
    for (const id of ids) {
        const path = ['practices', id];
        const [was, now] = [enabledBefore.get(id), enabledAfter.get(id)];
        const disabledNow = after.disabled.includes(id);
        if (was && disabledNow)
            changes.weakened([...path, 'enabled'], `practice ${id} disabled`);
        else if (was && !now)
            changes.weakened(path, `practice ${id} removed`);
        else if (!was && now) {
            const how = before.disabled.includes(id) ? 're-enabled' : 'added';
            changes.strengthened(path, `practice ${id} ${how} at level ${now.level}`);
        }
        else if (was && now) {
            const checks = [checkName(base, id), checkName(head, id)];
            comparePractice({ was, now, checks }, head, sameLevels, changes);
        }
    }
}
/** The generic check a policy-defined practice names (`check:`); undefined for a built-in one. */
function checkName(loaded, id) {
    return loaded.policy.practices[id]?.check;
}
function comparePractice({ was, now, checks }, head, sameLevels, changes) {
    const path = ['practices', was.id];
    const levels = head.model.levels;
    if (sameLevels && was.level !== now.level) {
        const direction = levels.indexOf(was.level) - levels.indexOf(now.level);
        const moved = direction < 0 ? 'moved up' : 'moved down';
        changes.ordered([...path, 'level'], direction, `practice ${was.id} ${moved} from ${was.level} to ${now.level}`);
    }
    if (was.category !== now.category) {
        changes.weakened([...path, 'category'], `practice ${was.id} moved from category ${was.category} to ${now.category}: it no longer counts toward ` +
            `${was.category}'s target`);
    }
    if (checks[0] !== checks[1]) {
        changes.weakened([...path, 'check'], `practice ${was.id} check changed from ${checks[0]} to ${checks[1]}`);
    }
    compareOptions(path, was.options, now.options, changes);
}
/** Walks the options of one practice in both policies; see the module comment for how keys are judged. */
function compareOptions(path, was, now, changes) {
    if (sameValue(was, now))
        return;
    const key = String(path.at(-1));
    const where = formatKeyPath(path);
    if (key === 'new-metric') {
        const [allowedBefore, allowedNow] = [was === 'allow', now === 'allow'];
        const message = allowedNow
            ? `${where}: allow (a metric the baseline lacks no longer fails)`
            : `${where}: no longer allow (a metric the baseline lacks fails)`;
        changes.ordered(path, Number(allowedBefore) - Number(allowedNow), message);
    }
    else if (policy_trust_isRecord(was) && policy_trust_isRecord(now)) {
        for (const child of union(Object.keys(was), Object.keys(now))) {
            compareOptions([...path, child], was[child], now[child], changes);
        }
    }
    else if (now === undefined) {
        changes.weakened(path, `${where} removed (was ${policy_trust_show(was)})`);
    }
    else if (was === undefined) {
        if (policy_trust_isRecord(now) ? hasThreshold(now) : isThreshold(key))
            changes.strengthened(path, `${where} added: ${policy_trust_show(now)}`);
        else
            changes.weakened(path, `${where} added: ${policy_trust_show(now)}; ${UNORDERED}`);
    }
    else if (isThreshold(key)) {
        compareThreshold(path, key, was, now, changes);
    }
    else {
        changes.weakened(path, `${where} changed from ${policy_trust_show(was)} to ${policy_trust_show(now)}; ${UNORDERED}`);
    }
}
const UNORDERED = 'this changes what the gate reads and may lower the bar';
function isThreshold(key) {
    return /^(min|max)(-|$)/.test(key);
}
function hasThreshold(value) {
    return Object.entries(value).some(([key, child]) => isThreshold(key) || (policy_trust_isRecord(child) && hasThreshold(child)));
}
function compareThreshold(path, key, was, now, changes) {
    const where = formatKeyPath(path);
    const [from, to] = [boundOf(was), boundOf(now)];
    if (from === undefined || to === undefined || from.relative !== to.relative) {
        changes.weakened(path, `${where} changed from ${policy_trust_show(was)} to ${policy_trust_show(now)}: the bounds cannot be ordered`);
        return;
    }
    const floor = key.startsWith('min');
    const direction = floor ? to.value - from.value : from.value - to.value;
    const moved = to.value < from.value ? 'lowered' : 'raised';
    changes.ordered(path, direction, `${where} ${moved} from ${policy_trust_show(was)} to ${policy_trust_show(now)}`);
}
/** A number, or a relative bound such as `'10%'`. */
function boundOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return { value, relative: false };
    const match = typeof value === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
    return match ? { value: Number(match[1]), relative: true } : undefined;
}
/** Waivers and attestations: keyed by practice, the latest expiry of each counts. */
function compareExpiring(key, noun, before, after, changes) {
    const latest = (items) => {
        const byPractice = new Map();
        items.forEach((item, index) => {
            const known = byPractice.get(item.practice);
            if (!known || item.expires > known.expires)
                byPractice.set(item.practice, { expires: item.expires, index });
        });
        return byPractice;
    };
    const [was, now] = [latest(before), latest(after)];
    for (const practice of union([...was.keys()], [...now.keys()])) {
        const [from, to] = [was.get(practice), now.get(practice)];
        if (!to)
            changes.strengthened([key], `${noun} for ${practice} removed (was until ${from?.expires})`);
        else if (!from)
            changes.weakened([key, to.index], `new ${noun} for ${practice} until ${to.expires}`);
        else if (to.expires !== from.expires) {
            const extended = to.expires > from.expires;
            changes.ordered([key, to.index, 'expires'], extended ? -1 : 1, `${noun} for ${practice} ${extended ? 'extended' : 'shortened'} from ${from.expires} to ${to.expires}`);
        }
    }
}
function verb(direction) {
    return direction < 0 ? 'lowered' : 'raised';
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
function sameList(a, b) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function policy_trust_show(value) {
    const text = typeof value === 'number' ? String(value) : JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function policy_trust_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/evaluate/locked-keys.ts



/**
 * `locked:` (docs/policy.md#locked-keys): a file that extends a base \u2014 directly or further down \u2014 may raise
 * a key the base locks but never lower it. "Lower" is what policy trust calls a weakening, so the locked
 * values are the base's own policy (its file merged with its own bases) and the merged policy is compared
 * with it as a pull request's head is with its base. Each lowering of a locked key is an error at the line
 * that lowered it, naming the file and line that locked it. Pure.
 */
function lockedKeyErrors(loaded, options) {
    const { layers } = loaded;
    return layers.slice(0, -1).flatMap((layer, index) => {
        const locks = lockedPaths(layer);
        if (locks.length === 0)
            return [];
        const own = validatePolicyLayers(layers.slice(layer.from, index + 1), options);
        if (!own.ok) {
            const where = positionInChain([layer], ['locked']);
            const first = own.errors[0];
            const why = first ? `: ${first.file}:${first.line}: ${first.message}` : '';
            const message = `a policy that locks keys must be valid on its own, or its locked values are unknown${why}`;
            return [{ ...where, path: 'locked', message }];
        }
        const weakenings = keyedPolicyChanges(own.loaded, loaded).filter(c => c.change.kind === 'weakened');
        return weakenings.flatMap(weakening => {
            const lock = locks.find(candidate => breaks(weakening, candidate.path));
            if (lock === undefined)
                return [];
            const by = positionInChain([layer], ['locked', lock.index]);
            return [
                {
                    ...positionInChain(layers, weakening.path),
                    path: formatKeyPath(weakening.path),
                    message: `${weakening.change.message}, but ${lock.text} is locked by ${layer.file} line ${by.line}: ` +
                        'a policy extending it may raise a locked value, never lower it'
                }
            ];
        });
    });
}
function lockedPaths(layer) {
    const locked = layer.data.locked;
    if (!Array.isArray(locked))
        return [];
    return locked.flatMap((text, index) => typeof text === 'string' ? [{ text, path: text.split('.'), index }] : []);
}
/**
 * A weakening under the locked path breaks the lock, and so does one above it (the practice holding a locked
 * option removed). Disabling a practice, or moving its level, category or check, changes the practice as a
 * whole. Changing the model or a custom model's levels breaks every lock: no level compares with the locked one.
 */
function breaks({ path }, lock) {
    if (path.length === 1 && (path[0] === 'model' || path[0] === 'levels'))
        return true;
    const whole = path[0] === 'practices' && WHOLE_PRACTICE.has(String(path[2])) ? path.slice(0, 2) : path;
    const shorter = Math.min(whole.length, lock.length);
    return whole.slice(0, shorter).every((key, index) => key === lock[index]);
}
const WHOLE_PRACTICE = new Set(['enabled', 'level', 'category', 'check']);

;// CONCATENATED MODULE: ./src/evaluate/policy-review.ts
/**
 * Folds the review of a policy-weakening change into its findings (docs/policy.md#approving-a-policy-change).
 * Approved, a weakening no longer fails the gate: on the pull request it is a warning, and on the push of
 * the merge commit \u2014 the change is in, and was reviewed \u2014 a notice. Not approved, it stays fatal and says
 * why, so the author knows what approval is missing. Each keeps its message, with how it was (not) approved.
 */
function reviewPolicyChanges(changes, approval, merged) {
    return changes.map(change => {
        if (change.kind !== 'weakened' || change.severity !== 'error')
            return change;
        if (!approval.approved)
            return { ...change, message: `${change.message} (not approved: ${approval.reason})` };
        const severity = merged ? 'notice' : 'warning';
        return { ...change, severity, message: `${change.message} (approved: ${approval.how})` };
    });
}

;// CONCATENATED MODULE: ./src/evidence/codeowners.ts

/** Where GitHub looks for CODEOWNERS, in the order it looks. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/**
 * The owners (`@user`, `@org/team`, e-mail addresses) CODEOWNERS gives `file`: the last matching line wins,
 * as on GitHub, and a matching line without owners leaves the file unowned. Patterns follow GitHub's rules: a
 * leading or inner `/` anchors to the root, otherwise a pattern matches at any depth, and a directory
 * pattern owns everything under it. Pure.
 */
function codeOwnersOf(text, file) {
    let owners = [];
    for (const line of text.split('\n')) {
        const [pattern, ...names] = line
            .replace(/(^|\s)#.*$/, '')
            .trim()
            .split(/\s+/);
        if (pattern === undefined || pattern === '')
            continue;
        if (matches(pattern, file))
            owners = names;
    }
    return owners;
}
function matches(pattern, file) {
    const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
    const bare = pattern.replace(/^\//, '').replace(/\/$/, '');
    const glob = anchored ? bare : `**/${bare}`;
    return picomatch_default()([glob, `${glob}/**`], { dot: true })(file);
}

;// CONCATENATED MODULE: ./src/evidence/policy-approval.ts


/** Reviews beyond this many on one pull request are not read; an approval is rarely past the first hundred. */
const policy_approval_PER_PAGE = 100;
/**
 * Whether a change that weakens the policy was approved the way the policy names (docs/policy.md#approving-a-policy-change):
 * the pull request carries the approve label, or a CODEOWNERS owner of the policy file approved it at its
 * head commit (an approval of an earlier commit does not cover what was pushed after it). Read from the
 * REST API; an answer that cannot be read is "not approved", with the reason, never an approval.
 */
async function readPolicyApproval(client, repository, target, rule) {
    try {
        const pull = await pullRequestOf(client, repository, target);
        if (pull === undefined)
            return { approved: false, reason: 'no merged pull request has this commit' };
        const label = rule.approveLabel;
        if (label !== undefined && pull.labels.some(l => l.name === label)) {
            return { approved: true, how: `label ${label} on #${pull.number}` };
        }
        const reasons = label === undefined ? [] : [`no label ${label} on #${pull.number}`];
        if (rule.codeowners) {
            const byOwner = await ownerApproval(client, repository, pull, rule);
            if (byOwner.approved)
                return byOwner;
            reasons.push(byOwner.reason);
        }
        return { approved: false, reason: reasons.join('; ') };
    }
    catch (error) {
        const { status } = error;
        const permission = 'pull-requests: read';
        return {
            approved: false,
            reason: `the pull request could not be read (${status ?? 'no answer'}: ${(0,github_message/* githubMessage */.h)(error)}; needs ${permission})`
        };
    }
}
async function pullRequestOf(client, { owner, repo }, target) {
    if ('pullRequest' in target) {
        const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner,
            repo,
            pull_number: target.pullRequest
        });
        return response.data;
    }
    const response = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner,
        repo,
        commit_sha: target.mergeCommit
    });
    const pulls = response.data;
    const merged = pulls.filter(pull => pull.merged_at);
    return merged.find(pull => pull.merge_commit_sha === target.mergeCommit) ?? merged[0];
}
async function ownerApproval(client, repository, pull, rule) {
    const owners = rule.codeownersText === undefined ? [] : codeOwnersOf(rule.codeownersText, rule.policyPath);
    if (owners.length === 0) {
        const why = rule.codeownersText === undefined
            ? 'there is no CODEOWNERS file'
            : `CODEOWNERS names no owner of ${rule.policyPath}`;
        return { approved: false, reason: `${why} at the base commit` };
    }
    const approvers = await approversAtHead(client, repository, pull);
    const whose = `${owners.join(' ')}, CODEOWNERS of ${rule.policyPath}`;
    const unread = new Set();
    for (const login of approvers) {
        const owner = await ownerFor(client, login, owners, unread);
        if (owner !== undefined) {
            const as = owner.toLowerCase() === `@${login.toLowerCase()}` ? '' : ` (in ${owner})`;
            return {
                approved: true,
                how: `approved by @${login}${as}, a CODEOWNERS owner of ${rule.policyPath}, on #${pull.number}`
            };
        }
    }
    const teams = unread.size === 0
        ? ''
        : ` (the membership of ${[...unread].join(', ')} could not be read: the token needs members: read, as a GitHub App token can have)`;
    return {
        approved: false,
        reason: `no approving review of the head commit of #${pull.number} by ${whose}${teams}`
    };
}
/** Logins whose latest review approves the pull request's head commit. */
async function approversAtHead(client, { owner, repo }, pull) {
    // Every page: a long-reviewed pull request's approval of its head commit is among its latest reviews.
    const reviews = (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner,
        repo,
        pull_number: pull.number,
        per_page: policy_approval_PER_PAGE
    }));
    const latest = new Map();
    for (const review of reviews) {
        // Comments do not change a reviewer's verdict; the latest approval or change request does.
        if (review.user && review.state !== 'COMMENTED')
            latest.set(review.user.login, review);
    }
    return [...latest.values()]
        .filter(review => review.state === 'APPROVED' && review.commit_id === pull.head.sha)
        .map(review => review.user?.login ?? '');
}
/** The owner entry that covers `login`: `@login` itself, or a team (`@org/team`) the login is an active member of. */
async function ownerFor(client, login, owners, unread) {
    const direct = owners.find(owner => owner.toLowerCase() === `@${login.toLowerCase()}`);
    if (direct !== undefined)
        return direct;
    for (const owner of owners) {
        const team = /^@([^/\s]+)\/(\S+)$/.exec(owner);
        if (!team)
            continue;
        const member = await isTeamMember(client, team[1] ?? '', team[2] ?? '', login);
        if (member === undefined)
            unread.add(owner);
        if (member === true)
            return owner;
    }
    return undefined;
}
/**
 * An active member or not; undefined when the token cannot tell (GITHUB_TOKEN has no `members: read`), which
 * the reason then says. GitHub answers 404 both for "not a member" and for "may not see the team".
 */
async function isTeamMember(client, org, team, login) {
    try {
        const response = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
            org,
            team_slug: team,
            username: login
        });
        return response.data.state === 'active';
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/gate.ts



























// git (@actions/exec) and child processes are imported where they are needed: an offline gate with no base
// and no command practices never loads them, which keeps its start-up near bare Node's (design \u00a710).
/**
 * load policy \u2192 collect evidence \u2192 evaluate \u2192 compare with the base commit \u2192 report. Throws InvalidPolicyError
 * (every policy error at once) when the head policy cannot be used; any other evidence problem becomes part of
 * the report, never a crash.
 */
async function runGate(options) {
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const workspace = collectWorkspace(options.root);
    if (options.policyText === undefined)
        refuseOutsidePolicy(workspace.root, options.policyPath);
    const readRemote = options.api ? onceEach(remoteWorkflowReader(options.api.client)) : undefined;
    const { loaded: head, notes } = await loadOrThrow(options.policyText ?? workspace.read(options.policyPath), { file: options.policyPath, today, why: workspace.whyUnread?.(options.policyPath) }, policyReader({ read: file => Promise.resolve(workspace.read(file)), why: workspace.whyUnread }, readRemote));
    const base = options.baseRef ? await openBase(options, options.baseRef) : undefined;
    if (options.requireBase && base && !base.ok) {
        throw new InputError(`--base names no commit this repository can read: ${base.reason}`, options.baseRef ?? '');
    }
    const basePolicy = base?.ok
        ? await loadQuietly(base.workspace.read(options.policyPath), { file: options.policyPath, today }, policyReader({ read: file => base.readFile(file) }, readRemote))
        : undefined;
    const review = policyReview(options, basePolicy, base);
    // An approved weakening is the policy in force from now on: the pull request is judged by it.
    const policyChanges = basePolicy ? comparePolicies(basePolicy, head) : [];
    const weakens = hasWeakening(policyChanges);
    const useBase = options.policySource === 'base' && basePolicy && !(weakens && (await review())?.approval.approved);
    const enforcedSource = useBase ? 'base' : 'head';
    const enforced = enforcedSource === 'base' && basePolicy ? basePolicy : head;
    const plan = planPractices(enforced);
    const atRef = otherCommits(options.root, base);
    const headEvidence = await collectEvidence(workspace, plan, today, {
        api: options.api,
        checkout: true,
        atRef,
        readRemote
    });
    const evaluation = { loaded: enforced, plan, mode: options.mode, policySource: enforcedSource };
    const evaluated = withChainNotes(await evaluate({ ...evaluation, evidence: headEvidence }), notes);
    const report = await withDoraChecks(evaluated, enforced, headEvidence, options.api);
    const unreadBase = options.policySource === 'base' ? unreadBasePolicy(options, base, basePolicy) : [];
    const fail = (comparison) => conclude(report, {
        comparison,
        policyChanges: options.allowPolicyChanges ? unreadBase.map(allowed) : unreadBase
    });
    if (base === undefined)
        return fail({ status: 'none', reason: 'no base commit given' });
    if (!base.ok)
        return fail({ status: 'unknown', reason: base.reason });
    const baseEvidence = await collectEvidence(base.workspace, plan, today, {
        checkout: false,
        atRef: unavailable,
        readRemote
    });
    const baseReport = await evaluate({ ...evaluation, evidence: baseEvidence });
    // The base is judged on definitions only; so is the head here, or a job failing in this run would also
    // count as a regression of the practice (it is already a failure of its own).
    const headDefinition = headEvidence.run
        ? await evaluate({ ...evaluation, evidence: { ...headEvidence, run: undefined } })
        : report;
    const setting = enforced.policy.regression;
    const regressions = [
        ...findRegressions(baseReport.findings, headDefinition.findings, setting),
        ...compareLevels(baseReport, headDefinition, setting)
    ];
    const changes = await approvedChanges([...unreadBase, ...policyChanges, ...findGateTampering(baseEvidence.workflows, headEvidence.workflows)], review);
    return conclude(report, {
        regressions,
        policyChanges: options.allowPolicyChanges ? changes.map(allowed) : changes,
        comparison: {
            status: 'compared',
            sha: base.sha,
            reason: basePolicy ? '' : 'the base commit has no valid policy'
        }
    });
}
/**
 * The approval the base commit's `policy-changes:` asks for \u2014 the rules in force before the change, with
 * CODEOWNERS as it was then, so a pull request cannot name its own approvers \u2014 read from the API once, and
 * only when asked (when something would otherwise fail).
 */
function policyReview(options, basePolicy, base) {
    const rule = basePolicy?.policy['policy-changes'];
    const { api, policyReview: target } = options;
    if (!rule || !api || !target || !base?.ok)
        return () => Promise.resolve(undefined);
    const read = async () => {
        const texts = await Promise.all(CODEOWNERS_PATHS.map(file => base.readFile(file)));
        return readPolicyApproval(api.client, api.context, target, {
            approveLabel: rule['approve-label'],
            codeowners: rule.codeowners,
            policyPath: options.policyPath,
            codeownersText: texts.find(text => text !== undefined)
        });
    };
    let answer;
    return async () => ({ approval: await (answer ??= read()), merged: 'mergeCommit' in target });
}
function hasWeakening(changes) {
    return changes.some(change => change.kind === 'weakened' && change.severity === 'error');
}
/** Weakenings approved as the policy says become a warning (pull request) or a notice (the merge's push). */
async function approvedChanges(changes, review) {
    const reviewed = hasWeakening(changes) ? await review() : undefined;
    return reviewed ? reviewPolicyChanges(changes, reviewed.approval, reviewed.merged) : changes;
}
/**
 * A pull request is held to its base commit's policy (design \u00a72.2). When that policy cannot be read \u2014 no base
 * sha in the event, the commit unreachable, the file broken \u2014 the head policy is evaluated, but saying so is a
 * blocking change: otherwise removing the token or breaking the base read would let a pull request lower its
 * own bar in silence. A base commit with no policy file is a first adoption, shown as a notice.
 */
function unreadBasePolicy(options, base, basePolicy) {
    if (basePolicy)
        return [];
    const location = { file: options.policyPath, line: 1, column: 1 };
    if (base?.ok && base.workspace.read(options.policyPath) === undefined) {
        const message = `the base commit has no ${options.policyPath}: this pull request adopts the policy, which is enforced as written`;
        return [{ kind: 'strengthened', severity: 'notice', message, location }];
    }
    const why = base === undefined
        ? 'no base commit is known for this event'
        : base.ok
            ? 'it is not a valid policy'
            : base.reason;
    const message = `the base commit's policy could not be read (${why}), so the pull request's own policy was enforced; a pull request must not set its own bar`;
    return [{ kind: 'weakened', severity: 'error', message, location }];
}
/**
 * The base commit through git (fetched with depth 1 when the clone is shallow), else \u2014 in the action, for a
 * commit sha \u2014 through the REST API. When neither can read it, the reasons of both are kept.
 */
async function openBase(options, ref) {
    const viaGit = await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2637))).openBaseCommit(options.root, ref, {
        policyPath: options.policyPath
    });
    if (viaGit.ok || options.api === undefined || !(0,commit_sha/* isCommitSha */._)(ref))
        return viaGit;
    const { openBaseViaApi } = await __webpack_require__.e(/* import() */ 415).then(__webpack_require__.bind(__webpack_require__, 3415));
    const { owner, repo } = options.api.context;
    const viaApi = await openBaseViaApi(options.api.client, {
        root: options.root,
        owner,
        repo,
        sha: ref,
        policyPath: options.policyPath
    });
    return viaApi.ok ? viaApi : { ok: false, reason: `${viaGit.reason}; ${viaApi.reason}` };
}
/**
 * The policy is part of what a pull request is judged by, so it must be a file of the repository: one read
 * from elsewhere (`..`, an absolute path, a symlink out) would not be versioned with the code it judges.
 */
function refuseOutsidePolicy(root, policyPath) {
    const real = outsideRoot(root, policyPath);
    if (real === undefined)
        return;
    const how = real === external_node_path_default().resolve(root, policyPath) ? 'resolves to' : 'is a symlink to';
    throw new InvalidPolicyError([
        {
            file: policyPath,
            line: 1,
            column: 1,
            path: '',
            message: `the policy file ${how} ${real}, outside the repository ${root}; the policy must be a file of the repository it judges \u2014 to share one policy across repositories, extend it: \`extends: [github>OWNER/REPO:PATH@REF]\` (docs/policy.md#extends-a-shared-policy)`
        }
    ]);
}
/** The policy merged with its `extends:` chain, locks checked; InvalidPolicyError with every error otherwise. */
async function loadOrThrow(text, { file, today, why }, read) {
    if (text === undefined) {
        const message = why === undefined || why === 'not found'
            ? 'policy file not found; create it \u2014 see docs/policy.md'
            : `policy file cannot be read: ${why}`;
        throw new InvalidPolicyError([{ file, line: 1, column: 1, path: '', message }]);
    }
    const result = await loadPolicyChain(text, file, read, { today });
    if (!result.ok)
        throw new InvalidPolicyError(result.errors);
    const locked = lockedKeyErrors(result.loaded, { today });
    if (locked.length > 0)
        throw new InvalidPolicyError(locked);
    return { loaded: result.loaded, notes: result.notes };
}
/** The base commit's policy, when it has a valid one (a new or broken policy at base is simply not enforced). */
async function loadQuietly(text, file, read) {
    if (text === undefined)
        return undefined;
    try {
        return (await loadOrThrow(text, file, read)).loaded;
    }
    catch (error) {
        if (error instanceof InvalidPolicyError)
            return undefined;
        throw error;
    }
}
/**
 * Reads the bases a policy `extends:` (docs/policy.md#extends-a-shared-policy): `./PATH` from the commit's
 * workspace, `github>` through the contents API with the gate's token. A remote base that cannot be read
 * (offline, refused) falls back to its copy under `.maturity/cache/`, said in a note; without one it is an
 * error naming its URL and where a copy would go.
 */
function policyReader(commit, readRemote) {
    return async (ref) => {
        if (ref.kind === 'local') {
            const text = await commit.read(ref.path);
            if (text !== undefined)
                return { ok: true, text };
            return {
                ok: false,
                reason: `${ref.path} ${commit.why?.(ref.path) ?? 'not found'} in the repository`
            };
        }
        const remote = readRemote
            ? await readRemote(ref)
            : { ok: false, reason: 'no GitHub token (offline)' };
        if (remote.ok)
            return remote;
        const cache = extendsCachePath(ref);
        const cached = await commit.read(cache);
        if (cached !== undefined) {
            const note = `${extendsName(ref)} could not be read (${remote.reason}); the cached copy ${cache} was used`;
            return { ok: true, text: cached, note };
        }
        return {
            ok: false,
            reason: `${remote.reason}; ${extendsUrl(ref)} \u2014 to run without it, keep a copy at ${cache}`
        };
    };
}
/**
 * Each remote file read once per gate run: the head and the base commit name the same bases and reusable
 * workflows, and every read counts against the token's quota.
 */
function onceEach(read) {
    const reads = new Map();
    return ref => {
        const key = JSON.stringify([ref.owner.toLowerCase(), ref.repo.toLowerCase(), ref.path, ref.ref]);
        let answer = reads.get(key);
        if (answer === undefined) {
            answer = read(ref);
            reads.set(key, answer);
        }
        return answer;
    };
}
/** A base read from its cached copy is said in the report, at the `extends:` entry that named it. */
function withChainNotes(report, notes) {
    if (notes.length === 0)
        return report;
    const said = notes.map(note => ({ ...note, title: 'maturity-gate: policy base from cache' }));
    return { ...report, warnings: [...said, ...report.warnings] };
}
/** Files of other commits for the checkout's evidence: `base` from the opened base commit, else by git ref. */
function otherCommits(root, base) {
    return async (ref, file) => {
        if (ref !== 'base')
            return (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2637))).readFileAtRef(root, ref, file);
        if (base === undefined)
            return { found: false, reason: 'no base commit: give --base, or run on a pull request or push' };
        if (!base.ok)
            return { found: false, reason: base.reason };
        const text = await base.readFile(file);
        return text === undefined ? { found: false } : { found: true, text };
    };
}
/**
 * With `dora.thresholds` in the policy: DORA's metrics over the window ending now \u2014 from Deployments, else
 * the runs of the production deploy jobs of this evidence \u2014 and each threshold's verdict. Offline every value
 * is unknown, which breaks no threshold.
 */
async function withDoraChecks(report, loaded, evidence, api) {
    const { policy } = loaded;
    if (Object.keys(policy.dora.thresholds).length === 0)
        return report;
    const window = { until: new Date(), days: policy.dora['window-days'] };
    // The deploy readers are loaded only for a policy with thresholds: most gate runs never measure DORA.
    const history = api
        ? await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8671))).deployHistoryFor(api, policy.environments, productionDeployJobs(evidence, policy.environments), window)
        : offlineDeployHistory(window);
    const metrics = dora(history);
    return { ...report, dora: { metrics, checks: doraChecks(metrics, loaded) } };
}
/** A base commit's evidence reads no third commit. */
const unavailable = () => Promise.resolve({ found: false, reason: 'not read from a base commit' });
/** With `allow-policy-changes`, a weakening is shown, not fatal. */
function allowed(change) {
    return change.severity === 'error' ? { ...change, severity: 'warning' } : change;
}
/** Everything the checks read about one commit. */
async function collectEvidence(workspace, plan, today, options) {
    const { workflows, problems } = await collectWorkflows(workspace, { readRemote: options.readRemote });
    const online = options.api ? await collectApiEvidence(options.api, workflows) : { gaps: [] };
    return {
        workspace,
        workflows,
        workflowProblems: problems,
        offline: options.api === undefined,
        today,
        reports: options.checkout ? workspaceReports(workspace) : noReports,
        ...online,
        atRef: options.atRef,
        commands: options.checkout ? await runCommands(plan, workspace) : new Map()
    };
}
/** Runs the policy's `command` practices one after another (they may share the checkout's state). */
async function runCommands(plan, workspace) {
    const results = new Map();
    const commands = plan.practices.filter(practice => practice.check === commandCheck);
    if (commands.length === 0)
        return results;
    const { runCommand } = await __webpack_require__.e(/* import() */ 580).then(__webpack_require__.bind(__webpack_require__, 8580));
    for (const practice of commands) {
        const { command, timeout } = practice.options;
        results.set(practice.id, await runCommand(command, workspace.root, timeout));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/evidence/store-text.ts

const CONTENT = schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), encoding: schemas/* string */.YjP(), content: schemas/* string */.YjP() });
const BLOB = schemas/* object */.Ikc({ content: schemas/* string */.YjP(), encoding: schemas/* string */.YjP() });
/**
 * The store file's text at `ref` through the contents API (one request), and through its blob when the file is
 * over the contents API's 1 MB (one more). Throws the API's error: a 404 is a branch or file not there yet.
 */
async function storeText(client, store, ref) {
    const params = { owner: store.owner, repo: store.repo };
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...params,
        path: store.path,
        ref
    });
    const file = CONTENT.parse(response.data);
    if (file.encoding === 'base64')
        return Buffer.from(file.content, 'base64').toString('utf8');
    const blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        ...params,
        file_sha: file.sha
    });
    const data = BLOB.parse(blob.data);
    return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
}

;// CONCATENATED MODULE: ./src/evidence/append-history-record.ts



/** Concurrent writers each retry after losing the race; five rounds cover a burst of runs on one push. */
const MAX_APPEND_ATTEMPTS = 5;
const REF = schemas/* object */.Ikc({ object: schemas/* object */.Ikc({ sha: schemas/* string */.YjP() }) });
const SHA = schemas/* object */.Ikc({ sha: schemas/* string */.YjP() });
const COMMIT = schemas/* object */.Ikc({ tree: schemas/* object */.Ikc({ sha: schemas/* string */.YjP() }) });
class LostRace extends Error {
}
/**
 * Appends one line to the store through the Git data API (blob \u2192 tree \u2192 commit \u2192 ref), so nothing is checked
 * out and the default branch is untouched. The ref moves only by fast-forward: when another run moved it in
 * the meantime, the update is refused (422) and the append starts again from the new tip, at most
 * MAX_APPEND_ATTEMPTS times, so no run's record is lost. Writing needs `permissions: contents: write`; a
 * token without it gets a reason saying so. Never throws for API failures.
 */
async function appendHistoryRecord(client, store, line, message) {
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
        try {
            const written = await appendOnce(client, store, line, message);
            return { ok: true, attempts: attempt, ...written };
        }
        catch (error) {
            if (error instanceof LostRace)
                continue;
            return { ok: false, reason: failure(store, error) };
        }
    }
    return {
        ok: false,
        reason: `${store.branch} kept moving: ${MAX_APPEND_ATTEMPTS} attempts to append were each overtaken by another run`
    };
}
async function appendOnce(client, store, line, message) {
    const repo = { owner: store.owner, repo: store.repo };
    const tip = await branchTip(client, store);
    const before = tip === undefined ? '' : await existingText(client, store, tip);
    const separator = before === '' || before.endsWith('\n') ? '' : '\n';
    const text = `${before}${separator}${line}\n`;
    const blob = SHA.parse((await client.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...repo,
        content: text,
        encoding: 'utf-8'
    })).data);
    const baseTree = tip === undefined
        ? undefined
        : COMMIT.parse((await client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
            ...repo,
            commit_sha: tip
        })).data).tree.sha;
    const tree = SHA.parse((await client.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        ...(baseTree === undefined ? {} : { base_tree: baseTree }),
        tree: [{ path: store.path, mode: '100644', type: 'blob', sha: blob.sha }]
    })).data);
    const commit = SHA.parse((await client.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message,
        tree: tree.sha,
        parents: tip === undefined ? [] : [tip]
    })).data);
    await moveBranch(client, store, commit.sha, tip);
    return { commit: commit.sha, text };
}
/** The data branch's tip, or undefined when the branch does not exist yet. */
async function branchTip(client, store) {
    try {
        const response = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner: store.owner,
            repo: store.repo,
            ref: `heads/${store.branch}`
        });
        return REF.parse(response.data).object.sha;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
async function existingText(client, store, tip) {
    try {
        return await storeText(client, store, tip);
    }
    catch (error) {
        if (error.status === 404)
            return '';
        throw error;
    }
}
/** Fast-forward only; a refusal means another run moved (or created) the branch first. */
async function moveBranch(client, store, sha, tip) {
    const repo = { owner: store.owner, repo: store.repo };
    try {
        if (tip === undefined) {
            await client.request('POST /repos/{owner}/{repo}/git/refs', {
                ...repo,
                ref: `refs/heads/${store.branch}`,
                sha
            });
        }
        else {
            await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                ...repo,
                ref: `heads/${store.branch}`,
                sha,
                force: false
            });
        }
    }
    catch (error) {
        const { status } = error;
        // GitHub's words for "someone else moved or created the branch first"; any other 422 is a real error.
        if (status === 422 && /fast forward|already exists/i.test((0,github_message/* githubMessage */.h)(error)))
            throw new LostRace();
        throw error;
    }
}
function failure(store, error) {
    const { status } = error;
    const said = (0,github_message/* githubMessage */.h)(error);
    if (status === 403 || status === 404) {
        return `cannot write ${store.branch}:${store.path}: ${status} ${said}: writing the history needs \`permissions: contents: write\` for the gate's job`;
    }
    return `cannot write ${store.branch}:${store.path}: ${status === undefined ? '' : `${status} `}${said}`;
}

;// CONCATENATED MODULE: ./src/evidence/read-history-store.ts


/** The store at the tip of its data branch through the API; a branch or file not there yet is an empty store. */
async function readHistoryStore(client, store) {
    const via = `${store.branch}:${store.path} through the API`;
    try {
        return { ok: true, text: await storeText(client, store, store.branch), via };
    }
    catch (error) {
        const { status } = error;
        if (status === 404)
            return { ok: true, text: '', via };
        const hint = status === 403 ? ' (the token needs `permissions: contents: read`)' : '';
        const answer = status === undefined ? (0,github_message/* githubMessage */.h)(error) : `${status} ${(0,github_message/* githubMessage */.h)(error)}`;
        return { ok: false, reason: `cannot read ${store.branch}:${store.path}: ${answer}${hint}` };
    }
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping of user-controlled text (job and step names, metric keys, file names, messages read from reports)
 * for every place a renderer puts it: Markdown, HTML, Mermaid labels, workflow commands and terminals.
 * Each function is total: any string in, a string out that cannot change the structure around it.
 */

const ELLIPSIS = '\u2026';
/** Shortens `text` to at most `max` code points (ellipsis included), never splitting a surrogate pair. */
function escape_truncate(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return points.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS;
}
/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, cut on a code point boundary. */
function truncateBytes(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    let bytes = 0;
    let end = 0;
    for (const point of text) {
        const size = Buffer.byteLength(point, 'utf8');
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += point.length;
    }
    return text.slice(0, end);
}

/**
 * Inline Markdown text, also safe in a GFM table cell: every character that gives inline Markdown, GFM or
 * GitHub's math a meaning (emphasis, links, images, code, tables, strikethrough, `$` math) is backslash-escaped,
 * HTML's specials become entities and `@` cannot ping anyone. Block markers (`#`, `-`, `1.`, `=`) are
 * escaped only at the start, where they could open a heading or a list; `(` needs nothing once `]` cannot
 * close a link text.
 */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]!|~$]/g, '\\$&')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2')
        .replace(/[&<>]/g, htmlEntity)
        .replace(/@/g, '@&#8203;')
        .replace(AUTOLINK, '$1&#8203;');
}
/**
 * GFM's autolink extension links a bare `https://\u2026` or `www.\u2026` even after escaping: a zero-width space inside
 * the scheme's `//` or after `www` keeps the text visible and unlinked.
 */
const AUTOLINK = /(:\/|\bwww)(?=[/.])/gi;
/**
 * A message written by a check, whose backtick pairs mark names as code: each pair becomes a code span and the
 * rest is escaped. An unpaired backtick stays literal text, so any input still renders as what it says.
 */
function inlineMarkdown(text, context = 'inline') {
    const parts = oneLine(text).split('`');
    const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}\`${parts.at(-1)}`];
    return paired
        .map((part, index) => index % 2 === 0 ? escapeMarkdown(part) : part === '' ? '\\`\\`' : codeSpan(part, context))
        .join('');
}
/** Inline code in Markdown: a fence longer than any backtick run inside; pipes escaped when in a table cell. */
function codeSpan(text, context = 'inline') {
    const body = oneLine(text);
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const padded = body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ` ${body} ` : body;
    // GFM splits table rows on unescaped pipes before it parses code spans, and unescapes `\|` inside them.
    const safe = context === 'cell' ? padded.replace(/\|/g, '\\|') : padded;
    return `${fence}${safe}${fence}`;
}
/** Text content or a quoted attribute value in HTML (also Markdown-inert inside HTML blocks). */
function escapeHtml(text) {
    return oneLine(text).replace(/[&<>"'`@]/g, character => character === '@' ? '@&#8203;' : character === '`' ? '&#96;' : htmlEntity(character));
}
function htmlEntity(character) {
    return `&#${character.codePointAt(0)};`;
}
/**
 * A label inside a quoted Mermaid node (`id["\u2026"]`): Mermaid decodes `#name;`/`#code;` entities, so quotes,
 * brackets, `#`, `<`, `>`, `&` and backticks (which would start a Markdown string) are written as codes.
 */
function escapeMermaidLabel(text) {
    return oneLine(text).replace(/[#"<>&`[\]{}()|]/g, character => `#${character.codePointAt(0)};`);
}
/** A workflow command's message, as the toolkit's `escapeData`: `%`, CR and LF are percent-encoded. */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A workflow command's property value, as the toolkit's `escapeProperty`: also `:` and `,`. */
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * A path or URL fragment inside a Markdown link target: percent-encoded per segment, including the
 * parentheses and quotes that would end the target early.
 */
function encodeLinkPath(path) {
    return path
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/[()'!*]/g, c => `%${c.charCodeAt(0).toString(16)}`))
        .join('/');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** GitHub shows at most 10 annotations of each level per step and 50 per job. */
const PER_LEVEL_CAP = 10;
const TOTAL_CAP = 50;
const TITLE_MAX = 200;
const MESSAGE_MAX = 2000;
const RANK = { error: 0, warning: 1, notice: 2 };
/**
 * The annotations of one gate run (design \u00a76): errors for failing required practices, fatal regressions and
 * blocking policy changes; warnings for unknown required practices, non-fatal regressions, run evidence the
 * token could not read, unreadable evidence and waivers near expiry; notices for the next level's gaps, strengthened
 * policies and lapsed waivers. Ranked by severity, then files this
 * change touched first, then report order; capped as GitHub caps them.
 */
function planAnnotations(report, options = {}) {
    const changed = new Set((options.changedFiles ?? []).map(normalisePath));
    const touched = (annotation) => annotation.file !== undefined && changed.has(normalisePath(annotation.file)) ? 0 : 1;
    const ranked = allAnnotations(report)
        .map((annotation, index) => ({ annotation, index }))
        .sort((a, b) => RANK[a.annotation.level] - RANK[b.annotation.level] ||
        touched(a.annotation) - touched(b.annotation) ||
        a.index - b.index)
        .map(({ annotation }) => annotation);
    const annotations = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    // A gate that fails the step adds one error of its own (core.setFailed): keep its place under the cap.
    const failsStep = !report.passed && report.mode === 'enforce';
    const shown = { error: failsStep ? 1 : 0, warning: 0, notice: 0 };
    let total = failsStep ? 1 : 0;
    for (const annotation of ranked) {
        if (shown[annotation.level] < PER_LEVEL_CAP && total < TOTAL_CAP) {
            shown[annotation.level]++;
            total++;
            annotations.push(annotation);
        }
        else {
            omitted[annotation.level]++;
        }
    }
    return { annotations, omitted };
}
/**
 * How a finding weighs on this run, shared by annotations, SARIF and the PR comment: undefined when it holds
 * or lies beyond both the target and the next level.
 */
function findingSeverity(report, finding) {
    if (countsAsPass(finding.status))
        return undefined;
    const level = report.levels.indexOf(finding.level);
    if (isRequired(report, finding))
        return finding.status === 'fail' ? 'error' : 'warning';
    return level === report.levelIndex + 1 ? 'notice' : undefined;
}
/** A practice is required at or below the target level, or its category's target when that is higher. */
function isRequired(report, finding) {
    const categoryTarget = report.targets[finding.category];
    const required = Math.max(report.levels.indexOf(report.target), categoryTarget === undefined ? -1 : report.levels.indexOf(categoryTarget));
    return report.levels.indexOf(finding.level) <= required;
}
function allAnnotations(report) {
    const annotations = [];
    for (const finding of report.findings) {
        const level = findingSeverity(report, finding);
        if (level)
            annotations.push(findingAnnotation(report, finding, level));
    }
    for (const regression of report.regressions) {
        annotations.push(annotation(regression.severity, `maturity-gate: ${regressionSubject(regression)} regressed`, regression.message, regression.head[0] ?? regression.base[0]));
    }
    for (const change of report.policyChanges) {
        annotations.push(annotation(change.severity, `maturity-gate: policy ${change.kind}`, change.message, change.location));
    }
    for (const check of report.dora?.checks ?? []) {
        if (check.status === 'broken') {
            annotations.push(annotation(check.severity, 'maturity-gate: DORA threshold broken', check.message, check.location));
        }
    }
    // A gap a finding already names (protected-default-branch quotes why the rules were not read) is one
    // problem: it is said once, by the finding, with its fix.
    const said = annotations.map(a => a.message);
    for (const gap of report.gaps.filter(g => !said.some(message => message.includes(g.reason)))) {
        annotations.push(annotation('warning', `maturity-gate: ${gap.what} not readable`, `${gap.reason}\n${permissionHint(gap)}`));
    }
    if (report.base.status === 'unknown') {
        annotations.push(annotation('warning', 'maturity-gate: regressions unknown', `the base commit could not be read: ${report.base.reason}`));
    }
    for (const warning of report.warnings) {
        annotations.push(annotation('warning', `maturity-gate: ${warning.title ?? 'evidence not readable'}`, warning.message, warning.location));
    }
    for (const expiry of report.expiries) {
        const lapsed = expiry.state === 'lapsed';
        annotations.push(annotation(lapsed ? 'notice' : 'warning', `maturity-gate: ${expiry.kind} for ${expiry.practice} ${lapsed ? 'lapsed' : 'expires soon'}`, expiry.message, expiry.location));
    }
    return annotations;
}
/** What regressed, in words: a practice, a category's level or the staged level. */
function regressionSubject(regression) {
    if (regression.kind === 'level')
        return 'the level reached';
    return regression.kind === 'category' ? `category ${regression.practice}` : regression.practice;
}
function findingAnnotation(report, finding, level) {
    const title = level === 'notice'
        ? `maturity-gate: ${finding.practice} is missing for ${finding.level}`
        : `maturity-gate: ${finding.practice} ${finding.status === 'fail' ? 'fails' : 'is unknown'} ` +
            `(${finding.level}, target ${report.target})`;
    const fix = finding.remediation ? `\n${finding.remediation}` : '';
    return annotation(level, title, `${finding.message}${fix}`, finding.locations[0]);
}
function annotation(level, title, message, at) {
    return {
        level,
        message: escape_truncate(message, MESSAGE_MAX),
        title: escape_truncate(oneLine(title), TITLE_MAX),
        ...(at ? { file: at.file, startLine: at.line, startColumn: at.column } : {})
    };
}
function normalisePath(file) {
    return file.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/report/history-record.ts

function historyRecord(report, run) {
    const required = report.findings.filter(finding => isRequired(report, finding));
    const held = required.filter(f => f.status === 'pass' || f.status === 'not-applicable').length;
    return {
        schema: 1,
        commit: run.commit,
        date: run.date,
        ...(run.run === undefined ? {} : { run: run.run }),
        model: report.model,
        level: report.level,
        categories: report.profile,
        practices: Object.fromEntries(report.findings.map(f => [f.practice, f.status])),
        held: required.length === 0 ? 100 : Math.round((1000 * held) / required.length) / 10,
        waivers: report.findings.filter(f => f.status === 'waived').map(f => f.practice),
        ...(run.dora === undefined ? {} : { dora: run.dora })
    };
}

;// CONCATENATED MODULE: ./src/report/parse-history.ts
const KNOWN_SCHEMAS = new Set([1]);
/**
 * The store's JSON Lines text. A line that is not JSON, or of a schema this version does not know (written
 * by a newer maturity-gate), is skipped and said, never guessed at.
 */
function parseHistory(text) {
    const records = [];
    const skipped = [];
    for (const [index, line] of text.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skipped.push({ line: index + 1, reason: 'not JSON' });
            continue;
        }
        const reason = problemOf(value);
        if (reason === undefined)
            records.push(value);
        else
            skipped.push({ line: index + 1, reason });
    }
    return { records, skipped };
}
function problemOf(value) {
    if (typeof value !== 'object' || value === null)
        return 'not a record';
    const record = value;
    if (!KNOWN_SCHEMAS.has(record.schema))
        return `schema ${String(record.schema)} is not one this version reads`;
    const shaped = typeof record.commit === 'string' &&
        typeof record.date === 'string' &&
        !Number.isNaN(Date.parse(record.date)) &&
        typeof record.held === 'number' &&
        (record.level === null || typeof record.level === 'string') &&
        typeof record.practices === 'object' &&
        record.practices !== null;
    return shaped ? undefined : 'missing commit, date, level, held or practices';
}

;// CONCATENATED MODULE: ./src/report/recorded-dora.ts
/** DORA values as a history record keeps them: environment \u2192 metric \u2192 number or `unknown`. */
function recordedDora(dora) {
    return Object.fromEntries(dora.environments.map(({ environment, ...metrics }) => [
        environment,
        Object.fromEntries(Object.entries(metrics).map(([metric, value]) => [
            metric,
            value.status === 'known' ? Math.round(value.value * 1000) / 1000 : 'unknown'
        ]))
    ]));
}

;// CONCATENATED MODULE: ./src/history/history-settings.ts







const DEFAULT_STORE = { branch: 'maturity-history', path: 'maturity-history.jsonl', records: 30 };
/**
 * What `history` and `dora` take from the policy, its `extends:` chain read as the gate reads it. Without a
 * policy file they use the defaults, since both only inform; a policy that exists but is invalid is refused
 * like `check` refuses it.
 */
async function historySettings(root, policyPath, today, api) {
    const file = external_node_path_default().join(root, policyPath);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return {
            environments: environment_class/* DEFAULT_ENVIRONMENT_PATTERNS */.I,
            windowDays: 30,
            store: DEFAULT_STORE,
            enabled: false
        };
    }
    // The bases as the gate reads them: `./PATH` from the workspace, a `github>` base through the contents API
    // with the token (its cached copy in the checkout when there is no token or GitHub refuses).
    const fromCheckout = (file) => (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8').catch(() => undefined);
    const remote = api === undefined ? undefined : remoteWorkflowReader(api.client);
    const loaded = await loadPolicyChain(text, policyPath, policyReader({ read: fromCheckout }, remote), {
        today
    });
    if (!loaded.ok)
        throw new InvalidPolicyError(loaded.errors);
    const { policy } = loaded.loaded;
    return {
        environments: policy.environments,
        windowDays: policy.dora['window-days'],
        store: policy.history ?? DEFAULT_STORE,
        enabled: policy.history !== undefined
    };
}

// EXTERNAL MODULE: ./src/evidence/deploy-history-for.ts + 3 modules
var deploy_history_for = __webpack_require__(8671);
;// CONCATENATED MODULE: ./src/history/checkout-deploy-jobs.ts





/**
 * The production deploy jobs of the checkout's workflows (remote reusable workflows read with the token), for
 * the DORA fallback: only the workflow definitions are needed, so the rest of the evidence is empty.
 */
async function checkoutDeployJobs(root, environments, api) {
    const workspace = collectWorkspace(root);
    const { workflows, problems } = await collectWorkflows(workspace, {
        readRemote: remoteWorkflowReader(api.client)
    });
    const evidence = {
        workspace,
        workflows,
        workflowProblems: problems,
        offline: false,
        today: new Date().toISOString().slice(0, 10),
        reports: noReports,
        gaps: [],
        atRef: () => Promise.resolve({ found: false, reason: 'not read for the DORA fallback' }),
        commands: new Map()
    };
    return productionDeployJobs(evidence, environments);
}

;// CONCATENATED MODULE: ./src/history/keep-history.ts










/**
 * With `history:` in the policy: on a default-branch run, measures DORA, appends this run's record to the
 * store and returns the trend's records; on any other run, only reads them. Undefined without `history:` or
 * without API access. The store needs `contents: write` to be written; without it the run says so in a
 * warning and the gate's verdict is unchanged.
 */
async function keepHistory(report, api, options) {
    let settings;
    try {
        settings = await historySettings(options.root, options.policyPath, options.today, api);
    }
    catch (error) {
        // The gate already judged the policy; a base it read but this second reading cannot (GitHub refused it
        // this time, no cached copy) leaves the history settings unknown, which must not turn a verdict into an
        // invalid policy.
        if (error instanceof InvalidPolicyError)
            return { records: [], warning: `history settings not read: ${error.message}` };
        throw error;
    }
    if (!settings.enabled || api === undefined)
        return undefined;
    const store = { owner: api.context.owner, repo: api.context.repo, ...settings.store };
    const last = (text) => parseHistory(text).records.slice(-settings.store.records);
    if (!options.run.defaultBranch) {
        const read = await readHistoryStore(api.client, store);
        return read.ok ? { records: last(read.text) } : { records: [], warning: read.reason };
    }
    const now = (options.now ?? (() => new Date()))();
    const record = historyRecord(report, {
        commit: options.run.commit,
        date: now.toISOString(),
        run: options.run.id,
        // Measured already when the policy sets DORA thresholds: the gate's reading is recorded, not repeated.
        dora: recordedDora(report.dora?.metrics ??
            dora(await (0,deploy_history_for.deployHistoryFor)(api, settings.environments, await checkoutDeployJobs(options.root, settings.environments, api), { until: now, days: settings.windowDays })))
    });
    const written = await appendHistoryRecord(api.client, store, JSON.stringify(record), `maturity-gate: record ${options.run.commit.slice(0, 7)} (run ${options.run.id})`);
    return written.ok ? { records: last(written.text) } : { records: [record], warning: written.reason };
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The action's inputs, read once into a typed settings object (after actions/checkout's input-helper).
 * Pure: it takes a getter so tests pass plain values and main.ts passes core.getInput.
 */
class inputs_InputError extends Error {
}
function parseInputs(getInput) {
    const read = (name) => getInput(name).trim();
    return {
        policyPath: read('policy') || '.maturity.yml',
        token: read('token'),
        workingDirectory: read('working-directory') || '.',
        mode: readChoice(read('mode'), 'mode', ['enforce', 'advise']),
        policySource: readChoice(read('policy-source'), 'policy-source', ['auto', 'base', 'head']) ?? 'auto',
        allowPolicyChanges: readBoolean(read('allow-policy-changes'), 'allow-policy-changes'),
        comment: readBoolean(read('comment'), 'comment'),
        reportPath: read('report-path') || 'maturity-report.json',
        sarifPath: read('sarif-path'),
        badgePath: read('badge-path')
    };
}
function readChoice(value, name, allowed) {
    if (value === '')
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new inputs_InputError(`Input '${name}' is '${value}'; expected one of: ${allowed.join(', ')}.`);
}
/** Accepts the YAML 1.2 core-schema booleans that @actions/core's getBooleanInput accepts. */
function readBoolean(value, name) {
    if (value === '' || ['false', 'False', 'FALSE'].includes(value))
        return false;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    throw new inputs_InputError(`Input '${name}' is '${value}'; expected true or false.`);
}

;// CONCATENATED MODULE: ./src/report/format.ts


/** Longest name (practice, level, category, file) shown; the JSON report has the full text. */
const NAME_MAX = 100;
const STATUS_ICON = {
    pass: '\u2705',
    fail: '\u274c',
    unknown: '\u2754',
    'not-applicable': '\u2796',
    waived: '\u23f8'
};
const STRENGTH_MARK = {
    run: 'run',
    history: 'hist',
    definition: 'def',
    attested: 'att',
    none: ''
};
const SEVERITY_ICON = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f' };
const METRIC_VERDICT = { pass: '\u2705 pass', fail: '\u274c fail', 'no-baseline': '\u2796 no baseline' };
function format_name(value) {
    return escapeMarkdown(escape_truncate(value, NAME_MAX));
}
function nameList(names, max = 5) {
    const shown = names.slice(0, max).map(format_name);
    return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}
/** A message from a check: its backtick pairs become code spans. */
function prose(value, max, where = 'inline') {
    return inlineMarkdown(escape_truncate(value, max), where);
}
/** A name from the repository (file, job, metric key) as code. */
function codeName(value, where = 'inline') {
    return codeSpan(escape_truncate(value, NAME_MAX), where);
}
function locationLabel(at) {
    return `${escape_truncate(at.file, NAME_MAX)}:${at.line}`;
}
/** ` <short sha>` as code, or nothing when the commit is not known. */
function shortSha(sha) {
    return sha ? ` ${codeSpan(sha.slice(0, 7))}` : '';
}
function regressionItem(regression, message) {
    return `${SEVERITY_ICON[regression.severity]} **${format_name(regressionSubject(regression))}** \u2014 ${message}`;
}
function policyChangeItem(change, message) {
    return `${SEVERITY_ICON[change.severity]} ${change.kind}: ${message}`;
}
/** The first `max` items, then one made by `more` saying how many were left out. */
function capped(items, max, more) {
    return items.length > max ? [...items.slice(0, max), more(items.length - max)] : items;
}
function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
function capitalise(value) {
    return `${value.charAt(0).toUpperCase()}${value.slice(1)}`;
}
function num(value) {
    if (value === null)
        return '\u2013';
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
function signed(value) {
    return value !== null && value > 0 ? `+${num(value)}` : num(value);
}
/** `relativeDelta` is a fraction of the baseline's magnitude. */
function format_percent(value) {
    if (value === null)
        return '\u2013';
    return `${value > 0 ? '+' : ''}${Number((value * 100).toPrecision(3))}%`;
}
/** "3 workflow files read": what every verdict rests on, named in each report's header. */
function workflowsRead(report) {
    return plural(report.evidence.workflows, 'workflow file read', 'workflow files read');
}

;// CONCATENATED MODULE: ./src/report/invalid-policy.ts


/**
 * Where an annotation for the error goes: its own place, unless that is a file of another repository (a
 * `github>` base), which the pull request's diff cannot show; then the `extends:` entry in this repository
 * that led to it (the message still names the base and its line).
 */
function annotationPlace(error) {
    const entry = error.extendedBy?.at(-1);
    if (!error.file.startsWith('github>') || entry === undefined) {
        return { file: error.file, line: error.line, column: error.column };
    }
    return { file: entry.file, line: entry.line };
}
/** The one-line verdict: the check's failure message, the JSON report's reason. */
function invalidPolicyReason(errors) {
    const files = [...new Set(errors.map(error => error.file))].join(', ');
    return `the policy is invalid (${plural(errors.length, 'error', 'errors')} in ${files}): nothing was judged`;
}
function invalidPolicyReport(errors) {
    return {
        version: 1,
        passed: false,
        level: null,
        levelIndex: -1,
        reason: invalidPolicyReason(errors),
        policyErrors: [...errors]
    };
}
/** The job summary of a run whose policy is invalid: every error with its place, key and allowed values. */
function renderInvalidPolicySummary(errors) {
    const rows = errors.map(error => {
        const where = codeSpan(`${error.file}:${error.line}:${error.column}`, 'cell');
        const key = error.path === '' ? '\u2013' : codeSpan(error.path, 'cell');
        const found = error.value === undefined ? '' : ` (found ${codeSpan(error.value, 'cell')})`;
        const allowed = error.allowed && error.allowed.length > 0
            ? error.allowed.map(value => codeSpan(value, 'cell')).join(', ')
            : '\u2013';
        return `| ${where} | ${key} | ${escapeMarkdown(error.message)}${found} | ${allowed} |`;
    });
    return [
        '## \u274c Maturity gate: the policy is invalid',
        '',
        `${escapeMarkdown(invalidPolicyReason(errors))}. Fix ${errors.length === 1 ? 'it' : 'them'} and re-run; every error is also annotated on its line.`,
        '',
        '| where | key | problem | allowed values |',
        '| --- | --- | --- | --- |',
        ...rows,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/badge.ts

/** A shields.io endpoint badge: the level reached, coloured by how far it is from the target. */
function renderBadge(report) {
    const target = report.levels.indexOf(report.target);
    const distance = target - report.levelIndex;
    const color = report.level === null ? 'red' : distance <= 0 ? 'brightgreen' : distance === 1 ? 'yellow' : 'orange';
    return { schemaVersion: 1, label: 'maturity', message: escape_truncate(report.level ?? 'none', 60), color };
}

;// CONCATENATED MODULE: ./src/report/explanation.ts





/**
 * One or two sentences saying why, in the words a reviewer would use; shared by the job summary and the PR
 * comment.
 */
function explanation(report) {
    const target = report.levels.indexOf(report.target);
    const required = report.findings.filter(f => isRequired(report, f) && !countsAsPass(f.status));
    // Practices above the staged target are required only by a category target: named with that target.
    const blockers = required.filter(f => report.levels.indexOf(f.level) <= target);
    const byCategory = required.filter(f => report.levels.indexOf(f.level) > target);
    const unknown = required.filter(f => f.status === 'unknown').length;
    const fatal = regressionParts(report.regressions.filter(r => r.severity === 'error'));
    const weakened = report.policyChanges.filter(c => c.kind === 'weakened' && c.severity === 'error').length;
    const parts = [];
    if (report.evidence.onlyApiMissing) {
        // Not a shortfall of the pipeline: say what would be judged with a token instead of listing blockers.
        parts.push(escapeMarkdown(escape_truncate(report.reason, 500)));
    }
    else if (blockers.length > 0) {
        parts.push(`${plural(blockers.length, 'practice stands', 'practices stand')} between it and ` +
            `**${format_name(report.target)}**: ${nameList(blockers.map(f => f.practice))}` +
            (unknown > 0 ? ` (${unknown} could not be checked, and unknown never counts as a pass)` : ''));
    }
    else if (report.passed) {
        parts.push(`every practice required for **${format_name(report.target)}** holds`);
    }
    if (byCategory.length > 0) {
        const named = byCategory.map(f => `${format_name(f.practice)} (${format_name(f.category)} \u2192 ${format_name(report.targets[f.category] ?? '')})`);
        parts.push(`category targets also require ${named.join(', ')}`);
    }
    if (fatal.length > 0)
        parts.push(`against the base commit, ${fatal.join(' and ')}`);
    if (weakened > 0)
        parts.push(`this change weakens the policy (${plural(weakened, 'change', 'changes')})`);
    if (parts.length === 0)
        parts.push(escapeMarkdown(escape_truncate(report.reason, 500)));
    const advise = !report.passed && report.mode === 'advise' ? ' Advise mode: the check does not fail.' : '';
    const sentence = parts.join('; ');
    return `${capitalise(sentence)}.${baseSentence(report)}${advise}`;
}
/** Never a silent "no regressions": say whether the base was compared, and if not, why. */
function baseSentence(report) {
    const { base } = report;
    if (base.status === 'compared') {
        return report.regressions.length === 0
            ? ` No regression against the base commit${shortSha(base.sha)}.`
            : '';
    }
    if (base.status === 'unknown') {
        return ` Regressions could not be checked: ${escapeMarkdown(escape_truncate(base.reason, 300))}.`;
    }
    return '';
}

;// CONCATENATED MODULE: ./src/report/summary-headline.ts

/** The verdict as a Markdown heading, shared by the job summary and the PR comment. */
function summaryHeadline(report, depth = 2) {
    // Short only of what the API would show: not the pipeline's shortfall, so not a red cross.
    const icon = report.passed ? '\u2705' : report.evidence.onlyApiMissing ? '\u2754' : '\u274c';
    const reached = report.level === null ? 'no level' : `**${format_name(report.level)}**`;
    return (`${'#'.repeat(depth)} ${icon} Maturity gate: ${reached} reached \u2014 target **${format_name(report.target)}** ` +
        `(${format_name(report.model)}, ${report.mode})`);
}

;// CONCATENATED MODULE: ./src/report/comment.ts






/** The hidden first line the action looks for to update its own comment instead of adding another. */
const COMMENT_MARKER = '<!-- maturity-gate -->';
/** Items per list; the run's summary has the rest. */
const LIST_MAX = 20;
const TEXT_MAX = 300;
/**
 * The sticky pull-request comment: the summary's short form \u2014 verdict, what blocks the target, regressions
 * and policy changes \u2014 so a reviewer sees the gate's view without opening the run.
 */
function renderComment(report, options = {}) {
    const blocking = report.findings
        .filter(f => isRequired(report, f) && !countsAsPass(f.status))
        .map(f => `${STATUS_ICON[f.status]} **${format_name(f.practice)}** (${format_name(f.level)}) \u2014 ${prose(f.message, TEXT_MAX)}${at(f.locations[0])}`);
    const regressions = report.regressions.map(r => regressionItem(r, prose(r.message, TEXT_MAX)));
    const changes = report.policyChanges.map(c => `${policyChangeItem(c, prose(c.message, TEXT_MAX))}${at(c.location)}`);
    const sections = [
        COMMENT_MARKER,
        `${summaryHeadline(report, 3)}\n\n${explanation(report)}`,
        list(`Blocking ${format_name(report.target)}`, blocking),
        list('Regressions against the base commit', regressions),
        list('Policy changes', changes),
        options.runUrl ? `[Full report in the run's summary](${options.runUrl})` : ''
    ];
    return `${sections.filter(Boolean).join('\n\n')}\n`;
}
function list(title, items) {
    if (items.length === 0)
        return '';
    const shown = capped(items, LIST_MAX, count => `\u2026 ${count} more in the run's summary`);
    return `**${title}**\n${shown.map(item => `- ${item}`).join('\n')}`;
}
function at(location) {
    return location ? ` (${codeSpan(locationLabel(location))})` : '';
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** Serialises the report with a fixed key order, so reports diff cleanly between runs. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/practice-docs-url.ts


const DOCUMENTED = new Set(Object.values(builtInModels).flatMap(model => model.practices.map(p => p.id)));
/**
 * The practice's section on the practices page (`docsUrl`), shared by the summary's links and SARIF's
 * `helpUri`. Only built-in practices have one: undefined for a policy's own practices.
 */
function practiceDocsUrl(docsUrl, practice) {
    return DOCUMENTED.has(practice) ? `${docsUrl}#${encodeLinkPath(practice)}` : undefined;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * The findings as a SARIF 2.1.0 log for code scanning: one rule per evaluated practice, one result per
 * practice that does not hold, at its locations (the policy file when it has none, as code scanning needs a
 * location). Fingerprints hash the practice, the file and the message id \u2014 not lines \u2014 so a result keeps its
 * identity when the workflow file moves lines around.
 */
function renderSarif(report, toolVersion, options = {}) {
    const { docsUrl } = options;
    const docs = (practice) => docsUrl && /^https?:\/\//.test(docsUrl) ? practiceDocsUrl(docsUrl, practice) : undefined;
    const rules = report.findings.map(finding => rule(finding, docs(finding.practice)));
    const results = report.findings.flatMap((finding, ruleIndex) => countsAsPass(finding.status) ? [] : [result(report, finding, ruleIndex)]);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'maturity-gate',
                        version: toolVersion,
                        semanticVersion: toolVersion,
                        rules
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function rule(finding, helpUri) {
    const fix = finding.remediation || finding.title;
    const seeAlso = helpUri ? `\n\nSee ${helpUri}` : '';
    return {
        id: finding.practice,
        name: pascalCase(finding.practice),
        shortDescription: { text: finding.title || finding.practice },
        fullDescription: { text: `${finding.title || finding.practice} (${finding.level}, ${finding.category})` },
        help: { text: `${fix}${seeAlso}` },
        ...(helpUri ? { helpUri } : {}),
        properties: { tags: ['maturity', finding.level, finding.category] }
    };
}
function result(report, finding, ruleIndex) {
    const [first = { file: report.policy.path, line: 1, column: 1 }, ...more] = finding.locations;
    const locations = [first, ...more];
    return {
        ruleId: finding.practice,
        ruleIndex,
        level: LEVEL[findingSeverity(report, finding) ?? 'notice'],
        message: { text: finding.message || finding.title || finding.practice },
        locations: locations.map(at => ({
            physicalLocation: {
                artifactLocation: { uri: relativeUri(at.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: at.line, startColumn: at.column }
            }
        })),
        partialFingerprints: {
            'maturityGate/v1': fingerprint(finding.practice, first.file, finding.messageId)
        },
        properties: { status: finding.status, strength: finding.strength, level: finding.level }
    };
}
function fingerprint(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
/** A relative URI reference: each path segment percent-encoded, no leading `./` or `/`. */
function relativeUri(file) {
    return file
        .replace(/^(\.\/|\/)+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./src/report/summary/all-findings.ts


/** Evidence items shown per finding; the JSON report has the rest. */
const EVIDENCE_MAX = 10;
/** Every finding with its evidence, folded away in a details block. */
function allFindings(context) {
    const { report, detail } = context;
    if (report.findings.length === 0)
        return [];
    const file = escapeHtml(context.options.reportFile ?? 'maturity-report.json');
    const columns = detail.shortEvidence
        ? '| practice | level | status | message | where |\n|---|---|---|---|---|'
        : '| practice | level | status | message | where | evidence |\n|---|---|---|---|---|---|';
    const rows = report.findings.map(f => {
        const where = f.locations.map(l => context.location(l, 'cell')).join('<br>') || '\u2013';
        const mark = STRENGTH_MARK[f.strength];
        const status = `${STATUS_ICON[f.status]} ${f.status}${mark ? ` (${mark})` : ''}`;
        const evidence = detail.shortEvidence ? '' : ` ${evidenceCell(context, f.evidence)} |`;
        return `| ${format_name(f.practice)} | ${format_name(f.level)} | ${status} | ${context.prose(f.message, 'cell')} | ${where} |${evidence}`;
    });
    return [
        {
            name: 'all findings',
            head: [
                `<details><summary>All ${report.findings.length} findings with evidence (JSON report: ${file})</summary>`,
                '',
                ...columns.split('\n')
            ],
            rows: context.capRows(rows),
            tail: ['', '</details>']
        }
    ];
}
/** Each evidence item in a few words; the JSON report has the full record. */
function evidenceCell(context, items) {
    const shown = items.map(item => evidenceText(context, item));
    return capped(shown, EVIDENCE_MAX, count => `\u2026 ${count} more`).join('<br>') || '\u2013';
}
function evidenceText(context, item) {
    const code = (value) => codeName(value, 'cell');
    switch (item.kind) {
        case 'file':
            return `file ${code(item.file)}`;
        case 'job':
            return `job ${code(item.job)} in ${code(item.workflow)}`;
        case 'step':
            return `step ${code(item.step)} of ${code(item.job)}`;
        case 'attestation':
            return `attested by ${context.cell(item.by)} until ${escapeMarkdown(item.expires)}`;
        case 'command':
            return `${code(item.command)} ${item.timedOut ? 'timed out' : `exited ${item.exitCode ?? '\u2013'}`}`;
        case 'tests':
            return (`${item.tests} tests, ${item.failures} failed, ${item.errors} errors, ${item.skipped} skipped ` +
                `in ${code(item.file)}`);
        case 'coverage':
            return `coverage ${num(item.lines)}% lines, ${num(item.branches)}% branches in ${code(item.file)}`;
        case 'metric':
            return `${code(item.key)} = ${num(item.candidate)} (${METRIC_VERDICT[item.verdict]})`;
        case 'note':
            return context.prose(item.text, 'cell');
    }
}

;// CONCATENATED MODULE: ./src/report/summary/block.ts
/** A block with nothing to cut; no lines at all leaves it out of the Markdown. */
function textBlock(blockName, ...lines) {
    return { name: blockName, head: lines, rows: [], tail: [] };
}
/** The Markdown of the blocks, a blank line between them. */
function joinBlocks(blocks) {
    const parts = blocks
        .map(block => [...block.head, ...block.rows, ...block.tail].join('\n'))
        .filter(part => part !== '');
    return `${parts.join('\n\n')}\n`;
}
/** The row standing for `count` rows left out of a table (or a list). */
function moreRow(count, inTable = true) {
    return inTable ? `| \u2026 ${count} more in the JSON report |` : `- \u2026 ${count} more in the JSON report`;
}

;// CONCATENATED MODULE: ./src/report/summary/annotation-note.ts


/** Says which annotations GitHub's caps kept off the run page, so they are not taken for absent. */
function annotationNote({ options }) {
    const omitted = options.omittedAnnotations;
    if (!omitted)
        return [];
    const counts = ['error', 'warning', 'notice']
        .filter(level => omitted[level] > 0)
        .map(level => plural(omitted[level], level, `${level}s`));
    if (counts.length === 0)
        return [];
    const hidden = omitted.error + omitted.warning + omitted.notice;
    return [
        textBlock('annotation note', `> [!NOTE]\n> GitHub shows at most 10 annotations of each kind per step: ${counts.join(', ')} ` +
            `${hidden === 1 ? 'appears' : 'appear'} only in this summary.`)
    ];
}

;// CONCATENATED MODULE: ./src/report/category-levels.ts
/** Statuses that judge a practice: not-applicable and waived ones count for the levels but say nothing. */
const JUDGED = new Set(['pass', 'fail', 'unknown']);
function categoryLevels(report) {
    const index = (level) => (level === null ? -1 : report.levels.indexOf(level));
    return Object.entries(report.profile).map(([category, reached]) => {
        const explicit = report.targets[category];
        const target = explicit !== undefined && index(explicit) > index(report.target) ? explicit : report.target;
        return {
            category,
            reached,
            judged: report.findings.some(f => f.category === category && JUDGED.has(f.status)),
            target,
            met: index(reached) >= index(target)
        };
    });
}

;// CONCATENATED MODULE: ./src/report/summary/categories.ts


/**
 * Each category's level against its target: its own target when that is higher than the model's. A category
 * with no judged practice reached "\u2013" (its level would hold only vacuously); one below the first level "none".
 */
function categories({ report }) {
    const lines = categoryLevels(report);
    if (lines.length === 0)
        return [];
    return [
        {
            name: 'categories',
            head: ['### Categories', '', '| category | reached | target | |', '|---|---|---|---|'],
            rows: lines.map(line => {
                const reached = !line.judged ? '\u2013' : line.reached === null ? 'none' : format_name(line.reached);
                const met = !line.judged ? '\u2796' : line.met ? '\u2705' : '\u274c';
                return `| ${format_name(line.category)} | ${reached} | ${format_name(line.target)} | ${met} |`;
            }),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/core/version.ts
/** This version of maturity-gate, as in package.json (a test keeps the two equal); named in SARIF output. */
const VERSION = '0.1.0';
/** This version's practice docs, for links from a summary or SARIF produced outside a workflow run. */
const DOCS_URL = `https://github.com/maturity-gate/maturity-gate/blob/v${VERSION}/docs/practices.md`;

;// CONCATENATED MODULE: ./src/report/summary/context.ts





function summaryContext(report, options, detail) {
    const cellMax = detail.shortEvidence ? 160 : 400;
    const docsUrl = options.docsUrl ?? DOCS_URL;
    return {
        report,
        options,
        detail,
        cell: value => escapeMarkdown(escape_truncate(value, cellMax)),
        prose: (value, where) => prose(value, cellMax, where),
        location: (at, where = 'inline') => {
            const label = locationLabel(at);
            const base = options.sourceUrl;
            if (!base)
                return codeSpan(label, where);
            return `[${escapeMarkdown(label)}](${base}/${encodeLinkPath(at.file)}#L${at.line})`;
        },
        docsLink: practice => {
            const url = practiceDocsUrl(docsUrl, practice);
            return url ? `[docs](${url})` : '';
        },
        capRows: rows => capped(rows, detail.shortEvidence ? 300 : Infinity, count => moreRow(count))
    };
}

;// CONCATENATED MODULE: ./src/report/summary/cut-blocks.ts


/** The last resort: whole blocks while they fit in `budget` bytes, then as many rows of the next one as fit. */
function cutBlocks(blocks, budget) {
    const kept = [];
    let used = 0;
    for (const [index, block] of blocks.entries()) {
        const size = byteLength(joinBlocks([block])) + 2;
        if (used + size <= budget) {
            kept.push(block);
            used += size;
            continue;
        }
        const partial = partialBlock(block, budget - used);
        if (partial)
            kept.push(partial);
        const lost = blocks.slice(index + (partial ? 1 : 0)).map(b => b.name);
        if (partial)
            lost.unshift(`${block.name} (last ${plural(block.rows.length - partial.rows.length + 1, 'row', 'rows')})`);
        return { kept, cut: lost.join(', ') };
    }
    return { kept };
}
function partialBlock(block, room) {
    const frame = byteLength(joinBlocks([{ ...block, rows: [] }])) + 64;
    if (block.rows.length === 0 || frame > room)
        return undefined;
    const rows = [];
    let used = frame;
    for (const row of block.rows) {
        const size = byteLength(row) + 1;
        if (used + size > room)
            break;
        rows.push(row);
        used += size;
    }
    const inTable = block.head.some(line => line.startsWith('|'));
    return { ...block, rows: [...rows, moreRow(block.rows.length - rows.length, inTable)] };
}
function byteLength(value) {
    return Buffer.byteLength(value, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/summary/footer.ts



/** Which policy was applied and what evidence the verdict rests on. */
function footer({ report }) {
    const evidence = report.evidence.offline
        ? 'offline: workflow files only'
        : report.evidence.run
            ? 'this run read through the API'
            : 'no run evidence';
    return textBlock('footer', `<sub>policy ${escapeHtml(escape_truncate(report.policy.path, NAME_MAX))} (${report.policy.source}) \u00b7 ` +
        `${plural(report.evidence.workflows, 'workflow file', 'workflow files')} \u00b7 ${evidence}</sub>`);
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts

/** Fill colour by what a job does; the first group a job's stages fall in wins, deploys first. */
const STAGE_GROUPS = [
    {
        className: 'deploy',
        stages: ['deploy', 'rollout', 'iac-apply', 'db-migration', 'model-deploy', 'pipeline-deploy'],
        style: 'fill:#fbefff'
    },
    {
        className: 'verify',
        stages: ['acceptance-test', 'smoke-test', 'performance-test', 'model-evaluation'],
        style: 'fill:#fff8c5'
    },
    {
        className: 'test',
        stages: [
            'unit-test',
            'integration-test',
            'static-analysis',
            'security-scan',
            'coverage',
            'test-report',
            'data-validation'
        ],
        style: 'fill:#ddf4ff'
    },
    {
        className: 'build',
        stages: ['build', 'artifact-store', 'training', 'experiment-tracking'],
        style: 'fill:#f6f8fa'
    }
];
/** Border by this run's outcome, so stage and status show at once. */
const STATUS_STYLES = {
    ok: 'stroke:#1a7f37,stroke-width:2px',
    bad: 'stroke:#cf222e,stroke-width:3px',
    skip: 'stroke:#8c959f,stroke-dasharray:4 3',
    running: 'stroke:#9a6700,stroke-width:2px'
};
const mermaid_STATUS_ICON = { ok: '\u2705', bad: '\u274c', skip: '\u23ed skipped', running: '\u23f3' };
/** Longest job name or environment drawn in a node; the table beside the graph has the full text. */
const LABEL_MAX = 60;
/**
 * The pipeline as a Mermaid flowchart: one node per job (a subgraph per workflow when there are several),
 * `needs` as edges, environments in the label, classes for stage (fill) and run status (border).
 * Node ids are generated, never taken from the repository, so no job id can break the syntax.
 */
function renderMermaid(pipeline) {
    const ids = nodeIds(pipeline);
    const byWorkflow = mermaid_groupBy(pipeline, job => job.workflow);
    const lines = ['flowchart LR'];
    const nested = byWorkflow.size > 1;
    let subgraph = 0;
    for (const [workflow, jobs] of byWorkflow) {
        if (nested)
            lines.push(`  subgraph w${subgraph++}["${escapeMermaidLabel(escape_truncate(workflow, LABEL_MAX))}"]`);
        const indent = nested ? '    ' : '  ';
        for (const job of jobs)
            lines.push(`${indent}${ids.get(job)}["${nodeLabel(job)}"]`);
        if (nested)
            lines.push('  end');
    }
    const needed = neededJob(pipeline);
    for (const job of pipeline) {
        for (const need of job.needs) {
            const from = needed(job, need);
            if (from)
                lines.push(`  ${ids.get(from)} --> ${ids.get(job)}`);
        }
    }
    lines.push(...classLines(ids));
    return `${lines.join('\n')}\n`;
}
/** Finds the job a `needs` entry names: job ids are unique only within their workflow. */
function neededJob(pipeline) {
    const key = (workflow, id) => JSON.stringify([workflow, id]);
    const byKey = new Map(pipeline.map(job => [key(job.workflow, job.id), job]));
    return (job, need) => byKey.get(key(job.workflow, need));
}
function nodeIds(pipeline) {
    return new Map(pipeline.map((job, index) => [job, `j${index}`]));
}
function nodeLabel(job) {
    const status = runStatus(job);
    const name = escapeMermaidLabel(escape_truncate(job.name, LABEL_MAX));
    const icon = status ? ` ${mermaid_STATUS_ICON[status]}` : '';
    const environment = job.environment
        ? `<br/>env: ${escapeMermaidLabel(escape_truncate(job.environment, LABEL_MAX))}`
        : '';
    return `${name}${icon}${environment}`;
}
/** The API's conclusion as a colour; no run evidence draws no status at all. */
function runStatus(job) {
    if (!job.run)
        return undefined;
    const { conclusion } = job.run;
    if (conclusion === null)
        return 'running';
    if (conclusion === 'success')
        return 'ok';
    if (conclusion === 'skipped' || conclusion === 'neutral')
        return 'skip';
    return 'bad';
}
/** The group a job's stages colour it with, undefined for jobs the catalog could not place. */
function stageGroup(job) {
    return STAGE_GROUPS.find(group => group.stages.some(stage => job.stages.includes(stage)))?.className;
}
/** Only the classes in use are defined, in a fixed order so the output is stable. */
function classLines(ids) {
    const members = new Map();
    for (const [job, id] of ids) {
        for (const className of [stageGroup(job), runStatus(job)]) {
            if (className)
                groupAppend(members, className, id);
        }
    }
    const styles = [
        ...STAGE_GROUPS.map(group => [group.className, group.style]),
        ...Object.entries(STATUS_STYLES)
    ];
    const used = styles.flatMap(([className, style]) => {
        const names = members.get(className);
        return names ? [{ className, style, names }] : [];
    });
    return [
        ...used.map(({ className, style }) => `  classDef ${className} ${style};`),
        ...used.map(({ className, names }) => `  class ${names.join(',')} ${className};`)
    ];
}
function mermaid_groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groupAppend(groups, key(item), item);
    return groups;
}
function groupAppend(groups, key, item) {
    const group = groups.get(key);
    if (group)
        group.push(item);
    else
        groups.set(key, [item]);
}

;// CONCATENATED MODULE: ./src/report/summary/graph-limit.ts

/** Mermaid's defaults on GitHub: larger diagrams show an error instead of a graph. */
const GRAPH_MAX_CHARS = 50_000;
const GRAPH_MAX_EDGES = 500;
/** Why the graph cannot be drawn on GitHub, undefined when it can. */
function graphLimit(jobs) {
    const edges = jobs.reduce((sum, job) => sum + job.needs.length, 0);
    if (edges > GRAPH_MAX_EDGES)
        return `pipeline graph (${edges} edges, more than GitHub draws)`;
    if (jobs.length > 0 && renderMermaid(jobs).length > GRAPH_MAX_CHARS) {
        return `pipeline graph (${jobs.length} jobs, more than GitHub draws)`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/summary/ladder.ts




/** Practices shown in one level's cell; a 5,000-practice policy must not make one row unreadable. */
const LADDER_ROW_MAX = 200;
const LEGEND = '<sub>\u2705 pass \u00b7 \u274c fail \u00b7 \u2754 unknown (never a pass) \u00b7 \u2796 not applicable \u00b7 \u23f8 waived \u00b7 \ud83c\udfaf target \u2014 ' +
    'evidence: <sup>run</sup> this run \u00b7 <sup>hist</sup> recent runs \u00b7 <sup>def</sup> workflow files \u00b7 ' +
    '<sup>att</sup> attested</sub>';
/** The level ladder: one row per level with its practices, whether it holds, and the target marked. */
function ladder({ report, detail }) {
    if (report.findings.length === 0)
        return [textBlock('ladder', '_No practices were evaluated._')];
    const rows = report.levels.map((level, index) => {
        const atLevel = report.findings.filter(f => f.level === level);
        const shown = detail.collapsePassing ? atLevel.filter(f => !countsAsPass(f.status)) : atLevel;
        const hidden = atLevel.length - shown.length;
        const items = capped(shown.map(f => ladderItem(report, f)), LADDER_ROW_MAX, count => `\u2026 ${count} more`);
        if (hidden > 0)
            items.push(`\u2705 \u00d7${hidden}`);
        const holds = index <= report.levelIndex ? '\u2705' : '\u274c';
        const target = level === report.target ? ' \ud83c\udfaf' : '';
        return `| ${format_name(level)}${target} | ${items.join(' \u00b7 ') || '\u2013'} | ${holds} |`;
    });
    const blocks = [
        { name: 'level ladder', head: ['| level | practices | holds |', '|---|---|---|'], rows, tail: [] },
        textBlock('legend', LEGEND)
    ];
    if (detail.collapsePassing)
        blocks.push(passingDetails(report));
    return blocks;
}
function ladderItem(report, finding) {
    const practice = format_name(finding.practice);
    const shown = isRequired(report, finding) && !countsAsPass(finding.status) ? `**${practice}**` : practice;
    const mark = STRENGTH_MARK[finding.strength];
    return `${STATUS_ICON[finding.status]} ${shown}${mark ? `<sup>${mark}</sup>` : ''}`;
}
/** The passing practices of a collapsed ladder, one compact line per level. */
function passingDetails(report) {
    const passing = report.findings.filter(f => countsAsPass(f.status));
    const rows = report.levels.flatMap(level => {
        const names = passing.filter(f => f.level === level).map(f => format_name(f.practice));
        return names.length > 0 ? [`- ${format_name(level)}: ${names.join(', ')}`] : [];
    });
    return {
        name: 'passing practices',
        head: [`<details><summary>${passing.length} practices that hold</summary>`, ''],
        rows,
        tail: ['', '</details>']
    };
}

;// CONCATENATED MODULE: ./src/report/summary/metrics.ts

/** Every model metric the findings compared, candidate against baseline. */
function metrics(context) {
    const rows = context.report.findings.flatMap(f => f.evidence.flatMap(item => item.kind === 'metric'
        ? [
            `| ${format_name(f.practice)} | ${codeName(item.key, 'cell')} | ${num(item.candidate)} | ` +
                `${num(item.baseline)} | ${signed(item.delta)} | ${format_percent(item.relativeDelta)} | ` +
                `${context.cell(item.bound)} | ${METRIC_VERDICT[item.verdict]} |`
        ]
        : []));
    if (rows.length === 0)
        return [];
    return [
        {
            name: 'model metrics',
            head: [
                '### Model metrics',
                '',
                '| practice | metric | candidate | baseline | \u0394 | \u0394 % | bound | verdict |',
                '|---|---|--:|--:|--:|--:|---|---|'
            ],
            rows: context.capRows(rows),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/summary/next-steps.ts



/**
 * "Why not <next level>" with each gap explained, then "To reach <target>" for the levels beyond, then the
 * gaps only a category target requires.
 */
function nextSteps(context) {
    const { report } = context;
    const next = report.levels[report.levelIndex + 1];
    if (next === undefined)
        return [];
    const gaps = (levels) => report.findings.filter(f => levels.includes(f.level) && !countsAsPass(f.status));
    const blocks = [];
    const nextGaps = gaps([next]);
    if (nextGaps.length > 0) {
        const required = report.levelIndex + 1 <= report.levels.indexOf(report.target);
        const title = required ? `Why not ${format_name(next)}` : `To reach ${format_name(next)}`;
        blocks.push({
            name: `why not ${next}`,
            head: [`### ${title}`],
            rows: nextGaps.map(f => `- ${gapItem(context, f)}`),
            tail: []
        });
    }
    const targetIndex = report.levels.indexOf(report.target);
    const beyond = report.levels.slice(report.levelIndex + 2, targetIndex + 1);
    const later = gaps(beyond).filter(f => !nextGaps.includes(f));
    if (later.length > 0) {
        blocks.push({
            name: `to reach ${report.target}`,
            head: [`### To reach ${format_name(report.target)}`],
            rows: later.map((f, index) => `${index + 1}. ${gapItem(context, f)}`),
            tail: []
        });
    }
    const byCategory = categoryGaps(report).filter(f => !nextGaps.includes(f));
    if (byCategory.length > 0) {
        blocks.push({
            name: 'to meet category targets',
            head: ['### To meet the category targets'],
            rows: byCategory.map((f, index) => `${index + 1}. ${format_name(f.category)} \u2192 ${format_name(report.targets[f.category] ?? '')}: ${gapItem(context, f)}`),
            tail: []
        });
    }
    return blocks;
}
/** Gaps above the target that a category target makes required. */
function categoryGaps(report) {
    const target = report.levels.indexOf(report.target);
    return report.findings.filter(f => report.levels.indexOf(f.level) > target && isRequired(report, f) && !countsAsPass(f.status));
}
/** One gap: what fails, where, how to fix it and where the practice is documented. */
function gapItem(context, finding) {
    const where = finding.locations[0] ? ` (${context.location(finding.locations[0])})` : '';
    const fix = finding.remediation ? ` ${context.prose(capitalise(finding.remediation))}` : '';
    return (`${STATUS_ICON[finding.status]} **${format_name(finding.practice)}** \u2014 ${context.prose(finding.message)}` +
        `${where}.${fix} ${context.docsLink(finding.practice)}`);
}

;// CONCATENATED MODULE: ./src/report/summary/pipeline.ts





/** The pipeline: the Mermaid graph while detail and GitHub allow, then a table of every job. */
function pipeline(context) {
    const jobs = context.report.pipeline;
    if (jobs.length === 0)
        return [];
    const blocks = [textBlock('pipeline heading', '### Pipeline')];
    if (context.detail.graph && graphLimit(jobs) === undefined) {
        blocks.push(textBlock('pipeline graph', '```mermaid', renderMermaid(jobs).trimEnd(), '```'));
    }
    const several = new Set(jobs.map(job => job.workflow)).size > 1;
    const needed = neededJob(jobs);
    const rows = jobs.map(job => {
        const needs = job.needs.map(need => needed(job, need)?.name ?? need);
        const cells = [
            `${context.cell(job.name)} (${context.location(job.location, 'cell')})`,
            ...(several ? [codeName(job.workflow, 'cell')] : []),
            job.stages.length > 0 ? escapeMarkdown(escape_truncate(job.stages.join(', '), NAME_MAX)) : '\u2013',
            job.environment ? `${context.cell(job.environment)}${environmentClass(job)}` : '\u2013',
            runCell(job),
            needs.length > 0 ? context.cell(needs.join(', ')) : '\u2013'
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const columns = ['job', ...(several ? ['workflow'] : []), 'stage', 'environment', 'this run', 'needs'];
    blocks.push({
        name: 'pipeline table',
        head: [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`],
        rows: context.capRows(rows),
        tail: []
    });
    return blocks;
}
function environmentClass(job) {
    return job.environmentClass === 'production' || job.environmentClass === 'preproduction'
        ? ` (${job.environmentClass})`
        : '';
}
function runCell(job) {
    const status = runStatus(job);
    if (!job.run || !status)
        return '\u2013';
    const duration = formatDuration(job.run.durationSeconds);
    const label = {
        ok: '\u2705',
        bad: `\u274c ${escapeMarkdown(job.run.conclusion ?? '')}`,
        skip: '\u23ed skipped',
        running: '\u23f3 running'
    };
    return duration ? `${label[status]} ${duration}` : label[status];
}
function formatDuration(seconds) {
    if (seconds === null)
        return '';
    if (seconds < 60)
        return `${Math.round(seconds)}s`;
    if (seconds < 3600)
        return `${Math.round(seconds / 60)}m`;
    return `${Math.floor(seconds / 3600)}h ${Math.round((seconds % 3600) / 60)}m`;
}

;// CONCATENATED MODULE: ./src/report/summary/dora-checks.ts
const ICON = { pass: '\u2705', unknown: '\u2754', error: '\u274c', warning: '\u26a0\ufe0f' };
/** The policy's DORA thresholds, each with its verdict and where the policy sets it. */
function dora_checks_doraChecks(context) {
    const { dora } = context.report;
    if (dora === undefined)
        return [];
    const { metrics, checks } = dora;
    return [
        {
            name: 'DORA thresholds',
            head: [`### DORA thresholds (${metrics.windowDays} days, from ${context.prose(metrics.source)})`],
            rows: checks.map(check => {
                const icon = check.status === 'broken' ? ICON[check.severity] : ICON[check.status];
                return `- ${icon} ${context.prose(check.message)} (${context.location(check.location)})`;
            }),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/summary/policy-changes.ts

/** How this change weakens or strengthens the policy, against the base commit's policy. */
function policyChanges(context) {
    const { report } = context;
    if (report.policyChanges.length === 0)
        return [];
    return [
        {
            name: 'policy changes',
            head: ['### Policy changes'],
            rows: report.policyChanges.map(c => `- ${policyChangeItem(c, context.prose(c.message))} (${context.location(c.location)})`),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/summary/regressions.ts


/** What held at the base commit and no longer holds, each where it happened. */
function regressions(context) {
    const { report } = context;
    if (report.regressions.length === 0)
        return [];
    return [
        {
            name: 'regressions',
            head: [`### Regressions against the base commit${shortSha(report.base.sha)}`],
            rows: report.regressions.map(r => {
                const head = r.head[0];
                const base = r.base[0];
                // A base location is a line of the base commit: no link, since links point into the head commit.
                const where = head
                    ? ` (${context.location(head)})`
                    : base
                        ? ` (at the base commit: ${codeSpan(locationLabel(base))})`
                        : '';
                return `- ${regressionItem(r, context.prose(r.message))}${where}`;
            }),
            tail: []
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/practice-changes.ts
const practice_changes_DAY = 86_400_000;
/** For every practice of the newest record (oldest record first in `records`). */
function practice_changes_practiceChanges(records) {
    const newest = records.at(-1);
    if (newest === undefined)
        return [];
    return Object.entries(newest.practices)
        .map(([practice, status]) => changeOf(records, practice, status, newest))
        .sort((a, b) => a.practice.localeCompare(b.practice));
}
function changeOf(records, practice, status, newest) {
    const statusAt = (index) => records[index]?.practices[practice];
    let start = records.length - 1;
    while (start > 0 && statusAt(start - 1) === status)
        start--;
    const first = records[start] ?? newest;
    const since = { date: first.date, commit: first.commit };
    const change = { practice, status, since, changed: start > 0 };
    if (status === 'pass') {
        return { ...change, heldDays: Math.floor((Date.parse(newest.date) - Date.parse(first.date)) / practice_changes_DAY) };
    }
    const lastPass = records.findLastIndex(record => record.practices[practice] === 'pass');
    const lost = lastPass === -1 ? undefined : records[lastPass + 1];
    return lost === undefined ? change : { ...change, lostIn: { date: lost.date, commit: lost.commit } };
}

;// CONCATENATED MODULE: ./src/report/trend-text.ts

const trend_text_BARS = '\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';
/** `held` % as a bar of eight heights, one per record. */
function sparkline(records) {
    return records.map(r => trend_text_BARS[Math.round((Math.min(100, Math.max(0, r.held)) / 100) * 7)] ?? '').join('');
}
/** "held for 9 days", "lost on 2026-12-03 in a1b2c3d", or since when it has had its status. */
function changeText(change) {
    if (change.heldDays !== undefined) {
        const days = `${change.heldDays} day${change.heldDays === 1 ? '' : 's'}`;
        return `held for ${change.changed ? '' : 'at least '}${days} (since ${day(change.since.date)})`;
    }
    if (change.lostIn)
        return `lost on ${day(change.lostIn.date)} in ${trend_text_short(change.lostIn.commit)}`;
    return `${change.status} since ${change.changed ? '' : 'at least '}${day(change.since.date)}`;
}
const day = (iso) => iso.slice(0, 10);
const trend_text_short = (commit) => commit.slice(0, 7);
/**
 * The trend as plain text for the CLI: level and % held over the records (a sparkline), and each practice
 * that changed status within them.
 */
function trendText(records) {
    const first = records[0];
    const last = records.at(-1);
    if (first === undefined || last === undefined)
        return 'Trend: no history records yet\n';
    const changes = practiceChanges(records);
    const moved = changes.filter(c => c.changed || c.lostIn);
    const lines = [
        `Trend over the last ${records.length} run${records.length === 1 ? '' : 's'} (${day(first.date)} to ${day(last.date)})`,
        `  held   ${sparkline(records)} ${first.held}% \u2192 ${last.held}%`,
        `  level  ${levelPath(records)}`,
        ...moved.map(c => `  ${c.practice.padEnd(28)} ${c.status.padEnd(8)} ${changeText(c)}`),
        ...(changes.length > moved.length
            ? [`  ${changes.length - moved.length} other practices kept their status over these runs`]
            : [])
    ];
    return `${lines.join('\n')}\n`;
}
/** The levels in order, each once per run of it: `beginner \u2192 intermediate`. */
function levelPath(records) {
    const levels = records
        .map(r => r.level ?? 'none')
        .filter((level, i, all) => i === 0 || all[i - 1] !== level);
    return levels.join(' \u2192 ');
}

;// CONCATENATED MODULE: ./src/report/summary/trend.ts




/**
 * The trend over the history store's last records (policy `history:`): % of target practices held as a
 * Mermaid line, the levels reached, and every practice that changed status within the records. Records come
 * from a branch anyone with write access can edit, so each value is checked or escaped before it is drawn.
 */
function trend(context) {
    const records = context.options.history ?? [];
    const first = records[0];
    const last = records.at(-1);
    if (first === undefined || last === undefined)
        return [];
    const labels = records.map(r => `"${escapeMermaidLabel(r.commit.slice(0, 7))}"`);
    const held = records.map(r => (Number.isFinite(r.held) ? Math.min(100, Math.max(0, r.held)) : 0));
    const moved = practice_changes_practiceChanges(records).filter(c => c.changed || c.lostIn);
    const runs = `${records.length} default-branch run${records.length === 1 ? '' : 's'}`;
    return [
        {
            name: 'trend',
            head: [
                '### Trend',
                '',
                `<sub>The last ${runs}, ${date(first.date)} to ${date(last.date)}, from the history store.</sub>`,
                '',
                '```mermaid',
                'xychart-beta',
                '  title "Target practices held (%)"',
                `  x-axis [${labels.join(', ')}]`,
                '  y-axis "held %" 0 --> 100',
                `  line [${held.join(', ')}]`,
                '```',
                '',
                `Level: ${format_name(levelPath(records))}`,
                ...(moved.length === 0
                    ? ['', 'No practice changed status over these runs.']
                    : ['', '| practice | status | since |', '|---|---|---|'])
            ],
            rows: context.capRows(moved.map(c => `| ${format_name(c.practice)} | ${format_name(c.status)} | ${context.cell(changeText(c))} |`)),
            tail: []
        }
    ];
}
function date(iso) {
    return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : 'an unknown date';
}

;// CONCATENATED MODULE: ./src/report/summary/warnings.ts




/**
 * Evidence that could not be read (broken or missing workflow files): placed under the headline, since every
 * verdict below rests on it.
 */
function evidenceWarnings(context) {
    const { report } = context;
    if (report.warnings.length === 0)
        return [];
    return [
        {
            name: 'unreadable evidence',
            head: ['### \u26a0\ufe0f Evidence that could not be read'],
            rows: report.warnings.map(w => {
                const where = w.location ? ` (${context.location(w.location)})` : '';
                const title = w.title ? `**${escapeMarkdown(w.title)}**: ` : '';
                return `- \u26a0\ufe0f ${title}${context.prose(w.message)}${where}`;
            }),
            tail: []
        }
    ];
}
/** What the token could not read, waivers running out and what the policy turned off. */
function warnings(context) {
    const { report } = context;
    const blocks = [];
    if (report.gaps.length > 0) {
        blocks.push({
            name: 'permission gaps',
            head: ['### Run evidence the token could not read'],
            rows: report.gaps.map(gap => {
                const status = gap.status === undefined ? '' : ` (HTTP ${gap.status})`;
                return `- \u2754 ${escapeMarkdown(gap.what)}: ${context.prose(gap.reason)}${status}. ${inlineMarkdown(permissionHint(gap))}`;
            }),
            tail: []
        });
    }
    if (report.expiries.length > 0) {
        blocks.push({
            name: 'expiries',
            head: ['### Waivers and attestations running out'],
            rows: report.expiries.map(expiry => {
                const where = expiry.location ? ` (${context.location(expiry.location)})` : '';
                return `- ${expiry.state === 'lapsed' ? '\u231b' : '\u23f3'} ${context.prose(expiry.message)}${where}`;
            }),
            tail: []
        });
    }
    if (report.disabled.length > 0) {
        blocks.push(textBlock('disabled', `Turned off by the policy: ${nameList(report.disabled, 50)}.`));
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/report/summary.ts





















const MIB = 1_048_576;
/** Room kept for the closing note about what was cut. */
const NOTE_RESERVE = 2048;
/** Cheapest first: each step gives up more detail than the one before. */
const STEPS = [
    { detail: { collapsePassing: false, graph: true, shortEvidence: false } },
    {
        detail: { collapsePassing: true, graph: true, shortEvidence: false },
        drops: 'passing practices collapsed into a details block'
    },
    { detail: { collapsePassing: true, graph: false, shortEvidence: false }, drops: 'pipeline graph' },
    {
        detail: { collapsePassing: true, graph: false, shortEvidence: true },
        drops: 'evidence and long tables shortened'
    }
];
/**
 * The job summary (design \u00a76, mockups/job-summary.md): the verdict, the level ladder, what to do next, the
 * regressions and policy changes, categories, model metrics, the pipeline and every finding. Stays under
 * `maxBytes` for any report by giving up detail step by step, then cutting whole blocks and table rows.
 */
function renderSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? MIB;
    const dropped = [];
    const graphTooLarge = graphLimit(report.pipeline);
    if (graphTooLarge)
        dropped.push(graphTooLarge);
    for (const [index, step] of STEPS.entries()) {
        // A graph too large to draw is already reported with its reason.
        const { drops } = step;
        if (drops && !dropped.some(reason => reason.startsWith(drops)))
            dropped.push(drops);
        const blocks = sections(report, options, step.detail);
        const markdown = joinBlocks([...blocks, noteBlock(dropped, options)]);
        if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
            return { markdown, dropped };
        if (index === STEPS.length - 1)
            return cut(blocks, dropped, options, maxBytes);
    }
    throw new Error('unreachable: the last step always returns');
}
/** What the verdict rests on: the workflow files read, and whether the API was. */
function evidenceRead(report) {
    return `<sub>${capitalise(workflowsRead(report))}${report.evidence.offline ? ' \u00b7 offline (workflow files only)' : ''}.</sub>`;
}
/** The summary's blocks in reading order, at one level of detail. */
function sections(report, options, detail) {
    const context = summaryContext(report, options, detail);
    return [
        textBlock('headline', summaryHeadline(report), '', `${explanation(report)} ${evidenceRead(report)}`),
        ...evidenceWarnings(context),
        ...ladder(context),
        ...annotationNote(context),
        ...nextSteps(context),
        ...regressions(context),
        ...policyChanges(context),
        ...dora_checks_doraChecks(context),
        ...categories(context),
        ...trend(context),
        ...metrics(context),
        ...pipeline(context),
        ...warnings(context),
        ...allFindings(context),
        footer(context)
    ];
}
/** Even the shortest detail is too large: cut blocks and rows, keeping room for the note that says so. */
function cut(blocks, dropped, options, maxBytes) {
    const reserve = Math.min(NOTE_RESERVE, Math.floor(maxBytes / 4));
    const { kept, cut: lost } = cutBlocks(blocks, maxBytes - reserve);
    if (lost)
        dropped.push(`cut: ${lost}`);
    const markdown = truncateBytes(joinBlocks([...kept, noteBlock(dropped, options, reserve)]), maxBytes);
    return { markdown, dropped };
}
function noteBlock(dropped, options, maxBytes = NOTE_RESERVE) {
    if (dropped.length === 0)
        return textBlock('note');
    const file = escapeMarkdown(options.reportFile ?? 'maturity-report.json');
    return textBlock('note', truncateBytes(`> [!NOTE]\n> Shortened to fit GitHub's summary limit: ${escapeMarkdown(dropped.join('; '))}. ` +
        `The JSON report (${file}) has everything.`, maxBytes));
}

;// CONCATENATED MODULE: ./src/report/publish.ts












/** The action's only writer: outputs, report files, annotations, the job summary and the sticky comment. */
async function publish(report, options) {
    const reportFile = await writeOutput(options.outputRoot, options.reportPath, renderJson(report));
    lib_core.setOutput('level', report.level ?? '');
    lib_core.setOutput('level-index', String(report.levelIndex));
    lib_core.setOutput('target', report.target);
    lib_core.setOutput('passed', String(report.passed));
    lib_core.setOutput('regressions', String(report.regressions.filter(r => r.kind === 'practice').length));
    lib_core.setOutput('report-path', reportFile);
    if (options.sarifPath) {
        await writeOutput(options.outputRoot, options.sarifPath, `${JSON.stringify(renderSarif(report, options.toolVersion, { docsUrl: options.docsUrl }), null, 2)}\n`);
    }
    if (options.badgePath)
        await writeOutput(options.outputRoot, options.badgePath, `${JSON.stringify(renderBadge(report))}\n`);
    const plan = planAnnotations(report, { changedFiles: options.changedFiles });
    for (const { level, message, ...properties } of plan.annotations)
        lib_core[level](message, properties);
    // core.summary.write() throws without GITHUB_STEP_SUMMARY (design \u00a78): outside a runner there is no summary.
    if (process.env.GITHUB_STEP_SUMMARY) {
        const { markdown } = renderSummary(report, {
            docsUrl: options.docsUrl,
            sourceUrl: options.sourceUrl,
            reportFile: options.reportPath,
            omittedAnnotations: plan.omitted,
            history: options.history
        });
        await lib_core.summary.addRaw(markdown).write();
    }
    if (options.comment)
        await upsertComment(report, options.comment, options.runUrl);
}
/**
 * A run whose policy cannot be used still answers every output (`passed=false`, no level) and writes the report
 * file, so later steps that read them do not break on top of the real problem; each error is annotated on its
 * line and listed in the job summary.
 */
async function publishInvalidPolicy(errors, options) {
    const report = invalidPolicyReport(errors);
    const reportFile = await writeOutput(options.outputRoot, options.reportPath, `${JSON.stringify(report, null, 2)}\n`);
    lib_core.setOutput('level', '');
    lib_core.setOutput('level-index', String(report.levelIndex));
    lib_core.setOutput('target', '');
    lib_core.setOutput('passed', 'false');
    lib_core.setOutput('regressions', '0');
    lib_core.setOutput('report-path', reportFile);
    for (const problem of errors) {
        const place = annotationPlace(problem);
        // Moved to the extends entry, the annotation says where in the base the error is.
        const text = place.file === problem.file ? describePolicyError(problem) : formatPolicyError(problem);
        lib_core.error(text, {
            title: 'maturity-gate: invalid policy',
            file: place.file,
            startLine: place.line,
            startColumn: place.column
        });
    }
    if (process.env.GITHUB_STEP_SUMMARY)
        await lib_core.summary.addRaw(renderInvalidPolicySummary(errors)).write();
}
async function writeOutput(root, relative, content) {
    const file = external_node_path_default().resolve(root, relative);
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, content);
    return file;
}
/**
 * The sticky pull-request comment: found by its hidden marker and edited in place, so a pull request carries
 * one comment however often it is pushed. A fork's token cannot write, so it is skipped with a notice, as is a
 * token without `pull-requests: write`.
 */
async function upsertComment(report, target, runUrl) {
    if (target.fromFork) {
        lib_core.notice('maturity-gate did not comment: pull requests from forks get a read-only token.');
        return;
    }
    const { client, context } = target.api;
    const issue = { owner: context.owner, repo: context.repo, issue_number: target.pullRequest };
    const body = renderComment(report, { runUrl });
    try {
        const comments = await client.paginate(client.rest.issues.listComments, { ...issue, per_page: 100 });
        const mine = comments.find(comment => comment.body?.startsWith(COMMENT_MARKER));
        if (mine)
            await client.rest.issues.updateComment({
                owner: context.owner,
                repo: context.repo,
                comment_id: mine.id,
                body
            });
        else
            await client.rest.issues.createComment({ ...issue, body });
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404 ? ' (the job needs `permissions: pull-requests: write`)' : '';
        lib_core.notice(`maturity-gate did not comment on the pull request: ${(0,message_of/* messageOf */.b)(error)}${hint}`);
    }
}

;// CONCATENATED MODULE: ./src/main.ts















/** The action: inputs \u2192 gate \u2192 publish. The one place that decides the step's outcome. */
async function main_run() {
    let settings;
    try {
        settings = parseInputs(name => lib_core.getInput(name));
    }
    catch (error) {
        lib_core.setFailed((0,message_of/* messageOf */.b)(error));
        return;
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    try {
        await gateAndPublish(settings, workspace);
    }
    catch (error) {
        if (!(error instanceof InvalidPolicyError)) {
            lib_core.setFailed((0,message_of/* messageOf */.b)(error));
            return;
        }
        await publishInvalidPolicy(error.errors, { outputRoot: workspace, reportPath: settings.reportPath });
        lib_core.setFailed(`maturity-gate: ${invalidPolicyReason(error.errors)}; see the annotations and the job summary`);
    }
}
async function gateAndPublish(settings, workspace) {
    if (settings.token)
        lib_core.setSecret(settings.token);
    const root = external_node_path_default().resolve(workspace, settings.workingDirectory);
    const payload = eventPayload();
    const context = runContext(payload);
    const api = apiAccess(settings.token, context);
    const event = context?.eventName ?? process.env.GITHUB_EVENT_NAME ?? '';
    const report = await runGate({
        root,
        policyPath: settings.policyPath,
        mode: settings.mode,
        api,
        // The base comes from the event, not the API: git reads it without a token.
        baseRef: context?.baseSha,
        policySource: resolvePolicySource(settings.policySource, event),
        allowPolicyChanges: settings.allowPolicyChanges,
        policyReview: main_policyReview(event, payload, context)
    });
    const history = await recordHistory(report, api, context, { root, policyPath: settings.policyPath });
    await publish(report, {
        // Output paths are relative to the workspace, as action.yml says, whatever `working-directory` is.
        outputRoot: workspace,
        reportPath: settings.reportPath,
        sarifPath: settings.sarifPath,
        badgePath: settings.badgePath,
        changedFiles: report.base.sha ? await (0,git.changedFilesSince)(root, report.base.sha) : [],
        ...links(process.env),
        toolVersion: VERSION,
        comment: settings.comment ? commentTarget(api, payload) : undefined,
        history: history?.records
    });
    logVerdict(report);
}
/**
 * The policy's history store (`history:`): this run's record on a default-branch run, and the trend's records.
 * A store that cannot be kept is a warning: the gate's verdict never depends on it.
 */
async function recordHistory(report, api, context, where) {
    if (context === undefined)
        return undefined;
    const onDefaultBranch = context.defaultBranch !== undefined &&
        context.ref === `refs/heads/${context.defaultBranch}` &&
        !context.eventName.startsWith('pull_request');
    const history = await keepHistory(report, api, {
        ...where,
        today: new Date().toISOString().slice(0, 10),
        run: { commit: context.sha, id: context.runId, defaultBranch: onDefaultBranch }
    });
    if (history?.warning)
        lib_core.warning(`maturity-gate history: ${history.warning}`);
    return history;
}
/** One verdict line in the log, whatever the outcome: the failure message, or what was reached. */
function logVerdict(report) {
    if (report.passed) {
        lib_core.info(`maturity-gate passed: ${report.level ?? 'no level'} (target ${report.target})`);
    }
    else if (report.mode === 'enforce') {
        lib_core.setFailed(report.reason);
    }
    else {
        lib_core.info(`maturity-gate FAILED (advisory, the step passes): ${report.reason}`);
    }
}
/**
 * REST access for this run, or undefined (offline: workflow files only) when there is no token or the runner's
 * variables are missing \u2014 said in a warning, since the report then rests on definitions alone.
 */
function apiAccess(token, context) {
    if (token === '') {
        lib_core.warning('maturity-gate has no token: judging workflow files only (set `token:` or keep its default).');
        return undefined;
    }
    return context ? { client: createGitHubClient({ token, apiUrl: context.apiUrl }), context } : undefined;
}
/** This run from the runner's variables and the event payload; without them the gate is offline (a warning). */
function runContext(payload) {
    try {
        return githubContext(process.env, payload);
    }
    catch (error) {
        lib_core.warning(`maturity-gate is offline: ${(0,message_of/* messageOf */.b)(error)}`);
        return undefined;
    }
}
/** `auto`: a pull request is held to its base commit's policy, so it cannot lower its own bar (design \u00a72.2). */
function resolvePolicySource(source, event) {
    if (source !== 'auto')
        return source;
    return event.startsWith('pull_request') ? 'base' : 'head';
}
/**
 * What approves a policy change in this event: the pull request itself \u2014 named in the merge queue's branch
 * (`gh-readonly-queue/main/pr-7-<sha>`) for a merge group \u2014 or the one a push merged.
 */
function main_policyReview(event, payload, context) {
    const number = payload.pull_request?.number;
    if (event.startsWith('pull_request') && typeof number === 'number')
        return { pullRequest: number };
    const queue = payload.merge_group?.head_ref;
    const queued = typeof queue === 'string' ? /\/pr-(\d+)-[0-9a-f]+$/.exec(queue) : null;
    if (event === 'merge_group' && queued)
        return { pullRequest: Number(queued[1]) };
    if (event === 'push' && context)
        return { mergeCommit: context.sha };
    return undefined;
}
/** The event payload (GITHUB_EVENT_PATH); one that cannot be read fails the step, saying why. */
function eventPayload() {
    const event = (0,event_payload/* readEventPayload */.N)(process.env.GITHUB_EVENT_PATH);
    if (!event.ok)
        throw new Error(event.reason);
    return event.payload;
}
/** Links for the summary: this action's docs at its own version, the repository at this commit, this run. */
function links(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const action = env.GITHUB_ACTION_REPOSITORY || 'maturity-gate/maturity-gate';
    const docsUrl = `${server}/${action}/blob/${env.GITHUB_ACTION_REF || 'main'}/docs/practices.md`;
    if (!env.GITHUB_REPOSITORY)
        return { docsUrl };
    const repository = `${server}/${env.GITHUB_REPOSITORY}`;
    return {
        docsUrl,
        sourceUrl: env.GITHUB_SHA ? `${repository}/blob/${env.GITHUB_SHA}` : undefined,
        runUrl: env.GITHUB_RUN_ID ? `${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
    };
}
/** Where `comment: true` posts: the pull request of this event, or nowhere (said in a notice). */
function commentTarget(api, payload) {
    const pullRequest = payload.pull_request;
    if (!api || typeof pullRequest?.number !== 'number') {
        lib_core.notice('maturity-gate did not comment: `comment: true` needs a pull request event and a token.');
        return undefined;
    }
    const fromFork = pullRequest.head?.repo?.full_name !== pullRequest.base?.repo?.full_name;
    return { api, pullRequest: pullRequest.number, fromFork };
}


/***/ }),

/***/ 3233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ DEFAULT_ENVIRONMENT_PATTERNS),
/* harmony export */   m: () => (/* binding */ classifyEnvironment)
/* harmony export */ });
/* harmony import */ var _core_safe_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5835);
/**
 * Reads an environment name as production, pre-production or other (design \u00a72, \u00a73). Names are matched as
 * words: `_` and camelCase humps count as word breaks too, so `prod_eu` and `stagingEu` read like `prod-eu`.
 * A name that is only an expression (`${{ inputs.environment }}`) is `unresolved` \u2014 it is not evidence of
 * either class; literal words around an expression (`api-preview-${{ github.event.number }}`) still count.
 */

const DEFAULT_ENVIRONMENT_PATTERNS = {
    production: '\\b(prod|production|prd|live)\\b',
    preproduction: '\\b(stg|staging|stage|preprod|pre-prod|uat|qa|test|testing|dev|development|preview|sandbox|int|integration)\\b'
};
/** Names are truncated before matching: policy regexes only ever run on bounded input (design \u00a711). */
const MAX_NAME_LENGTH = 256;
const EXPRESSION = /\$\{\{[^}]*\}\}/g;
function classifyEnvironment(name, patterns) {
    const production = (0,_core_safe_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePolicyRegex */ .f0)(patterns.production);
    const preproduction = (0,_core_safe_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePolicyRegex */ .f0)(patterns.preproduction);
    const literal = words(name.slice(0, MAX_NAME_LENGTH).replace(EXPRESSION, ' '));
    const prod = production.exec(literal);
    const pre = preproduction.exec(literal);
    // `pre-prod` contains the word `prod`: a production match inside a pre-production match is pre-production.
    if (prod && !(pre && within(prod, pre)))
        return 'production';
    if (pre)
        return 'preproduction';
    return name.includes('${{') ? 'unresolved' : 'other';
}
function words(name) {
    return name.replace(/_/g, '-').replace(/([a-z0-9])([A-Z])/g, '$1-$2');
}
function within(inner, outer) {
    return inner.index >= outer.index && inner.index + inner[0].length <= outer.index + outer[0].length;
}


/***/ })

};

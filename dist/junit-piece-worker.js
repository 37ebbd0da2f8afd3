import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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

/** A trailing `&\u2026` shorter than this is kept for the next chunk so that a reference is never split. */
const MAX_REFERENCE = 16;
/**
 * How an undefined reference is quoted: at most MAX_REFERENCE characters from its `&`, all a streamed buffer is
 * sure to hold when the text is checked, so that the message is the same however the report arrived in chunks.
 */
const QUOTED_REFERENCE = new RegExp(`^&[^;\\s<&]{0,${MAX_REFERENCE - 2}};?`);
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
                const ref = QUOTED_REFERENCE.exec(buf.slice(at, at + MAX_REFERENCE))?.[0] ?? '&';
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
function junit_createJunitParser(fragment = false) {
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
    const parser = junit_createJunitParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/evidence/read-junit-range.ts



/** JUnit reports are read in chunks of this size, into this one buffer per thread. */
const CHUNK = external_node_buffer_namespaceObject.Buffer.alloc(64 * 1024);
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
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
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
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, CHUNK, 0, Math.min(CHUNK.length, stop - at), at);
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

;// CONCATENATED MODULE: ./src/parsers/junit-scanner-wasm.ts
// Generated by scripts/build-wasm.js from wasm/junit-scanner.ts: do not edit.
const JUNIT_SCANNER_WASM = 'AGFzbQEAAAABLghgA39/fwF/YAF/AX9gAX8AYAAAYAR/f39/AGACf38Bf2ACf3wAYAR/f39/AX8CDQEDZW52BWFib3J0AAQDCgkBAAIDAAUGBwAFAwEAAQbmASJ/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AEGAgMAAC38BQQALfAFEAAAAAAAAAAALfwFBAAt/AUEAC38BQQALfwFBAAt/AUF/C38BQQALfwFBAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt/AUEAC3wBRAAAAAAAAAAAC38BQQALfwFBAAt/AUEAC38BQQALfAFEAAAAAAAAAAALfwFBAAt/AUEAC38BQQALB54CGwVpbnB1dAMBC2Nsb3NlZE5hbWVzAwQNY2xvc2VkTGVuZ3RocwMFDWZhaWxpbmdSYW5nZXMDBgpzdGFja05hbWVzAwcMc3RhY2tMZW5ndGhzAwgIY2FwYWNpdHkDCQRoZWxkAwoEYmFzZQMLBmZhaWxlZAMMBG1vZGUDDQVkZXB0aAMOC2Nsb3NlZENvdW50Aw8SY29udGVudEFmdGVyQ2xvc2VkAxAHZGVlcGVzdAMRCHJvb3RTZWVuAxIFdGVzdHMDEwhmYWlsdXJlcwMUBmVycm9ycwMVB3NraXBwZWQDFgVmbGFreQMXBGtlcHQDGAdvbWl0dGVkAxkIY2FzZU9wZW4DGwVyZXNldAAHBHNjYW4ABgZtZW1vcnkCAAgBBAwBEgrPIwmDAQEEfyAAQfz///8DSwRAQaAIQeAIQSFBHRAAAAsjAEEEaiIBIABBE2pBcHFBBGsiAGoiAj8AIgNBEHRBD2pBcHEiBEsEQCADIAIgBGtB//8DakGAgHxxQRB2IgQgAyAEShtAAEEASARAIARAAEEASARAAAsLCyMAIAIkACAANgIAIAELjgQBBH8gAEEQaiEFIABBAWohAwNAIAMgBUkgASADS3EEfyADLQAAQTtHBUEACwRAIANBAWohAwwBCwsgAkUgASADTXEgAyAFSXEEQEEADwsCQAJAIAEgA00gAyAFT3IEf0EBBSADLQAAQTtHCw0AIAMgAGtBAWsiAkECRiIFIAAoAgEiBkH//wNxIgFB7OgBRnENASABQefoAUYgBXENASAGQf///wdxQeHawQNGIAJBA0ZxDQEgAkEERiIBIAZB8eq9owdGcQ0BIAZB4eC9mwdGIAFxDQEgAkECSQR/QQEFIAAtAAFBI0cLDQBBACEBIAAtAAJB+ABGBEAgAEEDaiECA0AgAiADSQRAIAItAAAiAEEwayIFQQpPBH8gAEHhAGtBBkkEfyAAQdcAawUgAEHBAGtBBk8NBSAAQTdrCwUgBQsgAUEEdGohASAEQQFqIQQgAkEBaiECDAELCwUgAEECaiECA0AgAiADSQRAIAItAABBMGsiAEEKTw0DIAFBCmwgAGohASAEQQFqIQQgAkEBaiECDAELCwsgBEUgBEEHSnIEf0EABSABQQpGIAFBCUZyIAFBDUZyBH9BAQUgAUH/rwNNIAFBIE9xCwR/QQEFIAFB/f8DTSABQYDAA09xCwR/QQEFIAFB///DAE0gAUGAgARPcQsLRQ0AIANBAWoPC0EBJAxBAQ8LIANBAWoLyAEBAX8jHCMaRkEAIxsbBEAjHSIBQQFxBEAjFEQAAAAAAADwP6AkFAsgAUECcQRAIxVEAAAAAAAA8D+gJBULIAFBBHEEQCMWRAAAAAAAAPA/oCQWCyABQQNxQQEgAUEIcRtFBEAjF0QAAAAAAADwP6AkFwsgAUEDcQRAIxhBMkgEQCMYQQR0IgEjBmojHjkDACMGIAFBCGpqIwsgACMBa7igOQMAIxhBAWokGAUjGUQAAAAAAADwP6AkGQsLQQAkGwsjGkEBayQaC8wBAQR/QcwLJABBwIDAABABJAFBgOgHEAEkAkGgHxABJANBgOgHEAEkBEGgHxABJAVBoAYQASQGIwIkByMDJAhBACQNQYACEAEkIQNAIABBgAJJBEAjISAAaiAAQd8ARiICIABBwQBrQRpJIABB4QBrQRpJciIDIABBMGtBC0lyciAAQS1GciAAQS5GciIBQQJyIAEgAiADciAAQTpGchsiAUEEciABIABBCkYgAEEgRnIgAEEJRnIgAEENRnIbOgAAIABBAWohAAwBCwsLnggCB38CeyAAIgRBAWoiBSEAIyEgBS0AAGotAABBAnEEQCAFQQFqIQADQCMhIAAtAABqLQAAQQFxBEAgAEEBaiEADAELCwsCQAJAIAAgBUYNACAAIAFPDQEgACAFayIGQYABSiAALQAAQYABT3INAANAAkAgACEDA0AgACABSQR/IyEgAC0AAGotAABBBHEFQQALBEAgAEEBaiEADAELCyAAIAFPDQMgAC0AACIIQT5GBEAgAEEBaiEADAELIAhBL0YEQCABIABBAWpNDQQgAC0AAUE+Rw0DIABBAmohAEEBIQcMAQsgACADRg0CIAAhAyMhIAAtAABqLQAAQQJxBEAgAEEBaiEAA0AjISAALQAAai0AAEEBcQRAIABBAWohAAwBCwsLIAAgAU8iCCAAIANGcgRAIAJFIAhxBH9BAAVBASQMQQELDwsgAC0AAEGAAU8NAgNAIAAgAUkEfyMhIAAtAABqLQAAQQRxBUEACwRAIABBAWohAAwBCwsgACABTw0DIAAtAABBPUcNAiAAQQFqIQADQCAAIAFJBH8jISAALQAAai0AAEEEcQVBAAsEQCAAQQFqIQAMAQsLIAAgAU8NAyAALQAAIggiA0EnRyADQSJHcQ0CIABBAWohAANAAkAgCP0PIQsCQANAIABBEGoiAyABTQRAIAAgAP0ABAAiCiAL/SMgCv0MPDw8PDw8PDw8PDw8PDw8PP0j/VAgCv0MJiYmJiYmJiYmJiYmJiYmJv0j/VD9ZCIJaGohACAJDQIgAyEADAELCwNAIAAgAUkEQCAALQAAIgNBPEYgAyAIRnIgA0EmRnINAiAAQQFqIQAMAQsLIAEhAAsgACEDQQAhACABIANNDQAgA0EBaiEAIAMtAAAiCSAIRg0AIAlBPEYEQEEBJAxBASEADAELIAMgASACEAIiAEEBSw0BCwsgAEUNAyAAQQFHDQFBAQ8LC0EAIx8jDhsEQCMPJBAFIw5FBEAjEg0CQQEkEkEAIQICQCAGQZwJKAIAQQF2Rw0AQQAhAQNAIAEgBkgEQCABQZwJKAIAQQF2TwR/QX8FIAFBAXRBoAlqLwEACyABIAVqLQAARw0CIAFBAWohAQwBCwtBASECCyACBEBBASECBUEAIQICQCAGQcwJKAIAQQF2Rw0AQQAhAQNAIAEgBkgEQCABQcwJKAIAQQF2TwR/QX8FIAFBAXRB0AlqLwEACyABIAVqLQAARw0CIAFBAWohAQwBCwtBASECCwsgAkUNAgsLIAdFBEAjDkHeB04NASMCIw5BB3RqIAUgBvwKAAAjAyMOQQJ0aiAGNgIAIw5BAWokDiMOIxFKBEAjDiQRCwsgBSAGIAcgBBAIRQ0AIAcEQCAAEAMLIAAPC0EBJAxBAQ8LIAIEf0EBJAxBAQVBAAsL8wgCBH8CeyMMBEBBAA8LIwEhAiMBIwogAGpqIgRBAEHAAPwLACMgRQRAIAFFIAQgAmsiAEEDSXEEQAJ/IABBgIDAAE4EQEEBJAxBAAwBCyMBIAIgAPwKAAAjCyACIwFruKAkCyAAJApBAQsPC0EBJCAgAkEDaiACIAQgAmtBA08EfyACLQAAQe8BRgVBAAsEfyACLQABQbsBRgVBAAsEfyACLQACQb8BRgVBAAsbIQILA0AgAiAESQRAAkAjDQRAIAIhACMNQQFGBH9BLQVB3QBBPyMNQQJGGwshAwNAAkAgA/0PIQYCQANAIABBEGoiAiAETQRAIAAgAP0ABAAiByAG/SMgByAG/SMiB/1QIAf9UP1kIgVoaiEAIAUNAiACIQAMAQsLA0AgACAESQRAIAAtAAAgA0H/AXFGIgIgAnINAiAAQQFqIQAMAQsLIAQhAAsgBCAAayECIw1BA0YEQCACQQJIDQEgAC0AAUE+RgRAQQAkDSAAQQJqIQAMAgsFIAJBA0gNASADIAAtAAFGBH8gAC0AAkE+RgVBAAsEQEEAJA0gAEEDaiEADAILCyAAQQFqIQAMAQsLIAAhAiMNDQEMAwsgAiEAAkAjDkUEQANAIAAgBEkEQCAAIgMtAAAiAEE8Rg0DIyEgAGotAABBBHFFBEAjH0UEQEEBJAxBASEDDAULIw8kECAAQSZGBEBBASADIAMgBCABEAIiABshAyAAQQFNDQUMAwsLIANBAWohAAwBCwsgACEDDAELA0ACQANAIABBEGoiAyAETQRAIAAgAP0ABAAiBv0MPDw8PDw8PDw8PDw8PDw8PP0jIgcgBv0MJiYmJiYmJiYmJiYmJiYmJv0j/VAgB/1Q/WQiBWhqIQAgBQ0CIAMhAAwBCwsDQCAAIARJBEAgAC0AACIDQSZGIANBPEZyDQIgAEEBaiEADAELCyAEIQALIAAiAyAETwR/QQEFIAMtAABBPEYLDQFBASADIAMgBCABEAIiABshAyAAQQFLDQALCyADQQFGBEBBAA8LIAIgA0cEQCADIQIMAwsgAi0AAEE8Rw0AIAJBAWogBE8EQCABRQ0BQQEkDEEADwsgAi0AASIAQS9GBH8gAiAEIAEQCQUgAEEhRgR/An9BACABRSACQQlqIARLcQ0AGiACQQRqIARNBH8gAigCAEG8wrTpAkYFQQALBEBBASQNIAJBBGoMAQsgAkEJaiAETQR/IAIoAgBBvMLsmgRGBUEACwR/IAIoAgRBxILRigRGBUEACwR/IAItAAhB2wBGBUEACwRAIx8jDnJFBEBBASQMQQEMAgsjDkUEQCMPJBALQQIkDSACQQlqDAELQQEkDEEBCwUgAEE/RgR/QQMkDSACQQJqBSACIAQgARAFCwsLIgBBAUYEQEEADwsgAEUNACAAIQIMAgsLCyMNQQAgARsEQEEBJAxBAA8LAn8gBCACayIAQYCAwABOBEBBASQMQQAMAQsjASACIAD8CgAAIwsgAiMBa7igJAsgACQKQQELC4UBACAAQQBHIgAkHyABJAtBACQKQQAkDEEAJA1BACQOQQAkD0F/JBBBACQRIAAkEkQAAAAAAAAAACQTRAAAAAAAAAAAJBREAAAAAAAAAAAkFUQAAAAAAAAAACQWRAAAAAAAAAAAJBdBACQYRAAAAAAAAAAAJBlBACQaQQAkG0EAJB0gACQgC/cEACMaQQFqJBogAUEIRgR/IAApAwBC9MrNo7es2LnlAFEFQQALBEAjE0QAAAAAAADwP6AkEyACBEBBAQ8LIxsEQEEADwtBASQbIxokHEEAJB0jCyADIwFruKAkHkEBDwsjGwR/IxojHEEBakcFQQELBEBBAQ8LQQAhAwJAIAFB/AkoAgBBAXZHDQBBACECA0AgASACSgRAIAJB/AkoAgBBAXZPBH9BfwUgAkEBdEGACmovAQALIAAgAmotAABHDQIgAkEBaiECDAELC0EBIQMLIAMEQCMdQQFyJB0FQQAhAwJAIAFBrAooAgBBAXZHDQBBACECA0AgASACSgRAIAJBrAooAgBBAXZPBH9BfwUgAkEBdEGwCmovAQALIAAgAmotAABHDQIgAkEBaiECDAELC0EBIQMLIAMEQCMdQQJyJB0FQQAhAwJAIAFBzAooAgBBAXZHDQBBACECA0AgASACSgRAIAJBzAooAgBBAXZPBH9BfwUgAkEBdEHQCmovAQALIAAgAmotAABHDQIgAkEBaiECDAELC0EBIQMLIAMEQCMdQQRyJB0FQQAhAwJAIAFB/AooAgBBAXZHDQBBACECA0AgASACSgRAIAJB/AooAgBBAXZPBH9BfwUgAkEBdEGAC2ovAQALIAAgAmotAABHDQIgAkEBaiECDAELC0EBIQMLIAMEQEEBIQMFQQAhAwJAIAFBrAsoAgBBAXZHDQBBACECA0AgASACSgRAIAJBrAsoAgBBAXZPBH9BfwUgAkEBdEGwC2ovAQALIAAgAmotAABHDQIgAkEBaiECDAELC0EBIQMLCyADBEAjHUEIciQdCwsLC0EBC4oEAQV/IABBAmoiBCEAIyEgBC0AAGotAABBAnEEQCAEQQFqIQADQCMhIAAtAABqLQAAQQFxBEAgAEEBaiEADAELCwsgACIDIARGBEAgAkUgACABT3EEf0EABUEBJAxBAQsPCwJAAkAgASADTQ0AIAMtAABBgAFPDQEgAyAEayEAA0AgASADSwR/IyEgAy0AAGotAABBBHEFQQALBEAgA0EBaiEDDAELCyABIANNDQAgAy0AAEE+Rw0BIABBgAFKDQEjDgRAIwMjDkEBayIFQQJ0aigCACAARw0CQQAhAQJAIwIgBUEHdGoiAiAERg0AIAJBB3EgBEEHcUYEQANAIAJBB3EEQEEAIQEgAEUNAyACLQAAIgYgBC0AACIHayEBIAYgB0cNAyAAQQFrIQAgAkEBaiECIARBAWohBAwBCwsDQCAAQQhPBEAgAikDACAEKQMAUQRAIAJBCGohAiAEQQhqIQQgAEEIayEADAILCwsLA0AgACIBQQFrIQAgAQRAIAItAAAiBiAELQAAIgdrIQEgBiAHRw0CIAJBAWohAiAEQQFqIQQMAQsLQQAhAQsgAQ0CIAUkDgUjH0UjD0HoB05yDQIjBCMPQQd0aiAEIAD8CgAAIwUjD0ECdGogADYCACMPQQFqJA8LIANBAWoiABADIAAPCyACBH9BASQMQQEFQQALDwtBASQMQQELC/MCEgBBjAgLATwAQZgICy8CAAAAKAAAAEEAbABsAG8AYwBhAHQAaQBvAG4AIAB0AG8AbwAgAGwAYQByAGcAZQBBzAgLATwAQdgICyUCAAAAHgAAAH4AbABpAGIALwByAHQALwBzAHQAdQBiAC4AdABzAEGMCQsBLABBmAkLGwIAAAAUAAAAdABlAHMAdABzAHUAaQB0AGUAcwBBvAkLASwAQcgJCxkCAAAAEgAAAHQAZQBzAHQAcwB1AGkAdABlAEHsCQsBLABB+AkLFQIAAAAOAAAAZgBhAGkAbAB1AHIAZQBBnAoLARwAQagKCxECAAAACgAAAGUAcgByAG8AcgBBvAoLASwAQcgKCxUCAAAADgAAAHMAawBpAHAAcABlAGQAQewKCwEsAEH4CgsfAgAAABgAAABmAGwAYQBrAHkARgBhAGkAbAB1AHIAZQBBnAsLASwAQagLCxsCAAAAFAAAAGYAbABhAGsAeQBFAHIAcgBvAHI=';

;// CONCATENATED MODULE: ./src/parsers/junit-scanner.ts



let compiled;
/**
 * A scanner for a report, or for a piece of one that starts at a `<testcase` tag (`fragment`, see
 * JunitPiece) at byte `base` of the report. Each has its own instance: reports are read side by side.
 */
function createJunitScanner(fragment = false, base = 0) {
    compiled ??= new WebAssembly.Module(external_node_buffer_namespaceObject.Buffer.from(JUNIT_SCANNER_WASM, 'base64'));
    const wasm = new WebAssembly.Instance(compiled, { env: { abort: abortScan } }).exports;
    wasm.reset(fragment, base);
    const number = (name) => wasm[name].value;
    const input = number('input');
    const capacity = number('capacity');
    let final = false;
    let trapped = false;
    // A trap would be a bug of the scanner: the report is then read in JavaScript, as anything it refuses is.
    const scan = (n, last) => {
        try {
            return wasm.scan(n, last);
        }
        catch {
            trapped = true;
            return false;
        }
    };
    /** Read up to here with nothing half-read. */
    const clean = () => !trapped && !number('failed') && number('mode') === 0 && number('held') === 0;
    const finish = () => {
        if (!final)
            scan(0, (final = true));
        return clean();
    };
    const scanned = () => ({
        tests: number('tests'),
        failures: number('failures'),
        errors: number('errors'),
        skipped: number('skipped'),
        flaky: number('flaky'),
        failing: failingRanges(wasm.memory, number('failingRanges'), number('kept')),
        omittedFailingCases: number('omitted')
    });
    const stack = (names, lengths, count) => namesAt(wasm.memory, number(names), number(lengths), count);
    return {
        room: () => new Uint8Array(wasm.memory.buffer, input + number('held'), capacity - number('held')),
        wrote: n => scan(n, false),
        cut(last) {
            if (!(last ? finish() : clean()))
                return undefined;
            const depth = number('depth');
            if (!fragment && depth === 0)
                return undefined;
            const edges = {
                closed: stack('closedNames', 'closedLengths', number('closedCount')),
                open: stack('stackNames', 'stackLengths', depth),
                contentAfterClosed: number('contentAfterClosed'),
                depth: fragment ? number('deepest') : depth
            };
            // A test case still open cannot be cut (the JavaScript reader's `between`).
            return number('caseOpen') ? undefined : { scan: scanned(), edges };
        },
        end() {
            if (!finish() || number('depth') !== 0 || !number('rootSeen'))
                return undefined;
            return scanned();
        }
    };
}
function abortScan() {
    throw new Error('the JUnit scanner aborted');
}
function failingRanges(memory, at, count) {
    const offsets = new Float64Array(memory.buffer, at, count * 2);
    return Array.from({ length: count }, (_, i) => ({
        start: offsets[2 * i],
        end: offsets[2 * i + 1]
    }));
}
/** Element names the scanner keeps: MAX_NAME (128) bytes each, their lengths beside them. */
function namesAt(memory, names, lengths, count) {
    const length = new Int32Array(memory.buffer, lengths, count);
    return Array.from({ length: count }, (_, i) => external_node_buffer_namespaceObject.Buffer.from(memory.buffer, names + i * 128, length[i]).toString('latin1'));
}
/**
 * A scan's summary with its failing cases as the JavaScript reader described them (`described`, in the order
 * of `scan.failing`), each read alone as a piece of the report that starts at its `<testcase` tag: as that
 * reader describes them reading the whole report. Undefined when one could not be read so.
 */
function summaryOfScan(scan, described) {
    const failingCases = [];
    for (const summary of described) {
        if (summary?.failingCases.length !== 1)
            return undefined;
        failingCases.push(summary.failingCases[0]);
    }
    const { tests, failures, errors, skipped, flaky, omittedFailingCases } = scan;
    return { format: 'junit', tests, failures, errors, skipped, flaky, failingCases, omittedFailingCases };
}
/** Scans a whole report held in memory, `chunk` bytes at a time; undefined when the scanner gives up. */
function scanJunit(content, chunk = 1 << 20) {
    const scanner = createJunitScanner();
    for (let at = 0; at < content.length;) {
        const room = scanner.room();
        const n = Math.min(room.length, chunk, content.length - at);
        room.set(content.subarray(at, at + n));
        at += n;
        if (!scanner.wrote(n))
            return undefined;
    }
    const scan = scanner.end();
    return (scan &&
        summaryOfScan(scan, scan.failing.map(range => junit_scanner_describeCase(content.subarray(range.start, range.end)))));
}
/** One failing test case read by the JavaScript reader: the summary of the piece it is, or undefined. */
function junit_scanner_describeCase(bytes) {
    const parser = createJunitParser(true);
    try {
        parser.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
        return parser.end();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/evidence/describe-scanned-cases.ts



/**
 * The summary of a scanned report or piece: its failing cases (at most MAX_FAILING_CASES) read one by one
 * from the file by the JavaScript reader, which streams each however large its output. Undefined when one
 * cannot be read alone (see summaryOfScan).
 */
async function describeScannedCases(fd, scan) {
    const described = [];
    for (const { start, end } of scan.failing) {
        const parser = junit_createJunitParser(true);
        try {
            await readJunitRange(fd, parser, start, end);
            described.push(parser.end());
        }
        catch {
            return undefined;
        }
    }
    return summaryOfScan(scan, described);
}

;// CONCATENATED MODULE: ./src/evidence/scan-junit-range.ts


/**
 * Feeds bytes `start` to `end` of an open file to a JUnit scanner, read straight into the scanner's memory
 * (no copy, no decoding), giving the event loop a turn every few megabytes as readJunitRange does. False as
 * soon as the scanner gives up: the caller then reads the report in JavaScript.
 */
async function scanJunitRange(fd, scanner, start, end) {
    let sinceTurn = 0;
    for (let at = start; at < end;) {
        if (sinceTurn >= YIELD_BYTES) {
            await new Promise(resolve => setImmediate(resolve));
            sinceTurn = 0;
        }
        const room = scanner.room();
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, room, 0, Math.min(room.length, end - at), at);
        // The file shrank while it was read: what was read is the document, and the scanner says if it is whole.
        if (n === 0)
            break;
        at += n;
        sinceTurn += n;
        if (!scanner.wrote(n))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/evidence/scan-junit-piece.ts



/**
 * A piece of a big JUnit report (see readJunit) read by the WebAssembly scanner: the first piece from the
 * report's start, any other (`fragment`) from its `<testcase` tag. Undefined when the scanner gave up or the
 * piece cannot be cut where it ends; the JavaScript reader then reads it.
 */
async function scanJunitPiece(fd, { start, end, last }, fragment) {
    const scanner = createJunitScanner(fragment, start);
    const piece = (await scanJunitRange(fd, scanner, start, end)) ? scanner.cut(last) : undefined;
    const summary = piece && (await describeScannedCases(fd, piece.scan));
    return summary && { summary, edges: piece.edges };
}

;// CONCATENATED MODULE: ./src/evidence/junit-piece-worker.ts





/**
 * A thread's part of a big JUnit report (see readJunit), read by the WebAssembly scanner or, where it gives
 * up, by the JavaScript reader: posts the piece, or undefined when it cannot be joined as it is (an error, or
 * an end inside a construct); the report is then read again in one go, which says what is wrong.
 */
async function readPiece({ file, start, end, last }) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        const scanned = await scanJunitPiece(fd, { start, end, last }, true);
        if (scanned)
            return scanned;
        const parser = junit_createJunitParser(true);
        await readJunitRange(fd, parser, start, end);
        return parser.cut(last);
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
void readPiece(external_node_worker_threads_namespaceObject.workerData).then(piece => external_node_worker_threads_namespaceObject.parentPort?.postMessage(piece));


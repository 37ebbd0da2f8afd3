import type { CountedElement } from './xml-grammar.js'

/** Receives the document's structure; `text` is called only while `wantText` is true. */
export interface XmlHandler {
  /** `tag.rawAttributes()` gives the start tag's undecoded attribute text, only when asked (it costs a copy). */
  open(name: string, selfClosing: boolean, tag: StartTag): void
  close(name: string): void
  /** Raw character data: entity references are still encoded unless `cdata` is true. */
  text(raw: string, cdata: boolean): void
  wantText: boolean
  /**
   * Elements the handler only counts (JUnit's passing `<testcase>`: self-closing, or with captured output and
   * perhaps a `<skipped>`): a run of them is checked and consumed by a regex match per element and reported with
   * `countedRun` (how many, and how many had the flag child), instead of an open/close pair per tag.
   */
  counted?: CountedElement
  countedRun?(count: number, flagged: number): void
}

/** The start tag just handed to `XmlHandler.open`; valid during that call only. */
export interface StartTag {
  rawAttributes(): string
}

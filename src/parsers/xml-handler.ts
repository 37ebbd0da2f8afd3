/** Receives the document's structure; `text` is called only while `wantText` is true. */
export interface XmlHandler {
  /** `tag.rawAttributes()` gives the start tag's undecoded attribute text, only when asked (it costs a copy). */
  open(name: string, selfClosing: boolean, tag: StartTag): void
  close(name: string): void
  /** Raw character data: entity references are still encoded unless `cdata` is true. */
  text(raw: string, cdata: boolean): void
  wantText: boolean
  /**
   * A name whose self-closing elements the handler only counts (JUnit's passing `<testcase …/>`). After one
   * of them, a run of more separated by white space is checked and consumed by a single regex match and
   * reported with `selfClosingRun`, instead of an open/close pair per tag: the per-tag cost of big reports.
   */
  counted?: string
  selfClosingRun?(name: string, count: number): void
}

/** The start tag just handed to `XmlHandler.open`; valid during that call only. */
export interface StartTag {
  rawAttributes(): string
}

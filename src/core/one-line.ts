/**
 * Line breaks, control characters (C0, DEL, C1, line/paragraph separators) and the bidirectional controls
 * that can make a line display reversed (U+202A–U+202E, U+2066–U+2069, "Trojan Source") — never wanted inline.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g

/** One line of plain text: control characters (ANSI escapes, CR, LF, tabs, bidi controls) become single spaces. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ')
}

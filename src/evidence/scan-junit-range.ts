import { readSync } from 'node:fs'
import type { JunitScanner } from '../parsers/junit-scanner.js'
import { YIELD_BYTES } from './read-junit-range.js'

/**
 * Feeds bytes `start` to `end` of an open file to a JUnit scanner, read straight into the scanner's memory
 * (no copy, no decoding), giving the event loop a turn every few megabytes as readJunitRange does. False as
 * soon as the scanner gives up: the caller then reads the report in JavaScript.
 */
export async function scanJunitRange(
  fd: number,
  scanner: JunitScanner,
  start: number,
  end: number
): Promise<boolean> {
  let sinceTurn = 0
  for (let at = start; at < end;) {
    if (sinceTurn >= YIELD_BYTES) {
      await new Promise(resolve => setImmediate(resolve))
      sinceTurn = 0
    }
    const room = scanner.room()
    const n = readSync(fd, room, 0, Math.min(room.length, end - at), at)
    // The file shrank while it was read: what was read is the document, and the scanner says if it is whole.
    if (n === 0) break
    at += n
    sinceTurn += n
    if (!scanner.wrote(n)) return false
  }
  return true
}

import { Buffer } from 'node:buffer'
import { readSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import type { JunitParser } from '../parsers/junit.js'

/** JUnit reports are read in chunks of this size, into this one buffer per thread. */
const CHUNK = Buffer.alloc(64 * 1024)
/** A big report's reading gives the event loop a turn this often. */
const YIELD_BYTES = 4 * 1024 * 1024

/**
 * Feeds bytes `start` to `end` of an open file to a JUnit parser. Read synchronously into one shared buffer
 * (safe: each chunk is decoded before any await), giving the event loop a turn every few megabytes. Measured
 * against a read stream: a thread-pool round trip per chunk left the parser idle for a fifth of a big
 * report's time, and a stream per file made thousands of small reports slow and memory-hungry; chunks larger
 * than 64 KB decode and tokenize more slowly (each becomes a large-object string).
 *
 * `start` and `end` must fall between UTF-8 sequences (the readers cut at a `<`); a sequence split by a chunk
 * is completed from the next one.
 */
export async function readJunitRange(
  fd: number,
  parser: JunitParser,
  start: number,
  end: number
): Promise<void> {
  const decoder = new StringDecoder('utf8')
  let sinceYield = 0
  for (
    let at = start, n;
    at < end && (n = readSync(fd, CHUNK, 0, Math.min(CHUNK.length, end - at), at)) > 0;
  ) {
    at += n
    parser.write(decoder.write(CHUNK.subarray(0, n)))
    sinceYield += n
    if (sinceYield >= YIELD_BYTES) {
      sinceYield = 0
      await new Promise(resolve => setImmediate(resolve))
    }
  }
  const rest = decoder.end()
  if (rest) parser.write(rest)
}

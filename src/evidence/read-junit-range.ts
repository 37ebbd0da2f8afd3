import { Buffer } from 'node:buffer'
import { readSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import type { JunitParser } from '../parsers/junit.js'

/** JUnit reports are read in chunks of this size, into this one buffer per thread. */
const CHUNK = Buffer.alloc(64 * 1024)
/** A big report's reading gives the event loop a turn this often. */
export const YIELD_BYTES = 4 * 1024 * 1024

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
export function readJunitRange(
  fd: number,
  parser: JunitParser,
  start: number,
  end: number
): Promise<void> | undefined {
  const decoder = new StringDecoder('utf8')
  const reached = feed({ fd, parser, decoder }, start, end)
  if (reached < end) return readOn({ fd, parser, decoder }, reached, end)
  flush(parser, decoder)
  return undefined
}

interface Reading {
  fd: number
  parser: JunitParser
  decoder: StringDecoder
}

async function readOn(reading: Reading, from: number, end: number): Promise<void> {
  for (let at = from; at < end;) {
    await new Promise(resolve => setImmediate(resolve))
    at = feed(reading, at, end)
  }
  flush(reading.parser, reading.decoder)
}

/** Reads from `at` for up to YIELD_BYTES; the position reached, or `end` where the file ends before it. */
function feed({ fd, parser, decoder }: Reading, at: number, end: number): number {
  const stop = Math.min(end, at + YIELD_BYTES)
  while (at < stop) {
    const n = readSync(fd, CHUNK, 0, Math.min(CHUNK.length, stop - at), at)
    // The file shrank while it was read: what was read is the document, and the parser says if it is whole.
    if (n === 0) return end
    at += n
    parser.write(decoder.write(CHUNK.subarray(0, n)))
  }
  return at
}

function flush(parser: JunitParser, decoder: StringDecoder): void {
  const rest = decoder.end()
  if (rest) parser.write(rest)
}

import { closeSync, openSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { createJunitParser } from '../parsers/junit.js'
import type { JunitPiece } from '../parsers/junit.js'
import type { PieceRange } from './read-junit.js'
import { readJunitRange } from './read-junit-range.js'
import { scanJunitPiece } from './scan-junit-piece.js'

/**
 * A thread's part of a big JUnit report (see readJunit), read by the WebAssembly scanner or, where it gives
 * up, by the JavaScript reader: posts the piece, or undefined when it cannot be joined as it is (an error, or
 * an end inside a construct); the report is then read again in one go, which says what is wrong.
 */
async function readPiece({ file, start, end, last }: PieceRange): Promise<JunitPiece | undefined> {
  const fd = openSync(file, 'r')
  try {
    const scanned = await scanJunitPiece(fd, { start, end, last }, true)
    if (scanned) return scanned
    const parser = createJunitParser(true)
    await readJunitRange(fd, parser, start, end)
    return parser.cut(last)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

void readPiece(workerData as PieceRange).then(piece => parentPort?.postMessage(piece))

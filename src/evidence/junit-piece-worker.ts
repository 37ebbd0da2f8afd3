import { closeSync, openSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { createJunitParser } from '../parsers/junit.js'
import type { JunitPiece } from '../parsers/junit.js'
import type { PieceRange } from './read-junit.js'
import { readJunitRange } from './read-junit-range.js'

/**
 * A thread's part of a big JUnit report (see readJunit): posts the piece, or undefined when it cannot be
 * joined as it is (an error, or an end inside a construct); the report is then read again in one go, which
 * says what is wrong.
 */
async function readPiece({ file, start, end, last }: PieceRange): Promise<JunitPiece | undefined> {
  const parser = createJunitParser(true)
  const fd = openSync(file, 'r')
  try {
    await readJunitRange(fd, parser, start, end)
    return parser.cut(last)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

void readPiece(workerData as PieceRange).then(piece => parentPort?.postMessage(piece))

import { inflateRawSync } from 'node:zlib'

/** An artifact's files are small JSON; anything bigger is not a report and is not inflated (a zip bomb). */
export const MAX_ENTRY_BYTES = 16 * 1024 * 1024

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/**
 * The files of a zip archive (what GitHub serves for an artifact) by name, stored or deflated, each at most
 * MAX_ENTRY_BYTES. Throws a plain Error saying what is wrong when the bytes are not such an archive.
 */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  const end = endOfDirectory(zip)
  const count = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new Error('the zip central directory is cut off or corrupt')
    }
    const method = zip.readUInt16LE(offset + 10)
    const compressed = zip.readUInt32LE(offset + 20)
    const size = zip.readUInt32LE(offset + 24)
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    const local = zip.readUInt32LE(offset + 42)
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength)
    if (!name.endsWith('/')) files.set(name, entryData(zip, { local, method, compressed, size, name }))
    offset += 46 + nameLength + extraLength + commentLength
  }
  return files
}

function endOfDirectory(zip: Buffer): number {
  // The record sits at the end, after a comment of at most 64 KiB.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  throw new Error('not a zip archive (no end of central directory)')
}

function entryData(
  zip: Buffer,
  entry: { local: number; method: number; compressed: number; size: number; name: string }
): Buffer {
  if (entry.size > MAX_ENTRY_BYTES) throw new Error(`${entry.name} is larger than ${MAX_ENTRY_BYTES} bytes`)
  if (entry.local + 30 > zip.length || zip.readUInt32LE(entry.local) !== LOCAL_HEADER) {
    throw new Error(`${entry.name}: its local header is missing`)
  }
  const start = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28)
  const data = zip.subarray(start, start + entry.compressed)
  if (entry.method === 0) return data
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES })
  throw new Error(`${entry.name} uses zip compression method ${entry.method}; expected stored or deflate`)
}

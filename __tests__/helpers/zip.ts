import { crc32, deflateRawSync } from 'node:zlib'

/** A zip archive of `files` (deflated), as GitHub serves an artifact: for the audit's loopback tests. */
export function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8')
    const packed = deflateRawSync(data)
    const nameBytes = Buffer.from(name, 'utf8')
    const header = (size: number): Buffer => {
      const fields = Buffer.alloc(size)
      fields.writeUInt16LE(20, size === 30 ? 4 : 6)
      return fields
    }
    const local = header(30)
    local.writeUInt32LE(0x04034b50, 0)
    describeEntry(local, 8, {
      crc: crc32(data),
      packed: packed.length,
      size: data.length,
      name: nameBytes.length
    })
    const central = header(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    describeEntry(central, 10, {
      crc: crc32(data),
      packed: packed.length,
      size: data.length,
      name: nameBytes.length
    })
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    directory.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const central = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, central, end])
}

/** Method, CRC, sizes and name length: the same fields at `at` (local header) or `at + 2` (central). */
function describeEntry(
  header: Buffer,
  at: number,
  entry: { crc: number; packed: number; size: number; name: number }
): void {
  header.writeUInt16LE(8, at)
  header.writeUInt32LE(entry.crc, at + 6)
  header.writeUInt32LE(entry.packed, at + 10)
  header.writeUInt32LE(entry.size, at + 14)
  header.writeUInt16LE(entry.name, at + 18)
}

import { describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'
import { MAX_ENTRY_BYTES, zipEntries } from '../../src/parsers/zip-entries.js'
import { zipOf } from '../helpers/zip.js'

describe('zipEntries (a downloaded artifact)', () => {
  it('reads every file of a deflated archive by name', () => {
    const files = zipEntries(
      zipOf({ 'maturity-report.json': '{"version":1}', 'dir/notes.txt': 'é'.repeat(500) })
    )
    expect([...files.keys()]).toEqual(['maturity-report.json', 'dir/notes.txt'])
    expect(files.get('maturity-report.json')?.toString()).toBe('{"version":1}')
    expect(files.get('dir/notes.txt')?.toString()).toBe('é'.repeat(500))
  })

  it('reads a stored (uncompressed) file', () => {
    const zip = zipOf({ 'a.json': 'x' })
    // Method 0 in both headers, the data replaced by the plain byte.
    const stored = Buffer.concat([
      zip.subarray(0, 30 + 6),
      Buffer.from('x'),
      zip.subarray(30 + 6 + deflateRawSync('x').length)
    ])
    stored.writeUInt16LE(0, 8)
    const central = stored.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    stored.writeUInt16LE(0, central + 10)
    stored.writeUInt32LE(1, 18)
    stored.writeUInt32LE(1, central + 20)
    stored.writeUInt32LE(central, stored.length - 22 + 16)
    expect(zipEntries(stored).get('a.json')?.toString()).toBe('x')
  })

  it('refuses what is not a zip, and a file too large to be a report', () => {
    expect(() => zipEntries(Buffer.from('{"message":"Not Found"}'))).toThrow(
      'not a zip archive (no end of central directory)'
    )
    const big = zipOf({ 'big.json': 'a' })
    const central = big.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    big.writeUInt32LE(MAX_ENTRY_BYTES + 1, central + 24)
    expect(() => zipEntries(big)).toThrow(`big.json is larger than ${MAX_ENTRY_BYTES} bytes`)
  })
})

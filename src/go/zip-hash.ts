import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'

/**
 * go's `h1:` hash of a module zip, as go.sum records it (golang.org/x/mod/sumdb/dirhash: Hash1 over
 * HashZip): the sha256 of the lines `<hex sha256 of the file>  <name>\n` for every member, sorted by name.
 * The zip is read whole and inflated member by member in memory: module zips are at most 500 MB and mostly
 * small, and per-member streams cost more than the hashing itself (3x on a real project's 142 zips).
 */
export async function zipHash(file: string): Promise<string> {
  const zip = await readFile(file)
  const lines: { name: string; line: string }[] = []
  for (const member of centralDirectory(zip)) {
    if (member.name.includes('\n')) throw new Error(`${file}: a file name with a newline`)
    const sum = createHash('sha256').update(content(zip, member)).digest('hex')
    lines.push({ name: member.name, line: `${sum}  ${member.name}\n` })
  }
  // go sorts the names as byte strings; compare them as UTF-8 bytes.
  lines.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
  const summary = createHash('sha256')
  for (const l of lines) summary.update(l.line)
  return `h1:${summary.digest('base64')}`
}

interface Member {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  readonly size: number
  readonly localHeader: number
}

const EOCD = 0x06054b50
/** The end-of-central-directory record without its comment. */
export const EOCD_SIZE = 22

/** Offset of the end-of-central-directory record in `zip` (its last 64 KiB + 22 bytes suffice), or -1. */
export function endOfCentralDirectory(zip: Buffer): number {
  for (let i = zip.length - EOCD_SIZE; i >= Math.max(0, zip.length - EOCD_SIZE - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) return i
  }
  return -1
}
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** The central directory's members. A zip64 archive (or anything malformed) throws: go decides about it. */
function centralDirectory(zip: Buffer): Member[] {
  const eocd = endOfCentralDirectory(zip)
  if (eocd < 0) throw new Error('no end of central directory')
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  if (count === 0xffff || at === 0xffffffff) throw new Error('zip64 archive')
  const members: Member[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('bad central directory')
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    members.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength)
    })
    at += 46 + skip
  }
  return members
}

function content(zip: Buffer, m: Member): Buffer {
  if (zip.readUInt32LE(m.localHeader) !== LOCAL) throw new Error(`${m.name}: bad local header`)
  const start =
    m.localHeader + 30 + zip.readUInt16LE(m.localHeader + 26) + zip.readUInt16LE(m.localHeader + 28)
  const data = zip.subarray(start, start + m.compressedSize)
  if (m.method === 0) return data
  if (m.method !== 8) throw new Error(`${m.name}: compression method ${m.method}`)
  const out = inflateRawSync(data)
  if (out.length !== m.size) throw new Error(`${m.name}: size differs from the directory`)
  return out
}

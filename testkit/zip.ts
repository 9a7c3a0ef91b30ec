/**
 * A minimal in-memory zip writer (deflate only, no zip64): enough for Go module zips in tests.
 * Entries carry a fixed DOS timestamp so the bytes are deterministic.
 */
import zlib from 'node:zlib'

export interface ZipEntry {
  name: string
  data: Buffer | string
}

const DOS_TIME = 0
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1 // 2024-01-01
const UTF8_FLAG = 0x0800
const DEFLATE = 8

/** Writes the fields shared by the local header (at 4) and the central directory entry (at 6). */
function writeCommon(
  buf: Buffer,
  at: number,
  crc: number,
  csize: number,
  usize: number,
  nameLen: number
): void {
  buf.writeUInt16LE(20, at) // version needed to extract
  buf.writeUInt16LE(UTF8_FLAG, at + 2)
  buf.writeUInt16LE(DEFLATE, at + 4)
  buf.writeUInt16LE(DOS_TIME, at + 6)
  buf.writeUInt16LE(DOS_DATE, at + 8)
  buf.writeUInt32LE(crc, at + 10)
  buf.writeUInt32LE(csize, at + 14)
  buf.writeUInt32LE(usize, at + 18)
  buf.writeUInt16LE(nameLen, at + 22)
}

export function buildZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data
    const comp = zlib.deflateRawSync(raw)
    const crc = zlib.crc32(raw)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    writeCommon(local, 4, crc, comp.length, raw.length, name.length)
    parts.push(local, name, comp)

    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE((3 << 8) | 20, 4) // made by: unix, 2.0
    writeCommon(dir, 6, crc, comp.length, raw.length, name.length)
    dir.writeUInt32LE((0o100644 << 16) >>> 0, 38) // external attributes: regular file, rw-r--r--
    dir.writeUInt32LE(offset, 42)
    central.push(dir, name)

    offset += local.length + name.length + comp.length
  }
  const dirBytes = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dirBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, dirBytes, end])
}

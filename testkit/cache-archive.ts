/**
 * Reads and writes cache archives as @actions/cache makes them (a POSIX tar through zstd, members named
 * relative to GITHUB_WORKSPACE), so tests can plant the entries an attacker would: members outside the
 * module cache, links, a zip changed after go hashed it. The writer is deliberately raw (it writes any name
 * and any type as given), which no archiving tool would do.
 */
import { execFileSync } from 'node:child_process'
import * as tar from 'tar'

export interface ArchiveMember {
  readonly name: string
  /** `0` file, `5` directory, `2` symbolic link, `1` hard link. */
  readonly type: '0' | '5' | '2' | '1'
  readonly data?: Buffer
  readonly linkTarget?: string
}

/** The members of a zstd-compressed tar, in order. */
export function readArchive(compressed: Buffer): ArchiveMember[] {
  const raw = execFileSync('zstd', ['-d', '-c'], { input: compressed, maxBuffer: 1 << 30 })
  const members: ArchiveMember[] = []
  const parser = new tar.Parser({
    onReadEntry: entry => {
      const chunks: Buffer[] = []
      entry.on('data', (c: Buffer) => chunks.push(c))
      entry.on('end', () =>
        members.push({
          name: entry.path,
          type: entry.type === 'Directory' ? '5' : '0',
          data: Buffer.concat(chunks)
        })
      )
    }
  })
  parser.end(raw)
  return members
}

/** A zstd-compressed tar of exactly these members. */
export function writeArchive(members: readonly ArchiveMember[]): Buffer {
  const blocks: Buffer[] = []
  for (const m of members) {
    const data = m.type === '0' ? (m.data ?? Buffer.alloc(0)) : Buffer.alloc(0)
    // A pax header carries the full name (and link target); the ustar fields get a short stand-in.
    const pax = paxRecords({ path: m.name, ...(m.linkTarget ? { linkpath: m.linkTarget } : {}) })
    blocks.push(header('PaxHeader', 'x', pax.length), pad(pax))
    blocks.push(header(m.name.slice(-99), m.type, data.length, m.linkTarget?.slice(-99)), pad(data))
  }
  blocks.push(Buffer.alloc(1024))
  return execFileSync('zstd', ['-c', '-q'], { input: Buffer.concat(blocks), maxBuffer: 1 << 30 })
}

function paxRecords(fields: Record<string, string>): Buffer {
  let text = ''
  for (const [k, v] of Object.entries(fields)) {
    const body = ` ${k}=${v}\n`
    let len = body.length + 1
    while (String(len).length + body.length !== len) len = String(len).length + body.length
    text += `${len}${body}`
  }
  return Buffer.from(text)
}

function header(name: string, type: string, size: number, link = ''): Buffer {
  const h = Buffer.alloc(512)
  const put = (text: string, offset: number, length: number) => h.write(text, offset, length, 'utf8')
  put(name, 0, 100)
  put('0000644\0', 100, 8)
  put('0000000\0', 108, 8)
  put('0000000\0', 116, 8)
  put(size.toString(8).padStart(11, '0') + '\0', 124, 12)
  put('00000000000\0', 136, 12)
  put('        ', 148, 8)
  put(type, 156, 1)
  put(link, 157, 100)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  let sum = 0
  for (const b of h) sum += b
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8)
  return h
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)])
}

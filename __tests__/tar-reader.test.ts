/**
 * tar-reader.ts on archives GNU tar made (POSIX as @actions/cache writes them, and GNU's own format), fed in
 * chunks of every size a pipe may hand over, and on damaged ones.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { TarReader, type TarMember } from '../src/cache/tar-reader.js'

interface Read extends TarMember {
  data: Buffer
}

async function read(archive: Buffer, chunkSizes: number[] = [archive.length]): Promise<Read[]> {
  const members: Read[] = []
  let current: { member: TarMember; chunks: Buffer[] } | undefined
  const reader = new TarReader({
    begin: member => void (current = { member, chunks: [] }),
    data: chunk => void current!.chunks.push(Buffer.from(chunk)),
    end: () => void members.push({ ...current!.member, data: Buffer.concat(current!.chunks) })
  })
  const done = new Promise<void>((resolve, reject) => reader.on('finish', resolve).on('error', reject))
  for (let at = 0, i = 0; at < archive.length; i++) {
    const n = chunkSizes[i % chunkSizes.length]
    reader.write(archive.subarray(at, at + n))
    at += n
  }
  reader.end()
  await done
  return members
}

const LONG = `${'deep/'.repeat(30)}name.zip`
const BIG = randomBytes(300_000)
let dir: string
let posix: Buffer
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tar-reader-'))
  const src = path.join(dir, 'src')
  mkdirSync(path.join(src, path.dirname(LONG)), { recursive: true })
  writeFileSync(path.join(src, LONG), 'long')
  writeFileSync(path.join(src, 'big.bin'), BIG)
  writeFileSync(path.join(src, 'empty'), '')
  utimesSync(path.join(src, 'big.bin'), 1700000000.25, 1700000000.25)
  symlinkSync('/etc/passwd', path.join(src, 'link'))
  posix = tarOf(src, '--posix')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function tarOf(src: string, ...flags: string[]): Buffer {
  return execFileSync('tar', [...flags, '-cf', '-', '-C', src, 'big.bin', 'empty', 'link', 'deep'], {
    maxBuffer: 1 << 30
  })
}

test.each([
  ['one chunk', undefined],
  ['one byte at a time around the headers', [1, 511, 513, 3]],
  ['pipe-sized chunks', [65536]],
  ['odd sizes', [7, 1000, 4097]]
])('a POSIX archive, %s: every member, its bytes, type, mode and time', async (_, sizes) => {
  const members = await read(posix, sizes)
  const byPath = new Map(members.map(m => [m.path, m]))
  expect(byPath.get('big.bin')).toMatchObject({ type: '0', size: BIG.length, mtime: 1700000000.25 })
  expect(byPath.get('big.bin')!.data.equals(BIG)).toBe(true)
  expect(byPath.get('empty')).toMatchObject({ type: '0', size: 0 })
  expect(byPath.get('link')).toMatchObject({ type: '2', size: 0 })
  expect(byPath.get(LONG)!.data.toString()).toBe('long')
  expect(byPath.get('deep/')).toMatchObject({ type: '5' })
})

test("GNU's own format: long names from 'L' headers", async () => {
  const members = await read(tarOf(path.join(dir, 'src'), '--format=gnu'), [333])
  expect(members.find(m => m.path === LONG)?.data.toString()).toBe('long')
})

test('a header with a wrong checksum fails the stream', async () => {
  const damaged = Buffer.from(posix)
  damaged[0] ^= 0x01 // the first header's name
  await expect(read(damaged)).rejects.toThrow(/wrong checksum/)
})

test('an archive that ends in the middle of a member fails the stream', async () => {
  const offset = posix.indexOf(BIG.subarray(0, 64))
  await expect(read(posix.subarray(0, offset + 1000))).rejects.toThrow(/ends in the middle of a member/)
})

test('a member after a zero block (the end-of-archive marker) fails the stream', async () => {
  await expect(read(Buffer.concat([Buffer.alloc(512), posix]))).rejects.toThrow(/follows the end-of-archive/)
})

test('a pax header too large to be one tar writes is refused before it is read', async () => {
  const block = Buffer.from(posix.subarray(0, 512))
  block.write('x', 156, 'latin1')
  block.write(`${(2 ** 21).toString(8).padStart(11, '0')}\0`, 124, 'latin1')
  block.write('        ', 148, 'latin1')
  let sum = 0
  for (const b of block) sum += b
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  await expect(read(block)).rejects.toThrow(/2097152-byte 'x' header/)
})

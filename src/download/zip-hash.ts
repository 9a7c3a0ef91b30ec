import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'

/**
 * go's `h1:` hash of a module zip, as go.sum records it (golang.org/x/mod/sumdb/dirhash: Hash1 over
 * HashZip): the sha256 of the lines `<hex sha256 of the file>  <name>\n` for every member, sorted by name.
 */
export async function zipHash(file: string): Promise<string> {
  const zip = await openZip(file)
  const lines: string[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', resolve)
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.includes('\n')) return reject(new Error('a file name with a newline'))
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err)
          sha256(stream).then(sum => {
            lines.push(`${sum}  ${entry.fileName}\n`)
            zip.readEntry()
          }, reject)
        })
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  const summary = createHash('sha256')
  // Go sorts the names as strings of bytes; every line starts with 64 hex digits, so sort by name.
  const byName = (l: string) => l.slice(66)
  for (const line of lines.sort((a, b) => (byName(a) < byName(b) ? -1 : 1))) summary.update(line)
  return `h1:${summary.digest('base64')}`
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true }, (err, zip) =>
      err ? reject(err) : resolve(zip)
    )
  )
}

function sha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256')
  return new Promise((resolve, reject) => {
    stream.on('data', (c: Buffer) => hash.update(c))
    stream.on('error', reject)
    stream.on('end', () => resolve(hash.digest('hex')))
  })
}

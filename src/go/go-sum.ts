import { createHash } from 'node:crypto'

/** go.sum's hashes: `path@version` → `h1:` of the zip, and of the go.mod alone. */
export interface GoSumHashes {
  readonly zips: ReadonlyMap<string, string>
  readonly goMods: ReadonlyMap<string, string>
}

/** Parses go.sum (and go.work.sum) texts: `path version h1:…` for a zip, `path version/go.mod h1:…`. */
export function readGoSums(texts: readonly string[]): GoSumHashes {
  const zips = new Map<string, string>()
  const goMods = new Map<string, string>()
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version, hash] = line.trim().split(/\s+/)
      if (!module || !version || !hash) continue
      if (version.endsWith('/go.mod')) goMods.set(`${module}@${version.slice(0, -'/go.mod'.length)}`, hash)
      else zips.set(`${module}@${version}`, hash)
    }
  }
  return { zips, goMods }
}

/** go.sum's hash of a go.mod file: dirhash Hash1 over the one file named `go.mod`. */
export function goModHash(content: Buffer): string {
  const line = `${createHash('sha256').update(content).digest('hex')}  go.mod\n`
  return `h1:${createHash('sha256').update(line).digest('base64')}`
}

/**
 * Deterministic generated modules for benchmarks: `fixture.test/gen/mNNN`, each a compilable package of
 * a few files. Sizes follow a log-normal spread (many small modules, a long tail of big ones), and the
 * source text compresses about as well as real Go code.
 */
import type { FixtureModule } from './goproxy.js'

export interface SyntheticOptions {
  /** PRNG seed; the same seed and count give the same modules. Default 1. */
  seed?: number
  /** Version of every module. Default v1.0.0. */
  version?: string
  /** Median uncompressed size of a module's .go files in bytes. Default 12 KiB. */
  medianBytes?: number
  /** Upper bound of a module's size in bytes. Default 512 KiB. */
  maxBytes?: number
  /**
   * Real-world shape instead of the small default: a log-normal number of files per module, each of a
   * log-normal size, spread over package folders (`medianBytes`/`maxBytes` are then unused).
   */
  files?: { median: number; sigma: number; max: number }
  fileBytes?: { median: number; sigma: number; max: number }
  /**
   * Each module's go.mod says `go 1.16` (no graph pruning) and requires `count` other modules of the set at
   * `version`: go then needs those versions' go.mod files too, like the go.mod-only entries of real go.sum
   * files. The caller serves those versions (`goModOnly`).
   */
  requires?: { count: number; version: string }
}

/**
 * The shape of real module caches, measured on 2026-11-22 with go 1.26 over two open-source projects
 * (a CLI with 158 module versions with source and 230 go.mod files, a static-site generator with 162 and 682):
 * files per module version median 38 and 31, p90 426 and 389, max 2,628 and 10,154; 24,741 and 39,181 files,
 * 271 MiB and 1,000 MiB extracted; zips median 61 and 55 KiB, p90 1.2 and 1.9 MiB, 121 and 180 MiB in all.
 */
export const REALISTIC_SHAPE: Pick<SyntheticOptions, 'files' | 'fileBytes'> = {
  files: { median: 34, sigma: 1.9, max: 3000 },
  fileBytes: { median: 4096, sigma: 1.0, max: 256 * 1024 }
}

/** go.mod-only versions for `requires`: the proxy serves their go.mod, nobody needs their source. */
export function goModOnly(mods: readonly FixtureModule[], version: string): FixtureModule[] {
  return mods.map(m => ({ path: m.path, version, files: { 'go.mod': `module ${m.path}\n\ngo 1.16\n` } }))
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'the a of to and in is for return value error module version cache proxy download request ' +
  'context buffer reader writer handle config option client server path file name index count ' +
  'checks returns when if nil string int byte slice map struct field method interface package'
).split(' ')

function goFile(pkg: string, fileNo: number, bytes: number, rand: () => number): string {
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)]
  let out = `package ${pkg}\n\n`
  let fn = 0
  while (out.length < bytes) {
    const words = 4 + Math.floor(rand() * 10)
    out += `// F${fileNo}x${fn} ${Array.from({ length: words }, pick).join(' ')}.\n`
    out += `func F${fileNo}x${fn}(n int) int {\n\tif n < ${Math.floor(rand() * 1000)} {\n`
    out += `\t\treturn n * ${1 + Math.floor(rand() * 97)}\n\t}\n\treturn n - ${Math.floor(rand() * 1e6)}\n}\n\n`
    fn++
  }
  return out
}

/** A log-normal sample: the median times e^(sigma·N(0,1)), clamped to [min, max]. */
function logNormal(rand: () => number, median: number, sigma: number, min: number, max: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
  return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * normal))))
}

/** Files of a real-shaped module: the root package, then folders of up to 8 files, some nested. */
function realisticFiles(pkg: string, rand: () => number, opts: SyntheticOptions): Record<string, string> {
  const { files: count, fileBytes: size } = opts as Required<SyntheticOptions>
  const n = logNormal(rand, count.median, count.sigma, 1, count.max)
  const files: Record<string, string> = {}
  for (let k = 0; k < n; k++) {
    const folder = k < 4 ? '' : `p${Math.floor(k / 8)}${k % 3 === 0 ? '/internal' : ''}/`
    const name = folder === '' ? pkg : folder.includes('internal') ? 'internal' : `p${Math.floor(k / 8)}`
    files[`${folder}f${k}.go`] = goFile(
      name,
      k,
      logNormal(rand, size.median, size.sigma, 200, size.max),
      rand
    )
  }
  return files
}

function goModText(
  modPath: string,
  mods: readonly FixtureModule[],
  rand: () => number,
  opts: SyntheticOptions
) {
  if (!opts.requires || mods.length === 0) return `module ${modPath}\n\ngo 1.21\n`
  const deps = new Set<string>()
  for (let k = 0; k < opts.requires.count; k++) deps.add(mods[Math.floor(rand() * mods.length)].path)
  const lines = [...deps].sort().map(d => `\t${d} ${opts.requires!.version}\n`)
  return `module ${modPath}\n\ngo 1.16\n\nrequire (\n${lines.join('')})\n`
}

export function syntheticModules(count: number, opts: SyntheticOptions = {}): FixtureModule[] {
  const rand = prng(opts.seed ?? 1)
  const median = opts.medianBytes ?? 12 * 1024
  const max = opts.maxBytes ?? 512 * 1024
  const width = Math.max(3, String(count).length)
  const mods: FixtureModule[] = []
  for (let i = 1; i <= count; i++) {
    const pkg = 'm' + String(i).padStart(width, '0')
    const modPath = `fixture.test/gen/${pkg}`
    if (opts.files && opts.fileBytes) {
      const files = { 'go.mod': goModText(modPath, mods, rand, opts), ...realisticFiles(pkg, rand, opts) }
      mods.push({ path: modPath, version: opts.version ?? 'v1.0.0', files })
      continue
    }
    // Box-Muller normal sample, sigma 1.2 in log space: p10 ≈ median/4.7, p90 ≈ median*4.7.
    const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
    const total = Math.min(max, Math.max(600, Math.round(median * Math.exp(1.2 * normal))))
    const nFiles = 1 + Math.floor(rand() * 4)
    const files: Record<string, string> = { 'go.mod': `module ${modPath}\n\ngo 1.21\n` }
    // Uneven split: the first file gets the largest share, like a main source file.
    const weights = Array.from({ length: nFiles }, (_, k) => (k === 0 ? 3 : 1) * (0.5 + rand()))
    const sum = weights.reduce((a, b) => a + b, 0)
    weights.forEach((w, k) => {
      files[k === 0 ? `${pkg}.go` : `part${k}.go`] = goFile(pkg, k, Math.round((total * w) / sum), rand)
    })
    if (rand() < 0.3) files['README.md'] = `# ${modPath}\n\nGenerated fixture module ${i} of ${count}.\n`
    mods.push({ path: modPath, version: opts.version ?? 'v1.0.0', files })
  }
  return mods
}

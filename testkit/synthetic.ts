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

export function syntheticModules(count: number, opts: SyntheticOptions = {}): FixtureModule[] {
  const rand = prng(opts.seed ?? 1)
  const median = opts.medianBytes ?? 12 * 1024
  const max = opts.maxBytes ?? 512 * 1024
  const width = Math.max(3, String(count).length)
  const mods: FixtureModule[] = []
  for (let i = 1; i <= count; i++) {
    const pkg = 'm' + String(i).padStart(width, '0')
    const modPath = `fixture.test/gen/${pkg}`
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

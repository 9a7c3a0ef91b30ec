/**
 * What an exact or a partial hit could cost at best, from the archives the action saved on the cold run:
 * plain tar + zstd extraction of the same archive (as @actions/cache extracts it) plus its transfer from a
 * cache service at 100 MB/s; with the build cache, both archives extracted side by side (as the action
 * restores them) and both transferred; for a partial hit, the module archive plus `go mod download` of only
 * the versions that changed (a bump changes the build cache's key, so the build entry is not restored).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { isolatedGoEnv, removeTempDir, runGo } from '../../testkit/go-env.js'
import type { NetworkProfile } from '../../testkit/network.js'

/**
 * GitHub's cache service as its users see it (bench/cache.bench.ts has the sources): 100 ms a call, 100 MB/s.
 * The cache service of every job runs at this distance.
 */
export const GITHUB_CACHE: NetworkProfile = { latencyMs: 100, linkBytesPerSec: 100e6 }

export const transferMs = (bytes: number) =>
  (GITHUB_CACHE.latencyMs ?? 0) + (bytes / (GITHUB_CACHE.linkBytesPerSec ?? Infinity)) * 1000

export interface Floors {
  readonly archiveBytes: number
  /** tar + zstd extraction of the module archive. */
  readonly extractMs: number
  /** The build cache archive (0 when none was saved). */
  readonly buildArchiveBytes: number
  /** tar + zstd extraction of the module and the build archive side by side (NaN without a build archive). */
  readonly bothExtractMs: number
  /** `go mod download` of only the changed versions into the extracted cache. */
  readonly fetchChangedMs: number
}

/**
 * Extracts `archive` (made by @actions/cache in a job laid out like jobs.ts: root/workspace, root/gomodcache, its
 * paths relative to the workspace) into a fresh root, then fetches `changed` from the proxy into it.
 */
export async function measureFloors(
  tmpRoot: string,
  archives: { module: Buffer; build?: Buffer },
  changed: string[],
  proxyUrl: string,
  timeoutSec: number
): Promise<Floors> {
  const root = mkdtempSync(path.join(tmpRoot, 'bench-real-floor-'))
  try {
    const extract = extractor(root, timeoutSec)
    const started = performance.now()
    await extract(archives.module, 'first')
    const extractMs = performance.now() - started
    let bothExtractMs = NaN
    if (archives.build) {
      const both = performance.now()
      await Promise.all([extract(archives.module, 'module'), extract(archives.build, 'build')])
      bothExtractMs = performance.now() - both
    }
    let fetchChangedMs = 0
    if (changed.length > 0) {
      const env = isolatedGoEnv(root, {
        GOPROXY: proxyUrl,
        GOSUMDB: 'off',
        GOCACHE: path.join(root, 'gocache')
      })
      const r = await runGo(['mod', 'download', ...changed], { cwd: root, env, timeoutMs: timeoutSec * 1000 })
      if (r.code !== 0) throw new Error(`go mod download ${changed.join(' ')}: ${r.stderr.slice(-2000)}`)
      fetchChangedMs = r.durationMs
    }
    return {
      archiveBytes: archives.module.length,
      extractMs,
      buildArchiveBytes: archives.build?.length ?? 0,
      bothExtractMs,
      fetchChangedMs
    }
  } finally {
    removeTempDir(root)
  }
}

/** Extracts an archive as @actions/cache does, into `<root>/<name>/workspace` (its members climb out of it). */
function extractor(root: string, timeoutSec: number) {
  return async (archive: Buffer, name: string): Promise<void> => {
    const file = path.join(root, `${name}.tzst`)
    writeFileSync(file, archive)
    const workspace = path.join(root, name, 'workspace')
    mkdirSync(workspace, { recursive: true })
    await promisify(execFile)(
      'tar',
      ['-xf', file, '-P', '-C', workspace, '--use-compress-program', 'unzstd --long=30'],
      { timeout: timeoutSec * 1000 }
    )
  }
}

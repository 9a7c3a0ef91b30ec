import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'

/**
 * Cache keys. The module cache key holds no Go version and no architecture: module zips are source archives,
 * byte-identical whatever toolchain or GOARCH fetched them (bench/cache.bench.ts checks this), so every job
 * of a Go-version or GOARCH matrix shares one entry. The OS stays in the key because @actions/cache archives
 * differ per OS (path separators, tar flavour, the `windows-only` version salt).
 */
const MODULE_KEY_PREFIX = 'setup-gomod-mod'
const BUILD_KEY_PREFIX = 'setup-gomod-build'

/** The checksum files of a download set: go.sum next to each go.mod, go.work.sum next to a go.work. */
export function checksumFiles(setFiles: readonly string[]): string[] {
  return setFiles.map(f =>
    path.join(path.dirname(f), path.basename(f) === 'go.work' ? 'go.work.sum' : 'go.sum')
  )
}

/**
 * sha256 over the checksum files, sorted by their path relative to `root` (so the key does not depend on
 * where the runner checked the repository out). A missing file counts as such: a module without
 * dependencies has no go.sum.
 */
export function dependencyHash(files: readonly string[], root: string): string {
  const entries = files
    .map(f => ({ rel: path.relative(root, f).split(path.sep).join('/'), file: f }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
  const hash = createHash('sha256')
  for (const e of entries) {
    hash.update(`${e.rel}\0`)
    hash.update(readOrAbsent(e.file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 32)
}

function readOrAbsent(file: string): Buffer | string {
  try {
    // Line endings are normalised so a Windows checkout with autocrlf shares the Linux entry's hash.
    return readFileSync(file, 'utf8').replace(/\r\n/g, '\n')
  } catch {
    return '<absent>'
  }
}

export interface KeyContext {
  /** RUNNER_OS (`Linux`, `macOS`, `Windows`), or the platform outside a runner. */
  readonly os: string
  readonly suffix: string
  readonly dependencyHash: string
}

export interface ModuleKeys {
  readonly primary: string
  /** Newest entry of the same OS and suffix: the partial restore. */
  readonly restorePrefix: string
}

/** `setup-gomod-mod-Linux[-suffix]-<hash>`: the suffix comes before the hash so its prefix keeps jobs apart. */
export function moduleKeys(c: KeyContext): ModuleKeys {
  const restorePrefix = `${MODULE_KEY_PREFIX}-${c.os}${c.suffix ? `-${c.suffix}` : ''}-`
  return { primary: restorePrefix + c.dependencyHash, restorePrefix }
}

export interface BuildKeyContext extends KeyContext {
  readonly goVersion: string
  readonly goos: string
  readonly goarch: string
  /** Unique per run (run id and attempt), so the build cache is saved anew instead of going stale. */
  readonly runId: string
}

export interface BuildKeys {
  readonly primary: string
  /** Most specific first: the same dependencies, then any dependencies with the same toolchain and target. */
  readonly restoreKeys: readonly string[]
}

/**
 * The build cache depends on the toolchain and the target, so both are in its key. Its primary key never
 * exists yet (it ends in the run id): every run restores the newest matching entry and saves a fresh one
 * when the build cache changed, which is what keeps it from going stale after an exact module-cache hit.
 */
export function buildKeys(c: BuildKeyContext): BuildKeys {
  const base = `${BUILD_KEY_PREFIX}-${c.os}-${c.goos}-${c.goarch}-${c.goVersion}${c.suffix ? `-${c.suffix}` : ''}-`
  return {
    primary: `${base}${c.dependencyHash}-${c.runId}`,
    restoreKeys: [`${base}${c.dependencyHash}-`, base]
  }
}

/**
 * Whether a key the cache service returned is the key asked for. The service matches keys without regard to
 * case and may hand back its own spelling (act's cache server lower-cases them), so compare as actions/cache
 * does: case-insensitively.
 */
export function isSameKey(requested: string, returned: string): boolean {
  return requested.localeCompare(returned, undefined, { sensitivity: 'accent' }) === 0
}

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
  /** Which job of the workflow, and which leg of its matrix: see `buildLeg`. */
  readonly leg: string
  /** Unique per run (run id and attempt), so the build cache is saved anew instead of going stale. */
  readonly runId: string
}

export interface BuildKeys {
  readonly primary: string
  /** The one restore prefix: the same job, matrix leg, toolchain, target and dependencies. */
  readonly restorePrefix: string
}

/**
 * The build cache depends on the toolchain and the target, so both are in its key, and so are the job and its
 * matrix leg: two jobs of one run never share a key (a second save would be refused), and each job restores
 * what the same job used last time (post keeps only what the job used, so another job's entry would hold the
 * wrong half). The primary key never exists yet (it ends in the run id): every run restores the newest entry
 * of its prefix. The prefix includes the dependency hash, and there is no shorter fallback: build outputs are
 * not verifiable, so an entry planted under a bare toolchain prefix must never be restored (issue 15.5).
 */
export function buildKeys(c: BuildKeyContext): BuildKeys {
  const suffix = c.suffix ? `-${c.suffix}` : ''
  const restorePrefix = `${BUILD_KEY_PREFIX}-${c.os}-${c.goos}-${c.goarch}-${c.goVersion}${suffix}-${c.leg}-${c.dependencyHash}-`
  return { primary: `${restorePrefix}${c.runId}`, restorePrefix }
}

/**
 * Variables a matrix commonly varies that change what go builds without being in the key already (the OS,
 * GOOS, GOARCH and Go version are): the runner image and architecture, cgo and its compilers, GOEXPERIMENT
 * and the GOARCH feature levels. The `matrix` context is not visible to an action; its values reach go only
 * through variables like these (or through `cache-key-suffix`).
 */
const MATRIX_ENV = [
  'ImageOS',
  'RUNNER_ARCH',
  'CGO_ENABLED',
  'CC',
  'CXX',
  'CGO_CFLAGS',
  'CGO_CPPFLAGS',
  'CGO_CXXFLAGS',
  'CGO_LDFLAGS',
  'GOEXPERIMENT',
  'GO386',
  'GOAMD64',
  'GOARM',
  'GOARM64',
  'GOMIPS',
  'GOMIPS64',
  'GOPPC64',
  'GORISCV64',
  'GOWASM'
] as const

/**
 * `<job>-<8 hex>`: GITHUB_JOB (the job's id, the same for every leg of its matrix), made safe for a key, then
 * a hash of the job id, GOFLAGS and MATRIX_ENV. Values are hashed, never shown: a key is printed in the log.
 */
export function buildLeg(env: NodeJS.ProcessEnv, goflags: string): string {
  const job = env.GITHUB_JOB ?? ''
  const hash = createHash('sha256').update(`GITHUB_JOB=${job}\0GOFLAGS=${goflags}\0`)
  for (const name of MATRIX_ENV) hash.update(`${name}=${env[name] ?? ''}\0`)
  const readable = job.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 32) || 'job'
  return `${readable}-${hash.digest('hex').slice(0, 8)}`
}

/**
 * Whether a key the cache service returned is the key asked for. The service matches keys without regard to
 * case and may hand back its own spelling (act's cache server lower-cases them), so compare as actions/cache
 * does: case-insensitively.
 */
export function isSameKey(requested: string, returned: string): boolean {
  return requested.localeCompare(returned, undefined, { sensitivity: 'accent' }) === 0
}

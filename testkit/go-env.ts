/**
 * Helpers for running the real go command from tests: an environment built from scratch (nothing
 * inherited but PATH), async spawning with a kill timer, and temp dirs that can be removed even when
 * they hold a read-only module cache.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseJsonStream as parseActionJsonStream } from '../src/go/json-stream.js'

/** The bundled example project (two modules: examples/ and examples/tools/). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url))

/** A tmpfs with this much room is where the temp dirs go (see TEMP_ROOT). */
const TMPFS = { dir: '/dev/shm', minFreeBytes: 2 * 2 ** 30 }

/**
 * Where the tests, the demo and the benchmarks make their temp dirs: SETUP_GOMOD_TEST_TMP when set, else a tmpfs
 * when there is one with 2 GiB free (not a container's 64 MiB /dev/shm), else the system's. The integration suites
 * create tens of thousands of files (go extracting modules, archives, copies of examples/), and a disk can cost
 * about 1 ms of system time for each: on the two-core machine (load 3-5) `npm test` took 88.8-90.4 s with the
 * temp dirs here against 96.9-111.7 s on /tmp's disk (four interleaved pairs; 37-38 s of system CPU against 51-64 s).
 */
export const TEMP_ROOT = process.env.SETUP_GOMOD_TEST_TMP || tmpfsWithRoom() || os.tmpdir()

function tmpfsWithRoom(): string | undefined {
  try {
    const { bavail, bsize } = fs.statfsSync(TMPFS.dir)
    fs.accessSync(TMPFS.dir, fs.constants.W_OK)
    return bavail * bsize >= TMPFS.minFreeBytes ? TMPFS.dir : undefined
  } catch {
    return undefined // no such directory (macOS, Windows), or not writable
  }
}

/**
 * Build cache shared by all tests (safe to share; it makes `go build` fast after the first run). Never a
 * production path: jobs point GOCACHE here explicitly, and warmSharedGocache fills it once per test run.
 */
export const SHARED_GOCACHE = path.join(TEMP_ROOT, 'setup-gomod-test-gocache')

/** The standard library packages that the tests' builds compile (examples/ and the fixture modules). */
const STANDARD_PACKAGES_BUILT = ['fmt', 'strconv', 'strings']

/**
 * Compiles what the tests' builds take from the standard library into SHARED_GOCACHE (nothing when it is
 * already there): run once before the test workers start (testkit/global-setup.ts), so that no test pays
 * for a cold compile of the runtime and two workers never compile it side by side.
 */
export async function warmSharedGocache(): Promise<void> {
  const dir = makeTempDir('setup-gomod-gocache-warm-')
  try {
    const built = await runGo(['build', ...STANDARD_PACKAGES_BUILT], {
      cwd: dir,
      env: isolatedGoEnv(dir),
      timeoutMs: 600_000
    })
    if (built.code !== 0) throw new Error(`go build ${STANDARD_PACKAGES_BUILT.join(' ')}: ${built.stderr}`)
  } finally {
    removeTempDir(dir)
  }
}

/**
 * An isolated go environment rooted at `dir`: HOME, GOMODCACHE and GOPATH inside it, GOPROXY=off unless
 * `extra` sets it, no checksum database, no toolchain switching, no go env file. `extra` values override
 * the defaults; `undefined` removes a variable.
 */
export function isolatedGoEnv(
  dir: string,
  extra: Record<string, string | undefined> = {}
): NodeJS.ProcessEnv {
  const home = path.join(dir, 'home')
  // GOTELEMETRY is read from this file, not from the environment. With the default mode ("local") every go
  // command writes counters under HOME after it exits, which races with removing the temp dir.
  const telemetry = path.join(home, '.config', 'go', 'telemetry')
  fs.mkdirSync(telemetry, { recursive: true })
  fs.writeFileSync(path.join(telemetry, 'mode'), 'off\n')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    GOMODCACHE: path.join(dir, 'gomodcache'),
    GOPATH: path.join(dir, 'gopath'),
    GOCACHE: SHARED_GOCACHE,
    GOENV: 'off',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-modcacherw',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GONOSUMDB: 'fixture.test',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOINSECURE: '',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_TERMINAL_PROMPT: '0'
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}

export interface RunGoResult {
  /** Exit code; null when the process was ended by a signal (e.g. the kill timer). */
  code: number | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
}

/**
 * Spawns `go args...` asynchronously (in-process fakes keep answering) in its own process group; after
 * `timeoutMs` the whole group is killed and `timedOut` is set.
 */
export function runGo(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }
): Promise<RunGoResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn('go', args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => {
      timedOut = true
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }, opts.timeoutMs ?? 60_000)
    child.on('error', err => (clearTimeout(timer), reject(err)))
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, timedOut, durationMs: Date.now() - started })
    })
  })
}

/** `go mod download -json` output as objects: the action's own parser, typed for tests. */
export function parseJsonStream<T = Record<string, unknown>>(text: string): T[] {
  return parseActionJsonStream(text) as T[]
}

export function makeTempDir(prefix = 'setup-gomod-'): string {
  return fs.mkdtempSync(path.join(TEMP_ROOT, prefix))
}

/** Removes a temp dir, first making read-only directories (a module cache without -modcacherw) writable. */
export function removeTempDir(dir: string): void {
  const makeWritable = (p: string) => {
    let entries: fs.Dirent[]
    try {
      fs.chmodSync(p, 0o755)
      entries = fs.readdirSync(p, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) if (e.isDirectory()) makeWritable(path.join(p, e.name))
  }
  makeWritable(dir)
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 })
}

/** Copies the example project into `dest` (created if missing) and returns `dest`. */
export function copyExamples(dest: string): string {
  fs.cpSync(EXAMPLES_DIR, dest, { recursive: true })
  return dest
}

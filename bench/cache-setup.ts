/**
 * The project, the jobs and the tar commands bench/cache.bench.ts measures with (split out to keep each file
 * short). Timings are wall-clock milliseconds.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FakeCacheService } from '../testkit/cache-service.js'
import { isolatedGoEnv, makeTempDir, removeTempDir, runGo } from '../testkit/go-env.js'
import type { FixtureModule, GoProxy } from '../testkit/goproxy.js'
import { goSumFor, writeRequiringProject } from '../testkit/module-project.js'
import type { NetworkProfile } from '../testkit/network.js'
import { Job } from '../testkit/runner.js'

export const REPS = 3
const repo = fileURLToPath(new URL('..', import.meta.url))

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
export const mib = (b: number) => `${(b / 2 ** 20).toFixed(2)} MiB`
export const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
export const x = (a: number, b: number) => `**${(a / b).toFixed(2)}x**`

export interface Ctx {
  tmp: string
  workspace: string
  app: string
  gomodcache: string
  proxy: GoProxy
  service: FakeCacheService
}

/**
 * The project: one go.mod requiring every module, a main importing every package, and go.sum from the proxy
 * (with the go.mod-only lines of `goModOnly`, the versions the modules' own go.mod files require).
 */
export async function writeProject(
  c: Ctx,
  mods: FixtureModule[],
  goModOnly: FixtureModule[] = []
): Promise<void> {
  mkdirSync(c.app, { recursive: true })
  writeRequiringProject(c.app, 'example.test/app', mods)
  writeFileSync(path.join(c.app, 'go.sum'), await goSumFor(c.proxy.url, mods, goModOnly))
}

export function goEnv(c: Ctx, extra: Record<string, string | undefined> = {}) {
  return isolatedGoEnv(c.tmp, { GOCACHE: path.join(c.tmp, 'gocache'), ...extra })
}

/** One job of the action on a fresh runner: returns the time until the modules are ready (cache + download). */
export async function actionJob(c: Ctx, inputs: Record<string, string> = {}, post = false) {
  removeTempDir(c.gomodcache)
  const runnerTemp = makeTempDir('bench-runner-')
  const env = goEnv(c, { GOPROXY: undefined, GOFLAGS: undefined, ...c.service.env() })
  const job = new Job({
    actionDir: repo,
    workspace: c.workspace,
    runnerTemp,
    env: env as Record<string, string>
  })
  const main = await job.runAction({
    'working-directory': 'app',
    goproxy: c.proxy.url,
    gonosumdb: 'fixture.test',
    goflags: '-modcacherw',
    retries: '0',
    'cache-build': 'false', // this benchmark measures the module cache alone
    ...inputs
  })
  const phase = (name: string) => Number(new RegExp(`${name}: (\\d+) ms`).exec(main.log)?.[1] ?? NaN)
  if (main.exitCode !== 0) throw new Error(`action failed:\n${main.log}`)
  const postLog = post ? (await job.runPost()).log : ''
  removeTempDir(runnerTemp)
  return {
    ms: phase('Module cache') + phase('Download modules'),
    cacheMs: phase('Module cache'),
    kind: main.outputs['cache-restore-kind'],
    log: main.log,
    postLog
  }
}

function timed(f: () => void): number {
  const t = performance.now()
  f()
  return performance.now() - t
}

/** tar and zstd exactly as @actions/cache runs them (paths relative to the workspace, -P). */
export function tarCreate(c: Ctx, archive: string, dirs: string[]): number {
  const rel = dirs.map(d => path.relative(c.workspace, d))
  execFileSync('tar', [
    '--posix',
    '-cf',
    archive,
    '-P',
    '-C',
    c.workspace,
    ...rel,
    '--use-compress-program',
    'zstdmt'
  ])
  return statSync(archive).size
}
export const tarExtract = (c: Ctx, archive: string) =>
  timed(() =>
    execFileSync('tar', ['-xf', archive, '-P', '-C', c.workspace, '--use-compress-program', 'unzstd'])
  )

export async function offlineDownloadMs(c: Ctx): Promise<number> {
  const r = await runGo(['mod', 'download'], { cwd: c.app, env: goEnv(c, { GOPROXY: 'off' }) })
  if (r.code !== 0) throw new Error(r.stderr)
  return r.durationMs
}

/** sha256 over every file of a directory tree, by relative path: equal digests mean equal content. */
export function treeDigest(dir: string): string {
  const h = createHash('sha256')
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1
    )) {
      const r = path.join(rel, e.name)
      if (e.isDirectory()) walk(r)
      else if (!e.name.endsWith('.lock')) h.update(`${r}\0`).update(readFileSync(path.join(dir, r)))
    }
  }
  walk('')
  return h.digest('hex').slice(0, 16)
}

/** Saves `paths` once under `key` through @actions/cache (in-process) and restores them REPS times. */
export async function libraryRoundTrip(
  c: Ctx,
  paths: string[],
  key: string,
  before: () => void,
  after: () => Promise<unknown> = async () => undefined
): Promise<{ restores: number[]; bytes: number }> {
  const cache = await library(c)
  await cache.saveCache(paths, key)
  const bytes = c.service.entries.find(e => e.key === key)?.data.length ?? NaN
  return { restores: await libraryRestores(c, paths, key, before, after), bytes }
}

async function library(c: Ctx) {
  Object.assign(process.env, c.service.env(), {
    GITHUB_WORKSPACE: c.workspace,
    RUNNER_TEMP: path.join(c.tmp, 'lib-temp')
  })
  return import('@actions/cache')
}

async function libraryRestores(
  c: Ctx,
  paths: string[],
  key: string,
  before: () => void,
  after: () => Promise<unknown> = async () => undefined
): Promise<number[]> {
  const cache = await library(c)
  const restores: number[] = []
  for (let i = 0; i < REPS; i++) {
    before()
    const t = performance.now()
    if ((await cache.restoreCache(paths, key)) !== key) throw new Error(`${key}: no exact hit`)
    restores.push(performance.now() - t)
    await after()
  }
  return restores
}

/**
 * setup-go's scheme through the same library and service: one entry of GOMODCACHE + GOCACHE after a build,
 * restored with the service at each of `networks` in turn (median milliseconds per network).
 */
export async function setupGoScheme(
  c: Ctx,
  networks: NetworkProfile[]
): Promise<{ ms: number[]; bytes: number }> {
  const gocache = path.join(c.tmp, 'gocache')
  removeTempDir(c.gomodcache)
  removeTempDir(gocache)
  const build = await runGo(['build', './...'], {
    cwd: c.app,
    env: goEnv(c, { GOPROXY: c.proxy.url, GOFLAGS: '-mod=mod -modcacherw' }),
    timeoutMs: 600_000
  })
  if (build.code !== 0) throw new Error(build.stderr)
  const key = `setup-go-Linux-x64-go-1.26-${createHash('sha256')
    .update(readFileSync(path.join(c.app, 'go.sum')))
    .digest('hex')}`
  const paths = [c.gomodcache, gocache]
  await (await library(c)).saveCache(paths, key)
  const ms: number[] = []
  for (const n of networks) {
    c.service.setNetwork(n)
    const times = await libraryRestores(c, paths, key, () => {
      removeTempDir(c.gomodcache)
      removeTempDir(gocache)
    })
    ms.push(median(times))
  }
  c.service.setNetwork({})
  return { ms, bytes: c.service.entries.find(e => e.key === key)?.data.length ?? NaN }
}

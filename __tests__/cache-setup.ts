/**
 * What the module cache test files share: the local proxy with the fixtures, a fresh example workspace and fake
 * cache service per test, and jobs that start like a fresh hosted runner (empty GOMODCACHE at the same path).
 */
import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import {
  getCacheVersion,
  getCompressionMethod
} from '../node_modules/@actions/cache/lib/internal/cacheUtils.js'
import { startCacheService, type CacheEntry, type FakeCacheService } from '../testkit/cache-service.js'
import { ExampleWorkspace, exampleInputs } from '../testkit/example-workspace.js'
import { removeTempDir } from '../testkit/go-env.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import type { Job, StepResult } from '../testkit/runner.js'

export interface CacheSetup {
  readonly proxy: GoProxy
  readonly service: FakeCacheService
  readonly world: ExampleWorkspace
  /** A fresh runner: empty GOMODCACHE, the cache service env (plus `extraEnv`), no GITHUB_SERVER_URL. */
  newJob(extraEnv?: Record<string, string>): Job
  inputs(extra?: Record<string, string>): Record<string, string>
  /** Main with `inputs(extra)`, then post (which must succeed). */
  runJob(job: Job, extra?: Record<string, string>): Promise<{ main: StepResult; post: StepResult }>
  /**
   * The example's module cache entry, as a first job of the untouched example saves it, in this test's service.
   * One job per test file makes it; later tests get a copy (their workspaces, and so the key, are the same).
   */
  savedEntry(): Promise<CacheEntry>
}

/** File names inside a saved archive (tar + zstd, paths relative to the workspace). */
export function archiveFiles(data: Buffer): string[] {
  return execFileSync('tar', ['-t', '--use-compress-program', 'unzstd'], {
    input: data,
    stdio: ['pipe', 'pipe', 'ignore']
  })
    .toString()
    .split('\n')
}

export const warnings = (step: StepResult) => step.annotations.filter(a => a.level === 'warning')

/**
 * Registers the jest hooks and returns the setup; its fields are valid inside tests. `proxyOptions` go to
 * startGoProxy (default: the fixture modules).
 */
export function useCacheSetup(proxyOptions?: Parameters<typeof startGoProxy>[0]): CacheSetup {
  let proxy: GoProxy
  let service: FakeCacheService
  let world: ExampleWorkspace
  let saved: Pick<CacheEntry, 'key' | 'version' | 'data'> | undefined
  let compression: ReturnType<typeof getCompressionMethod> | undefined
  beforeAll(async () => {
    proxy = await startGoProxy(proxyOptions)
  })
  afterAll(async () => proxy.close())
  beforeEach(async () => {
    world = ExampleWorkspace.create('setup-gomod-cache-')
    service = await startCacheService()
    proxy.clearFaults()
    proxy.requests.length = 0
  })
  afterEach(async () => {
    await service.close()
    world.remove()
  })
  const setup: CacheSetup = {
    get proxy() {
      return proxy
    },
    get service() {
      return service
    },
    get world() {
      return world
    },
    newJob(extraEnv = {}) {
      removeTempDir(path.join(world.tmp, 'gomodcache'))
      const runnerTemp = path.join(world.tmp, `runner-temp-${Math.random().toString(36).slice(2)}`)
      return world.newJob({ GOSUMDB: 'off', ...service.env(), ...extraEnv }, { runnerTemp })
    },
    // The module cache tests leave the build cache (on by default) out; build-cache.integration.test.ts has it.
    inputs: (extra = {}) => exampleInputs(proxy.url, { retries: '0', 'cache-build': 'false', ...extra }),
    async runJob(job, extra = {}) {
      const main = await job.runAction(setup.inputs(extra))
      const post = await job.runPost()
      expect(post.exitCode).toBe(0)
      return { main, post }
    },
    async savedEntry() {
      // The library versions an entry by its paths: GOMODCACHE is in each test's own temp dir.
      const paths = [path.join(world.tmp, 'gomodcache', 'cache', 'download')]
      compression ??= getCompressionMethod() // runs zstd --version: once per test file
      const version = getCacheVersion(paths, await compression)
      if (saved) return service.plant({ ...saved, version })
      const { post } = await setup.runJob(setup.newJob())
      expect(post.log).toMatch(/Module cache: saved/)
      const entry = service.entries[service.entries.length - 1]
      expect(entry.version).toBe(version)
      saved = { key: entry.key, version, data: Buffer.from(entry.data) }
      return entry
    }
  }
  return setup
}

/**
 * What both download test files share: a local proxy serving the fixtures plus 24 synthetic modules, a fresh
 * example workspace per test, inputs with tiny delays, and the offline-build check.
 */
import { ExampleWorkspace, exampleInputs } from '../testkit/example-workspace.js'
import { loadFixtureModules, startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { syntheticModules } from '../testkit/synthetic.js'
import type { Job } from '../testkit/runner.js'

export const MANY = syntheticModules(24, { medianBytes: 2048, maxBytes: 8192 })

export interface DownloadSetup {
  readonly proxy: GoProxy
  readonly world: ExampleWorkspace
  newJob(): Job
  /** Tiny delays: the policy is the same at any scale, and the files must stay fast. */
  inputs(extra?: Record<string, string>): Record<string, string>
  /** The module cache is complete: a build in a later step needs no network. */
  expectOfflineBuild(job: Job, dir?: string): Promise<void>
  requestsFor(module: string, file: string): number
}

/** Registers the jest hooks and returns the setup; its fields are valid inside tests. */
export function useDownloadSetup(): DownloadSetup {
  let proxy: GoProxy
  let world: ExampleWorkspace
  beforeAll(async () => {
    proxy = await startGoProxy({ modules: [...loadFixtureModules(), ...MANY] })
  })
  afterAll(async () => proxy.close())
  beforeEach(() => {
    world = ExampleWorkspace.create('setup-gomod-dl-')
    proxy.clearFaults()
    proxy.requests.length = 0
  })
  afterEach(() => world.remove())
  return {
    get proxy() {
      return proxy
    },
    get world() {
      return world
    },
    newJob: () => world.newJob({ GOSUMDB: 'off' }),
    inputs: (extra = {}) =>
      exampleInputs(proxy.url, {
        'retry-delay': '10ms',
        'retry-max-delay': '40ms',
        'stall-timeout': '1s',
        cache: 'false',
        diagnose: 'false',
        ...extra
      }),
    async expectOfflineBuild(job, dir = world.examples) {
      const build = await world.offlineBuild(job, dir)
      expect(build.exitCode).toBe(0)
      expectOnlyExtraction(build.stderr)
    },
    requestsFor: (module, file) => proxy.requests.filter(r => r.module === module && r.file === file).length
  }
}

/**
 * An offline build after the step may only extract modules from the cache (go prints `go: downloading` for
 * that too): the step leaves zips packed, and go extracts what the build needs.
 */
export function expectOnlyExtraction(stderr: string): void {
  expect(stderr.split('\n').filter(l => l !== '' && !/^go: downloading \S+ v\S+$/.test(l))).toEqual([])
}

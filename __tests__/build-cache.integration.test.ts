/**
 * The build cache (`cache-build`) end to end: the bundle under the runner harness, real go building small
 * packages of the example workspace, the real @actions/cache against the fake cache service. Each job starts
 * with an empty GOCACHE at the same path, like a fresh hosted runner; runs and jobs differ by GITHUB_RUN_ID
 * and GITHUB_JOB as on GitHub.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { listGocache } from '../src/cache/gocache-files.js'
import type { FakeCacheService } from '../testkit/cache-service.js'
import { removeTempDir } from '../testkit/go-env.js'
import type { Job, StepResult } from '../testkit/runner.js'
import { archiveFiles, useCacheSetup } from './cache-setup.js'

const setup = useCacheSetup()
const CHECKOUT_TIME = new Date('2026-01-01T00:00:00Z')
let service: FakeCacheService
let examples: string
let gocache: string
beforeEach(() => {
  service = setup.service
  examples = setup.world.examples
  gocache = path.join(setup.world.tmp, 'gocache')
  // Packages without imports: go compiles each in well under a second (no standard library to build).
  for (const name of ['leafa', 'leafb', 'leafc']) source(name, `func F() int { return ${name.length} }`)
})

/**
 * Writes a package dated at a fixed past time: go caches a package directory's index (modindex) under a key
 * with its files' mtimes, and only for files over two seconds old, so a file written just now would make the
 * second run add index entries that the first could not.
 */
function source(pkg: string, body: string): void {
  const file = path.join(examples, pkg, `${pkg}.go`)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `package ${pkg}\n\n${body}\n`)
  utimesSync(file, CHECKOUT_TIME, CHECKOUT_TIME)
}

/** A fresh runner (empty GOCACHE) for one job of one workflow run. */
function job(run: number, extra: Record<string, string> = {}): Job {
  removeTempDir(gocache)
  const env = { GOCACHE: gocache, GITHUB_JOB: 'build', GITHUB_RUN_ID: String(run), GITHUB_RUN_ATTEMPT: '1' }
  return setup.newJob({ ...env, ...extra })
}

const withBuildCache = () => setup.inputs({ 'cache-build': 'true' })

/** `go build -v`: prints the packages it compiles, nothing for what the build cache already holds. */
async function build(j: Job, ...pkgs: string[]): Promise<string[]> {
  const step = await j.runStep('go', ['build', '-v', ...pkgs.map(p => `./${p}`)], { cwd: examples })
  expect(step.exitCode).toBe(0)
  return step.stderr.split('\n').filter(Boolean).sort()
}

const buildKeys = () => service.entries.filter(e => e.key.startsWith('setup-gomod-build-')).map(e => e.key)
const problems = (step: StepResult) => step.annotations.filter(a => a.level !== 'notice')
const entryNames = async () => (await listGocache(gocache)).map(e => e.rel)
const KEY = /setup-gomod-build-Linux-linux-\w+-go[\d.]+-build-[0-9a-f]{8}-[0-9a-f]{32}-/

test('saved under the job leg and exact dependency prefix; the next run restores it dated back, saves nothing new', async () => {
  const first = job(101)
  await first.runAction(withBuildCache())
  expect(await build(first, 'leafa', 'leafb')).toEqual([
    'example.test/hello/leafa',
    'example.test/hello/leafb'
  ])
  const post = await first.runPost()
  expect(post.log).toMatch(new RegExp(`Build cache: saved ${KEY.source}101-1 \\(\\d+ entries, `))
  const [key] = buildKeys()
  const prefix = key.slice(0, -'101-1'.length)

  const second = job(102)
  service.requests.length = 0
  const main = await second.runAction(withBuildCache())
  expect(main.log).toContain(`Build cache: restored ${key}`)
  const lookups = service.requests.filter(
    r => r.rpc === 'GetCacheEntryDownloadURL' && r.key?.includes('-build-')
  )
  expect(lookups.map(r => r.restoreKeys)).toEqual([[prefix]])
  // Every restored entry is dated a day back, so go re-dates what it uses (cache.go markUsed, 1 h interval).
  const restored = await listGocache(gocache)
  expect(restored.length).toBeGreaterThan(0)
  expect(Math.max(...restored.map(e => e.mtimeMs))).toBeLessThan(Date.now() - 23 * 3600 * 1000)
  expect(await build(second, 'leafa', 'leafb')).toEqual([])
  expect((await second.runPost()).log).toContain('Build cache: not saved (nothing new since the restore)')
  expect(buildKeys()).toEqual([key])
})

test('post keeps the entries the job used or made and drops the ones it did not touch', async () => {
  const first = job(111)
  await first.runAction(withBuildCache())
  await build(first, 'leafa')
  const leafa = new Set(await entryNames())
  await build(first, 'leafb')
  const leafbOnly = (await entryNames()).filter(n => !leafa.has(n))
  expect(leafbOnly.length).toBeGreaterThan(0)
  await first.runPost()

  const second = job(112)
  await second.runAction(withBuildCache())
  expect(await build(second, 'leafa', 'leafc')).toEqual(['example.test/hello/leafc'])
  const post = await second.runPost()
  // Pruned: leafb's entries, and any of leafa's that a cached build does not read (go's file-list entries).
  const pruned = Number(new RegExp(`saved ${KEY.source}112-1 .*; pruned (\\d+) entries`).exec(post.log)?.[1])
  expect(pruned).toBeGreaterThanOrEqual(leafbOnly.length)
  expect(pruned).toBeLessThan(leafa.size + leafbOnly.length)
  expect((await entryNames()).filter(n => leafbOnly.includes(n))).toEqual([])
  const archived = archiveFiles(service.entries.find(e => e.key.endsWith('-112-1'))!.data)
  expect(archived.filter(f => leafbOnly.some(n => f.endsWith(n)))).toEqual([])

  // The next run has what the last one used: leafa and leafc come from the cache, leafb is compiled again.
  const third = job(113)
  await third.runAction(withBuildCache())
  expect(await build(third, 'leafa', 'leafc')).toEqual([])
  expect(await build(third, 'leafb')).toEqual(['example.test/hello/leafb'])
})

test('an entry planted under the bare toolchain prefix or another dependency hash is not restored', async () => {
  const first = job(121)
  await first.runAction(withBuildCache())
  await build(first, 'leafa')
  await first.runPost()
  const [key] = buildKeys()
  const saved = service.entries.find(e => e.key === key)!
  const bare = /^setup-gomod-build-Linux-linux-\w+-go[\d.]+-/.exec(key)![0]
  const otherDeps = key.replace(/-[0-9a-f]{32}-121-1$/, `-${'0'.repeat(32)}-120-1`)
  service.entries.splice(service.entries.indexOf(saved), 1)
  for (const planted of [`${bare}planted`, otherDeps])
    service.entries.push({ ...saved, key: planted, id: saved.id + 10 })

  const second = job(122)
  const main = await second.runAction(withBuildCache())
  expect(main.log).toContain('Build cache: miss')
  expect(await entryNames()).toEqual([])
  expect(await build(second, 'leafa')).toEqual(['example.test/hello/leafa'])
})

test('two jobs of one run save two keys; the same job leg twice is a note, never an error', async () => {
  const a = job(131)
  await a.runAction(withBuildCache())
  await build(a, 'leafa')
  const postA = await a.runPost()
  const b = job(131, { GITHUB_JOB: 'test' })
  await b.runAction(withBuildCache())
  await build(b, 'leafb')
  const postB = await b.runPost()
  const [keyA, keyB] = buildKeys()
  expect(keyA).toMatch(/-build-[0-9a-f]{8}-[0-9a-f]{32}-131-1$/)
  expect(keyB).toMatch(/-test-[0-9a-f]{8}-[0-9a-f]{32}-131-1$/)
  expect([...problems(postA), ...problems(postB)]).toEqual([])

  // A second leg the key cannot tell apart (same job, same variables): the key exists, a note.
  const same = job(131)
  await same.runAction(withBuildCache())
  await build(same, 'leafb', 'leafc')
  const post = await same.runPost()
  expect(post.log).toContain(`not saved (${keyA} was saved by another job of this run`)
  expect(problems(post)).toEqual([])

  // Lost race: the lookup saw nothing, then the reserve is refused with 409.
  service.entries.splice(
    service.entries.findIndex(e => e.key === keyA),
    1
  )
  const racing = job(131)
  await racing.runAction(withBuildCache())
  await build(racing, 'leafa')
  service.addFault({ status: 409, rpc: 'CreateCacheEntry', times: 1 })
  const raced = await racing.runPost()
  expect(raced.log).toContain(`not saved (another job of this run is saving ${keyA}`)
  expect(problems(raced)).toEqual([])
})

test('pull_request_target and workflow_run never save the build cache', async () => {
  for (const event of ['pull_request_target', 'workflow_run']) {
    const j = job(141, { GITHUB_EVENT_NAME: event })
    await j.runAction(withBuildCache())
    await build(j, 'leafa')
    const post = await j.runPost()
    expect(post.log).toContain(`Build cache: not saved (a ${event} run may execute code from outside`)
  }
  expect(buildKeys()).toEqual([])
})

test('GOCACHE=off or GOCACHEPROG: the build cache is left alone', async () => {
  for (const [env, why] of [
    [{ GOCACHE: 'off' }, 'GOCACHE is "off", not a directory'],
    [{ GOCACHEPROG: 'some-cache-program' }, 'GOCACHEPROG serves the build cache']
  ] as const) {
    const j = job(151, env)
    service.requests.length = 0
    const main = await j.runAction(withBuildCache())
    expect(main.exitCode).toBe(0)
    expect(main.log).toContain(`Build cache: ${why}; not restored, nor saved.`)
    expect(service.requests.filter(r => r.key?.includes('-build-'))).toEqual([])
    expect((await j.runPost()).log).toContain('Build cache: not saved (restore was skipped)')
  }
})

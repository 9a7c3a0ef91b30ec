/**
 * The module cache end to end: the bundle under the runner harness, real go against the local proxy, and the
 * real @actions/cache (protocol v2) against the in-process fake of the cache service. Each "job" starts with
 * an empty GOMODCACHE at the same path, like a fresh hosted runner.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { FakeCacheService } from '../testkit/cache-service.js'
import type { ExampleWorkspace } from '../testkit/example-workspace.js'
import { removeTempDir, runGo } from '../testkit/go-env.js'
import type { GoProxy } from '../testkit/goproxy.js'
import { goSumFor } from '../testkit/module-project.js'
import { archiveFiles, useCacheSetup, warnings } from './cache-setup.js'

const setup = useCacheSetup()
const { newJob, inputs, runJob } = setup
let proxy: GoProxy
let service: FakeCacheService
let world: ExampleWorkspace
let tmp: string
let examples: string
beforeEach(() => {
  ;({ proxy, service, world } = setup)
  ;({ tmp, examples } = world)
})

const rpcs = (name: string) => service.requests.filter(r => r.rpc === name)

test('a miss saves; the next job restores exactly and downloads without one proxy request', async () => {
  const first = await runJob(newJob())
  expect(first.main.exitCode).toBe(0)
  expect(first.main.outputs).toMatchObject({
    'cache-hit': 'false',
    'cache-restore-kind': 'miss',
    'cache-matched-key': ''
  })
  const key = first.main.outputs['cache-primary-key']
  expect(key).toMatch(/^setup-gomod-mod-Linux-[0-9a-f]{32}$/)
  expect(first.post.log).toContain(`Module cache: saved ${key}`)
  expect(service.entries.map(e => e.key)).toEqual([key])
  expect(archiveFiles(service.entries[0].data)).toContain(
    '../gomodcache/cache/download/fixture.test/greet/@v/v1.1.0.zip'
  )

  proxy.requests.length = 0
  service.requests.length = 0
  const second = await runJob(newJob())
  expect(second.main.exitCode).toBe(0)
  expect(second.main.outputs).toMatchObject({
    'cache-hit': 'true',
    'cache-restore-kind': 'exact',
    'cache-primary-key': key,
    'cache-matched-key': key
  })
  expect(proxy.requests).toEqual([])
  expect(second.main.summary).toContain('exact')
  expect(second.post.log).toContain('not saved (exact hit')
  expect(rpcs('CreateCacheEntry')).toHaveLength(0)
  expect(warnings(second.main)).toEqual([])
})

test('post starts a cache worker ahead, then looks its key up and saves it in that one process', async () => {
  const runnerTemp = path.join(tmp, 'runner-temp-debug')
  const job = world.newJob({ GOSUMDB: 'off', ...service.env() }, { runnerTemp, debug: true })
  const { post } = await runJob(job)
  const calls = [...post.log.matchAll(/Cache worker (\d+)( \(started ahead\))?: (\w+) (\S+)/g)].map(m =>
    m.slice(1)
  )
  const [pid, ahead, , key] = calls[0] ?? []
  expect(key).toMatch(/^setup-gomod-mod-Linux-/)
  expect(ahead).toBe(' (started ahead)')
  expect(calls).toEqual([
    [pid, ahead, 'lookup', key],
    [pid, ahead, 'save', key]
  ])
  expect(post.log).toContain(`Module cache: saved ${key}`)
})

test('a partial hit fetches only the difference and saves a pruned cache', async () => {
  // An older revision of the project used greet v1.0.0.
  const goMod = readFileSync(path.join(examples, 'go.mod'), 'utf8')
  const goSum = readFileSync(path.join(examples, 'go.sum'), 'utf8')
  const old = await goSumFor(proxy.url, [{ path: 'fixture.test/greet', version: 'v1.0.0', files: {} }])
  proxy.requests.length = 0
  writeFileSync(path.join(examples, 'go.mod'), goMod.replace('greet v1.1.0', 'greet v1.0.0'))
  writeFileSync(path.join(examples, 'go.sum'), goSum.replace(/^fixture\.test\/greet .*\n/gm, '') + old)
  const first = await runJob(newJob())
  const oldKey = first.main.outputs['cache-primary-key']
  expect(service.entries.map(e => e.key)).toEqual([oldKey])

  writeFileSync(path.join(examples, 'go.mod'), goMod)
  writeFileSync(path.join(examples, 'go.sum'), goSum)
  proxy.requests.length = 0
  const second = await runJob(newJob())
  expect(second.main.outputs).toMatchObject({
    'cache-hit': 'false',
    'cache-restore-kind': 'partial',
    'cache-matched-key': oldKey
  })
  expect(second.main.outputs['cache-primary-key']).not.toBe(oldKey)
  expect(new Set(proxy.requests.map(r => `${r.module}@${r.version}`))).toEqual(
    new Set(['fixture.test/greet@v1.1.0'])
  )
  expect(second.post.log).toContain('pruned 1 unneeded module version')
  const saved = archiveFiles(service.entries[1].data).filter(f => f.includes('/greet'))
  expect(saved).toContain('../gomodcache/cache/download/fixture.test/greet/@v/v1.1.0.zip')
  expect(saved.filter(f => f.includes('v1.0.0'))).toEqual([])
  // Only cache/download is archived: go extracts the trees after a restore.
  expect(
    archiveFiles(service.entries[1].data).filter(f => f && !f.startsWith('../gomodcache/cache/download'))
  ).toEqual([])

  // Without restore keys the same job is a miss.
  removeTempDir(path.join(tmp, 'gomodcache'))
  writeFileSync(path.join(examples, 'go.sum'), goSum + '\n')
  const strict = await newJob().runAction(inputs({ 'cache-restore-keys': 'false' }))
  expect(strict.outputs['cache-restore-kind']).toBe('miss')
})

test('matrix jobs with one key: the second looks the key up and does not reserve it', async () => {
  const jobA = newJob()
  const mainA = await jobA.runAction(inputs())
  const jobB = newJob()
  const mainB = await jobB.runAction(inputs())
  expect([mainA.outputs['cache-restore-kind'], mainB.outputs['cache-restore-kind']]).toEqual(['miss', 'miss'])
  expect((await jobA.runPost()).log).toContain('Module cache: saved')
  const creates = rpcs('CreateCacheEntry').length
  const postB = await jobB.runPost()
  expect(postB.log).toContain('was saved by another job')
  expect(rpcs('CreateCacheEntry')).toHaveLength(creates)

  // Lost race: the lookup saw nothing, then the reserve was refused with 409. A note, not a warning.
  service.entries.splice(0)
  service.addFault({ status: 409, rpc: 'CreateCacheEntry', times: 1 })
  const { post } = await runJob(newJob())
  expect(post.log).toContain('another job is saving')
  expect(warnings(post)).toEqual([])
})

test('a populated GOMODCACHE is not restored over: skipped, a notice, no tar errors, no save', async () => {
  await runJob(newJob()) // an entry exists for the key
  const job = newJob()
  const env = { ...job.env, GOPROXY: proxy.url, GOFLAGS: '-modcacherw' }
  expect((await runGo(['mod', 'download'], { cwd: examples, env })).code).toBe(0)
  service.requests.length = 0
  const { main, post } = await runJob(job)
  expect(main.exitCode).toBe(0)
  expect(main.outputs['cache-restore-kind']).toBe('skipped')
  expect(main.annotations.filter(a => a.level === 'notice').map(a => a.title)).toEqual(['Module cache'])
  expect(main.log).not.toMatch(/Cannot open|File exists/)
  expect(service.requests).toEqual([])
  expect(post.log).toContain('not saved (GOMODCACHE was populated before this job)')
})

test('a failed download leaves no save; a failing later step does not stop one', async () => {
  proxy.addFault({ module: 'fixture.test/greet', file: 'zip', fault: { kind: 'status', status: 404 } })
  const failed = await runJob(newJob())
  expect(failed.main.exitCode).not.toBe(0)
  expect(failed.post.log).toContain('not saved (the main step did not complete a module download)')
  expect(rpcs('CreateCacheEntry')).toHaveLength(0)

  proxy.clearFaults()
  const job = newJob()
  expect((await job.runAction(inputs())).exitCode).toBe(0)
  expect((await job.runStep('sh', ['-c', 'exit 3'])).failed).toBe(true)
  const post = await job.runPost()
  expect(post.log).toContain('Module cache: saved')
  expect(service.entries).toHaveLength(1)
})

test('cache-save: never restores only; default-branch saves only on the default branch', async () => {
  const never = await runJob(newJob(), { 'cache-save': 'never' })
  expect(never.main.outputs['cache-restore-kind']).toBe('miss')
  expect(never.post.log).toContain('not saved (cache-save: never')

  const event = path.join(tmp, 'event.json')
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }))
  const onBranch = (ref: string) => newJob({ GITHUB_EVENT_PATH: event, GITHUB_REF: ref })
  const feature = await runJob(onBranch('refs/heads/feature'), { 'cache-save': 'default-branch' })
  expect(feature.post.log).toContain('refs/heads/feature is not refs/heads/main')
  expect(rpcs('CreateCacheEntry')).toHaveLength(0)

  const main = await runJob(onBranch('refs/heads/main'), { 'cache-save': 'default-branch' })
  expect(main.post.log).toContain('Module cache: saved')
  expect(service.entries).toHaveLength(1)
})

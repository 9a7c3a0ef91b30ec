/**
 * A partial hit on a project with many modules: the archive holds cache/download only, so after the restore
 * go fetches the difference and extracts nothing else; a later build extracts what it needs. Real go, the
 * bundle under the runner harness, real @actions/cache.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { ExampleWorkspace } from '../testkit/example-workspace.js'
import { readArchive } from '../testkit/cache-archive.js'
import { type FixtureModule, type GoProxy } from '../testkit/goproxy.js'
import { syntheticModules } from '../testkit/synthetic.js'
import { goSumFor, writeRequiringProject } from '../testkit/module-project.js'
import { useCacheSetup } from './cache-setup.js'

const OLD = syntheticModules(24, { medianBytes: 2048, maxBytes: 8192 })
/** Two of them move to a v1.1.0 with other content, as a dependency bump does. */
const BUMPED = [0, 12].map(i => ({
  ...OLD[i],
  version: 'v1.1.0',
  files: { ...OLD[i].files, 'extra.go': `package ${OLD[i].path.split('/').pop()}\n\nconst Bumped = true\n` }
}))
const NEW = OLD.map(m => BUMPED.find(b => b.path === m.path) ?? m)

const setup = useCacheSetup({ modules: [...OLD, ...BUMPED] })
const { newJob } = setup
let proxy: GoProxy
let world: ExampleWorkspace
let project: string

// Registered after the setup's hooks, so the workspace exists.
beforeEach(() => {
  ;({ proxy, world } = setup)
  project = path.join(world.workspace, 'many')
  mkdirSync(project)
})

/** go.mod, go.sum (from the proxy) and a main importing every module. */
async function writeProject(mods: FixtureModule[]): Promise<void> {
  writeRequiringProject(project, 'example.test/many', mods)
  writeFileSync(path.join(project, 'go.sum'), await goSumFor(proxy.url, mods))
}

const inputs = () => setup.inputs({ 'working-directory': 'many' })

test('a partial hit fetches only the bumped modules and extracts nothing; builds offline', async () => {
  await writeProject(OLD)
  const first = newJob()
  expect((await first.runAction(inputs())).outputs['cache-restore-kind']).toBe('miss')
  expect((await first.runPost()).log).toMatch(/Module cache: saved setup-gomod-mod-/)

  await writeProject(NEW)
  proxy.requests.length = 0
  const job = newJob()
  const main = await job.runAction(inputs())
  expect(main.exitCode).toBe(0)
  expect(main.outputs['cache-restore-kind']).toBe('partial')
  // The two bumped versions come straight from the proxy (go.mod, .info, zip each), checked against go.sum.
  expect(main.log).toMatch(/Prefetch: 6 module files, .* without extracting/)
  expect(main.log).toContain('Attempt 1: module graph check in 1 root')
  expect(new Set(proxy.requests.map(r => `${r.module}@${r.version}`))).toEqual(
    new Set(BUMPED.map(b => `${b.path}@${b.version}`))
  )
  // Nothing is extracted in the step; go extracts from the cache what the build needs.
  const modules = path.join(world.tmp, 'gomodcache', 'fixture.test', 'gen')
  expect(existsSync(modules) ? readdirSync(modules) : []).toEqual([])
  const build = await world.offlineBuild(job, project)
  // Offline: go extracts the restored zips it needs from the cache (it says `downloading`), nothing else.
  expect(build.exitCode).toBe(0)
  const lines = build.stderr.split('\n').filter(Boolean)
  expect(lines.filter(l => !/^go: downloading fixture\.test\/gen\/m\d+ v1\.\d\.0$/.test(l))).toEqual([])
  expect(lines).toHaveLength(24)
})

test('versions go.sum still lists but no module graph selects keep only their go.mod in the saved entry', async () => {
  await writeProject(OLD)
  const first = newJob()
  await first.runAction(inputs())
  await first.runPost()

  // `go get` without `go mod tidy`: go.mod requires the bumped versions, go.sum keeps the old ones' lines too.
  writeRequiringProject(project, 'example.test/many', NEW)
  writeFileSync(path.join(project, 'go.sum'), await goSumFor(proxy.url, [...OLD, ...BUMPED]))
  const job = newJob()
  expect((await job.runAction(inputs())).outputs['cache-restore-kind']).toBe('partial')
  const post = await job.runPost()
  expect(post.log).toMatch(/Module cache: saved .*pruned 2 unneeded module versions/)
  const saved = setup.service.entries.at(-1)
  const names = readArchive(saved?.data ?? Buffer.alloc(0)).map(m => m.name)
  for (const old of BUMPED.map(b => OLD.find(o => o.path === b.path) as FixtureModule)) {
    const base = `${old.path}/@v/${old.version}`
    expect(names.filter(n => n.endsWith(`${base}.zip`))).toEqual([])
    expect(names.filter(n => n.endsWith(`${base}.mod`))).toHaveLength(1)
  }
  for (const b of BUMPED)
    expect(names.filter(n => n.endsWith(`${b.path}/@v/${b.version}.zip`))).toHaveLength(1)
})

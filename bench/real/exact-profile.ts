/**
 * `tsx bench/real/exact-profile.ts PROJECT [ROUNDS] [--action DIR]... [--bump] [--input NAME=VALUE]...`: the
 * exact-hit main step (with `--bump`: the step after one dependency bump, a partial hit) of one or more builds of
 * the action, side by side on one real project (not part of CI). Per action: one cold job (the step,
 * `go build ./...`, the post step) saves its entries into its own cache service; then each round runs every
 * action's step on a fresh runner, in rotating order, and measures the floor (bench/real/floors.ts: tar + zstd -x
 * of the archives side by side and their transfer; for a bump, the module archive plus fetching only the changed
 * versions) next to them. Prints every sample, the medians and the load.
 * PROFILE_LOG=1 prints each step's log; PROFILE_NODE_OPTIONS goes to the steps' node (e.g. --cpu-prof).
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCacheService, type FakeCacheService } from '../../testkit/cache-service.js'
import { removeTempDir, TEMP_ROOT } from '../../testkit/go-env.js'
import { Job } from '../../testkit/runner.js'
import { GITHUB_CACHE, measureFloors, transferMs } from './floors.js'
import { startOriginProxy } from './origin-proxy.js'
import { ORIGIN, prepareProject } from './prepare.js'
import { runnerEnv } from './jobs.js'
import { PROJECTS } from './projects.js'
import { median } from './report.js'

const args = process.argv.slice(2)
const actions: string[] = []
for (let at = args.indexOf('--action'); at >= 0; at = args.indexOf('--action'))
  actions.push(path.resolve(args.splice(at, 2)[1]))
if (actions.length === 0) actions.push(process.cwd())
const inputs: Record<string, string> = {}
for (let at = args.indexOf('--input'); at >= 0; at = args.indexOf('--input')) {
  const [name, ...value] = args.splice(at, 2)[1].split('=')
  inputs[name] = value.join('=')
}
const bump = args.includes('--bump')
if (bump) args.splice(args.indexOf('--bump'), 1)
const project = PROJECTS.find(p => p.name === args[0])
if (!project) throw new Error(`project: one of ${PROJECTS.map(p => p.name).join(', ')}`)
const rounds = Number(args[1] ?? 3)

const tmp = mkdtempSync(path.join(TEMP_ROOT, 'exact-profile-'))
const root = path.join(tmp, 'runner')
const prepared = await prepareProject(project, s => console.log(s))
const proxy = await startOriginProxy(ORIGIN)
let run = Date.now()

/** A fresh runner with the project checked out; one root path for all, as @actions/cache versions by path. */
function job(
  actionDir: string,
  service: FakeCacheService,
  extra: Record<string, string> = {},
  source = prepared.base
): Job {
  removeTempDir(root)
  mkdirSync(path.join(root, 'runner-temp'), { recursive: true })
  cpSync(source, path.join(root, 'workspace'), { recursive: true })
  const env = { ...runnerEnv({ proxyUrl: proxy.url, runId: () => ++run }, root, service), ...extra }
  return new Job({
    actionDir,
    workspace: path.join(root, 'workspace'),
    runnerTemp: path.join(root, 'runner-temp'),
    env
  })
}

const services: FakeCacheService[] = []
try {
  for (const actionDir of actions) {
    const service = await startCacheService()
    service.setNetwork(GITHUB_CACHE)
    services.push(service)
    const cold = job(actionDir, service)
    const step = await cold.runAction(inputs)
    const build = await cold.runStep('go', ['build', './...'], { cwd: path.join(root, 'workspace') })
    const post = await cold.runPost()
    console.log(
      `${actionDir}: cold step ${step.durationMs} ms, build ${build.durationMs} ms (exit ${build.exitCode}), post ${post.durationMs} ms`
    )
    console.log(
      post.log
        .split('\n')
        .filter(l => /cache: (saved|not saved)/i.test(l))
        .join('\n')
    )
  }
  const steps: number[][] = actions.map(() => [])
  const floors: number[] = []
  const loads: number[] = []
  const nodeOptions = process.env.PROFILE_NODE_OPTIONS
  const extra: Record<string, string> = nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}
  for (let r = 0; r < rounds; r++) {
    loads.push(os.loadavg()[0])
    for (let k = 0; k < actions.length; k++) {
      const i = (k + r) % actions.length
      const source = bump ? prepared.bump : prepared.base
      const step = await job(actions[i], services[i], extra, source).runAction(inputs)
      if (step.failed) throw new Error(`exact step failed:\n${step.log}`)
      steps[i].push(step.durationMs)
      console.log(
        `round ${r + 1} ${actions[i]}: ${bump ? 'bump' : 'exact'} step ${step.durationMs} ms (${step.outputs['cache-restore-kind']})`
      )
      if (process.env.PROFILE_LOG) console.log(step.log)
    }
    const [mod, bld] = ['mod', 'build'].map(
      kind => services[0].entries.find(e => e.key.includes('-build-') === (kind === 'build'))?.data
    )
    const changed = bump ? prepared.changed : []
    const f = await measureFloors(tmp, { module: mod!, build: bld }, changed, proxy.url, 600)
    // As report.ts: both archives in one transfer; a bump restores only the module archive.
    const both = bld && !bump
    const transfer = transferMs(mod!.length + (both ? bld.length : 0))
    const extract = both ? f.bothExtractMs : f.extractMs
    floors.push(extract + transfer + f.fetchChangedMs)
    console.log(
      `round ${r + 1} floor: extract ${extract.toFixed(0)} ms + transfer ${transfer.toFixed(0)} ms` +
        (bump ? ` + fetch changed ${f.fetchChangedMs.toFixed(0)} ms` : '')
    )
  }
  loads.push(os.loadavg()[0])
  const floor = median(floors)
  console.log(
    `\n${project.name}, ${rounds} rounds, 1-minute load ${loads.map(l => l.toFixed(1)).join(' → ')}`
  )
  const goal = bump ? 1.3 * floor : 1.3 * floor + 1000
  console.log(
    `${bump ? 'bump' : 'exact'} ${JSON.stringify(inputs)}: floor (median) ${(floor / 1000).toFixed(2)} s; ` +
      `goal ${bump ? '1.3x' : '1.3x + 1 s'} = ${(goal / 1000).toFixed(2)} s`
  )
  actions.forEach((a, i) =>
    console.log(`${a}: step median ${(median(steps[i]) / 1000).toFixed(2)} s [${steps[i].join(', ')} ms]`)
  )
} finally {
  for (const s of services) await s.close()
  await proxy.close()
  removeTempDir(tmp)
}

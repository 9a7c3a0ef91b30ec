/**
 * `tsx bench/real/exact-profile.ts PROJECT [ROUNDS] [--action DIR]...`: the exact-hit main step of one or more
 * builds of the action, side by side on one real project (not part of CI). Per action: one cold job (the step,
 * `go build ./...`, the post step) saves its entries into its own cache service; then each round runs every
 * action's exact-hit step on a fresh runner, in rotating order, and measures the floor (tar + zstd -x of both
 * archives side by side, bench/real/floors.ts) next to them. Prints every sample, the medians and the load.
 * PROFILE_LOG=1 prints each step's log; PROFILE_NODE_OPTIONS goes to the steps' node (e.g. --cpu-prof).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCacheService, type FakeCacheService } from '../../testkit/cache-service.js'
import { isolatedGoEnv, removeTempDir } from '../../testkit/go-env.js'
import { Job } from '../../testkit/runner.js'
import { GITHUB_CACHE, measureFloors, transferMs } from './floors.js'
import { startOriginProxy } from './origin-proxy.js'
import { ORIGIN, prepareProject } from './prepare.js'
import { PROJECTS } from './projects.js'

const args = process.argv.slice(2)
const actions: string[] = []
for (let at = args.indexOf('--action'); at >= 0; at = args.indexOf('--action'))
  actions.push(path.resolve(args.splice(at, 2)[1]))
if (actions.length === 0) actions.push(process.cwd())
const project = PROJECTS.find(p => p.name === args[0])
if (!project) throw new Error(`project: one of ${PROJECTS.map(p => p.name).join(', ')}`)
const rounds = Number(args[1] ?? 3)

const tmp = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'exact-profile-'))
const root = path.join(tmp, 'runner')
const prepared = await prepareProject(project, s => console.log(s))
const proxy = await startOriginProxy(ORIGIN)
let run = Date.now()

/** A fresh runner with the project checked out; one root path for all, as @actions/cache versions by path. */
function job(actionDir: string, service: FakeCacheService, extra: Record<string, string> = {}): Job {
  removeTempDir(root)
  mkdirSync(path.join(root, 'runner-temp'), { recursive: true })
  cpSync(prepared.base, path.join(root, 'workspace'), { recursive: true })
  const env = isolatedGoEnv(root, {
    GOPROXY: proxy.url,
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GOCACHE: path.join(root, 'gocache'),
    GOFLAGS: '-modcacherw',
    ...service.env(),
    GITHUB_RUN_ID: String(++run),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'bench/project',
    ...extra
  }) as Record<string, string>
  return new Job({
    actionDir,
    workspace: path.join(root, 'workspace'),
    runnerTemp: path.join(root, 'runner-temp'),
    env
  })
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const services: FakeCacheService[] = []
try {
  for (const actionDir of actions) {
    const service = await startCacheService()
    service.setNetwork(GITHUB_CACHE)
    services.push(service)
    const cold = job(actionDir, service)
    const step = await cold.runAction({})
    const build = await cold.runStep('go', ['build', './...'], { cwd: path.join(root, 'workspace') })
    const post = await cold.runPost()
    console.log(
      `${actionDir}: cold step ${step.durationMs} ms, build ${build.durationMs} ms (exit ${build.exitCode})`
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
      const step = await job(actions[i], services[i], extra).runAction({})
      if (step.failed) throw new Error(`exact step failed:\n${step.log}`)
      steps[i].push(step.durationMs)
      console.log(
        `round ${r + 1} ${actions[i]}: exact step ${step.durationMs} ms (${step.outputs['cache-restore-kind']})`
      )
      if (process.env.PROFILE_LOG) console.log(step.log)
    }
    const [mod, bld] = ['mod', 'build'].map(
      kind => services[0].entries.find(e => e.key.includes('-build-') === (kind === 'build'))?.data
    )
    const f = await measureFloors(tmp, { module: mod!, build: bld }, [], proxy.url, 600)
    const transfer = transferMs(mod!.length + (bld?.length ?? 0)) // as report.ts: one call, both archives
    floors.push((bld ? f.bothExtractMs : f.extractMs) + transfer)
    console.log(
      `round ${r + 1} floor: extract ${(bld ? f.bothExtractMs : f.extractMs).toFixed(0)} ms + transfer ${transfer.toFixed(0)} ms`
    )
  }
  loads.push(os.loadavg()[0])
  const floor = median(floors)
  console.log(
    `\n${project.name}, ${rounds} rounds, 1-minute load ${loads.map(l => l.toFixed(1)).join(' → ')}`
  )
  console.log(
    `floor (median): ${(floor / 1000).toFixed(2)} s; goal 1.3x + 1 s = ${((1.3 * floor + 1000) / 1000).toFixed(2)} s`
  )
  actions.forEach((a, i) =>
    console.log(
      `${a}: exact step median ${(median(steps[i]) / 1000).toFixed(2)} s [${steps[i].join(', ')} ms]`
    )
  )
} finally {
  for (const s of services) await s.close()
  await proxy.close()
  removeTempDir(tmp)
}

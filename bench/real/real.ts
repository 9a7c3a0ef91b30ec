/**
 * `npm run bench -- --real [--rounds N] [--project NAME]... [--scenario NAME]... [--variant TEXT]... [--action DIR]`:
 * issue 14's benchmark on real projects
 * (projects.ts). Per project and round, one cache service per cached variant (setup-go's scheme, the action with
 * its defaults, the action with `cache-build` flipped) runs the scenarios in order (cold, exact, bump, source);
 * plain go runs cold only (it has no cache, so every scenario is a cold one). Variants rotate from round to round;
 * the floors are measured inside each round, next to the jobs they bound. Returns the Markdown section.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { startCacheService, type FakeCacheService } from '../../testkit/cache-service.js'
import { removeTempDir, TEMP_ROOT } from '../../testkit/go-env.js'
import { GITHUB_CACHE, measureFloors, type Floors } from './floors.js'
import { nodeWithTimeout, runJob, type JobContext, type JobResult, type Variant } from './jobs.js'
import { startOriginProxy } from './origin-proxy.js'
import { BENCH_HOME, ORIGIN, prepareProject, type PreparedProject } from './prepare.js'
import { PROJECTS, SCENARIOS, type RealProject } from './projects.js'
import { realSection, type ProjectRun } from './report.js'
import { writeSetupGoAction } from './setup-go-action.js'

export interface RealOptions {
  readonly rounds: number
  /** Project names (projects.ts); empty: all. */
  readonly projects: string[]
  /** Scenarios to run (cold always runs: the others restore what it saved); empty: all. */
  readonly scenarios: string[]
  /** Variants whose name contains one of these; empty: all. */
  readonly variants: string[]
  /** Directory with the action.yml and dist/ under test. */
  readonly actionDir: string
}

/** Where each run leaves its raw samples (not committed: ignored by git). */
export const SAMPLES_FILE = fileURLToPath(new URL('../real-samples.json', import.meta.url))

/** The section again from a run's raw samples (`--from`); JSON has no NaN, so null stands for it. */
export function renderFrom(file: string): string {
  const { runs, meta } = JSON.parse(readFileSync(file, 'utf8'), (_, v: unknown) =>
    v === null ? NaN : v
  ) as {
    runs: ProjectRun[]
    meta: Parameters<typeof realSection>[1]
  }
  return realSection(runs, meta)
}

const STEP_TIMEOUT_SEC = 30 * 60
const GO_TIMEOUT_SEC = 45 * 60

/** `cache-build`'s default in the action under test, as its action.yml says now. */
function cacheBuildDefault(actionDir: string): string {
  const doc = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8'), { schema: 'failsafe' }) as {
    inputs?: Record<string, { default?: string }>
  }
  return doc.inputs?.['cache-build']?.default ?? 'false'
}

function variants(o: RealOptions, setupGoDir: string): { plain: Variant[]; cached: Variant[] } {
  const actionDir = o.actionDir
  const other = cacheBuildDefault(actionDir) === 'true' ? 'false' : 'true'
  const wanted = (v: Variant) => o.variants.length === 0 || o.variants.some(w => v.name.includes(w))
  const all: { plain: Variant[]; cached: Variant[] } = {
    plain: [
      { name: 'plain go: go mod download', kind: 'go-download' },
      { name: 'plain go: build only', kind: 'go-build' }
    ],
    cached: [
      { name: 'setup-go scheme', kind: 'setup-go', actionDir: setupGoDir },
      { name: 'action, defaults', kind: 'action', actionDir },
      { name: `action, cache-build: ${other}`, kind: 'action', actionDir, inputs: { 'cache-build': other } }
    ]
  }
  return { plain: all.plain.filter(wanted), cached: all.cached.filter(wanted) }
}

const rotate = <T>(xs: T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length])

const log = (s: string) => console.log(`bench --real ${new Date().toISOString().slice(11, 19)} ${s}`)

function describe(r: JobResult): string {
  if (!r.ok) return `FAILED ${r.error?.split('\n')[0]}`
  const sec = (ms: number) => (Number.isNaN(ms) ? '-' : (ms / 1000).toFixed(1))
  return (
    `${r.kind}: restore ${sec(r.restoreMs)} s, step ${sec(r.stepMs)} s, build ${sec(r.buildMs)} s, ` +
    `vet ${sec(r.vetMs)} s, post ${sec(r.postMs)} s, total ${sec(r.totalMs)} s`
  )
}

/** The first archive the defaults' cold job saved of the module cache, or of the build cache. */
function savedArchive(service: FakeCacheService, kind: 'module' | 'build'): Buffer | undefined {
  return service.entries
    .filter(e => /-build-/.test(e.key) === (kind === 'build'))
    .sort((a, b) => a.id - b.id)[0]?.data
}

interface RoundContext {
  readonly c: JobContext
  readonly vs: { plain: Variant[]; cached: Variant[] }
  readonly run: ProjectRun
  readonly prepared: PreparedProject
  readonly scenarios: string[]
}

async function round(rc: RoundContext, n: number, project: RealProject): Promise<void> {
  const { c, vs, run, prepared } = rc
  const services = new Map<string, FakeCacheService>()
  for (const v of vs.cached) {
    const service = await startCacheService()
    service.setNetwork(GITHUB_CACHE)
    services.set(v.name, service)
  }
  const load = [os.loadavg()[0]]
  try {
    for (const scenario of SCENARIOS.filter(
      s => s === 'cold' || rc.scenarios.length === 0 || rc.scenarios.includes(s)
    )) {
      const dir =
        scenario === 'bump' ? prepared.bump : scenario === 'source' ? prepared.source : prepared.base
      const list = rotate([...(scenario === 'cold' ? vs.plain : []), ...vs.cached], n)
      for (const v of list) {
        const service = services.get(v.name) ?? (await startCacheService())
        const r = await runJob(c, v, { dir, modules: prepared.modules }, service)
        if (!services.has(v.name)) await service.close()
        log(`${project.name} round ${n + 1} ${scenario} | ${v.name} | ${describe(r)}`)
        run.samples.push({ round: n, scenario, result: r })
      }
      const action = vs.cached.find(v => v.kind === 'action')
      if (scenario === 'cold' && action) await floors(rc, services.get(action.name), project)
    }
  } finally {
    for (const s of services.values()) await s.close()
    load.push(os.loadavg()[0])
    run.load.push(load)
    log(
      `${project.name} round ${n + 1}: 1-minute load ${load[0].toFixed(1)} before, ${load[1].toFixed(1)} after`
    )
  }
}

async function floors(
  rc: RoundContext,
  service: FakeCacheService | undefined,
  p: RealProject
): Promise<void> {
  const archive = service && savedArchive(service, 'module')
  if (!archive) return log(`${p.name}: no module archive saved by the defaults' cold job; no floors`)
  const build = service && savedArchive(service, 'build')
  try {
    const f: Floors = await measureFloors(
      rc.c.tmpRoot,
      { module: archive, build },
      rc.prepared.changed,
      rc.c.proxyUrl,
      GO_TIMEOUT_SEC
    )
    rc.run.floors.push(f)
    log(
      `${p.name} floors: extract ${(f.extractMs / 1000).toFixed(1)} s, with the build archive ` +
        `${(f.bothExtractMs / 1000).toFixed(1)} s, fetch changed ${(f.fetchChangedMs / 1000).toFixed(1)} s`
    )
  } catch (e) {
    log(`${p.name} floors failed: ${String(e).slice(0, 500)}`)
  }
}

async function benchProject(p: RealProject, o: RealOptions, c: JobContext, vs: RoundContext['vs']) {
  const run: ProjectRun = { project: p, samples: [], floors: [], load: [], versions: 0, changed: [] }
  let prepared: PreparedProject
  try {
    prepared = await prepareProject(p, log)
  } catch (e) {
    log(`${p.name}: preparation failed: ${String(e).slice(0, 1000)}`)
    return { ...run, error: `preparation failed: ${String(e).split('\n')[0]}` }
  }
  Object.assign(run, { versions: prepared.baseSet.length, changed: prepared.changed })
  for (let n = 0; n < o.rounds; n++) {
    try {
      await round({ c, vs, run, prepared, scenarios: o.scenarios }, n, p)
    } catch (e) {
      log(`${p.name} round ${n + 1} failed: ${String(e).slice(0, 1000)}`)
      run.error = `round ${n + 1}: ${String(e).split('\n')[0]}`
    }
  }
  return run
}

/** SETUP_GOMOD_BENCH_TMP, else where the tests make theirs (TEMP_ROOT: a tmpfs when there is one with room). */
function tmpRoot(): string {
  return process.env.SETUP_GOMOD_BENCH_TMP || TEMP_ROOT
}

export async function runReal(o: RealOptions): Promise<string> {
  const badScenario = o.scenarios.filter(s => !(SCENARIOS as readonly string[]).includes(s))
  if (badScenario.length > 0)
    throw new Error(`unknown --scenario ${badScenario.join(', ')}: ${SCENARIOS.join(', ')}`)
  const unknown = o.projects.filter(n => !PROJECTS.some(p => p.name === n))
  if (unknown.length > 0)
    throw new Error(`unknown --project ${unknown.join(', ')}: ${PROJECTS.map(p => p.name).join(', ')}`)
  const selected = PROJECTS.filter(p => o.projects.length === 0 || o.projects.includes(p.name))
  const tmp = mkdtempSync(path.join(tmpRoot(), 'bench-real-'))
  const proxy = await startOriginProxy(ORIGIN)
  log(`action under test: ${o.actionDir}; fetched projects and the origin module cache: ${BENCH_HOME}`)
  try {
    const setupGo = await writeSetupGoAction(path.join(tmp, 'setup-go'))
    let id = Date.now()
    const c: JobContext = {
      tmpRoot: tmp,
      proxyUrl: proxy.url,
      node: nodeWithTimeout(tmp, STEP_TIMEOUT_SEC),
      goTimeoutSec: GO_TIMEOUT_SEC,
      runId: () => ++id,
      defaultActionDir: o.actionDir
    }
    const vs = variants(o, setupGo)
    const runs: ProjectRun[] = []
    for (const p of selected) runs.push(await benchProject(p, o, c, vs))
    if (proxy.misses.length > 0)
      log(`origin proxy misses: ${[...new Set(proxy.misses)].slice(0, 20).join(' ')}`)
    const meta = { rounds: o.rounds, actionDir: o.actionDir, variants: vs, misses: proxy.misses }
    // The raw samples, so that a change to the report can be rendered again without running for hours.
    writeFileSync(SAMPLES_FILE, JSON.stringify({ runs, meta }, null, 1) + '\n')
    return realSection(runs, meta)
  } finally {
    await proxy.close()
    removeTempDir(tmp)
  }
}

/**
 * Download engine: a cold download of 200+ synthetic module versions from the local proxy with 30 ms of latency
 * per request, plain `go mod download` against the candidates, side by side in one run (rounds interleave the
 * variants so that drift in the machine hits all of them alike); then the action's overhead on a complete
 * module cache against `go mod download` alone. Run `npm run bundle` first: the action variants run dist/.
 * `tsx bench/download.bench.ts [versions] [rounds]` prints the section alone.
 */
import { mkdirSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isolatedGoEnv, makeTempDir, removeTempDir, runGo } from '../testkit/go-env.js'
import { startGoProxy, type FixtureModule, type GoProxy } from '../testkit/goproxy.js'
import { syntheticModules } from '../testkit/synthetic.js'
import { writeRequiringProject } from '../testkit/module-project.js'
import { Job } from '../testkit/runner.js'

const ACTION_DIR = fileURLToPath(new URL('..', import.meta.url))
const LATENCY_MS = 30

interface Variant {
  readonly name: string
  /** Runs one download into the fresh (or, warm, complete) module cache of `dir`; returns milliseconds. */
  readonly run: (dir: string) => Promise<number>
}

/** A project requiring every module, laid out in `dir/workspace/app`. */
function writeProject(dir: string, modules: readonly FixtureModule[]): string {
  const app = path.join(dir, 'workspace', 'app')
  mkdirSync(app, { recursive: true })
  writeRequiringProject(app, 'example.test/app', modules)
  return app
}

function plainGo(proxy: GoProxy, extra: Record<string, string> = {}): (dir: string) => Promise<number> {
  return async dir => {
    const env = isolatedGoEnv(dir, { GOPROXY: proxy.url, ...extra })
    const r = await runGo(['mod', 'download'], {
      cwd: path.join(dir, 'workspace', 'app'),
      env,
      timeoutMs: 300_000
    })
    if (r.code !== 0) throw new Error(`go mod download failed: ${r.stderr}`)
    return r.durationMs
  }
}

/** The whole action (node start-up, go env, download) under the runner harness, as a workflow runs it. */
function action(proxy: GoProxy, parallelism: string): (dir: string) => Promise<number> {
  return async dir => {
    const runnerTemp = path.join(dir, 'runner-temp')
    mkdirSync(runnerTemp, { recursive: true })
    const env = isolatedGoEnv(dir, { GOPROXY: undefined, GONOSUMDB: undefined, GOFLAGS: undefined })
    const job = new Job({
      actionDir: ACTION_DIR,
      workspace: path.join(dir, 'workspace'),
      runnerTemp,
      env: env as Record<string, string>
    })
    const started = performance.now()
    const step = await job.runAction({
      'working-directory': 'app',
      goproxy: proxy.url,
      gonosumdb: 'fixture.test',
      goflags: '-modcacherw',
      cache: 'false',
      parallelism
    })
    const ms = performance.now() - started
    if (step.exitCode !== 0) throw new Error(`action failed:\n${step.log}`)
    return ms
  }
}

/** Median milliseconds of each variant over `rounds` rounds, each run in a fresh temp dir (cold module cache). */
async function measureCold(
  variants: readonly Variant[],
  rounds: number,
  modules: readonly FixtureModule[]
): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>(variants.map(v => [v.name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const v of variants) {
      const dir = makeTempDir('setup-gomod-bench-')
      try {
        writeProject(dir, modules)
        samples.get(v.name)!.push(await v.run(dir))
      } finally {
        removeTempDir(dir)
      }
    }
  }
  return new Map([...samples].map(([name, s]) => [name, median(s)]))
}

/** The same on one module cache that `fill` completed first: every run finds everything in place. */
async function measureWarm(
  variants: readonly Variant[],
  rounds: number,
  modules: readonly FixtureModule[],
  fill: (dir: string) => Promise<number>
): Promise<Map<string, number>> {
  const dir = makeTempDir('setup-gomod-bench-')
  try {
    writeProject(dir, modules)
    await fill(dir)
    const samples = new Map<string, number[]>(variants.map(v => [v.name, []]))
    for (let round = 0; round < rounds; round++)
      for (const v of variants) samples.get(v.name)!.push(await v.run(dir))
    return new Map([...samples].map(([name, s]) => [name, median(s)]))
  } finally {
    removeTempDir(dir)
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export async function run(versions = 200, rounds = 3): Promise<string> {
  const modules = syntheticModules(versions)
  const proxy = await startGoProxy({ modules, latencyMs: LATENCY_MS })
  try {
    const cold: Variant[] = [
      { name: '`go mod download` (baseline)', run: plainGo(proxy) },
      { name: '`go mod download`, GOMAXPROCS=32', run: plainGo(proxy, { GOMAXPROCS: '32' }) },
      ...['1', '4', '8', '16', '32', 'auto'].map(p => ({
        name: `action, \`parallelism: ${p}\``,
        run: action(proxy, p)
      }))
    ]
    const coldMs = await measureCold(cold, rounds, modules)
    const base = coldMs.get(cold[0].name)!
    const auto = coldMs.get('action, `parallelism: auto`')!

    const warmRounds = rounds * 4
    const warm: Variant[] = [
      { name: '`go mod download` alone', run: plainGo(proxy) },
      { name: 'action, `parallelism: auto`', run: action(proxy, 'auto') }
    ]
    const warmMs = await measureWarm(warm, warmRounds, modules, action(proxy, 'auto'))
    const goAlone = warmMs.get(warm[0].name)!
    const overhead = warmMs.get(warm[1].name)! - goAlone

    return [
      '## Download engine',
      '',
      `Cold download of ${versions} module versions (synthetic, median 12 KiB) from testkit/goproxy.ts with ` +
        `${LATENCY_MS} ms latency per request, ${os.availableParallelism()} cores, median of ${rounds} interleaved rounds. ` +
        `"action" is the whole step (dist/main.js under the runner harness: start-up, go env, download).`,
      '',
      '| variant | time | vs baseline |',
      '| --- | --- | --- |',
      ...cold.map(
        v => `| ${v.name} | ${sec(coldMs.get(v.name)!)} | ${(coldMs.get(v.name)! / base).toFixed(2)}x |`
      ),
      '',
      `**Cold: ${(auto / base).toFixed(2)}x** of plain \`go mod download\` with \`parallelism: auto\` ` +
        `(goal ≤ 0.35x: ${auto / base <= 0.35 ? 'met' : 'missed'}).`,
      '',
      `Complete module cache, median of ${warmRounds}: \`go mod download\` alone ${sec(goAlone)}, the action ` +
        `${sec(warmMs.get(warm[1].name)!)}. **Warm overhead: ${sec(overhead)}** (goal ≤ 0.5 s: ` +
        `${overhead <= 500 ? 'met' : 'missed'}).`
    ].join('\n')
  } finally {
    await proxy.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await run(Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 3)))
}

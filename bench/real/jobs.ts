/**
 * One job on a fresh runner (empty GOMODCACHE and GOCACHE, a fresh copy of the project as the workspace): the
 * variant's step (plain `go mod download`, setup-go's cache scheme, or the action under test), then
 * `go build ./...` and `go vet ./...` as `run:` steps, then the post step; all under the runner harness
 * (testkit/runner.ts), every child under a timeout. The cache service is the caller's and outlives the job.
 */
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { FakeCacheService } from '../../testkit/cache-service.js'
import { isolatedGoEnv, removeTempDir } from '../../testkit/go-env.js'
import { Job, type StepResult } from '../../testkit/runner.js'

export interface Variant {
  readonly name: string
  readonly kind: 'go-download' | 'go-build' | 'setup-go' | 'action'
  /** action.yml's directory, for `setup-go` and `action`. */
  readonly actionDir?: string
  readonly inputs?: Record<string, string>
}

export interface JobResult {
  readonly variant: string
  readonly ok: boolean
  readonly error?: string
  /** The cache phases of the step (restore); NaN where the variant has none. */
  readonly restoreMs: number
  readonly stepMs: number
  readonly buildMs: number
  readonly vetMs: number
  readonly postMs: number
  readonly totalMs: number
  /** `cache-restore-kind` of the action, `exact`/`miss` for setup-go's scheme. */
  readonly kind: string
  /** Entries the job saved: key and archive bytes. */
  readonly saved: { key: string; bytes: number }[]
}

export interface JobContext {
  /** Under which the job's runner directories are created (tmpfs when there is one). */
  readonly tmpRoot: string
  readonly proxyUrl: string
  /** A node wrapper that stops the step after the step timeout (see nodeWithTimeout). */
  readonly node: string
  readonly goTimeoutSec: number
  readonly runId: () => number
  /** The runner harness reads an action.yml even for jobs without a `uses:` step: the one under test. */
  readonly defaultActionDir: string
}

/** A bash script that runs node under coreutils `timeout`, which signals the step's whole process group. */
export function nodeWithTimeout(dir: string, seconds: number): string {
  const file = path.join(dir, 'node-with-timeout.sh')
  const node = process.env.SETUP_GOMOD_NODE || process.execPath
  // bash, not sh: dash drops environment variables whose names are not identifiers, such as INPUT_CACHE-BUILD.
  writeFileSync(file, `#!/bin/bash\nexec timeout -k 10 ${seconds} '${node}' "$@"\n`)
  chmodSync(file, 0o755)
  return file
}

/** The `N ms` phase lines the action (src/report/phase.ts) and setup-go-cache.ts print, summed over cache phases. */
function cachePhasesMs(log: string): number {
  const ms = [...log.matchAll(/^(.*cache[^:]*): (\d+) ms$/gim)].map(m => Number(m[2]))
  return ms.length === 0 ? NaN : ms.reduce((a, b) => a + b, 0)
}

/** A fresh runner's environment: every Go variable set, the cache service's, a new run id. */
export function runnerEnv(
  c: Pick<JobContext, 'proxyUrl' | 'runId'>,
  root: string,
  service: FakeCacheService
): Record<string, string> {
  const env = isolatedGoEnv(root, {
    GOPROXY: c.proxyUrl,
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GOCACHE: path.join(root, 'gocache'),
    GOFLAGS: '-modcacherw',
    ...service.env(),
    GITHUB_RUN_ID: String(c.runId()),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'bench/project',
    GITHUB_REPOSITORY_OWNER: 'bench',
    RUNNER_TOOL_CACHE: path.join(root, 'toolcache')
  })
  return env as Record<string, string>
}

const tail = (s: StepResult) => s.log.split('\n').slice(-12).join('\n')

export async function runJob(
  c: JobContext,
  v: Variant,
  project: { dir: string; modules: string[] },
  service: FakeCacheService
): Promise<JobResult> {
  // One path for every job, like a runner's /home/runner: @actions/cache versions an entry by its paths, so a
  // per-job directory would make every restore a miss.
  const root = path.join(c.tmpRoot, 'runner')
  removeTempDir(root)
  mkdirSync(root)
  const workspace = path.join(root, 'workspace')
  const runnerTemp = path.join(root, 'runner-temp')
  mkdirSync(runnerTemp, { recursive: true })
  cpSync(project.dir, workspace, { recursive: true })
  const before = new Set(service.entries.map(e => e.id))
  const started = performance.now()
  try {
    const job = new Job({
      actionDir: v.actionDir ?? c.defaultActionDir,
      workspace,
      runnerTemp,
      env: runnerEnv(c, root, service),
      node: c.node
    })
    const go = (...args: string[]) =>
      job.runStep('timeout', ['-k', '10', String(c.goTimeoutSec), 'go', ...args])
    let step: StepResult | undefined
    if (v.kind === 'go-download') step = await goModDownload(job, c.goTimeoutSec, project.modules)
    else if (v.kind !== 'go-build') step = await job.runAction(v.inputs ?? {})
    if (process.env.SETUP_GOMOD_BENCH_VERBOSE) console.log(step?.log.replace(/^/gm, `  ${v.name} | `))
    if (step?.failed) return failed(v, 'step', tail(step))
    const build = await go('build', './...')
    if (build.failed) return failed(v, 'go build', tail(build))
    const vet = await go('vet', './...')
    if (vet.failed) return failed(v, 'go vet', tail(vet))
    const post = v.kind === 'setup-go' || v.kind === 'action' ? await job.runPost() : undefined
    if (post?.failed) return failed(v, 'post', tail(post))
    return {
      variant: v.name,
      ok: true,
      restoreMs: step ? cachePhasesMs(step.log) : NaN,
      stepMs: step?.durationMs ?? 0,
      buildMs: build.durationMs,
      vetMs: vet.durationMs,
      postMs: post?.durationMs ?? 0,
      totalMs: performance.now() - started,
      kind: restoreKind(step),
      saved: service.entries.filter(e => !before.has(e.id)).map(e => ({ key: e.key, bytes: e.data.length }))
    }
  } finally {
    removeTempDir(root)
  }
}

/** The action's `cache-restore-kind`; for setup-go's scheme, `exact` or `miss` from its `cache-hit`. */
function restoreKind(step: StepResult | undefined): string {
  const hit = step?.outputs['cache-hit']
  return step?.outputs['cache-restore-kind'] ?? (hit === undefined ? '-' : hit === 'true' ? 'exact' : 'miss')
}

/** `go mod download` in every module of the project, one after the other, as a `run:` step would. */
function goModDownload(job: Job, timeoutSec: number, modules: string[]): Promise<StepResult> {
  const loop = `for d in "$@"; do (cd "$d" && timeout -k 10 ${timeoutSec} go mod download) || exit 1; done`
  return job.runStep('sh', ['-c', loop, 'sh', ...modules])
}

function failed(v: Variant, where: string, log: string): JobResult {
  const n = NaN
  return {
    variant: v.name,
    ok: false,
    error: `${where} failed:\n${log}`,
    restoreMs: n,
    stepMs: n,
    buildMs: n,
    vetMs: n,
    postMs: n,
    totalMs: n,
    kind: 'failed',
    saved: []
  }
}

import * as path from 'node:path'
import * as core from '@actions/core'
import { runTool } from '../exec/run-tool.js'
import { formatSeconds } from '../util/format.js'
import type { DownloadFailure } from './types.js'
import { mapLimit, splitJobs, type DownloadJob } from './download-plan.js'
import { readGoReport, splitVersion, versionOfUrl, type ModuleLine } from '../go/go-output.js'
import { highestVersions } from '../go/module-graph.js'
import type { ModuleCache } from './module-cache.js'

export interface AttemptContext {
  readonly goPath: string
  readonly env: NodeJS.ProcessEnv
  /** Most go processes at once. */
  readonly processes: number
  /** performance.now() after which no go process may run (input 'timeout'). */
  readonly deadline: number
  readonly timeoutMs: number
  readonly stallTimeoutMs: number
  readonly cache: ModuleCache
  /** Every version the plan knows, to name the module behind a URL that hung. */
  readonly known: readonly string[]
  readonly workspace: string
}

/** What one attempt has to do: fetch these versions by name, then run a full pass in each of these roots. */
export interface AttemptWork {
  readonly versions: ReadonlyMap<string, readonly string[]>
  readonly roots: readonly string[]
}

export interface AttemptResult {
  readonly failures: readonly DownloadFailure[]
  readonly modules: readonly ModuleLine[]
  /** What is left for the next attempt: only what failed, and the root passes that have not succeeded yet. */
  readonly next: AttemptWork
  /** The versions each root's module graph selects, for the roots whose check passed in this attempt. */
  readonly selected?: ReadonlyMap<string, readonly string[]>
}

/**
 * One attempt. The named versions (those whose zip, .mod or .info is not in the module cache yet) go first,
 * split over parallel go processes; each root's check follows only when they all succeeded, so a failing
 * proxy is not asked again before the backoff. The check (rootCheck) loads the root's whole module graph,
 * which fetches any go.mod file no go.mod names, without extracting a single zip.
 */
export async function runAttempt(ctx: AttemptContext, work: AttemptWork): Promise<AttemptResult> {
  const failures: DownloadFailure[] = []
  const modules: ModuleLine[] = []
  const retry = new Map<string, Set<string>>()
  const again = (root: string, versions: Iterable<string>) => {
    const set = retry.get(root) ?? new Set<string>()
    for (const v of versions) set.add(v)
    retry.set(root, set)
  }
  const collect = (job: DownloadJob, r: JobResult) => {
    modules.push(...r.modules)
    failures.push(...r.failures)
    // A stopped process prints no JSON, so which of its versions arrived is unknown: all are tried again
    // (those that did are found in the cache at no cost).
    if (r.stopped) again(job.root, job.versions)
    for (const f of r.failures) if (f.module && f.version) again(job.root, [`${f.module}@${f.version}`])
  }

  const parts = splitJobs(work.versions, ctx.processes)
  const partResults = await mapLimit(parts, ctx.processes, job => runJob(ctx, job))
  parts.forEach((job, i) => collect(job, partResults[i]))

  let roots = [...work.roots]
  const selected = new Map<string, readonly string[]>()
  if (failures.length === 0) {
    const passes = roots.map(root => ({ root, versions: [] }))
    const passResults = await mapLimit(passes, ctx.processes, job => rootCheck(ctx, job.root))
    passes.forEach((job, i) => collect(job, passResults[i]))
    passes.forEach((job, i) => passResults[i].selected && selected.set(job.root, passResults[i].selected))
    roots = passes.filter((_, i) => passResults[i].failures.length > 0).map(j => j.root)
  }
  const versions = new Map([...retry].map(([root, set]) => [root, [...set]]))
  return { failures, modules, next: { versions, roots }, selected }
}

/**
 * Whether a root's module graph is complete, without extracting anything: `go mod graph` reads every
 * go.mod of the graph (each checked against go.sum as go reads it) and fetches those not in the cache. The
 * zips stay packed: go extracts a module only when a later command builds from it, and since the restored
 * cache holds no .ziphash files, it hashes each zip against go.sum first. Extracting every module here took
 * 16-32 s on real projects whether or not the job needed them. When the check fails for any reason, the
 * root's full `go mod download` runs instead, so every failure is reported in go's download wording.
 */
async function rootCheck(ctx: AttemptContext, root: string): Promise<JobResult> {
  const remaining = ctx.deadline - performance.now()
  if (remaining <= 0) return { modules: [], failures: [budgetFailure(ctx, root)], stopped: true }
  // Not `go list -m all`: it asks the proxy for the .info of every module in the build list (go.mod-only
  // ones too, which no cache holds), 3 s of requests on a 24-module project; the build never needs them.
  const result = await runTool(ctx.goPath, ['mod', 'graph'], {
    cwd: root,
    env: ctx.env,
    timeoutMs: remaining,
    stallTimeoutMs: ctx.stallTimeoutMs,
    progress: () => ctx.cache.fingerprint()
  })
  core.debug(
    `${where(ctx, root)} (module graph check): exit ${result.exitCode}, ${Math.round(result.durationMs)} ms`
  )
  // The graph says which versions the build list selects: post keeps only their zips (save-cache.ts).
  if (result.exitCode === 0)
    return { modules: [], failures: [], stopped: false, selected: highestVersions(result.stdout) }
  core.info(`${where(ctx, root)}: the module graph check failed, running the full go mod download`)
  return runJob(ctx, { root, versions: [] })
}

interface JobResult {
  readonly modules: readonly ModuleLine[]
  readonly failures: readonly DownloadFailure[]
  /** The process was stopped (stall or budget) before it reported. */
  readonly stopped: boolean
  /** A module graph check that passed: the versions the root's graph selects. */
  readonly selected?: readonly string[]
}

async function runJob(ctx: AttemptContext, job: DownloadJob): Promise<JobResult> {
  const remaining = ctx.deadline - performance.now()
  if (remaining <= 0) return { modules: [], failures: [budgetFailure(ctx, job.root)], stopped: true }
  const result = await runTool(ctx.goPath, downloadArgs(job.versions), {
    cwd: job.root,
    env: ctx.env,
    timeoutMs: remaining,
    stallTimeoutMs: ctx.stallTimeoutMs,
    progress: () => ctx.cache.fingerprint()
  })
  const report = readGoReport(job.root, result)
  const what = job.versions.length ? `${job.versions.length} named versions` : 'full pass'
  core.debug(
    `${where(ctx, job.root)} (${what}): exit ${result.exitCode}${result.stalled ? ' (stalled)' : ''}` +
      `${result.timedOut ? ' (budget)' : ''}, ${report.modules.length} reported, ${Math.round(result.durationMs)} ms`
  )
  const failures = [...report.failures]
  if (result.stalled) failures.push(...stallFailures(ctx, job, report.inFlight))
  else if (result.timedOut) failures.push(budgetFailure(ctx, job.root))
  return { modules: report.modules, failures, stopped: result.stalled || result.timedOut }
}

/** `--` first: a go.mod may `require` a path starting with `-`, which go must read as a module, not a flag. */
export function downloadArgs(versions: readonly string[]): string[] {
  return ['mod', 'download', '-json', '-x', '--', ...versions]
}

/** One failure per module whose request hung, or one for the process when none can be named. */
function stallFailures(
  ctx: AttemptContext,
  job: DownloadJob,
  inFlight: readonly string[]
): DownloadFailure[] {
  const seconds = formatSeconds(ctx.stallTimeoutMs)
  const candidates = job.versions.length ? job.versions : ctx.known
  const byVersion = new Map<string, string>()
  for (const url of inFlight) {
    const v = versionOfUrl(url, candidates)
    if (v && !byVersion.has(v)) byVersion.set(v, url)
  }
  const message = (url?: string) =>
    `go mod download in ${where(ctx, job.root)} showed no progress for ${seconds} (input 'stall-timeout')` +
    `${url ? ` while waiting for ${url}` : ''} and was stopped. go never times out a connection that hangs.`
  if (byVersion.size === 0)
    return [{ root: job.root, message: message(inFlight[0]), stopped: 'stall-timeout' }]
  return [...byVersion].map(([v, url]) => ({
    root: job.root,
    ...splitVersion(v),
    message: message(url),
    stopped: 'stall-timeout' as const
  }))
}

function budgetFailure(ctx: AttemptContext, root: string): DownloadFailure {
  return {
    root,
    message:
      `go mod download in ${where(ctx, root)} was stopped after ${formatSeconds(ctx.timeoutMs)}: the download ` +
      `budget (input 'timeout') ran out. go itself never times out a connection that hangs, so a proxy that ` +
      `accepts and never answers looks like this.`,
    stopped: 'timeout'
  }
}

export function where(ctx: { workspace: string }, root: string): string {
  return path.relative(ctx.workspace, root) || '.'
}

import * as core from '@actions/core'
import type { Inputs } from '../inputs/types.js'
import { formatSeconds, runAttempt, where, type AttemptContext, type AttemptWork } from './attempt.js'
import { processCount, requiredVersions } from './download-plan.js'
import type { ModuleLine } from '../go/go-output.js'
import { bytesFetched, ModuleCache } from './module-cache.js'
import { prefetchModules, type PrefetchOutcome } from './prefetch.js'
import { backoffDelay, judge, type Verdict } from './retry-policy.js'
import type { AttemptRecord, DownloadFailure, DownloadOutcome, DownloadRequest } from './types.js'
import { checkWorkspaceUses } from './workspace-check.js'

/** Distinct `module@version` among failures that name one. */
export function failedVersions(failures: readonly DownloadFailure[]): string[] {
  return [...new Set(failures.filter(f => f.module).map(f => `${f.module}@${f.version}`))]
}

/**
 * Downloads the set within the `timeout` budget. Failures are classified (retry-policy.ts); when every one is
 * transient, only what failed is fetched again after an exponential backoff with full jitter, at most
 * `retries` more times. One permanent failure ends the download: retrying the rest cannot make it succeed.
 */
export async function downloadModules(request: DownloadRequest): Promise<DownloadOutcome> {
  const { inputs, set } = request
  const unusable = checkWorkspaceUses(set)
  if (unusable) return unusable
  const started = performance.now()
  const startedEpoch = Date.now()
  const cache = new ModuleCache(request.gomodcache)
  const byRoot = await requiredVersions(set)
  const known = [...byRoot.values()].flat()
  const prefetched = request.prefetch && (await prefetch(request, known))
  const processes = processCount(inputs.parallelism, known.length)
  const ctx: AttemptContext = {
    goPath: request.goPath,
    env: request.env,
    processes,
    deadline: started + inputs.timeoutMs,
    timeoutMs: inputs.timeoutMs,
    stallTimeoutMs: inputs.stallTimeoutMs,
    cache,
    known,
    workspace: request.workspace
  }
  let work: AttemptWork = { versions: await plan(cache, byRoot), roots: set.roots }
  const reported = new Map<string, ModuleLine>()
  const log: AttemptRecord[] = []
  let failures: readonly DownloadFailure[] = []
  for (let attempt = 1; ; attempt++) {
    core.info(`Attempt ${attempt}: ${describeWork(work, processes)}`)
    const attemptStarted = performance.now()
    const result = await runAttempt(ctx, work)
    for (const m of result.modules) if (m.Path && m.Version) reported.set(`${m.Path}@${m.Version}`, m)
    failures = result.failures
    const record = {
      attempt,
      startedMs: attemptStarted - started,
      durationMs: performance.now() - attemptStarted
    }
    const took = formatSeconds(record.durationMs)
    if (failures.length === 0) {
      core.info(`Attempt ${attempt}: complete in ${took}`)
      log.push({ ...record, failed: 0, retrying: [], delayMs: 0 })
      break
    }
    const verdicts = failures.map(judge)
    core.info(`Attempt ${attempt}: ${plural(failures.length, 'failure')} in ${took}:`)
    for (const line of describeFailures(request, failures, verdicts)) core.info(`  ${line}`)
    const next = nextStep(attempt, verdicts, inputs, ctx.deadline)
    if (!next.retry) {
      core.info(`Attempt ${attempt}: not retried: ${next.reason}`)
      log.push({ ...record, failed: failures.length, retrying: [], delayMs: 0 })
      break
    }
    for (const repair of new Set(verdicts.map(v => v.repair))) if (repair) await cache.remove(repair)
    work = result.next
    const retrying = [
      ...[...work.versions.values()].flat(),
      ...work.roots.map(r => `${where(request, r)} (full pass)`)
    ]
    core.info(
      `Attempt ${attempt}: retry ${attempt} of ${inputs.retries} in ${formatSeconds(next.delayMs)}, for ` +
        describeWork(work, processes)
    )
    log.push({ ...record, failed: failures.length, retrying, delayMs: next.delayMs })
    await new Promise(resolve => setTimeout(resolve, next.delayMs))
  }
  const modules = [...reported.values()]
  const outcome: DownloadOutcome = {
    ok: failures.length === 0,
    // The download set is complete after success, whether its versions were fetched now or restored.
    modules: failures.length === 0 ? new Set([...known, ...reported.keys()]).size : reported.size,
    failures,
    durationMs: performance.now() - started,
    attempts: log.length,
    attemptLog: log,
    bytes: (await bytesFetched(modules, startedEpoch)) + (prefetched?.bytes ?? 0),
    processes
  }
  core.info(
    `${outcome.ok ? 'Done' : 'Failed'}: ${outcome.modules} module versions${outcome.ok ? ' ready' : ''}, ` +
      `${formatBytes(outcome.bytes)} fetched, ${formatSeconds(outcome.durationMs)}, ` +
      `${plural(outcome.attempts, 'attempt')}${outcome.ok ? ' (zips stay packed: go extracts what a build needs)' : ''}`
  )
  return outcome
}

/** Fetches the module files from the proxy without go (prefetch.ts), and says what it did. */
async function prefetch(request: DownloadRequest, zips: readonly string[]): Promise<PrefetchOutcome> {
  const { source, sums } = request.prefetch!
  const { parallelism, stallTimeoutMs } = request.inputs
  const outcome = await prefetchModules({
    ...source,
    gomodcache: request.gomodcache,
    zips,
    goMods: [...sums.goMods.keys()],
    sums,
    concurrency: parallelism === 'auto' ? 16 : parallelism,
    idleMs: Math.min(stallTimeoutMs, 30_000)
  })
  const left = outcome.stopped ? `; stopped (${outcome.stopped}), go fetches the rest` : ''
  const rejected = outcome.rejected.length
    ? `; ${outcome.rejected.length} did not match go.sum and are left to go: ${outcome.rejected.join(', ')}`
    : ''
  // Nothing missing (an exact hit): nothing worth a line.
  const say = outcome.files === 0 && !outcome.stopped && !outcome.rejected.length ? core.debug : core.info
  say(
    outcome.files || outcome.stopped === undefined
      ? `Prefetch: ${outcome.files} module files, ${formatBytes(outcome.bytes)}, in ` +
          `${formatSeconds(outcome.ms)} without extracting${left}${rejected}`
      : `Prefetch: none (${outcome.stopped})`
  )
  return outcome
}

type NextStep = { retry: true; delayMs: number } | { retry: false; reason: string }

function nextStep(attempt: number, verdicts: readonly Verdict[], inputs: Inputs, deadline: number): NextStep {
  const permanent = [...new Set(verdicts.filter(v => !v.retryable).map(v => v.id))]
  if (permanent.length) return { retry: false, reason: `${permanent.join(', ')} is not transient` }
  if (attempt > inputs.retries)
    return { retry: false, reason: `no retries left (input 'retries': ${inputs.retries})` }
  const delayMs = backoffDelay(
    attempt,
    inputs,
    verdicts.some(v => v.slow)
  )
  if (performance.now() + delayMs >= deadline)
    return { retry: false, reason: `the download budget (input 'timeout') ran out` }
  return { retry: true, delayMs }
}

/** Per root, the versions whose files are not all in the module cache (all of them on a cold run). */
async function plan(
  cache: ModuleCache,
  byRoot: ReadonlyMap<string, readonly string[]>
): Promise<Map<string, string[]>> {
  const versions = new Map<string, string[]>()
  for (const [root, all] of byRoot) {
    const fetch = await cache.missing(all)
    if (fetch.length > 0) versions.set(root, fetch)
  }
  return versions
}

function describeWork(work: AttemptWork, processes: number): string {
  const count = (m?: ReadonlyMap<string, readonly string[]>) =>
    [...(m?.values() ?? [])].reduce((n, l) => n + l.length, 0)
  const named = count(work.versions)
  const parts: string[] = []
  if (named) parts.push(`${plural(named, 'module version')} in up to ${processes} parallel go processes`)
  if (work.roots.length) parts.push(`module graph check in ${work.roots.length} root(s)`)
  return parts.join(', then ')
}

/** One line per failure (the first ten): what failed, its class, and go's first line about it. */
function describeFailures(
  request: DownloadRequest,
  failures: readonly DownloadFailure[],
  verdicts: readonly Verdict[]
): string[] {
  const lines = failures.slice(0, 10).map((f, i) => {
    const what = f.module ? `${f.module}@${f.version}` : where(request, f.root)
    return `${what} (${verdicts[i].id}): ${f.message.split('\n')[0]}`
  })
  if (failures.length > 10) lines.push(`… and ${failures.length - 10} more`)
  return lines
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function formatBytes(n: number): string {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`
}

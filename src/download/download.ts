import * as core from '@actions/core'
import { formatBytes, formatSeconds, plural } from '../util/format.js'
import { attemptLoop, type LoopOutcome } from './attempt-loop.js'
import { runAttempt, where, type AttemptContext, type AttemptWork } from './attempt.js'
import { processCount, requiredVersions } from './download-plan.js'
import { bytesFetched, ModuleCache } from './module-cache.js'
import { prefetchModules, type PrefetchOutcome } from './prefetch.js'
import type { Verdict } from './retry-policy.js'
import type { DownloadFailure, DownloadOutcome, DownloadRequest } from './types.js'
import { checkWorkspaceUses } from './workspace-check.js'

/** Distinct `module@version` among failures that name one. */
export function failedVersions(failures: readonly DownloadFailure[]): string[] {
  return [...new Set(failures.filter(f => f.module).map(f => `${f.module}@${f.version}`))]
}

/**
 * Downloads the set within the `timeout` budget: the versions missing from the module cache (after a prefetch
 * from the proxy, when one is given), then each root's module graph check, in attempts that retry only what
 * is transient (attempt-loop.ts).
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
  const first: AttemptWork = { versions: await plan(cache, byRoot), roots: set.roots }
  const { retries, retryDelayMs, retryMaxDelayMs } = inputs
  const rules = { retries, retryDelayMs, retryMaxDelayMs, deadline: ctx.deadline, origin: started }
  const loop = await attemptLoop(first, rules, {
    runAttempt: work => runAttempt(ctx, work),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    now: () => performance.now(),
    repair: version => cache.remove(version),
    random: Math.random,
    log: line => core.info(line),
    describe: {
      work: work => describeWork(work, processes),
      failures: (failures, verdicts) => describeFailures(request, failures, verdicts),
      retrying: work => [
        ...[...work.versions.values()].flat(),
        ...work.roots.map(r => `${where(request, r)} (full pass)`)
      ]
    }
  })
  const bytes = (await bytesFetched([...loop.reported.values()], startedEpoch)) + (prefetched?.bytes ?? 0)
  return outcomeOf(loop, {
    known,
    bytes,
    processes,
    durationMs: performance.now() - started,
    roots: set.roots
  })
}

/** The outcome of the attempts, and its log line. */
function outcomeOf(
  loop: LoopOutcome,
  facts: {
    known: readonly string[]
    bytes: number
    processes: number
    durationMs: number
    roots: readonly string[]
  }
): DownloadOutcome {
  const { failures, reported, selected } = loop
  const everyGraph = failures.length === 0 && facts.roots.every(r => selected.has(r))
  const outcome: DownloadOutcome = {
    ok: failures.length === 0,
    // The download set is complete after success, whether its versions were fetched now or restored.
    modules: failures.length === 0 ? new Set([...facts.known, ...reported.keys()]).size : reported.size,
    failures,
    durationMs: facts.durationMs,
    attempts: loop.attemptLog.length,
    attemptLog: loop.attemptLog,
    bytes: facts.bytes,
    processes: facts.processes,
    selected: everyGraph ? [...new Set(facts.roots.flatMap(r => selected.get(r) ?? []))] : undefined
  }
  core.info(
    `${outcome.ok ? 'Done' : 'Failed'}: ${plural(outcome.modules, 'module version')}${outcome.ok ? ' ready' : ''}, ` +
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
  if (work.roots.length) parts.push(`module graph check in ${plural(work.roots.length, 'root')}`)
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

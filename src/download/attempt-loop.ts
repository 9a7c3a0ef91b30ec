import type { ModuleLine } from '../go/go-output.js'
import { formatSeconds, plural } from '../util/format.js'
import type { AttemptResult, AttemptWork } from './attempt.js'
import { backoffDelay, judge, type Verdict } from './retry-policy.js'
import type { AttemptRecord, DownloadFailure } from './types.js'

/** The bounds of the loop, from the inputs: how often and how long to retry. */
export interface RetryRules {
  readonly retries: number
  readonly retryDelayMs: number
  readonly retryMaxDelayMs: number
  /** Clock time after which no retry starts (input 'timeout'). */
  readonly deadline: number
  /** Clock time the download began: attempts are logged relative to it. */
  readonly origin: number
}

/**
 * Everything the loop does to the world, and its clock: in the action go processes, real waits and
 * performance.now(); in a unit test, scripted attempts and a fake clock, so the retry rules run in milliseconds.
 */
export interface LoopEffects {
  readonly runAttempt: (work: AttemptWork) => Promise<AttemptResult>
  readonly sleep: (ms: number) => Promise<void>
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number
  /** Removes a module cache entry a verdict names as corrupt, before the retry. */
  readonly repair: (version: string) => Promise<void>
  /** The jitter's uniform draw in [0, 1). */
  readonly random: () => number
  /** One log line. */
  readonly log: (line: string) => void
  /** How work and failures read in the log. */
  readonly describe: {
    readonly work: (work: AttemptWork) => string
    readonly failures: (failures: readonly DownloadFailure[], verdicts: readonly Verdict[]) => string[]
    readonly retrying: (work: AttemptWork) => string[]
  }
}

export interface LoopOutcome {
  /** The failures of the last attempt. */
  readonly failures: readonly DownloadFailure[]
  readonly attemptLog: readonly AttemptRecord[]
  /** Every module version go reported, by `path@version`. */
  readonly reported: ReadonlyMap<string, ModuleLine>
  /** The versions each root's module graph selects, from the last check that passed in that root. */
  readonly selected: ReadonlyMap<string, readonly string[]>
}

/**
 * Runs attempts until one succeeds or the rules say stop. Failures are judged (retry-policy.ts); when every one
 * is transient, only what failed is fetched again after an exponential backoff with full jitter, at most
 * `retries` more times and never past the deadline. One permanent failure ends the loop: retrying the rest
 * cannot make it succeed.
 */
export async function attemptLoop(
  first: AttemptWork,
  rules: RetryRules,
  fx: LoopEffects
): Promise<LoopOutcome> {
  let work = first
  const reported = new Map<string, ModuleLine>()
  const selected = new Map<string, readonly string[]>()
  const log: AttemptRecord[] = []
  let failures: readonly DownloadFailure[] = []
  for (let attempt = 1; ; attempt++) {
    fx.log(`Attempt ${attempt}: ${fx.describe.work(work)}`)
    const attemptStarted = fx.now()
    const result = await fx.runAttempt(work)
    for (const m of result.modules) if (m.Path && m.Version) reported.set(`${m.Path}@${m.Version}`, m)
    for (const [root, versions] of result.selected ?? []) selected.set(root, versions)
    failures = result.failures
    const record = {
      attempt,
      startedMs: attemptStarted - rules.origin,
      durationMs: fx.now() - attemptStarted
    }
    const took = formatSeconds(record.durationMs)
    if (failures.length === 0) {
      fx.log(`Attempt ${attempt}: complete in ${took}`)
      log.push({ ...record, failed: 0, retrying: [], delayMs: 0 })
      break
    }
    const verdicts = failures.map(judge)
    fx.log(`Attempt ${attempt}: ${plural(failures.length, 'failure')} in ${took}:`)
    for (const line of fx.describe.failures(failures, verdicts)) fx.log(`  ${line}`)
    const next = nextStep(attempt, verdicts, rules, fx)
    if (!next.retry) {
      fx.log(`Attempt ${attempt}: not retried: ${next.reason}`)
      log.push({ ...record, failed: failures.length, retrying: [], delayMs: 0 })
      break
    }
    for (const repair of new Set(verdicts.map(v => v.repair))) if (repair) await fx.repair(repair)
    work = result.next
    fx.log(
      `Attempt ${attempt}: retry ${attempt} of ${rules.retries} in ${formatSeconds(next.delayMs)}, for ` +
        fx.describe.work(work)
    )
    log.push({
      ...record,
      failed: failures.length,
      retrying: fx.describe.retrying(work),
      delayMs: next.delayMs
    })
    await fx.sleep(next.delayMs)
  }
  return { failures, attemptLog: log, reported, selected }
}

type NextStep = { retry: true; delayMs: number } | { retry: false; reason: string }

/** Whether attempt number `attempt` is followed by another, and after how long. */
export function nextStep(
  attempt: number,
  verdicts: readonly Verdict[],
  rules: RetryRules,
  clock: Pick<LoopEffects, 'now' | 'random'>
): NextStep {
  const permanent = [...new Set(verdicts.filter(v => !v.retryable).map(v => v.id))]
  if (permanent.length) return { retry: false, reason: `${permanent.join(', ')} is not transient` }
  if (attempt > rules.retries)
    return { retry: false, reason: `no retries left (input 'retries': ${rules.retries})` }
  const delayMs = backoffDelay(
    attempt,
    rules,
    verdicts.some(v => v.slow),
    clock.random
  )
  if (clock.now() + delayMs >= rules.deadline)
    return { retry: false, reason: `the download budget (input 'timeout') ran out` }
  return { retry: true, delayMs }
}

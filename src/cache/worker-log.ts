import { RESULT_MARK, type WorkerRequest, type WorkerResult } from './worker-protocol.js'

/**
 * What the cache worker's output says, line by line: a pure reducer over the @actions/cache log lines (the
 * clock is a parameter), so the rules of service.ts are tested on captured output without a service or a wait.
 */
export interface SupervisorLimits {
  /** How long the service may leave a lookup or a reserve unanswered: a failing or hanging service costs this. */
  readonly answerDeadlineMs: number
  /** Failed service calls (the library's retry notices) after which a waiting call is stopped. */
  readonly failuresToStop: number
}

export interface WorkerLog {
  readonly result?: WorkerResult
  /** The library's `::warning::` and `::error::` messages, unescaped. */
  readonly problems: readonly string[]
  /** Archive size the library logged (restore: `Cache Size`, save: `File Size`). */
  readonly archiveBytes?: number
  /** Why the service refused to reserve the key (only the library's debug line keeps the HTTP status). */
  readonly reserveError?: string
  /** Since when (in the caller's clock) the call has waited on the service; undefined while it does not. */
  readonly waitingSince?: number
  readonly failedCalls: number
  /** Why the worker must be stopped; the first reason stays. */
  readonly stop?: string
}

/** What to do with a line besides keeping what it says: show it in the step log, or as a debug line. */
export type Echo = { readonly to: 'log' | 'debug'; readonly line: string } | undefined

/** The library's retry notice for a failed service call (3 s, then about 5, 8 and 12 s before the next tries). */
const RETRY_NOTICE = /^Attempt (\d+) of \d+ failed with error: (.*?)\.? Retrying request in \d+ ms/
/**
 * Where a call waits on the service before it touches anything, by the library's log lines: a restore from its
 * start until the lookup is answered (then it downloads and extracts), a save while it reserves the key.
 */
const WAITS: Readonly<Record<WorkerRequest['op'], { start?: RegExp; end: RegExp }>> = {
  restore: { end: /^Cache hit for|^::debug::Cache not found/ },
  lookup: { end: /^Cache hit for|^::debug::Cache not found/ },
  save: { start: /^::debug::Reserving Cache/, end: /^::debug::(Attempting to upload|Failed to reserve)/ }
}
const SIZE = /^Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)/
const RESERVE_FAILED = /^::debug::Failed to reserve cache: (.*)/
const PROBLEM = /^::(?:warning|error)(?: [^:]*)?::(.*)$/

/** The state before the first line: a restore or lookup waits from its start, a save from its reserve. */
export function startLog(op: WorkerRequest['op'], now: number): WorkerLog {
  return { problems: [], failedCalls: 0, waitingSince: WAITS[op].start ? undefined : now }
}

/** `log` after one more line of the worker's stdout at time `now`, and where the line goes. */
export function readWorkerLine(
  log: WorkerLog,
  line: string,
  op: WorkerRequest['op'],
  now: number,
  limits: SupervisorLimits
): { log: WorkerLog; echo: Echo } {
  if (line.startsWith(RESULT_MARK))
    return {
      log: { ...log, result: JSON.parse(line.slice(RESULT_MARK.length)) as WorkerResult },
      echo: undefined
    }
  const wait = WAITS[op]
  let next: WorkerLog = log
  if (wait.start?.test(line)) next = { ...next, waitingSince: now }
  if (wait.end.test(line)) next = { ...next, waitingSince: undefined }
  const retry = RETRY_NOTICE.exec(line)
  if (retry) {
    // One retry may save the cache of this run; a second failure means an outage, not a blip. A save may
    // be stopped at any point (an unfinished entry is never used); a restore only before its download.
    const failedCalls = next.failedCalls + 1
    next = { ...next, failedCalls }
    if (failedCalls >= limits.failuresToStop && (next.waitingSince !== undefined || op === 'save'))
      next = stopped(next, `the cache service failed ${failedCalls} times (${retry[2]})`)
    return { log: next, echo: { to: 'debug', line } }
  }
  const size = SIZE.exec(line)
  if (size) next = { ...next, archiveBytes: Number(size[1] ?? size[2]) }
  const reserve = RESERVE_FAILED.exec(line)
  if (reserve) next = { ...next, reserveError: unescapeCommand(reserve[1]) }
  const problem = PROBLEM.exec(line)
  if (problem)
    return { log: { ...next, problems: [...next.problems, unescapeCommand(problem[1])] }, echo: undefined }
  return { log: next, echo: line === '' ? undefined : { to: 'log', line } }
}

/** `log` at time `now` with no new line: stopped once the service has left the call waiting too long. */
export function checkDeadline(log: WorkerLog, now: number, limits: SupervisorLimits): WorkerLog {
  if (log.waitingSince === undefined || now - log.waitingSince <= limits.answerDeadlineMs) return log
  return stopped(log, `the cache service did not answer within ${limits.answerDeadlineMs / 1000} s`)
}

/** Why the call failed, once the worker has exited with `exit` (null: it did not start or was signalled). */
export function callFailure(log: WorkerLog, exit: number | null): string | undefined {
  return (
    log.stop ??
    log.result?.error ??
    (log.problems.join('; ') ||
      (log.result === undefined ? `the cache worker exited with code ${exit}` : undefined))
  )
}

function stopped(log: WorkerLog, why: string): WorkerLog {
  return log.stop === undefined ? { ...log, stop: why } : log
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

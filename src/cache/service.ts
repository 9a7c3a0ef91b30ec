import * as os from 'node:os'
import { createInterface, type Interface } from 'node:readline'
import * as core from '@actions/core'
import { stopTree } from '../exec/run-tool.js'
import { errorMessage } from '../util/errors.js'
import { isSameKey } from './keys.js'
import {
  callFailure,
  checkDeadline,
  readWorkerLine,
  startLog,
  type Echo,
  type SupervisorLimits,
  type WorkerLog
} from './worker-log.js'
import { isWaiting, sendLast, workerFor, workerScript, type WorkerProcess } from './worker-process.js'
import type { WorkerRequest } from './worker-protocol.js'

/**
 * The cache service through @actions/cache, each call in a child process (worker.ts). Two things the library
 * does not let an action control in-process: it retries a failing service for about 30 seconds, and it never
 * throws on a service failure, only prints a `::warning::` or `::error::` line and returns as if the entry
 * were absent. The child's output is read line by line: a lookup or reserve that has not been answered after
 * a second failure, or within ANSWER_DEADLINE_MS, stops the child (before it has touched the module cache), and
 * the library's warning lines become `failure` instead of annotations on a green job.
 */
export interface ServiceCall<T> {
  readonly value: T
  /** The library's own failure message, or why the call was stopped. */
  readonly failure?: string
  /** The library found no cache service for this job. */
  readonly unavailable?: boolean
  /** restore: why the entry's content was refused (then nothing of it was kept). */
  readonly refused?: string
  /** Archive size the library logged (restore: `Cache Size`, save: `File Size`). */
  readonly archiveBytes?: number
  /** Why the service refused to reserve the key (only the library's debug line keeps the HTTP status). */
  readonly reserveError?: string
  readonly ms: number
}

/** How long the service may leave a lookup or a reserve unanswered: a failing or hanging service costs this. */
export const ANSWER_DEADLINE_MS = 5_000

/** How a call is supervised: the limits of worker-log.ts and the worker's script. */
export interface SupervisorOptions extends SupervisorLimits {
  /** dist/cache-worker.js, next to the entry (or the chunk) this code was bundled into. */
  readonly workerScript: string
}

/** The job's limits: a second failed call, or ANSWER_DEADLINE_MS without an answer, stops the worker. */
export function supervisorOptions(overrides: Partial<SupervisorOptions> = {}): SupervisorOptions {
  return {
    answerDeadlineMs: ANSWER_DEADLINE_MS,
    failuresToStop: 2,
    workerScript: workerScript(),
    ...overrides
  }
}

/** A refused reserve because the key exists or is being written: another job's save, not a failure. */
export function isKeyConflict(call: ServiceCall<unknown>): boolean {
  return /\(409\)|already exists/i.test(call.reserveError ?? '')
}

/** Whether the runner gave this job a cache service at all (the library checks which protocol, later). */
export function serviceConfigured(): boolean {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL)
}

/**
 * Exact key first, then each restore prefix (newest entry); `mtime` (seconds)
 * dates every restored file and directory instead of the times in the archive; `holdIn` collects the library's
 * lines instead of printing them (a call that runs behind another phase's log; showHeld prints them later).
 */
export function restoreEntry(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  how: { mtime?: number; holdIn?: HeldLine[] } = {},
  options = supervisorOptions()
): Promise<ServiceCall<string | undefined>> {
  const request: WorkerRequest = {
    op: 'restore',
    paths,
    key: primaryKey,
    restoreKeys,
    mtime: how.mtime
  }
  return inWorker<string | undefined>(request, options, how.holdIn)
}

/** A lookup whose worker stays for the save after it (lookupThenSave). */
export interface LookupThenSave {
  readonly lookup: ServiceCall<string | undefined>
  /** The lookup found the key itself: another job saved it, so it is not saved again. */
  readonly keyExists: boolean
  /** Saves the entry: on the lookup's worker while it runs, else on a new one. The entry id, or -1 when the
   * library could not save (failure says why when it said so). */
  save(): Promise<ServiceCall<number>>
}

/**
 * Looks `key` up on a worker that then waits for the save, so that one process, and one load of the library,
 * serves both calls (a worker's start took 0.2-0.25 s of CPU). `decide` chooses between the two; the worker is let
 * go when it returns, saved or not. `holdIn` as for restoreEntry.
 */
export async function lookupThenSave<T>(
  paths: string[],
  key: string,
  decide: (service: LookupThenSave) => Promise<T>,
  how: { holdIn?: HeldLine[] } = {},
  options = supervisorOptions()
): Promise<T> {
  const request: WorkerRequest = { op: 'lookup', paths, key, restoreKeys: [] }
  const worker = workerFor(request, options.workerScript, { then: 'save' })
  try {
    const lookup = await inWorker<string | undefined>(request, options, how.holdIn, worker)
    return await decide({
      lookup,
      keyExists: !lookup.failure && lookup.value !== undefined && isSameKey(key, lookup.value),
      async save() {
        const save: WorkerRequest = { op: 'save', paths, key }
        const kept = isWaiting(worker) ? worker : undefined
        if (kept) sendLast(kept, save)
        const call = await inWorker<number | undefined>(save, options, how.holdIn, kept)
        return { ...call, value: call.value ?? -1 }
      }
    })
  } finally {
    sendLast(worker) // nothing to a worker the save took or that a stopped call ended
  }
}

/** A line of the worker's the step shows: in the log, as a debug line, or as its stderr. */
export type HeldLine = NonNullable<Echo> | { readonly to: 'stderr'; readonly line: Buffer }

/** Prints the lines a call held back, in their order. */
export function showHeld(lines: readonly HeldLine[] = []): void {
  for (const held of lines) {
    if (held.to === 'stderr') process.stderr.write(held.line)
    else if (held.to === 'debug') core.debug(held.line)
    else process.stdout.write(held.line + os.EOL)
  }
}

/** One call on `worker` (default: a worker started with `request`). */
async function inWorker<T>(
  request: WorkerRequest,
  options: SupervisorOptions,
  held?: HeldLine[],
  worker = workerFor(request, options.workerScript)
): Promise<ServiceCall<T>> {
  const started = performance.now()
  const show = held ? (line: HeldLine) => void held.push(line) : (line: HeldLine) => showHeld([line])
  const { log, exit } = await supervise(worker, request.op, options, show)
  return {
    value: log.result?.value as T,
    failure: callFailure(log, exit),
    unavailable: log.result?.unavailable,
    refused: log.result?.refused,
    archiveBytes: log.archiveBytes,
    reserveError: log.reserveError,
    ms: performance.now() - started
  }
}

/** The line reader of each worker's stdout, made at its first call and kept for the next. */
const lineReaders = new WeakMap<WorkerProcess, Interface>()

/**
 * Reads the worker's output until it exits (a worker that waits for another request: until its result), passing
 * the library's lines on (its warnings are kept for `failure` instead), and stops its process group once
 * worker-log.ts says so.
 */
async function supervise(
  worker: WorkerProcess,
  op: WorkerRequest['op'],
  limits: SupervisorLimits,
  show: (line: HeldLine) => void
): Promise<{ log: WorkerLog; exit: number | null }> {
  const { child, exited } = worker
  let log = startLog(op, performance.now())
  const staysForAnother = isWaiting(worker)
  const update = (next: WorkerLog) => {
    if (next.stop !== undefined && log.stop === undefined) stopTree(child.pid)
    log = next
  }
  const watch = setInterval(() => update(checkDeadline(log, performance.now(), limits)), 100)
  const lines = lineReaders.get(worker) ?? createInterface({ input: child.stdout })
  lineReaders.set(worker, lines)
  let answered = () => {}
  const result = new Promise<{ code: null; error?: Error }>(
    resolve => (answered = () => resolve({ code: null }))
  )
  const onLine = (line: string) => {
    const read = readWorkerLine(log, line, op, performance.now(), limits)
    update(read.log)
    if (read.echo) show(read.echo)
    if (staysForAnother && read.log.result) answered()
  }
  const onStderr = (chunk: Buffer) => show({ to: 'stderr', line: chunk })
  lines.on('line', onLine)
  child.stderr.on('data', onStderr)
  const { code: exit, error } = await Promise.race([exited, result])
  lines.off('line', onLine)
  child.stderr.off('data', onStderr)
  if (error)
    log = { ...log, problems: [...log.problems, `the cache worker did not start: ${errorMessage(error)}`] }
  clearInterval(watch)
  return { log, exit }
}

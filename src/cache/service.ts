import * as os from 'node:os'
import { createInterface } from 'node:readline'
import * as core from '@actions/core'
import { stopTree } from '../exec/run-tool.js'
import { errorMessage } from '../util/errors.js'
import {
  callFailure,
  checkDeadline,
  readWorkerLine,
  startLog,
  type Echo,
  type SupervisorLimits,
  type WorkerLog
} from './worker-log.js'
import { workerFor, workerScript, type WorkerProcess } from './worker-process.js'
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
 * Exact key first, then each restore prefix (newest entry); `lookupOnly` downloads nothing; `mtime` (seconds)
 * dates every restored file and directory instead of the times in the archive; `holdIn` collects the library's
 * lines instead of printing them (a call that runs behind another phase's log; showHeld prints them later).
 */
export function restoreEntry(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  how: { lookupOnly?: boolean; mtime?: number; holdIn?: HeldLine[] } = {},
  options = supervisorOptions()
): Promise<ServiceCall<string | undefined>> {
  const request: WorkerRequest = {
    op: how.lookupOnly ? 'lookup' : 'restore',
    paths,
    key: primaryKey,
    restoreKeys,
    mtime: how.mtime
  }
  return inWorker<string | undefined>(request, options, how.holdIn)
}

/**
 * Returns the entry id, or -1 when the library could not save (failure says why when it said so); `holdIn`
 * as for restoreEntry.
 */
export async function saveEntry(
  paths: string[],
  key: string,
  how: { holdIn?: HeldLine[] } = {},
  options = supervisorOptions()
): Promise<ServiceCall<number>> {
  const call = await inWorker<number | undefined>({ op: 'save', paths, key }, options, how.holdIn)
  return { ...call, value: call.value ?? -1 }
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

async function inWorker<T>(
  request: WorkerRequest,
  options: SupervisorOptions,
  held?: HeldLine[]
): Promise<ServiceCall<T>> {
  const started = performance.now()
  const worker = workerFor(request, options.workerScript)
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

/**
 * Reads the worker's output until it exits, passing the library's lines on (its warnings are kept for
 * `failure` instead), and stops its process group once worker-log.ts says so.
 */
async function supervise(
  { child, exited }: WorkerProcess,
  op: WorkerRequest['op'],
  limits: SupervisorLimits,
  show: (line: HeldLine) => void
): Promise<{ log: WorkerLog; exit: number | null }> {
  let log = startLog(op, performance.now())
  const update = (next: WorkerLog) => {
    if (next.stop !== undefined && log.stop === undefined) stopTree(child.pid)
    log = next
  }
  const watch = setInterval(() => update(checkDeadline(log, performance.now(), limits)), 100)
  createInterface({ input: child.stdout }).on('line', line => {
    const read = readWorkerLine(log, line, op, performance.now(), limits)
    update(read.log)
    if (read.echo) show(read.echo)
  })
  child.stderr.on('data', (chunk: Buffer) => show({ to: 'stderr', line: chunk }))
  const { code: exit, error } = await exited
  if (error)
    log = { ...log, problems: [...log.problems, `the cache worker did not start: ${errorMessage(error)}`] }
  clearInterval(watch)
  return { log, exit }
}

import { spawn } from 'node:child_process'
import * as os from 'node:os'
import * as path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { stopTree } from '../exec/run-tool.js'
import { errorMessage } from '../util/errors.js'
import { RESULT_MARK, type WorkerRequest, type WorkerResult } from './worker-protocol.js'

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

/** A refused reserve because the key exists or is being written: another job's save, not a failure. */
export function isKeyConflict(call: ServiceCall<unknown>): boolean {
  return /\(409\)|already exists/i.test(call.reserveError ?? '')
}

/** Whether the runner gave this job a cache service at all (the library checks which protocol, later). */
export function serviceConfigured(): boolean {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL)
}

/** Exact key first, then each restore prefix (newest entry); `lookupOnly` downloads nothing. */
export function restoreEntry(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  lookupOnly = false
): Promise<ServiceCall<string | undefined>> {
  return inWorker<string | undefined>({
    op: lookupOnly ? 'lookup' : 'restore',
    paths,
    key: primaryKey,
    restoreKeys
  })
}

/** Returns the entry id, or -1 when the library could not save (failure says why when it said so). */
export async function saveEntry(paths: string[], key: string): Promise<ServiceCall<number>> {
  const call = await inWorker<number | undefined>({ op: 'save', paths, key })
  return { ...call, value: call.value ?? -1 }
}

/** dist/cache-worker.js, next to the entry (or the chunk) this code was bundled into. */
function workerScript(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  return path.join(path.basename(here) === 'chunks' ? path.dirname(here) : here, 'cache-worker.js')
}

// eslint-disable-next-line max-lines-per-function -- cut in another branch of issue 12 (h12b); removed at merge
async function inWorker<T>(request: WorkerRequest): Promise<ServiceCall<T>> {
  const started = performance.now()
  const problems: string[] = []
  let archiveBytes: number | undefined
  let reserveError: string | undefined
  let result: WorkerResult | undefined
  let stopped: string | undefined
  const wait = WAITS[request.op]
  let waitingSince = wait.start ? undefined : performance.now()
  let failedCalls = 0

  const child = spawn(process.execPath, [workerScript(), JSON.stringify(request)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32' // its own process group: stopping it stops a tar it started too
  })
  const stop = (why: string) => {
    if (stopped !== undefined) return
    stopped = why
    stopTree(child.pid)
  }
  const watch = setInterval(() => {
    if (waitingSince !== undefined && performance.now() - waitingSince > ANSWER_DEADLINE_MS)
      stop(`the cache service did not answer within ${ANSWER_DEADLINE_MS / 1000} s`)
  }, 100)

  const onLine = (line: string) => {
    if (line.startsWith(RESULT_MARK))
      return void (result = JSON.parse(line.slice(RESULT_MARK.length)) as WorkerResult)
    if (wait.start?.test(line)) waitingSince = performance.now()
    if (wait.end.test(line)) waitingSince = undefined
    const retry = RETRY_NOTICE.exec(line)
    if (retry) {
      // One retry may save the cache of this run; a second failure means an outage, not a blip. A save may
      // be stopped at any point (an unfinished entry is never used); a restore only before its download.
      failedCalls++
      if (failedCalls >= 2 && (waitingSince !== undefined || request.op === 'save'))
        stop(`the cache service failed ${failedCalls} times (${retry[2]})`)
      return core.debug(line)
    }
    const size = /^Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)/.exec(line)
    if (size) archiveBytes = Number(size[1] ?? size[2])
    const reserve = /^::debug::Failed to reserve cache: (.*)/.exec(line)
    if (reserve) reserveError = unescapeCommand(reserve[1])
    const problem = /^::(?:warning|error)(?: [^:]*)?::(.*)$/.exec(line)
    if (problem) return void problems.push(unescapeCommand(problem[1]))
    if (line !== '') process.stdout.write(line + os.EOL)
  }
  createInterface({ input: child.stdout }).on('line', onLine)
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  const exit = await new Promise<number | null>(resolve => {
    child.on('error', e => {
      problems.push(`the cache worker did not start: ${errorMessage(e)}`)
      resolve(null)
    })
    child.on('close', code => resolve(code))
  })
  clearInterval(watch)
  const failure =
    stopped ??
    result?.error ??
    (problems.join('; ') || (result === undefined ? `the cache worker exited with code ${exit}` : undefined))
  return {
    value: result?.value as T,
    failure,
    unavailable: result?.unavailable,
    refused: result?.refused,
    archiveBytes,
    reserveError,
    ms: performance.now() - started
  }
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

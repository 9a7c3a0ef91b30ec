import * as os from 'node:os'
import * as core from '@actions/core'
import { errorMessage } from '../util/errors.js'

/**
 * The cache service through @actions/cache. The library never throws on a service failure: it prints a
 * `::warning::` or `::error::` line and returns as if the entry were absent. An action that must tell
 * "miss" from "unavailable" (an output, no save attempt after a failed restore) and that wants one clear
 * warning instead of a 5xx turned into an error annotation on a green job can only read those lines, so
 * they are taken out of stdout while a call runs and handed back as `failure`.
 */
export interface ServiceCall<T> {
  readonly value: T
  /** The library's own failure message, when it reported one. */
  readonly failure?: string
  /** Archive size the library logged (restore: `Cache Size`, save: `File Size`). */
  readonly archiveBytes?: number
  /** Why the service refused to reserve the key (only the library's debug line keeps the HTTP status). */
  readonly reserveError?: string
  readonly ms: number
}

/** A refused reserve because the key exists or is being written: another job's save, not a failure. */
export function isKeyConflict(call: ServiceCall<unknown>): boolean {
  return /\(409\)|already exists/i.test(call.reserveError ?? '')
}

/**
 * @actions/cache brings the Azure storage SDK: most of the bundle. It is loaded on first use, into its own chunk,
 * so that start-up, `cache: false` and runners without a cache service never parse it.
 */
function library(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache')
}

export async function serviceAvailable(): Promise<boolean> {
  // The library needs one of these URLs; without them there is no reason to load it.
  if (!process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL) return false
  return (await library()).isFeatureAvailable()
}

/** Exact key first, then each restore prefix (newest entry); `lookupOnly` downloads nothing. */
export async function restoreEntry(
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  lookupOnly = false
): Promise<ServiceCall<string | undefined>> {
  const cache = await library()
  return captured(() => cache.restoreCache(paths, primaryKey, restoreKeys, { lookupOnly }))
}

/** Returns the entry id, or -1 when the library could not save (failure says why when it said so). */
export async function saveEntry(paths: string[], key: string): Promise<ServiceCall<number>> {
  const cache = await library()
  return captured(() => cache.saveCache(paths, key))
}

async function captured<T>(call: () => Promise<T>): Promise<ServiceCall<T>> {
  const started = performance.now()
  const problems: string[] = []
  let archiveBytes: number | undefined
  let reserveError: string | undefined
  const write = process.stdout.write
  const filter = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString()
    const size = /Cache Size: ~\d+ MB \((\d+) B\)|::debug::File Size: (\d+)/.exec(text)
    if (size) archiveBytes = Number(size[1] ?? size[2])
    const reserve = /::debug::Failed to reserve cache: (.*)/.exec(text)
    if (reserve) reserveError = unescapeCommand(reserve[1])
    const kept = text
      .split(os.EOL)
      .filter(line => {
        const m = /^::(?:warning|error)(?: [^:]*)?::(.*)$/.exec(line)
        if (m) problems.push(unescapeCommand(m[1]))
        return !m
      })
      .join(os.EOL)
    if (kept === '') return true
    return (write as (this: NodeJS.WriteStream, ...a: unknown[]) => boolean).call(
      process.stdout,
      kept,
      ...rest
    )
  }
  process.stdout.write = filter as typeof process.stdout.write
  try {
    const value = await call()
    const failure = problems.join('; ') || undefined
    return { value, failure, archiveBytes, reserveError, ms: performance.now() - started }
  } catch (e) {
    // Only a ValidationError (a bad key or path: this action's bug) is thrown; treat it like a failure.
    core.debug(`cache call threw: ${errorMessage(e)}`)
    problems.push(errorMessage(e))
    return {
      value: undefined as T,
      failure: problems.join('; '),
      archiveBytes,
      reserveError,
      ms: performance.now() - started
    }
  } finally {
    process.stdout.write = write
  }
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

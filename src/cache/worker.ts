import { createInterface } from 'node:readline'
import * as utils from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js'
import { getCacheServiceVersion } from '../../node_modules/@actions/cache/lib/internal/config.js'
import { errorMessage } from '../util/errors.js'
import { restoreArchive } from './archive-restore.js'
import { AHEAD, RESULT_MARK, type WorkerRequest, type WorkerResult } from './worker-protocol.js'

/**
 * The child side of service.ts: one @actions/cache call in its own process (dist/cache-worker.js), so that
 * the step can stop it. The library retries a failing service for about 30 seconds and cannot be cancelled
 * in-process; a process can be killed before it has touched the module cache.
 */
export async function runCacheWorker(
  input: NodeJS.ReadableStream = process.stdin,
  ahead = process.argv.includes(AHEAD)
): Promise<void> {
  // Started ahead of its request (worker-process.ts): which zstd there is, is checked while waiting for it. A
  // worker started with its request leaves it to the call (the library checks again for a save or a lookup).
  const method = ahead ? utils.getCompressionMethod() : undefined
  method?.catch(() => undefined) // a failure here is the restore's, once it awaits the method
  // One request a line, until the step closes stdin: a lookup and the save after it share one worker, so the
  // library is loaded once for both (service.ts lookupThenSave).
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue
    const request = JSON.parse(line) as WorkerRequest
    const started = ahead ? ' (started ahead)' : ''
    process.stdout.write(`::debug::Cache worker ${process.pid}${started}: ${request.op} ${request.key}\n`)
    let result: WorkerResult
    try {
      result = featureAvailable() ? await call(request, method) : { unavailable: true }
    } catch (e) {
      result = { error: errorMessage(e) }
    }
    await new Promise(written => process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`, written))
  }
  // No (further) request. Exit at once: the library's kept-alive connections would hold the process for seconds.
  process.exit(0)
}

/** The library's isFeatureAvailable, without loading the library: a restore never needs its upload side. */
function featureAvailable(): boolean {
  return Boolean(process.env[getCacheServiceVersion() === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL'])
}

async function call(r: WorkerRequest, method: Promise<string> | undefined): Promise<WorkerResult> {
  if (r.op !== 'restore') {
    // Loaded here: it brings the storage SDK (1.3 MB), which a restore does not use (archive-download.ts).
    const cache = await import('@actions/cache')
    if (r.op === 'save') return { value: await cache.saveCache(r.paths, r.key) }
    return { value: await cache.restoreCache(r.paths, r.key, r.restoreKeys ?? [], { lookupOnly: true }) }
  }
  // A restore checks every member before it writes it (archive-restore.ts); one path per entry here.
  const restored = await restoreArchive(
    r.paths[0],
    r.key,
    r.restoreKeys ?? [],
    await (method ?? utils.getCompressionMethod()),
    r.mtime
  )
  return { value: restored.matchedKey, refused: restored.refused }
}

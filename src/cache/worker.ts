import { getCacheServiceVersion } from '../../node_modules/@actions/cache/lib/internal/config.js'
import { errorMessage } from '../util/errors.js'
import { restoreArchive } from './archive-restore.js'
import { RESULT_MARK, type WorkerRequest, type WorkerResult } from './worker-protocol.js'

/**
 * The child side of service.ts: one @actions/cache call in its own process (dist/cache-worker.js), so that
 * the step can stop it. The library retries a failing service for about 30 seconds and cannot be cancelled
 * in-process; a process can be killed before it has touched the module cache.
 */
export async function runCacheWorker(arg: string | undefined): Promise<void> {
  const request = JSON.parse(arg ?? '{}') as WorkerRequest
  let result: WorkerResult
  try {
    result = featureAvailable() ? await call(request) : { unavailable: true }
  } catch (e) {
    result = { error: errorMessage(e) }
  }
  // Exit once the result is out: the library's kept-alive connections would hold the process for seconds.
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`, () => process.exit(0))
}

/** The library's isFeatureAvailable, without loading the library: a restore never needs its upload side. */
function featureAvailable(): boolean {
  return Boolean(process.env[getCacheServiceVersion() === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL'])
}

async function call(r: WorkerRequest): Promise<WorkerResult> {
  if (r.op !== 'restore') {
    // Loaded here: it brings the storage SDK (1.3 MB), which a restore does not use (archive-download.ts).
    const cache = await import('@actions/cache')
    if (r.op === 'save') return { value: await cache.saveCache(r.paths, r.key) }
    return { value: await cache.restoreCache(r.paths, r.key, r.restoreKeys ?? [], { lookupOnly: true }) }
  }
  // A restore checks every member before it writes it (archive-restore.ts); one path per entry here.
  const restored = await restoreArchive(r.paths[0], r.key, r.restoreKeys ?? [], r.mtime)
  return { value: restored.matchedKey, refused: restored.refused }
}

import * as cache from '@actions/cache'
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
    result = cache.isFeatureAvailable() ? await call(request) : { unavailable: true }
  } catch (e) {
    result = { error: errorMessage(e) }
  }
  // Exit once the result is out: the library's kept-alive connections would hold the process for seconds.
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`, () => process.exit(0))
}

async function call(r: WorkerRequest): Promise<WorkerResult> {
  if (r.op === 'save') return { value: await cache.saveCache(r.paths, r.key) }
  if (r.op === 'lookup')
    return { value: await cache.restoreCache(r.paths, r.key, r.restoreKeys ?? [], { lookupOnly: true }) }
  // A restore checks every member before it writes it (archive-restore.ts); one path per entry here.
  const restored = await restoreArchive(r.paths[0], r.key, r.restoreKeys ?? [])
  return { value: restored.matchedKey, refused: restored.refused }
}

import * as cache from '@actions/cache'
import { errorMessage } from '../util/errors.js'
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
    result = cache.isFeatureAvailable() ? { value: await call(request) } : { unavailable: true }
  } catch (e) {
    result = { error: errorMessage(e) }
  }
  // Exit once the result is out: the library's kept-alive connections would hold the process for seconds.
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`, () => process.exit(0))
}

function call(r: WorkerRequest): Promise<string | number | undefined> {
  if (r.op === 'save') return cache.saveCache(r.paths, r.key)
  return cache.restoreCache(r.paths, r.key, r.restoreKeys ?? [], { lookupOnly: r.op === 'lookup' })
}

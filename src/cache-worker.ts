import { runCacheWorker } from './cache/worker.js'

await runCacheWorker()

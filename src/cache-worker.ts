import { runCacheWorker } from './cache/worker.js'

await runCacheWorker(process.argv[2])

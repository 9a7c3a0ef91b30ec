// Captures what the cache worker (dist/cache-worker.js: the real @actions/cache in its own process) prints
// against the fake cache service (testkit/cache-service.ts) with faults: `npm run bundle`, then
// `npx tsx scripts/capture-worker-logs.ts`. Writes __tests__/fixtures/cache-worker/<case>.log, the input of
// the supervisor's reducer tests (src/cache/worker-log.ts). Each worker runs to its end except the hanging
// service, which is cut after HANG_MS, as the supervisor would. Ports and temp paths become placeholders.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WorkerRequest } from '../src/cache/worker-protocol.js'
import {
  cacheServiceEnv,
  refusedServiceUrl,
  startCacheService,
  type CacheFault
} from '../testkit/cache-service.js'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = path.join(ROOT, '__tests__', 'fixtures', 'cache-worker')
const HANG_MS = 2_000

interface Case {
  readonly name: string
  readonly request: (dir: string) => WorkerRequest
  readonly fault?: CacheFault
  readonly refused?: boolean
}

const save =
  (key: string) =>
  (dir: string): WorkerRequest => ({ op: 'save', paths: [dir], key })
const restore =
  (key: string, op: 'restore' | 'lookup' = 'restore') =>
  (dir: string): WorkerRequest => ({ op, paths: [dir], key, restoreKeys: ['capture-'] })

// In order: the saves leave the entry that the hits find.
const CASES: Case[] = [
  { name: 'save-saved', request: save('capture-1') },
  { name: 'restore-hit', request: restore('capture-1') },
  { name: 'restore-prefix-hit', request: restore('capture-2') },
  { name: 'lookup-hit', request: restore('capture-1', 'lookup') },
  {
    name: 'restore-miss',
    request: dir => ({ op: 'restore', paths: [dir], key: 'other-1', restoreKeys: [] })
  },
  { name: 'save-key-exists', request: save('capture-1') },
  { name: 'save-400', request: save('capture-3'), fault: { status: 400, rpc: 'CreateCacheEntry' } },
  {
    name: 'restore-403',
    request: restore('capture-1'),
    fault: { status: 403, rpc: 'GetCacheEntryDownloadURL' }
  },
  {
    name: 'restore-502',
    request: restore('capture-1'),
    fault: { status: 502, rpc: 'GetCacheEntryDownloadURL' }
  },
  { name: 'save-503', request: save('capture-4'), fault: { status: 503, rpc: 'CreateCacheEntry' } },
  {
    name: 'restore-hang',
    request: restore('capture-1'),
    fault: { status: 0, rpc: 'GetCacheEntryDownloadURL' }
  },
  { name: 'save-hang', request: save('capture-5'), fault: { status: 0, rpc: 'CreateCacheEntry' } },
  { name: 'restore-refused', request: restore('capture-1'), refused: true }
]

function runWorker(
  request: WorkerRequest,
  env: NodeJS.ProcessEnv,
  cwd: string,
  hang: boolean
): Promise<string> {
  return new Promise(resolve => {
    // The worker reads its request from stdin (src/cache/worker-process.ts).
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cache-worker.js')], {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    child.stdin.end(JSON.stringify(request) + '\n')
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
    const timer = hang ? setTimeout(() => child.kill('SIGKILL'), HANG_MS) : undefined
    child.on('close', () => (clearTimeout(timer), resolve(out)))
  })
}

const tmp = makeTempDir('setup-gomod-capture-worker-')
const service = await startCacheService()
try {
  const workspace = path.join(tmp, 'workspace')
  const dir = path.join(workspace, 'cached')
  mkdirSync(OUT, { recursive: true })
  for (const c of CASES) {
    // A save archives the file; a restore needs an empty target (the worker refuses to write over a file).
    const request = c.request(dir)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    if (request.op === 'save') writeFileSync(path.join(dir, 'file.txt'), 'cached content\n')
    service.clearFaults()
    if (c.fault) service.addFault(c.fault)
    const url = c.refused ? await refusedServiceUrl() : service.url
    const env = {
      PATH: process.env.PATH,
      HOME: tmp,
      RUNNER_TEMP: path.join(tmp, 'runner-temp'),
      GITHUB_WORKSPACE: workspace,
      ...cacheServiceEnv(url)
    }
    const log = await runWorker(request, env, workspace, c.fault?.status === 0)
    const stable = log
      .replaceAll(url.replace(/\/$/, ''), 'http://127.0.0.1:PORT')
      .replaceAll(tmp, '<tmp>')
      .replace(/^(::debug::Cache worker )\d+/m, '$1PID')
    writeFileSync(path.join(OUT, `${c.name}.log`), stable)
    console.log(`${c.name}: ${stable.split('\n').length} lines`)
  }
} finally {
  await service.close()
  removeTempDir(tmp)
}

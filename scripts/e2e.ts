/**
 * The servers and checks of .github/workflows/e2e.yml, so the workflow runs the same way on a hosted runner
 * and under act (.ci/run) without any network beyond loopback:
 *
 *   tsx scripts/e2e.ts serve-proxy DIR     the fixture Go module proxy (testkit/goproxy.ts), in the background
 *   tsx scripts/e2e.ts serve-private DIR   a private module in git http-backend behind a token (Linux only)
 *   tsx scripts/e2e.ts check KIND DIR      the action's outputs (OUTPUTS) and the proxy's requests
 *   tsx scripts/e2e.ts stop DIR            stops what serve-* started
 *
 * serve-* start a detached server that outlives the step, wait until it listens, and append the variables
 * later steps need to GITHUB_ENV. The server writes its requests to DIR/requests.jsonl.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startGoProxy } from '../testkit/goproxy.js'
import { startGitServer } from '../testkit/git-server.js'
import { goModule, privateGitEnv } from '../testkit/private-git.js'

const PRIVATE_HOST = 'git.internal.test'
const PRIVATE_MODULE = `${PRIVATE_HOST}/team/lib`
/** A throwaway token the local git server accepts: it guards nothing outside this job. */
const PRIVATE_TOKEN = 'e2e-local-git-token-0123456789'

const [command, ...args] = process.argv.slice(2)
const usage =
  'usage: tsx scripts/e2e.ts serve-proxy|serve-private|stop DIR | check download|restore|private DIR'

async function main(): Promise<void> {
  if (command === 'serve-proxy' || command === 'serve-private') return background(command, args[0])
  if (command === 'server') return server(args[0], args[1])
  if (command === 'check') return check(args[0], args[1])
  if (command === 'stop') return stop(args[0])
  throw new Error(usage)
}

/** Starts `server` detached (its output in DIR/server.log) and waits for its variables in DIR/env. */
async function background(kind: string, dir: string | undefined): Promise<void> {
  if (!dir) throw new Error(usage)
  mkdirSync(dir, { recursive: true })
  const envFile = path.join(dir, 'env')
  const log = openSync(path.join(dir, 'server.log'), 'a')
  const self = fileURLToPath(import.meta.url)
  const child = spawn(process.execPath, [...process.execArgv, self, 'server', kind, dir], {
    detached: true,
    stdio: ['ignore', log, log],
    windowsHide: true
  })
  child.unref()
  writeFileSync(path.join(dir, 'pid'), String(child.pid))
  for (const started = Date.now(); !existsSync(envFile);) {
    if (Date.now() - started > 60_000 || child.exitCode !== null)
      throw new Error(
        `the ${kind} server did not start:\n${readFileSync(path.join(dir, 'server.log'), 'utf8')}`
      )
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  const vars = readFileSync(envFile, 'utf8')
  process.stdout.write(vars)
  if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, vars)
}

/** The server itself: runs until stopped, logging each request as one JSON line. */
async function server(kind: string, dir: string): Promise<void> {
  const requestLog = path.join(dir, 'requests.jsonl')
  writeFileSync(requestLog, '')
  const vars: Record<string, string> = {}
  if (kind === 'serve-proxy') {
    const proxy = await startGoProxy()
    const push = proxy.requests.push.bind(proxy.requests)
    proxy.requests.push = (...items) => {
      for (const r of items) appendFileSync(requestLog, JSON.stringify(r) + '\n')
      return push(...items)
    }
    vars.E2E_GOPROXY = proxy.url
  } else {
    const git = await startGitServer({
      dir: path.join(dir, 'git'),
      hosts: [PRIVATE_HOST],
      access: [{ scope: PRIVATE_HOST, username: 'x-access-token', token: PRIVATE_TOKEN }]
    })
    await git.addRepo(PRIVATE_HOST, 'team/lib', goModule(PRIVATE_MODULE), { tags: ['v1.0.0'] })
    const app = path.join(dir, 'app')
    mkdirSync(app, { recursive: true })
    writeFileSync(
      path.join(app, 'go.mod'),
      `module example.test/private\n\ngo 1.21\n\nrequire ${PRIVATE_MODULE} v1.0.0\n`
    )
    writeFileSync(
      path.join(app, 'main.go'),
      `package main\n\nimport "${PRIVATE_MODULE}"\n\nfunc main() { println(lib.Name) }\n`
    )
    Object.assign(vars, privateGitEnv(git), {
      E2E_PRIVATE_APP: app,
      E2E_GIT_CREDENTIALS: `${PRIVATE_HOST}=x-access-token:${PRIVATE_TOKEN}`
    })
  }
  writeFileSync(
    path.join(dir, 'env'),
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}\n`)
      .join('')
  )
}

/** What each e2e job promises, from the action's outputs (OUTPUTS: toJSON of the step's outputs). */
function check(kind: string | undefined, dir: string | undefined): void {
  const outputs = JSON.parse(process.env.OUTPUTS ?? '{}') as Record<string, string>
  const requests = dir ? readRequests(dir) : []
  const failures: string[] = []
  const expect = (what: string, ok: boolean) => void (ok || failures.push(what))
  expect('diagnosis is empty', (outputs.diagnosis ?? '') === '')
  if (kind === 'download') {
    expect('modules is 4', outputs.modules === '4')
    expect('download-attempts is 1', outputs['download-attempts'] === '1')
    expect(
      'the proxy served the module zips',
      requests.some(r => r.file === 'zip')
    )
  } else if (kind === 'restore') {
    expect('cache-hit is true', outputs['cache-hit'] === 'true')
    expect('cache-restore-kind is exact', outputs['cache-restore-kind'] === 'exact')
    expect('no request reached the module proxy', requests.length === 0)
  } else if (kind === 'private') {
    expect('goprivate names the private host', outputs.goprivate === PRIVATE_HOST)
    expect('modules is 1', outputs.modules === '1')
  } else throw new Error(usage)
  console.log(JSON.stringify({ outputs, proxyRequests: requests.length }, null, 2))
  if (failures.length) throw new Error(`e2e ${kind}: expected ${failures.join('; ')}`)
  console.log(`e2e ${kind}: outputs as expected`)
}

function readRequests(dir: string): Array<Record<string, unknown>> {
  const file = path.join(dir, 'requests.jsonl')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as Record<string, unknown>)
}

function stop(dir: string | undefined): void {
  if (!dir) throw new Error(usage)
  const pidFile = path.join(dir, 'pid')
  if (!existsSync(pidFile)) return
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8')))
  } catch {
    // Already gone.
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})

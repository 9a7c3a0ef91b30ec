/**
 * A real Go module proxy server for tests: the `goproxy server` command of goproxy/goproxy (.ci/run builds it
 * through the Go module proxy and passes its path in GOPROXY_SERVER_BINARY), in front of in-process origins
 * (testkit/goproxy.ts).
 *
 * It never reaches the internet: it listens on 127.0.0.1 only; its environment is built from scratch, so no
 * HTTP(S)_PROXY and no go env file; its GOPROXY lists only the local origins (no `direct`, so it never shells out
 * to go, and `--go-bin` points nowhere to make that certain); GOSUMDB=off, so it verifies nothing against, and
 * proxies nothing to, a checksum database. Its module cache (`--cacher-dir`) and temp files are under `dir`.
 *
 * goproxy has no authentication of its own: `privateRealGoProxy` puts testkit/module-proxy-auth.ts in front of
 * it, to be served as an https host of testkit/git-server.ts (go sends netrc credentials over https only).
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { freeLoopbackPort } from './loopback.js'
import { authenticatedProxy, type AuthProxyRequest } from './module-proxy-auth.js'
import type { HostHandler } from './git-server.js'

export interface RealGoProxy {
  /** `http://127.0.0.1:<port>`. */
  url: string
  /** goproxy's own cache (`--cacher-dir`): `<escaped module path>/@v/<version>.{info,mod,zip}`. */
  cacheDir: string
  /** What goproxy has written so far (its error log goes to stderr). */
  log(): string
  close(): Promise<void>
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })).status === 204
  } catch {
    return false
  }
}

async function startOnce(binary: string, dir: string, upstreams: string[]): Promise<RealGoProxy> {
  // goproxy prints no address, so it cannot report a port 0: probe for a free one.
  const port = await freeLoopbackPort()
  const url = `http://127.0.0.1:${port}`
  const cacheDir = path.join(dir, 'cache')
  for (const d of [cacheDir, path.join(dir, 'tmp'), path.join(dir, 'home')]) mkdirSync(d, { recursive: true })
  const args = ['server', '--address', `127.0.0.1:${port}`, '--cacher', 'dir', '--cacher-dir', cacheDir]
  args.push('--temp-dir', path.join(dir, 'tmp'), '--go-bin', path.join(dir, 'no-direct-fetches', 'go'))
  args.push('--connect-timeout', '5s', '--fetch-timeout', '30s', '--shutdown-timeout', '2s')
  const child = spawn(binary, args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: path.join(dir, 'home'),
      GOPROXY: upstreams.join(','),
      GOSUMDB: 'off',
      GONOSUMDB: '',
      GOPRIVATE: '',
      GONOPROXY: '',
      GOENV: 'off',
      GOMODCACHE: path.join(dir, 'gomodcache'),
      GOTOOLCHAIN: 'local'
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (b: Buffer) => (output += b.toString()))
  child.stderr.on('data', (b: Buffer) => (output += b.toString()))
  const exited = new Promise<number | null>(resolve => {
    child.on('exit', code => resolve(code))
    child.on('error', e => ((output += `${e.message}\n`), resolve(-1)))
  })
  let gone = false
  void exited.then(() => (gone = true))

  const deadline = Date.now() + 15_000
  while (!(await healthy(url))) {
    if (gone || Date.now() > deadline) {
      child.kill('SIGKILL')
      await exited
      throw new Error(`goproxy server did not start on ${url}:\n${output}`)
    }
    await new Promise(r => setTimeout(r, 50))
  }
  return {
    url,
    cacheDir,
    log: () => output,
    close: async () => {
      if (gone) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
  }
}

/** Starts `goproxy server` fetching from `upstreams` (tried in order, falling back on 404/410). */
export async function startRealGoProxy(opts: {
  binary: string
  dir: string
  upstreams: string[]
}): Promise<RealGoProxy> {
  // The port was free when probed; another process may take it before goproxy binds it: try again then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts.binary, opts.dir, opts.upstreams)
    } catch (e) {
      if (attempt === 3 || !/address already in use/.test(String(e))) throw e
    }
  }
}

/** The real goproxy behind basic auth: a host handler for testkit/git-server.ts. */
export function privateRealGoProxy(
  proxy: RealGoProxy,
  auth: { username: string; password: string; requests: AuthProxyRequest[] }
): HostHandler {
  return authenticatedProxy({ upstream: proxy.url, ...auth })
}

import { createWriteStream, promises as fs } from 'node:fs'
import type * as http from 'node:http'
import type * as https from 'node:https'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { trustedCAs } from '../go/trust.js'
import { nodeHttp, nodeHttps } from '../util/builtins.js'
import { formatSeconds } from '../util/format.js'

/** How one GET from the module proxy ended. */
export type FetchOutcome =
  | { readonly kind: 'ok'; readonly bytes: number }
  /** 404/410: the proxy does not have it; go decides (another GOPROXY entry, or its own error). */
  | { readonly kind: 'absent' }
  /** Anything else (refused, reset, slow, 5xx, 401/403/429): go takes over, with its retries and words. */
  | { readonly kind: 'failed'; readonly why: string }

/** Connections to the proxy, kept alive across requests, trusting what go trusts (trust.ts). */
export function proxyAgents(env: NodeJS.ProcessEnv, sockets: number): Agents {
  const options = { keepAlive: true, maxSockets: sockets }
  return {
    http: new (nodeHttp().Agent)(options),
    https: new (nodeHttps().Agent)({ ...options, ca: trustedCAs(env) })
  }
}

export interface Agents {
  readonly http: http.Agent
  readonly https: https.Agent
}

/**
 * GETs `url` into `file` (through a temporary file next to it), following redirects as go does (without the
 * credentials when the host changes) and giving up when no byte arrives for `idleMs`. Nothing is left behind
 * on failure.
 */
export async function fetchToFile(
  url: string,
  file: string,
  headers: Readonly<Record<string, string>>,
  agents: Agents,
  idleMs: number
): Promise<FetchOutcome> {
  const temp = `${file}.prefetch-${process.pid}`
  try {
    let response = await get(url, headers, agents, idleMs)
    for (let hops = 0; isRedirect(response.statusCode) && hops < 10; hops++) {
      response.resume()
      const next = new URL(response.headers.location ?? '', url)
      const sameHost = next.host === new URL(url).host
      url = next.href
      response = await get(url, sameHost ? headers : {}, agents, idleMs)
    }
    const status = response.statusCode ?? 0
    if (status !== 200) {
      response.resume()
      if (status === 404 || status === 410) return { kind: 'absent' }
      return { kind: 'failed', why: `${status} ${response.statusMessage ?? ''}`.trim() }
    }
    await fs.mkdir(path.dirname(file), { recursive: true })
    let bytes = 0
    response.on('data', (chunk: Buffer) => (bytes += chunk.length))
    await pipeline(response, createWriteStream(temp))
    await fs.rename(temp, file)
    return { kind: 'ok', bytes }
  } catch (e) {
    await fs.rm(temp, { force: true })
    return {
      kind: 'failed',
      why: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))
    }
  }
}

function isRedirect(status: number | undefined): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}

/** One GET; the socket is destroyed after `idleMs` without a byte, which fails the request or its body. */
function get(
  url: string,
  headers: Readonly<Record<string, string>>,
  agents: Agents,
  idleMs: number
): Promise<http.IncomingMessage> {
  const secure = url.startsWith('https:')
  return new Promise((resolve, reject) => {
    const options = { headers, agent: secure ? agents.https : agents.http }
    const request = (secure ? nodeHttps() : nodeHttp()).get(url, options, resolve)
    request.setTimeout(idleMs, () => {
      const idle = Object.assign(new Error(`no data for ${formatSeconds(idleMs)}`), {
        code: `no data for ${formatSeconds(idleMs)}`
      })
      request.destroy(idle)
    })
    request.on('error', reject)
  })
}

/**
 * The `Authorization` header go sends to `host` (`name[:port]`) from a netrc file: the first `machine` entry
 * for it with both login and password (go's parseNetrc keeps only complete entries and ignores `default`).
 */
export function netrcAuthorization(netrcText: string, host: string): string | undefined {
  let machine = ''
  let login = ''
  let password = ''
  for (const line of netrcText.split('\n')) {
    if (line.trim() === 'default') break
    const f = line.trim().split(/\s+/)
    for (let i = 0; i + 1 < f.length; i += 2) {
      if (f[i] === 'machine') [machine, login, password] = [f[i + 1], '', '']
      else if (f[i] === 'login') login = f[i + 1]
      else if (f[i] === 'password') password = f[i + 1]
      if (machine === host && login && password)
        return `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`
    }
  }
  return undefined
}

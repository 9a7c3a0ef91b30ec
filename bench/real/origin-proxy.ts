/**
 * A local GOPROXY over the origin module cache (`<ORIGIN>/cache/download`, filled by prepare.ts), put at the
 * distance issue 14 measured for the real proxy (testkit/network.ts), so every job downloads the same bytes at the
 * same cost without touching the network. Requests for files the origin lacks answer 404 and are counted.
 */
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import * as path from 'node:path'
import { listenOnLoopback } from '../../testkit/loopback.js'
import { createNetwork, type NetworkProfile } from '../../testkit/network.js'

/** Issue 14: "The module proxy answered in about 100 ms and 24 MB/s a stream." */
export const PROXY_DISTANCE: NetworkProfile = { latencyMs: 100, streamBytesPerSec: 24e6 }

export interface OriginProxy {
  readonly url: string
  /** Paths answered 404 (the origin lacks them): a job that needs one fails. */
  readonly misses: string[]
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.info': 'application/json',
  '.mod': 'text/plain; charset=utf-8',
  '.zip': 'application/zip'
}

export async function startOriginProxy(gomodcache: string, distance = PROXY_DISTANCE): Promise<OriginProxy> {
  const root = path.join(gomodcache, 'cache', 'download')
  const network = createNetwork(distance)
  const misses: string[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://origin')
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '')
    const file = path.join(root, rel)
    const ok = /\/@v\/[^/]+\.(info|mod|zip)$|\/@v\/list$/.test(rel) && file.startsWith(root + path.sep)
    const notFound = () => {
      misses.push(rel)
      network.send(res, { status: 404, headers: {} }, Buffer.from('not found\n'))
    }
    if (!ok) return notFound()
    readFile(file).then(
      body =>
        network.send(
          res,
          { status: 200, headers: { 'Content-Type': TYPES[path.extname(file)] ?? 'text/plain' } },
          body
        ),
      notFound
    )
  })
  const loopback = await listenOnLoopback(server)
  return {
    url: `http://127.0.0.1:${loopback.port}`,
    misses,
    close: () => {
      network.close()
      return loopback.close()
    }
  }
}

/**
 * A private Go module proxy for tests: basic auth in front of a testkit/goproxy.ts instance. Served as an https
 * host of testkit/git-server.ts, because go sends netrc/GOAUTH credentials over https only.
 */
import http from 'node:http'
import type { HostHandler } from './git-server.js'

export interface AuthProxyRequest {
  path: string
  /** The basic-auth username sent, if any (never the password). */
  username?: string
  status: number
}

export function authenticatedProxy(opts: {
  upstream: string
  username: string
  password: string
  requests: AuthProxyRequest[]
}): HostHandler {
  return (req, res) => {
    const auth = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const [username, password] = auth ? Buffer.from(auth[1], 'base64').toString().split(/:(.*)/s) : []
    const pathname = req.url ?? '/'
    if (username !== opts.username || password !== opts.password) {
      opts.requests.push({ path: pathname, username, status: 401 })
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="goproxy"', 'Content-Type': 'text/plain' })
      return void res.end('401 Unauthorized: this module proxy needs credentials\n')
    }
    const upstream = http.get(`${opts.upstream}${pathname}`, up => {
      opts.requests.push({ path: pathname, username, status: up.statusCode ?? 0 })
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', e => res.writeHead(502).end(`upstream: ${e.message}\n`))
  }
}

/**
 * Private git hosting for tests: real `git http-backend` behind basic auth, reached under real-looking host
 * names. The server is an HTTP proxy (HTTPS_PROXY) that answers `CONNECT host:443` and terminates TLS itself
 * with a certificate from a throwaway CA made by `openssl` at test time (testkit/README.md says why).
 * Other TLS hosts (e.g. an authenticated module proxy) can be served through the same tunnel.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Access {
  /** `host[/path-prefix]`; the longest scope matching a request decides. */
  scope: string
  username: string
  token: string
}
export interface GitRequest {
  host: string
  path: string
  /** The basic-auth username sent, if any (never the password). */
  username?: string
  status: number
}
export type HostHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void

export interface GitServer {
  /** For HTTPS_PROXY. */
  proxyUrl: string
  /** The throwaway CA, for SSL_CERT_FILE and GIT_SSL_CAINFO. */
  caFile: string
  requests: GitRequest[]
  /** A bare repository `host/repo.git` holding `files`, tagged with each of `tags`. */
  addRepo(host: string, repo: string, files: Record<string, string>, opts?: RepoOptions): Promise<void>
  close(): Promise<void>
}
export interface RepoOptions {
  tags?: string[]
  /** The go-import meta tag gives the `ssh://git@host/repo.git` form. */
  sshMeta?: boolean
}

/** A CA and one server certificate for `hosts`, written to `dir` (EC keys: fast to make). */
export async function makeCertificates(dir: string, hosts: string[]) {
  mkdirSync(dir, { recursive: true })
  const f = (name: string) => path.join(dir, name)
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  await run(
    'openssl',
    ['req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2']
      .concat(['-subj', '/CN=setup-gomod test CA', '-addext', 'basicConstraints=critical,CA:TRUE'])
      .concat(['-addext', 'keyUsage=critical,keyCertSign,cRLSign'])
  )
  await run('openssl', [
    'req',
    ...ec,
    '-keyout',
    f('server.key'),
    '-out',
    f('server.csr'),
    '-subj',
    `/CN=${hosts[0]}`
  ])
  writeFileSync(
    f('ext.cnf'),
    `subjectAltName=${hosts.map(h => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\n`
  )
  await run(
    'openssl',
    ['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key')].concat([
      '-CAcreateserial',
      '-out',
      f('server.pem'),
      '-days',
      '2',
      '-extfile',
      f('ext.cnf')
    ])
  )
  return { caFile: f('ca.pem'), key: readFileSync(f('server.key')), cert: readFileSync(f('server.pem')) }
}

/** A child environment with nothing of the user's git setup. */
function gitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.test',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.test',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z'
  }
}

export async function startGitServer(opts: {
  dir: string
  hosts: string[]
  access: Access[]
  handlers?: Record<string, HostHandler>
}): Promise<GitServer> {
  const { caFile, key, cert } = await makeCertificates(path.join(opts.dir, 'tls'), opts.hosts)
  const root = path.join(opts.dir, 'repos')
  const repos = new Map<string, RepoOptions>() // `host/repo`
  const requests: GitRequest[] = []
  const sockets = new Set<Socket>()

  const repoOf = (host: string, p: string) =>
    [...repos.keys()]
      .filter(r => r.startsWith(`${host}/`))
      .map(r => r.slice(host.length + 1))
      .sort((a, b) => b.length - a.length)
      .find(r => p === `/${r}` || p.startsWith(`/${r}/`) || p.startsWith(`/${r}.git`))

  const gitHandler = (host: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${host}`)
    const repo = repoOf(host, url.pathname)
    if (url.searchParams.get('go-get') === '1') {
      if (repo === undefined) return void res.writeHead(404).end()
      const meta = repos.get(`${host}/${repo}`)?.sshMeta
        ? `ssh://git@${host}/${repo}.git`
        : `https://${host}/${repo}.git`
      res.writeHead(200, { 'Content-Type': 'text/html' })
      return void res.end(
        `<html><head><meta name="go-import" content="${host}/${repo} git ${meta}"></head></html>\n`
      )
    }
    const auth = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const [username, token] = auth ? Buffer.from(auth[1], 'base64').toString().split(/:(.*)/s) : []
    const target = `${host}${url.pathname}`
    const rule = opts.access
      .filter(a => target === a.scope || target.startsWith(`${a.scope}/`))
      .sort((a, b) => b.scope.length - a.scope.length)[0]
    const allowed = rule === undefined || (rule.username === username && rule.token === token)
    const log = (status: number) => requests.push({ host, path: url.pathname, username, status })
    if (!allowed || repo === undefined) {
      log(allowed ? 404 : 401)
      if (!allowed) res.setHeader('WWW-Authenticate', 'Basic realm="git"')
      return void res
        .writeHead(allowed ? 404 : 401)
        .end(allowed ? 'Repository not found\n' : 'Unauthorized\n')
    }
    const rest = url.pathname.slice(repo.length + 1).replace(/^\.git/, '')
    const child = spawn('git', ['http-backend'], {
      env: {
        ...gitEnv(),
        GIT_PROJECT_ROOT: path.join(root, host),
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: `/${repo}.git${rest}`,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: username ?? '',
        REMOTE_ADDR: '127.0.0.1'
      },
      stdio: ['pipe', 'pipe', 'ignore']
    })
    req.pipe(child.stdin)
    const out: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.on('close', () => {
      const all = Buffer.concat(out)
      const end = all.indexOf('\r\n\r\n')
      const headers = all.subarray(0, end).toString().split('\r\n')
      let status = 200
      for (const h of headers) {
        const [name, value] = h.split(/:\s*(.*)/s)
        if (/^status$/i.test(name)) status = Number.parseInt(value, 10)
        else if (name) res.setHeader(name, value)
      }
      log(status)
      res.writeHead(status).end(all.subarray(end + 4))
    })
  }

  const tls = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '')
    const handler = opts.handlers?.[host]
    if (handler) return handler(req, res)
    if (opts.hosts.includes(host)) return gitHandler(host, req, res)
    res.writeHead(502).end(`no such test host: ${host}\n`)
  })
  const proxy = http.createServer((_req, res) => void res.writeHead(502).end('CONNECT only\n'))
  proxy.on('connect', (_req: http.IncomingMessage, socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => tls.emit('connection', socket))
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))

  return {
    proxyUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    caFile,
    requests,
    async addRepo(host, repo, files, repoOpts = {}) {
      const work = path.join(opts.dir, 'work', host, repo)
      mkdirSync(work, { recursive: true })
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(work, name)), { recursive: true })
        writeFileSync(path.join(work, name), text)
      }
      const git = (args: string[], cwd = work) => run('git', args, { cwd, env: gitEnv() })
      await git(['init', '-q', '-b', 'main'])
      await git(['add', '-A'])
      await git(['commit', '-q', '-m', 'initial'])
      for (const tag of repoOpts.tags ?? ['v1.0.0']) await git(['tag', tag])
      await git(['clone', '-q', '--bare', work, path.join(root, host, `${repo}.git`)], opts.dir)
      repos.set(`${host}/${repo}`, repoOpts)
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        tls.closeAllConnections()
        proxy.close(() => resolve())
        proxy.closeAllConnections()
      })
  }
}

/**
 * An in-process Go module proxy (GOPROXY protocol) serving fixture modules, with injectable faults.
 * testkit/README.md says how go reacts to each fault.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'
import { listenOnLoopback } from './loopback.js'
import { createNetwork, type NetworkProfile } from './network.js'
import { buildZip } from './zip.js'

export interface FixtureModule {
  path: string
  version: string
  files: Record<string, string>
  time?: string
}

export type Fault =
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'corrupt-zip' }
  | { kind: 'wrong-content' }

export type ProxyFile = 'list' | 'info' | 'mod' | 'zip' | 'latest'

/** The first rule that matches a request (and has `times` left) decides its fault. */
export interface FaultRule {
  module?: string
  version?: string
  file?: ProxyFile | 'any'
  fault: Fault
  /** Apply to the first N matching requests only; undefined = always. */
  times?: number
}

export interface ProxyRequest {
  method: string
  path: string
  module?: string
  version?: string
  file?: string
  /** The status sent (0 for a hang). */
  status: number
  fault?: Fault['kind']
}

export interface GoProxy {
  url: string
  requests: ProxyRequest[]
  addFault(rule: FaultRule): void
  clearFaults(): void
  /** Puts the proxy at a simulated distance: latency and bandwidths (testkit/network.ts). */
  setNetwork(profile: NetworkProfile): void
  close(): Promise<void>
}

export const DEFAULT_TIME = '2024-01-01T00:00:00Z'
const MODULES_DIR = fileURLToPath(new URL('./modules/', import.meta.url))

/** go's module path escaping: each upper-case letter becomes `!` + its lower-case form. */
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, c => '!' + c.toLowerCase())
}

export function unescapeModulePath(p: string): string {
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** Reads `<dir>/<module path>@<version>/<files>` trees (default: testkit/modules). */
export function loadFixtureModules(dir: string = MODULES_DIR): FixtureModule[] {
  const out: FixtureModule[] = []
  const readFiles = (root: string, rel = '', files: Record<string, string> = {}) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) readFiles(root, r, files)
      else files[r] = fs.readFileSync(path.join(root, r), 'utf8')
    }
    return files
  }
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (!e.isDirectory()) continue
      const r = rel ? `${rel}/${e.name}` : e.name
      const at = r.lastIndexOf('@')
      if (at > 0 && r.slice(at + 1).startsWith('v')) {
        out.push({ path: r.slice(0, at), version: r.slice(at + 1), files: readFiles(path.join(dir, r)) })
      } else walk(r)
    }
  }
  walk('')
  return out.sort((a, b) => a.path.localeCompare(b.path) || semver.compare(a.version, b.version))
}

function goMod(m: FixtureModule, tamper = false): string {
  const mod = m.files['go.mod'] ?? `module ${m.path}\n`
  return tamper ? mod + '// tampered\n' : mod
}

function info(m: FixtureModule): string {
  return JSON.stringify({ Version: m.version, Time: m.time ?? DEFAULT_TIME }) + '\n'
}

/** The module zip: entries `<module>@<version>/<file>`; tampering changes the content, not the layout. */
function moduleZip(m: FixtureModule, tamper = false): Buffer {
  const names = Object.keys(m.files).sort()
  return buildZip(
    names.map(name => {
      let data = name === 'go.mod' ? goMod(m) : m.files[name]
      if (tamper && name !== 'go.mod') data += '\n// tampered\n'
      return { name: `${m.path}@${m.version}/${name}`, data }
    })
  )
}

interface Parsed {
  module: string
  version?: string
  file: ProxyFile
}

function parseProxyPath(p: string): Parsed | undefined {
  let m = /^\/(.+)\/@v\/list$/.exec(p)
  if (m) return { module: unescapeModulePath(m[1]), file: 'list' }
  m = /^\/(.+)\/@latest$/.exec(p)
  if (m) return { module: unescapeModulePath(m[1]), file: 'latest' }
  m = /^\/(.+)\/@v\/([^/]+)\.(info|mod|zip)$/.exec(p)
  if (m)
    return { module: unescapeModulePath(m[1]), version: unescapeModulePath(m[2]), file: m[3] as ProxyFile }
  return undefined
}

interface Reply {
  status: number
  type: string
  body: Buffer | string
}

const text = (status: number, body: string): Reply => ({ status, type: 'text/plain; charset=utf-8', body })

export async function startGoProxy(
  opts: { modules?: FixtureModule[]; latencyMs?: number } = {}
): Promise<GoProxy> {
  const modules = opts.modules ?? loadFixtureModules()
  const byPath = new Map<string, FixtureModule[]>()
  for (const m of modules) byPath.set(m.path, [...(byPath.get(m.path) ?? []), m])
  for (const list of byPath.values()) list.sort((a, b) => semver.compare(a.version, b.version))
  const zips = new Map<string, Buffer>()
  const rules: FaultRule[] = []
  const requests: ProxyRequest[] = []
  const network = createNetwork({ latencyMs: opts.latencyMs })

  const serve = (p: Parsed | undefined, urlPath: string, tamper: boolean): Reply => {
    const versions = p && byPath.get(p.module)
    if (!p || !versions) return text(404, `not found: module ${p?.module ?? urlPath}: no fixture`)
    if (p.file === 'list') return text(200, versions.map(m => m.version + '\n').join(''))
    if (p.file === 'latest') {
      const release = versions.filter(m => !semver.prerelease(m.version))
      return {
        status: 200,
        type: 'application/json',
        body: info((release.length ? release : versions).at(-1)!)
      }
    }
    const m = versions.find(v => v.version === p.version)
    if (!m)
      return text(404, `not found: ${p.module}@${p.version}: invalid version: unknown revision ${p.version}`)
    if (p.file === 'info') return { status: 200, type: 'application/json', body: info(m) }
    if (p.file === 'mod') return text(200, goMod(m, tamper))
    if (tamper) return { status: 200, type: 'application/zip', body: moduleZip(m, true) }
    const key = `${m.path}@${m.version}`
    if (!zips.has(key)) zips.set(key, moduleZip(m))
    return { status: 200, type: 'application/zip', body: zips.get(key)! }
  }

  const matchFault = (p: Parsed | undefined): Fault | undefined => {
    const rule = rules.find(
      r =>
        (r.times === undefined || r.times > 0) &&
        (r.module === undefined || r.module === p?.module) &&
        (r.version === undefined || r.version === p?.version) &&
        (r.file === undefined || r.file === 'any' || r.file === p?.file)
    )
    if (rule?.times !== undefined) rule.times--
    return rule?.fault
  }

  const server = http.createServer((req, res) => {
    const rawPath = new URL(req.url ?? '/', 'http://proxy').pathname
    let urlPath = rawPath
    try {
      urlPath = decodeURIComponent(rawPath)
    } catch {
      // malformed escapes: match against the raw path (→ 404)
    }
    const p = parseProxyPath(urlPath)
    const fault = matchFault(p)
    let reply: Reply
    if (fault?.kind === 'status')
      reply = text(fault.status, fault.body ?? `injected ${fault.status} for ${urlPath}`)
    else if (fault?.kind === 'corrupt-zip')
      reply = { status: 200, type: 'application/zip', body: 'not a zip file\n'.repeat(64) }
    else reply = serve(p, urlPath, fault?.kind === 'wrong-content')
    const status = fault?.kind === 'hang' ? 0 : reply.status
    requests.push({
      method: req.method ?? 'GET',
      path: urlPath,
      ...p,
      status,
      ...(fault && { fault: fault.kind })
    })
    if (fault?.kind === 'hang') return // answered by close()

    const body = Buffer.from(reply.body)
    if (fault?.kind !== 'reset')
      return network.send(res, { status: reply.status, headers: { 'Content-Type': reply.type } }, body)
    network.delay(() => {
      res.writeHead(reply.status, { 'Content-Type': reply.type, 'Content-Length': body.length })
      res.write(body.subarray(0, Math.max(1, body.length >> 1)), () => res.socket?.destroy())
    })
  })
  const loopback = await listenOnLoopback(server)

  return {
    url: `http://127.0.0.1:${loopback.port}`,
    requests,
    addFault: rule => void rules.push({ ...rule }),
    clearFaults: () => void rules.splice(0),
    setNetwork: profile => network.set(profile),
    close: () => {
      network.close()
      return loopback.close()
    }
  }
}

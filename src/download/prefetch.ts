import { promises as fs } from 'node:fs'
import { matchPrefixPatterns } from '../go/module-patterns.js'
import { escapeModulePath, splitVersion } from '../go/go-output.js'
import { goModHash, type GoSumHashes } from '../go/go-sum.js'
import { downloadBase } from './module-cache.js'
import { fetchToFile, netrcAuthorization, proxyAgents } from './proxy-fetch.js'
import { zipHash } from '../go/zip-hash.js'

/**
 * Where go would fetch from, and what it would send: the first GOPROXY entry when it is an http(s) URL.
 * Modules that match GONOPROXY, and everything after a failure, are left to go.
 */
export interface PrefetchSource {
  /** The effective GOPROXY list. */
  readonly goproxy: string
  /** The effective GONOPROXY patterns (GOPRIVATE by default). */
  readonly noProxy: string
  /** The netrc go reads (NETRC, or ~/.netrc), for the proxy's credentials. */
  readonly netrc: string
  /** An HTTP(S)_PROXY is set: go goes through it, which fetch() here would not, so nothing is prefetched. */
  readonly viaHttpProxy: boolean
  /** The environment go runs with: SSL_CERT_FILE and SSL_CERT_DIR decide what it trusts, and so what this does. */
  readonly env: NodeJS.ProcessEnv
}

export interface PrefetchRequest extends PrefetchSource {
  readonly gomodcache: string
  /** `path@version` whose zip (with .mod and .info) the download needs. */
  readonly zips: readonly string[]
  /** `path@version` whose go.mod alone the module graph needs. */
  readonly goMods: readonly string[]
  readonly sums: GoSumHashes
  readonly concurrency: number
  /** A request that receives nothing for this long is abandoned (input 'stall-timeout'). */
  readonly idleMs: number
}

export interface PrefetchOutcome {
  /** Files written into cache/download. */
  readonly files: number
  readonly bytes: number
  readonly ms: number
  /** `path@version` whose content did not match go.sum: removed, go fetches them again and says so. */
  readonly rejected: readonly string[]
  /** Why prefetching stopped early (the rest is left to go), or was not tried. */
  readonly stopped?: string
}

interface Task {
  readonly version: string
  readonly ext: 'mod' | 'info' | 'zip'
}

/**
 * Fetches what the download needs straight into the module cache, without extracting anything: go extracts a
 * module when a later command builds from it, after hashing its zip against go.sum (no .ziphash is written
 * here). Every zip and go.mod written is checked against go.sum first; what go.sum does not vouch for, what
 * fails and what the proxy lacks is left to go, whose own download reports it in its own words. Extracting
 * every module took most of a cold download on real projects (two cores writing a gigabyte of small files).
 */
export async function prefetchModules(request: PrefetchRequest): Promise<PrefetchOutcome> {
  const started = performance.now()
  const base = proxyBase(request.goproxy)
  const skipped = (stopped: string) => ({ files: 0, bytes: 0, ms: 0, rejected: [], stopped })
  if (!base) return skipped('the first GOPROXY entry is not an http(s) URL')
  if (request.viaHttpProxy) return skipped('an HTTP proxy is configured')
  const headers = authorization(base, request.netrc)
  const tasks = await missingFiles(request)
  // Nothing to fetch (an exact hit): no agents, whose CA store alone takes 50 ms to load.
  if (tasks.length === 0) return { files: 0, bytes: 0, ms: performance.now() - started, rejected: [] }
  const agents = proxyAgents(request.env, request.concurrency)
  let files = 0
  let bytes = 0
  let stopped: string | undefined
  const rejected: string[] = []
  const absent = new Set<string>()
  const run = async (task: Task): Promise<void> => {
    if (stopped || absent.has(task.version)) return
    const { module, version } = splitVersion(task.version)
    const rel = `${escapeModulePath(module)}/@v/${escapeModulePath(version)}.${task.ext}`
    const file = `${downloadBase(request.gomodcache, task.version)}.${task.ext}`
    const got = await fetchToFile(`${base.url}/${rel}`, file, headers, agents, request.idleMs)
    if (got.kind === 'absent') return void absent.add(task.version)
    if (got.kind === 'failed') return void (stopped ??= `${task.version} .${task.ext}: ${got.why}`)
    if (!(await vouched(task, file, request.sums))) {
      await fs.rm(file, { force: true })
      rejected.push(task.version)
      return
    }
    files++
    bytes += got.bytes
  }
  const queue = [...tasks]
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) await run(t)
  }
  await Promise.all(Array.from({ length: Math.max(1, request.concurrency) }, worker))
  agents.http.destroy()
  agents.https.destroy()
  return { files, bytes, ms: performance.now() - started, rejected: [...new Set(rejected)], stopped }
}

/** The files not in the cache yet: go.mod, .info and zip of each needed version, go.mod of the others. */
async function missingFiles(request: PrefetchRequest): Promise<Task[]> {
  const fromProxy = (v: string) => !matchPrefixPatterns(request.noProxy, splitVersion(v).module)
  // A zip no go.sum line vouches for could not be checked here: go fetches it and asks the checksum database.
  const zips = new Set(request.zips.filter(v => fromProxy(v) && request.sums.zips.has(v)))
  const wanted: Task[] = [
    ...[...zips].flatMap(version => (['mod', 'info', 'zip'] as const).map(ext => ({ version, ext }))),
    ...request.goMods
      .filter(v => fromProxy(v) && !zips.has(v))
      .map(version => ({ version, ext: 'mod' as const }))
  ]
  const present = await Promise.all(
    wanted.map(t => {
      return fs.access(`${downloadBase(request.gomodcache, t.version)}.${t.ext}`).then(
        () => true,
        () => false
      )
    })
  )
  // Small files first: the module graph needs every go.mod before go can do anything else.
  const rank = { mod: 0, info: 1, zip: 2 }
  return wanted.filter((_, i) => !present[i]).sort((a, b) => rank[a.ext] - rank[b.ext])
}

/** Whether go.sum vouches for the file: zips must match a go.sum line; a go.mod must match one if listed. */
async function vouched(task: Task, file: string, sums: GoSumHashes): Promise<boolean> {
  if (task.ext === 'info') return true
  if (task.ext === 'mod') {
    const want = sums.goMods.get(task.version)
    // go checks an unlisted go.mod against the checksum database when it reads it, as for its own fetches.
    return want === undefined || goModHash(await fs.readFile(file)) === want
  }
  return (await zipHash(file).catch(() => '')) === sums.zips.get(task.version)
}

function proxyBase(goproxy: string): { url: string; host: string; userinfo?: string } | undefined {
  const first = goproxy.split(/[,|]/)[0]?.trim() ?? ''
  if (!/^https?:\/\//i.test(first)) return undefined
  try {
    const u = new URL(first)
    const userinfo = u.username
      ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`
      : undefined
    // go refuses to send credentials to an http:// proxy at all ("refusing to pass credentials to insecure URL").
    if (userinfo && u.protocol === 'http:') return undefined
    u.username = ''
    u.password = ''
    return { url: u.href.replace(/\/+$/, ''), host: u.host, userinfo }
  } catch {
    return undefined
  }
}

/** go sends a proxy's credentials (URL userinfo, or netrc) only over https; neither does this. */
function authorization(
  base: { url: string; host: string; userinfo?: string },
  netrc: string
): Record<string, string> {
  if (!base.url.startsWith('https:')) return {}
  const basic = base.userinfo ? `Basic ${Buffer.from(base.userinfo).toString('base64')}` : undefined
  const header = basic ?? netrcAuthorization(netrc, base.host)
  return header ? { Authorization: header } : {}
}

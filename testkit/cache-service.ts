/**
 * An in-process fake of the GitHub Actions cache service, protocol v2 (what @actions/cache speaks with
 * ACTIONS_CACHE_SERVICE_V2 set): Twirp JSON under /twirp/github.actions.results.api.v1.CacheService/ plus
 * blob PUT/GET at the signed URLs it hands out. See testkit/README.md. Entries match
 * like the real service: exact key first, then the newest entry whose key starts with a restore key, and
 * only entries of the same version (a hash of the paths and the compression method).
 */
import http from 'node:http'
import { freeLoopbackPort, listenOnLoopback } from './loopback.js'
import { createNetwork, type NetworkProfile } from './network.js'

/** How long a broken download stalls before its connection closes. */
const BREAK_AFTER_MS = 300
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/'
export type CacheRpc = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL'

export interface CacheEntry {
  /** Increases in creation order; the newest prefix match wins. */
  readonly id: number
  readonly key: string
  readonly version: string
  data: Buffer
  finalized: boolean
}

export interface CacheRequest {
  readonly method: string
  readonly path: string
  readonly rpc?: CacheRpc
  readonly key?: string
  readonly restoreKeys?: string[]
  /** The status sent. */
  readonly status: number
  /** A download's Range header. */
  readonly range?: string
}

/**
 * Every Twirp call (or only `rpc`) answers `status` with a Twirp error body, `times` times or always; with
 * `blob`, archive downloads instead: `refuse` answers `status`, `truncate` breaks a range off half-way.
 */
export interface CacheFault {
  /** The HTTP status to answer with; 0: never answer (a hanging service). */
  readonly status: number
  readonly rpc?: CacheRpc
  readonly blob?: 'refuse' | 'truncate'
  /** The Twirp error message (default: `injected <status> for <rpc>`), e.g. GitHub's `cache write denied: …`. */
  readonly message?: string
  times?: number
}

export interface FakeCacheService {
  /** ACTIONS_RESULTS_URL, with its trailing slash. */
  readonly url: string
  readonly requests: CacheRequest[]
  readonly entries: CacheEntry[]
  /** The environment @actions/cache needs to pick v2 and this server. */
  env(): Record<string, string>
  /** Puts the blob store at a simulated distance for archive downloads (testkit/network.ts). */
  setNetwork(profile: NetworkProfile): void
  /** false: archive downloads ignore Range and send the whole blob (a store without range requests). */
  acceptRanges(accept: boolean): void
  addFault(fault: CacheFault): void
  clearFaults(): void
  /** Adds a finalized entry, as a save through this service would have left it (a copy of another's). */
  plant(entry: Pick<CacheEntry, 'key' | 'version' | 'data'>): CacheEntry
  close(): Promise<void>
}

interface TwirpBody {
  key?: string
  version?: string
  restore_keys?: string[]
  size_bytes?: string
}

/** The v2 environment for a service at `url` (also for a refused port). GITHUB_SERVER_URL must be unset. */
export function cacheServiceEnv(url: string): Record<string, string> {
  return {
    ACTIONS_CACHE_SERVICE_V2: '1',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token'
  }
}

/** A loopback URL nothing listens on: connection refused, the cheapest failure (about 0.3 s). */
export async function refusedServiceUrl(): Promise<string> {
  return `http://127.0.0.1:${await freeLoopbackPort()}/`
}

export async function startCacheService(): Promise<FakeCacheService> {
  const entries: CacheEntry[] = []
  const requests: CacheRequest[] = []
  const faults: CacheFault[] = []
  const blocks = new Map<string, Buffer>()
  const network = createNetwork()
  let lastId = 0
  let base = ''
  let rangesAccepted = true

  /** The next fault for this kind of request, counted down. */
  const takeFault = (matches: (f: CacheFault) => boolean): CacheFault | undefined => {
    const fault = faults.find(f => matches(f) && (f.times === undefined || f.times > 0))
    if (fault?.times !== undefined) fault.times--
    return fault
  }

  const lookup = (body: TwirpBody): CacheEntry | undefined => {
    const ready = entries.filter(e => e.finalized && e.version === body.version)
    const exact = ready.find(e => e.key === body.key)
    if (exact) return exact
    for (const prefix of [body.key ?? '', ...(body.restore_keys ?? [])]) {
      const newest = ready.filter(e => e.key.startsWith(prefix)).sort((a, b) => b.id - a.id)[0]
      if (newest) return newest
    }
    return undefined
  }

  const twirp = (rpc: CacheRpc, body: TwirpBody): [number, object] => {
    const fault = takeFault(f => !f.blob && (f.rpc === undefined || f.rpc === rpc))
    if (fault)
      return [fault.status, { code: 'injected', msg: fault.message ?? `injected ${fault.status} for ${rpc}` }]
    if (rpc === 'GetCacheEntryDownloadURL') {
      const e = lookup(body)
      return [200, e ? { ok: true, signed_download_url: blobUrl(e), matched_key: e.key } : { ok: false }]
    }
    if (rpc === 'CreateCacheEntry') {
      if (entries.some(e => e.key === body.key && e.version === body.version))
        return [409, { code: 'already_exists', msg: `cache entry ${body.key} already exists` }]
      const e: CacheEntry = {
        id: ++lastId,
        key: body.key ?? '',
        version: body.version ?? '',
        data: Buffer.alloc(0),
        finalized: false
      }
      entries.push(e)
      return [200, { ok: true, signed_upload_url: blobUrl(e) }]
    }
    const e = entries.find(x => x.key === body.key && x.version === body.version && !x.finalized)
    if (!e) return [404, { code: 'not_found', msg: `no upload for ${body.key}` }]
    e.finalized = true
    return [200, { ok: true, entry_id: String(e.id) }]
  }

  const blobUrl = (e: CacheEntry) => `${base}devstoreaccount1/cache/${e.id}?sig=fake`

  /** Azure Put Blob (one shot), or Put Block + Put Block List for archives over 128 MiB. */
  const putBlob = (e: CacheEntry, query: URLSearchParams, body: Buffer): number => {
    const comp = query.get('comp')
    if (comp === 'block') return (blocks.set(`${e.id}/${query.get('blockid')}`, body), 201)
    if (comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(m => m[1])
      e.data = Buffer.concat(ids.map(id => blocks.get(`${e.id}/${id}`) ?? Buffer.alloc(0)))
      return 201
    }
    e.data = body
    return 201
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://cache')
      const body = Buffer.concat(chunks)
      const record = (status: number, extra: Partial<CacheRequest> = {}) =>
        requests.push({ method: req.method ?? 'GET', path: url.pathname, status, ...extra })
      if (url.pathname.startsWith(TWIRP) && req.method === 'POST') {
        const rpc = url.pathname.slice(TWIRP.length) as CacheRpc
        const parsed = JSON.parse(body.toString() || '{}') as TwirpBody
        const [status, reply] = twirp(rpc, parsed)
        record(status, { rpc, key: parsed.key, restoreKeys: parsed.restore_keys })
        if (status === 0) return // hangs until the server closes
        const json = Buffer.from(JSON.stringify(reply))
        return network.send(res, { status, headers: { 'Content-Type': 'application/json' } }, json)
      }
      const blob = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(url.pathname)
      const entry = blob && entries.find(e => e.id === Number(blob[1]))
      if (!entry) return (record(404), void res.writeHead(404).end())
      if (req.method === 'PUT') {
        const status = putBlob(entry, url.searchParams, body)
        record(status)
        res.writeHead(status, { 'x-ms-request-id': String(requests.length), etag: `"${entry.id}"` }).end()
        return
      }
      const refused = takeFault(f => f.blob === 'refuse')
      if (refused) return (record(refused.status), void res.writeHead(refused.status).end())
      const range = rangesAccepted ? byteRange(req.headers.range, entry.data.length) : undefined
      record(range ? 206 : 200, { range: req.headers.range })
      const headers = { 'Content-Type': 'application/octet-stream' }
      const part = range ? entry.data.subarray(range.start, range.end + 1) : entry.data
      const status = range ? 206 : 200
      const sent = range
        ? { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${entry.data.length}` }
        : headers
      if (takeFault(f => f.blob === 'truncate')) {
        // The connection breaks half-way through the response, once the client has had time to use that half.
        res.writeHead(status, { ...sent, 'Content-Length': part.length })
        return void res.write(part.subarray(0, part.length >> 1), () =>
          setTimeout(() => res.socket?.destroy(), BREAK_AFTER_MS)
        )
      }
      network.send(res, { status, headers: sent }, part)
    })
  })
  const loopback = await listenOnLoopback(server)
  base = `http://127.0.0.1:${loopback.port}/`

  return {
    url: base,
    requests,
    entries,
    env: () => cacheServiceEnv(base),
    setNetwork: profile => network.set(profile),
    acceptRanges: accept => void (rangesAccepted = accept),
    addFault: f => void faults.push({ ...f }),
    clearFaults: () => void faults.splice(0),
    plant: ({ key, version, data }) => {
      const e: CacheEntry = { id: ++lastId, key, version, data: Buffer.from(data), finalized: true }
      entries.push(e)
      return e
    },
    close: () => {
      network.close()
      return loopback.close()
    }
  }
}

/** `Range: bytes=a-b` (one range, as the storage SDK and archive-download.ts ask), clipped to the blob. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const m = /^bytes=(\d+)-(\d*)$/.exec(header ?? '')
  if (!m) return undefined
  const start = Number(m[1])
  const end = Math.min(m[2] === '' ? size - 1 : Number(m[2]), size - 1)
  return start <= end ? { start, end } : undefined
}

import { Readable } from 'node:stream'
import * as core from '@actions/core'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'

/**
 * A cache entry's archive as one stream, so that extraction runs while the archive is still arriving instead
 * of after it was written to a file. Fetched like the library's storage-SDK download (actions/toolkit#497): in
 * 4 MiB ranges, several at a time, each retried on its own; one HTTP stream alone is slower and loses the
 * whole download on one broken connection (actions/cache#267). The ranges are handed on in order, so at most
 * `concurrency` of them are held in memory.
 */
export interface RangedDownload {
  readonly segmentBytes: number
  readonly concurrency: number
  /** Tries per range (the first request counts as one). */
  readonly attempts: number
  /** A request whose socket stays silent this long fails (and is tried again). */
  readonly socketTimeoutMs: number
  /** Before a range is tried again. */
  readonly retryDelayMs: number
}

export const RANGED_DOWNLOAD: RangedDownload = {
  segmentBytes: 4 * 2 ** 20,
  concurrency: 8,
  attempts: 5,
  socketTimeoutMs: 30_000,
  retryDelayMs: 1_000
}

export interface ArchiveStream {
  readonly stream: Readable
  /** The archive's size, when the server said it (Content-Range or Content-Length). */
  readonly bytes?: number
}

/**
 * Opens the archive at `url` (a signed URL: no credentials are sent). A server that ignores the range
 * request and answers 200 is read as one stream, its length checked against Content-Length at the end.
 */
export async function openArchive(url: string, o: RangedDownload = RANGED_DOWNLOAD): Promise<ArchiveStream> {
  const http = new HttpClient('actions/cache', undefined, {
    keepAlive: true,
    socketTimeout: o.socketTimeoutMs
  })
  const first = await withRetries(o, 'the first range', async () => {
    const response = await request(http, url, 0, o.segmentBytes)
    if (response.message.statusCode === 200) return { whole: response }
    const total = rangeTotal(response)
    return { total, head: await readRange(response, 0, Math.min(o.segmentBytes, total)) }
  }).catch((e: unknown) => {
    http.dispose()
    throw e
  })
  if (first.whole) {
    const length = contentLength(first.whole)
    return { stream: checkedLength(first.whole.message, length, http), bytes: length }
  }
  return { stream: Readable.from(ranges(http, url, first.total, first.head, o)), bytes: first.total }
}

async function request(
  http: HttpClient,
  url: string,
  offset: number,
  count: number
): Promise<HttpClientResponse> {
  const response = await http.get(url, { Range: `bytes=${offset}-${offset + count - 1}` })
  const status = response.message.statusCode ?? 0
  if (status === 200 || status === 206) return response
  response.message.resume()
  const error = new Error(`the cache storage answered ${status} for bytes ${offset}-${offset + count - 1}`)
  // A refused signature or a missing blob stays so; only a server error or throttling may pass.
  return Promise.reject(Object.assign(error, { final: status < 500 && status !== 429 }))
}

/** The later ranges in order, `concurrency` of them in flight; the first was read already. */
async function* ranges(
  http: HttpClient,
  url: string,
  total: number,
  head: Body,
  o: RangedDownload
): AsyncGenerator<Buffer> {
  try {
    yield* head.chunks
    const inFlight: Promise<Body>[] = []
    let next = head.length
    const fill = () => {
      while (inFlight.length < o.concurrency && next < total) {
        const offset = next
        const count = Math.min(o.segmentBytes, total - offset)
        next += count
        const range = withRetries(o, `bytes ${offset}-${offset + count - 1}`, async () =>
          readRange(await request(http, url, offset, count), offset, count)
        )
        range.catch(() => undefined) // awaited in order below; a failure there ends the stream
        inFlight.push(range)
      }
    }
    fill()
    while (inFlight.length > 0) {
      const range = await inFlight.shift()!
      fill()
      yield* range.chunks
    }
  } finally {
    http.dispose()
  }
}

async function withRetries<T>(o: RangedDownload, what: string, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt()
    } catch (e) {
      if (n >= o.attempts || (e as { final?: boolean }).final)
        throw new Error(`downloading ${what} failed${n > 1 ? ` ${n} times` : ''}: ${(e as Error).message}`)
      core.debug(`Downloading ${what}: attempt ${n} failed (${(e as Error).message}); trying again`)
      await new Promise(resolve => setTimeout(resolve, o.retryDelayMs))
    }
  }
}

/** A range's bytes as they came (not joined: that would copy each range once more). */
interface Body {
  readonly chunks: Buffer[]
  readonly length: number
}

/** The body of a range response; shorter than the range asked for means the connection broke. */
async function readRange(response: HttpClientResponse, offset: number, count: number): Promise<Body> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of response.message) {
    chunks.push(chunk as Buffer)
    length += (chunk as Buffer).length
  }
  if (length !== count)
    throw new Error(`got ${length} bytes for the ${count} at offset ${offset}: the connection broke`)
  return { chunks, length }
}

/** `Content-Range: bytes 0-4194303/29360128` → 29360128. */
function rangeTotal(response: HttpClientResponse): number {
  const header = String(response.message.headers['content-range'] ?? '')
  const total = Number(/^bytes \d+-\d+\/(\d+)$/.exec(header)?.[1])
  if (!Number.isSafeInteger(total))
    throw new Error(`the cache storage sent no usable Content-Range: '${header}'`)
  return total
}

function contentLength(response: HttpClientResponse): number | undefined {
  const length = Number(response.message.headers['content-length'])
  return Number.isSafeInteger(length) ? length : undefined
}

/** The whole archive in one response: passes it on and fails at its end when it is shorter than announced. */
function checkedLength(body: Readable, length: number | undefined, http: HttpClient): Readable {
  async function* counted(): AsyncGenerator<Buffer> {
    let received = 0
    try {
      for await (const chunk of body) {
        received += (chunk as Buffer).length
        yield chunk as Buffer
      }
    } finally {
      http.dispose()
    }
    if (length !== undefined && received !== length)
      throw new Error(`incomplete download: ${received} of ${length} bytes`)
  }
  return Readable.from(counted())
}

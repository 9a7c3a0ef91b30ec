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
    return response.message.statusCode === 200
      ? { whole: response }
      : { response, total: rangeTotal(response) }
  }).catch((e: unknown) => {
    http.dispose()
    throw e
  })
  if (first.whole) {
    const length = contentLength(first.whole)
    return { stream: checkedLength(first.whole.message, length, http), bytes: length }
  }
  const head = new RangeFetch(http, url, 0, Math.min(o.segmentBytes, first.total), o, first.response)
  return { stream: Readable.from(ranges(http, url, first.total, head, o)), bytes: first.total }
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

/**
 * The ranges in order, `concurrency` of them in flight. The front range is passed on as its bytes arrive, the
 * others are held until it is done: extraction, which is slower than the download for a build cache, starts
 * with the first bytes instead of waiting for whole ranges that share the connection with the others.
 */
async function* ranges(
  http: HttpClient,
  url: string,
  total: number,
  head: RangeFetch,
  o: RangedDownload
): AsyncGenerator<Buffer> {
  const inFlight = [head]
  let next = head.offset + head.count
  const fill = () => {
    while (inFlight.length < o.concurrency && next < total) {
      const count = Math.min(o.segmentBytes, total - next)
      inFlight.push(new RangeFetch(http, url, next, count, o))
      next += count
    }
  }
  try {
    fill()
    for (let range = inFlight.shift(); range; range = inFlight.shift()) {
      yield* range.read()
      fill()
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

/**
 * One range, fetched from the moment it is made; its bytes are kept as they come (not joined: that would copy
 * them once more) until read. A connection that breaks is asked again for the bytes still missing, so what was
 * read already stays valid.
 */
class RangeFetch {
  private readonly chunks: Buffer[] = []
  private got = 0
  private ended = false
  private error?: Error
  private wake?: () => void

  constructor(
    private readonly http: HttpClient,
    private readonly url: string,
    readonly offset: number,
    readonly count: number,
    o: RangedDownload,
    first?: HttpClientResponse
  ) {
    let response = first
    const attempt = async () => {
      const body = response ?? (await this.requestRest())
      response = undefined // a retry asks again, for the bytes still missing
      await this.receive(body)
    }
    withRetries(o, `bytes ${offset}-${offset + count - 1}`, attempt)
      .catch((e: unknown) => void (this.error = e as Error))
      .finally(() => {
        this.ended = true
        this.notify()
      })
  }

  /** The range's bytes in order; throws once its tries are spent. */
  async *read(): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.chunks.shift()
      if (chunk) yield chunk
      else if (this.error) throw this.error
      else if (this.ended) return
      else await new Promise<void>(resolve => (this.wake = resolve))
    }
  }

  private requestRest(): Promise<HttpClientResponse> {
    return request(this.http, this.url, this.offset + this.got, this.count - this.got)
  }

  private async receive(response: HttpClientResponse): Promise<void> {
    for await (const chunk of response.message) {
      this.got += (chunk as Buffer).length
      if (this.got > this.count)
        throw Object.assign(new Error(`more than the ${this.count} bytes asked for`), { final: true })
      this.chunks.push(chunk as Buffer)
      this.notify()
    }
    if (this.got !== this.count)
      throw new Error(
        `got ${this.got} bytes for the ${this.count} at offset ${this.offset}: the connection broke`
      )
  }

  private notify(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }
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

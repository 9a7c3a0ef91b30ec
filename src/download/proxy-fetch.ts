import { createWriteStream, promises as fs } from 'node:fs'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'

/** How one GET from the module proxy ended. */
export type FetchOutcome =
  | { readonly kind: 'ok'; readonly bytes: number }
  /** 404/410: the proxy does not have it; go decides (another GOPROXY entry, or its own error). */
  | { readonly kind: 'absent' }
  /** Anything else (refused, reset, slow, 5xx, 401/403/429): go takes over, with its retries and words. */
  | { readonly kind: 'failed'; readonly why: string }

/**
 * GETs `url` into `file` (through a temporary file next to it), giving up when no byte arrives for
 * `idleMs`. Nothing is left behind on failure.
 */
export async function fetchToFile(
  url: string,
  file: string,
  headers: Readonly<Record<string, string>>,
  idleMs: number
): Promise<FetchOutcome> {
  const abort = new AbortController()
  let timer = setTimeout(() => abort.abort(), idleMs)
  const touch = () => {
    clearTimeout(timer)
    timer = setTimeout(() => abort.abort(), idleMs)
  }
  const temp = `${file}.prefetch-${process.pid}`
  try {
    const response = await fetch(url, { headers, signal: abort.signal, redirect: 'follow' })
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel()
      return { kind: 'absent' }
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel()
      return { kind: 'failed', why: `${response.status} ${response.statusText}`.trim() }
    }
    await fs.mkdir(path.dirname(file), { recursive: true })
    let bytes = 0
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      touch()
    })
    await pipeline(body, createWriteStream(temp))
    await fs.rename(temp, file)
    return { kind: 'ok', bytes }
  } catch (e) {
    await fs.rm(temp, { force: true })
    const why = abort.signal.aborted ? `no data for ${idleMs / 1000} s` : describe(e)
    return { kind: 'failed', why }
  } finally {
    clearTimeout(timer)
  }
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e))
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

/**
 * A simulated network path for the in-process servers: a delay before each response (round trip plus
 * server time to first byte), a bandwidth per response (one TCP stream) and a bandwidth shared by every
 * response (the runner's link). Benchmarks use it to put a loopback server at a realistic distance.
 */
import type http from 'node:http'

export interface NetworkProfile {
  /** Milliseconds before the first byte of every response. */
  readonly latencyMs?: number
  /** Bytes per second of one response; undefined = unlimited. */
  readonly streamBytesPerSec?: number
  /** Bytes per second of all responses together; undefined = unlimited. */
  readonly linkBytesPerSec?: number
}

export const LOOPBACK: NetworkProfile = {}

/** 64 KiB: small enough for smooth pacing, large enough that timers stay cheap. */
const CHUNK = 64 * 1024

export interface Network {
  set(profile: NetworkProfile): void
  /** Runs `f` after the profile's delay (for faults that answer in their own way). */
  delay(f: () => void): void
  /** Answers with `head` and `body` after the profile's delay, the body paced by its bandwidths. */
  send(
    res: http.ServerResponse,
    head: { status: number; headers: http.OutgoingHttpHeaders },
    body: Buffer
  ): void
  /** Cancels pending sends (server shutdown). */
  close(): void
}

export function createNetwork(initial: NetworkProfile = LOOPBACK): Network {
  let profile = initial
  // The time the shared link is busy until: chunks of all responses queue behind each other on it.
  let linkFreeAt = 0
  const timers = new Set<NodeJS.Timeout>()
  const at = (when: number, f: () => void) => {
    const t = setTimeout(
      () => {
        timers.delete(t)
        f()
      },
      Math.max(0, when - performance.now())
    )
    timers.add(t)
  }

  const delay = (f: () => void) => {
    const ms = profile.latencyMs ?? 0
    if (ms <= 0) f()
    else at(performance.now() + ms, f)
  }

  const paced = (res: http.ServerResponse, body: Buffer, done: () => void) => {
    const { streamBytesPerSec: stream, linkBytesPerSec: link } = profile
    if (!stream && !link) return void (res.write(body), done())
    let offset = 0
    let streamFreeAt = performance.now()
    const next = () => {
      if (offset >= body.length || res.destroyed) return done()
      const chunk = body.subarray(offset, offset + CHUNK)
      offset += chunk.length
      const now = performance.now()
      let finish = Math.max(now, streamFreeAt) + (stream ? (chunk.length / stream) * 1000 : 0)
      if (link) {
        linkFreeAt = Math.max(now, linkFreeAt) + (chunk.length / link) * 1000
        finish = Math.max(finish, linkFreeAt)
      }
      streamFreeAt = finish
      at(finish, () => (res.write(chunk), next()))
    }
    next()
  }

  return {
    set: p => void (profile = p),
    delay,
    send(res, head, body) {
      delay(() => {
        res.writeHead(head.status, { ...head.headers, 'Content-Length': body.length })
        paced(res, body, () => res.end())
      })
    },
    close() {
      for (const t of timers) clearTimeout(t)
      timers.clear()
    }
  }
}

/**
 * Loopback plumbing the in-process servers share: listening on 127.0.0.1 at a port the system picks, closing
 * without waiting for open (or hanging) connections, and a port nothing listens on.
 */
import type http from 'node:http'
import net from 'node:net'

export interface Loopback {
  readonly port: number
  /** Stops listening and destroys every connection, idle, busy or hanging; resolves once the server closed. */
  close(): Promise<void>
}

/** Listens on 127.0.0.1, port 0, and tracks the server's connections so close() can end them all. */
export async function listenOnLoopback(server: http.Server): Promise<Loopback> {
  const sockets = new Set<net.Socket>()
  server.on('connection', s => (sockets.add(s), s.on('close', () => sockets.delete(s))))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        for (const s of sockets) s.destroy()
      })
  }
}

/** A loopback port that was free a moment ago: connecting to it is refused unless someone took it since. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

import { existsSync } from 'node:fs'
import * as path from 'node:path'
import type { ProxyCredential } from '../inputs/types.js'

/**
 * A netrc for go's own HTTP requests (module proxies, checksum databases). go reads the file named by NETRC
 * (else the user's netrc: userNetrcPath), and takes the first entry for a machine, so the user's own entries follow ours: they keep
 * working for every other host, and ~/.netrc itself is only read. The machine is `host[:port]` exactly as go
 * matches it against the request URL.
 */
export function netrcText(credentials: readonly ProxyCredential[], userNetrc: string | undefined): string {
  const ours = credentials.map(c => `machine ${c.host} login ${c.username} password ${c.password}\n`).join('')
  if (userNetrc === undefined || userNetrc.trim() === '') return ours
  return `${ours}\n${userNetrc.endsWith('\n') ? userNetrc : `${userNetrc}\n`}`
}

/**
 * The netrc go reads when NETRC is unset: `~/.netrc`; on Windows `_netrc` in the home directory when it exists
 * (go 1.22 reads only that one), else `.netrc` (cmd/go/internal/auth, netrcPath).
 */
export function userNetrcPath(
  home: string,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = existsSync
): string {
  if (platform !== 'win32') return path.posix.join(home, '.netrc')
  const legacy = path.win32.join(home, '_netrc')
  return exists(legacy) ? legacy : path.win32.join(home, '.netrc')
}

export interface GoauthChoice {
  /** The GOAUTH to set, or undefined when the current one already reads the netrc. */
  readonly value: string | undefined
  readonly note: string | undefined
}

/**
 * Go 1.24+ reads netrc only when GOAUTH lists `netrc` (its default). Older go has no GOAUTH (`go env` gives
 * '') and always reads the netrc. `off` cannot be combined with other methods, so it is replaced.
 */
export function goauthWithNetrc(current: string): GoauthChoice {
  const methods = current
    .split(';')
    .map(m => m.trim())
    .filter(Boolean)
  if (current.trim() === '' || methods.some(m => m === 'netrc')) return { value: undefined, note: undefined }
  if (methods.length === 1 && methods[0] === 'off') {
    return { value: 'netrc', note: 'GOAUTH was off, so go would ignore proxy-credentials: set to netrc' }
  }
  return {
    value: `netrc;${methods.join(';')}`,
    note: `GOAUTH=${current} did not read the netrc: netrc put first`
  }
}

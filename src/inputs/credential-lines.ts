import { REDACTED } from './problem-list.js'

/** One non-comment line of a credentials input, split at its first `=`. */
export interface CredentialLine {
  /** 1-based, counting every line, so the number matches what the user sees in the workflow. */
  readonly number: number
  /** Left of `=`, with any `user:password@` redacted: safe to print. */
  readonly shown: string
  readonly left: string
  /** Right of `=`; undefined when the line has no `=`. */
  readonly right: string | undefined
}

export function credentialLines(raw: string): CredentialLine[] {
  const lines: CredentialLine[] = []
  raw.split(/\r?\n|\r/).forEach((text, i) => {
    const line = text.trim()
    if (line === '' || line.startsWith('#')) return
    const eq = line.indexOf('=')
    const left = (eq < 0 ? line : line.slice(0, eq)).trim()
    const redacted = left.replace(/\/\/[^/]*@/, `//${REDACTED}@`).replace(/^[^/:]*:[^/@]*@/, `${REDACTED}@`)
    lines.push({
      number: i + 1,
      // `TOKEN=host` (the parts swapped): what is left of `=` is then the secret.
      shown: left === '' || looksLikeHost(left) ? redacted : REDACTED,
      left,
      right: eq < 0 ? undefined : line.slice(eq + 1).trim()
    })
  })
  return lines
}

/**
 * A line without `=` may be a token pasted on its own. It is masked unless it plainly looks like a host,
 * since masking a host name would blank it out of every later log line.
 */
export function maskLineWithoutEquals(line: CredentialLine, mask: (secret: string) => void): void {
  if (line.right !== undefined) return
  if (line.left.length < 40 && /^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?(\/[\w./-]*)?$/i.test(line.left)) return
  mask(line.left)
  const colon = line.left.indexOf(':')
  if (colon >= 0) maskPieces(line.left.slice(colon + 1), mask)
}

/** A host name (with `*` labels, a port, a path) rather than a token, after any scheme and userinfo. */
export function looksLikeHost(left: string): boolean {
  const host = left
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^/@]*@/, '')
    .split('/')[0]
  return /^(localhost|[a-z0-9*][a-z0-9*-]{0,62}(\.[a-z0-9*-]{1,63})+)(:\d{1,5})?$/i.test(host)
}

/** A line written `TOKEN=host` or `user:password=host`: what is left of `=` is masked like a secret. */
export function maskSwappedLine(line: CredentialLine, mask: (secret: string) => void): void {
  if (line.right === undefined || line.left === '' || looksLikeHost(line.left)) return
  maskPieces(line.left, mask)
  const colon = line.left.indexOf(':')
  if (colon >= 0 && colon < line.left.length - 1) maskPieces(line.left.slice(colon + 1), mask)
}

/**
 * Masks a malformed secret and, when it has whitespace or line breaks, each long piece of it: `token ghp_…`
 * or two pasted tokens still contain a real token. Short words such as `token` or `Bearer` are left alone,
 * because masking them would blank them out of every log line.
 */
export function maskPieces(secret: string, mask: (secret: string) => void): void {
  if (secret === '') return
  mask(secret)
  const pieces = secret.split(/\s+/).filter(p => p.length >= 8)
  if (pieces.length > 1 || (pieces.length === 1 && pieces[0] !== secret)) pieces.forEach(p => mask(p))
}

/** Masks `user:password@` given in the host part by mistake. */
export function maskUserinfo(line: CredentialLine, mask: (secret: string) => void): void {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/@]*)@/i.exec(line.left)
  if (m === null || m[1] === '') return
  mask(m[1])
  const colon = m[1].indexOf(':')
  if (colon >= 0 && colon < m[1].length - 1) mask(m[1].slice(colon + 1))
}

/** The value a problem shows for a line: never anything right of `=`. */
export function shownLine(line: CredentialLine): string {
  return line.right === undefined ? REDACTED : `${line.shown}=${REDACTED}`
}

export const HOST_PORT = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/

export type HostCheck =
  { readonly host: string; readonly rest: string } | { readonly problem: string; readonly expected: string }

/** Splits `host[:port][/rest]` and checks the host part; lower-cases it because hosts are case-insensitive. */
export function checkHost(left: string, lineForm: string): HostCheck {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(left)
  if (scheme) {
    return {
      problem: `has a URL scheme (\`${scheme[1]}://\`) before the host`,
      expected: `\`${scheme[2].replace(/^[^/@]*@/, '')}=…\`, ${lineForm}`
    }
  }
  const slash = left.indexOf('/')
  const host = (slash < 0 ? left : left.slice(0, slash)).toLowerCase()
  const rest = slash < 0 ? '' : left.slice(slash + 1)
  if (host === '') return { problem: 'has no host', expected: lineForm }
  if (host.includes('@'))
    return {
      problem: 'has a username in the host part',
      expected: `the username right of \`=\`: ${lineForm}`
    }
  if (host.includes('*'))
    return { problem: 'has a wildcard in the host; each host needs its own line', expected: lineForm }
  if (!HOST_PORT.test(host)) return { problem: 'has an invalid host', expected: lineForm }
  const port = /:(\d+)$/.exec(host)
  if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535))
    return { problem: 'has an invalid port', expected: lineForm }
  return { host, rest }
}

export function base64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64')
}

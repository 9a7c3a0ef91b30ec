import type { Parts } from '../parts.js'

/** A rule's test: whether a failure, split at `server response:`, shows the scenario. */
export type Test = (p: Parts) => boolean

/** Tests the runner's own text (before `server response:`) unless told otherwise. */
export const has =
  (re: RegExp, where: keyof Parts = 'local'): Test =>
  p =>
    re.test(p[where])

export const anyOf =
  (...tests: readonly Test[]): Test =>
  p =>
    tests.some(t => t(p))

/**
 * The HTTP status go reports for a request (`reading URL: 404 Not Found`, Go 1.11/1.12's
 * `unexpected status (URL): 410 Gone`), also bare without a reason phrase, as some servers send it.
 */
export function statusOf(text: string): number | undefined {
  const m = /(?:reading|unexpected status|GET|Get|fetch(?:ing)?)\s[^\n]*?:\s(\d{3})(?=[\s.,;]|$)/m.exec(text)
  return m ? Number(m[1]) : undefined
}

export const statusIs =
  (test: (status: number) => boolean): Test =>
  p => {
    const s = statusOf(p.local)
    return s !== undefined && test(s)
  }

export const NOT_FOUND: Test = statusIs(s => s === 404 || s === 410)

/** A credential problem in git's words (also as a mirror quotes it after `server response:`). */
export const AUTH_TEXT =
  /could not read (Username|Password)|terminal prompts disabled|Repository not found|Authentication failed|could not be found or you don't have permission|Permission denied \(publickey|remote: Unauthorized|returned error: 40[13]|Invalid username or password/
/** A network failure in any layer's words: go, git/curl, gnutls/OpenSSL, Windows sockets. */
export const NETWORK_TEXT =
  /Failed to connect|Connection refused|connection refused|timed out|i\/o timeout|connection reset|Could not resolve host|temporarily unavailable|no such host|TLS handshake timeout|connectex|wsarecv|unexpected EOF|network is unreachable|no route to host|\b5\d\d [A-Z]/i

/**
 * A mirror's own page in `server response:`: an HTML document (a gateway, a proxy's login or error page) rather
 * than go's plain-text answer.
 */
export const HTML_PAGE = /<(html|!doctype|head|body|title)\b/i

/**
 * The URL go fetched is a public module mirror or checksum database: the mirror fetched the origin itself (its
 * git error names its own module cache), it is a checksum-database lookup, or the host is named like one and
 * serves module paths from its root. Public mirrors need no credentials, so a 401/403 from them is a gateway.
 */
export function publicMirror(p: Parts): boolean {
  if (/\/tmp\/gopath\/|not found: [^\n]*invalid version/.test(p.remote)) return true
  const url = /(https?):\/\/([^/\s"']+)(\/[^\s"']*)?/.exec(p.local)
  if (!url) return false
  const [, , host, path = ''] = url
  if (/^\/lookup\//.test(path)) return true
  return (
    /^(?:proxy|goproxy|sum|mirrors?)\.[^.]+\.[a-z]+$|^goproxy\.[a-z]+$/.test(host) &&
    /^\/[^/]+\.[^/]+\//.test(path)
  )
}

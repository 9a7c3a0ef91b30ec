import type { Parts } from '../parts.js'

/** A rule's test: whether a failure, split at `server response:`, shows the scenario. */
export type Test = (p: Parts) => boolean

/** A request of the module proxy or checksum database protocols (or a private proxy's path prefix). */
export const PROXY_REQUEST =
  /\/@v\/|\/@latest\b|\/lookup\/|\/sumdb\/|\/tile\/|\/api\/go\/|\/repository\/[^/\s]+\/|goproxy|athens|artifactory|nexus/i

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
  const m =
    /(?:reading|unexpected status|GET|Get|fetch(?:ing)?)\s[^\n]*?:\s(\d{3})(?=[\s.,;]|$)/m.exec(text) ??
    /\bhttps?:\/\/\S+:\s(\d{3})(?=[\s.,;]|$)/m.exec(text)
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
  return /^(?:proxy|sum)\.[^.]+\.[a-z]+$|^goproxy\.[a-z]+$/.test(host) && /^\/[^/]+\.[^/]+\//.test(path)
}

/** The first element of the failing module's path: from a checksum-database lookup, a proxy URL or `go: M@V:`. */
export function moduleHost(p: Parts): string | undefined {
  const m =
    /\/lookup\/([^/@\s]+)\//.exec(p.local) ??
    /https?:\/\/[^/\s]+\/(?:[^@\s]*?\/)??([^/@\s]+\.[^/@\s]+)\/[^@\s]*\/@v\//.exec(p.local) ??
    /(?:^|\s)([^/\s@:]+\.[^/\s@:]+)\/[^\s@:]*@[^\s:]+:/.exec(p.local)
  return m?.[1].toLowerCase()
}

/**
 * Hosts whose repositories a public mirror reaches: its failing to connect to one of them is the mirror's or
 * the forge's outage. A network error towards any other host from the mirror means the host is not on the
 * internet for it, which is what a private (corporate) host looks like.
 */
export const PUBLIC_FORGE =
  /^(github\.com|gitlab\.com|bitbucket\.org|gopkg\.in|codeberg\.org|sr\.ht|git\.sr\.ht)$/

export const fromPublicForge = (p: Parts): boolean => PUBLIC_FORGE.test(moduleHost(p) ?? '')

/** The mirror's answer is cut off (`server response:` and nothing after it): the log does not show why. */
export const responseCut = (p: Parts): boolean => /server response:\s*$/.test(p.all) && p.remote.trim() === ''

/** A bare "not found" from a mirror: a real not-found answer of a public mirror always says what it tried. */
export const BARE_NOT_FOUND = /^\s*(not found|404 page not found|Not Found)\.?\s*$/i

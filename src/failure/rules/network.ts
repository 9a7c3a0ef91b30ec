import type { Parts } from '../parts.js'
import type { ScenarioId } from '../types.js'
import {
  anyOf,
  AUTH_TEXT,
  PROXY_REQUEST,
  BARE_NOT_FOUND,
  fromPublicForge,
  responseCut,
  has,
  HTML_PAGE,
  NETWORK_TEXT,
  NOT_FOUND,
  publicMirror,
  statusIs,
  type Test
} from './text.js'

const SUMDB_LOOKUP = /\/lookup\/\S+: (\d{3})\b/
const MIRROR_FAULT = /no space left|internal (server )?error|panic|database is locked|too many open files/i
/** The mirror says the origin asked for credentials, or does not exist for it: what a private repository looks like. */
const privateOrigin = (p: Parts): boolean =>
  AUTH_TEXT.test(p.remote) ||
  /no such host|unrecognized import path|no secure protocol|repository '[^']*' not found/.test(p.remote)
/** The mirror's origin fetch failed on its side: a network error, a timeout, or a tag it has not seen. */
const ORIGIN_TROUBLE = new RegExp(`${NETWORK_TEXT.source}|fetch timed out|temporarily unavailable`, 'i')

/**
 * Rules of the mirror, proxy-hop, network and refused stages: what a module mirror answered, and the
 * innermost network or TLS cause in the words of go (net, net/http, crypto/tls, crypto/x509), git and curl
 * (gnutls, OpenSSL, schannel), ssh, and Windows sockets (connectex, wsarecv).
 */
export const NETWORK_RULES: Readonly<Partial<Record<ScenarioId, Test>>> = {
  'module-zip-malformed': has(
    /malformed file path|create zip: |case-insensitive file name collision|module source tree too large|zip file too large/,
    'all'
  ),
  'proxy-bad-response': anyOf(
    // A mirror that is itself broken (out of disk, internal error) answers 404 with its own failure.
    p => NOT_FOUND(p) && MIRROR_FAULT.test(p.remote),
    // A checksum database's real not-found answer says what it tried; a bare "not found" is the mirror's own.
    p => SUMDB_LOOKUP.test(p.local) && BARE_NOT_FOUND.test(p.remote),
    statusIs(s => (s >= 500 && s < 600) || s === 400),
    has(
      /invalid response from proxy|proxy returned info for version|downloaded zip file too large|unexpected status \(\S+\): (5\d\d|400)|invalid (module|version) info|unexpected end of JSON input|invalid character '<' looking for beginning of value/
    ),
    // A mirror that answered 200 with an HTML page where go expected a go.mod file.
    has(/parsing go\.mod:[^\n]*\n?[^\n]*unknown directive: <|go\.mod:1: unknown directive: <(!doctype|html)/i)
  ),
  'private-module-sumdb': p => {
    const lookup = SUMDB_LOOKUP.exec(p.local)
    if (!lookup || !['404', '410'].includes(lookup[1]) || responseCut(p)) return false
    if (privateOrigin(p)) return true
    // go verifies a module it has already fetched: when the runner reached the origin and the checksum
    // database could not, the origin is on a private network, unless it is a public forge having an outage.
    if (ORIGIN_TROUBLE.test(p.remote)) return !fromPublicForge(p)
    return !/unknown revision|invalid version/.test(p.remote) && !BARE_NOT_FOUND.test(p.remote)
  },
  'private-module-via-public-proxy': p => NOT_FOUND(p) && privateOrigin(p),
  'proxy-origin-fetch-failed': p =>
    NOT_FOUND(p) &&
    (ORIGIN_TROUBLE.test(p.remote) ||
      (SUMDB_LOOKUP.test(p.local) && /unknown revision|invalid version/.test(p.remote))),
  'http-proxy-misconfigured': has(
    /proxyconnect tcp|Received HTTP code 40[37] from proxy after CONNECT|Proxy CONNECT aborted|Failed to connect to \S+ port \d+ via|proxy: unknown scheme|Unable to connect to proxy|: Proxy Authentication Required/
  ),
  'tls-untrusted-cert': has(
    /x509: |tls: failed to verify certificate|SSL certificate problem|server certificate verification failed|certificate verify failed|unable to get local issuer certificate|self[- ]signed certificate|SEC_E_UNTRUSTED_ROOT|CERT_TRUST_|no alternative certificate subject name matches|certificate has expired|The certificate chain was issued by an authority that is not trusted|SSL: certificate subject name/
  ),
  'dns-failure': has(
    /lookup \S+( on \S+)?: (?!.*lookup disabled)|Could not resolve host|Could not resolve hostname|Could not resolve proxy|Temporary failure in name resolution|Name or service not known|nodename nor servname|getaddrinfow?\b|No address associated with hostname|no such host|server misbehaving/
  ),
  'connect-timeout': has(
    /dial tcp[^\n]*i\/o timeout|TLS handshake timeout|request canceled while waiting for connection|timed out|timeout exceeded|Client\.Timeout|context deadline exceeded|download budget|\bstall(ed)?\b|did not properly respond after a period of time|network is unreachable|unreachable network|no route to host|connect: (?:cannot assign requested address|host is down)/i
  ),
  'connection-refused': has(/connection refused|actively refused|Couldn't connect to server/i),
  'connection-reset': has(
    /": EOF$|: EOF$|connection (was )?reset|unexpected EOF|stream error|INTERNAL_ERROR|force closed|forcibly closed|GOAWAY|broken pipe|early EOF|RPC failed|transfer closed|server closed idle connection|SSL_ERROR_SYSCALL|gnutls_handshake\(\) failed|TLS connection was non-properly terminated|unexpected eof while reading|Recv failure|Send failure|connection was aborted|wsarecv|wsasend|HTTP\/2 stream \d+ was not closed cleanly|curl \d+ transfer closed|error: \d+ bytes of body are still expected|the remote end hung up unexpectedly|http2: server sent GOAWAY/im
  ),
  'rate-limited': has(
    /429 Too Many Requests|returned error: 429|: 429\b|rate limit|secondary rate|abuse detection/i,
    'all'
  ),
  'network-egress-blocked': anyOf(
    p => statusIs(s => s === 403 || s === 401 || s === 407)(p) && HTML_PAGE.test(p.remote),
    p =>
      /: 40[13]\b/.test(p.local) &&
      /blocked|denied by policy|VPC Service Controls|access denied by|forbidden by administrative rules|Zscaler|Netskope|Websense|Bluecoat|FortiGuard|category/i.test(
        p.remote
      ),
    has(/go-get=1[^\n]*: (40[13] )?Forbidden|go-get=1[^\n]*: 40[13]\b/),
    p => statusIs(s => s === 401 || s === 403)(p) && publicMirror(p)
  ),
  // A 401/403 for a module proxy or checksum database request; the same status from a forge's API is git's.
  'proxy-auth-required': anyOf(
    p => statusIs(s => s === 401 || s === 403 || s === 407)(p) && PROXY_REQUEST.test(p.local),
    has(
      /refusing to pass credentials to insecure URL|GOAUTH[= ][^\n]*(failed|encountered|cannot|requires|error)|GOAUTH=off cannot/
    )
  )
}

import { splitParts, type Parts } from './parts.js'
import type { ScenarioId } from './types.js'

/**
 * The rules that name a failure, in precedence order (failure-taxonomy.md, "Precedence"): the first rule
 * whose test passes wins. Each rule sees the failure split at go's `server response:` marker, because text
 * after it is the remote server's own error (a proxy that failed to fetch the origin), not the runner's.
 * Patterns follow the wording of the Go sources (cmd/go/internal/modfetch, modload, vcs, web, toolchain,
 * x/mod/modfile) from Go 1.19 on, and the git and net/http messages they wrap.
 */

interface Rule {
  readonly id: ScenarioId
  readonly test: (p: Parts) => boolean
}

const has =
  (re: RegExp, where: keyof Parts = 'local') =>
  (p: Parts): boolean =>
    re.test(p[where])

const AUTH_TEXT =
  /could not read (Username|Password)|terminal prompts disabled|Repository not found|Authentication failed|could not be found or you don't have permission|Permission denied \(publickey|remote: Unauthorized|returned error: 40[13]/
const NOT_FOUND_STATUS = /: (404 Not Found|410 Gone)\b/
const SUMDB_LOOKUP = /\/lookup\/\S+: (404 Not Found|410 Gone)/
const MIRROR_FAULT = /no space left|internal error|panic|database is locked/i
const NETWORK_TEXT =
  /Failed to connect|Connection refused|Connection timed out|Operation timed out|i\/o timeout|connection reset|Could not resolve host|temporarily unavailable|no such host|TLS handshake timeout|5\d\d [A-Z]/

const RULES: readonly Rule[] = [
  // 1. A SECURITY ERROR outranks everything (never retried).
  {
    id: 'checksum-mismatch',
    test: has(/SECURITY ERROR|checksum mismatch|server misbehavior detected|SECURITY WARNING/, 'all')
  },
  // 2. Toolchain selection happens before any module work.
  {
    id: 'toolchain-not-available',
    test: has(
      /toolchain not available|is a language version but not a toolchain version|invalid GOTOOLCHAIN|cannot find "go1[^"]*" in PATH|invalid toolchain/
    )
  },
  {
    id: 'toolchain-download-failed',
    test: has(
      /switching to go[^\n]*: |\bdownload go1[\w.-]*( for [\w/]+)?: |golang\.org\/toolchain@v0\.0\.1-go/
    )
  },
  {
    id: 'toolchain-too-old',
    test: has(
      /requires go >= [\w.]+ \(running go|invalid go version '[^']*': must match format|unknown directive: (toolchain|godebug)|unknown block type: ignore|malformed module path "embed"|: unknown directive: tool\b/
    )
  },
  {
    id: 'go-missing',
    test: has(
      /go: command not found|'go' is not recognized|exec: "go": executable file not found|cannot find GOROOT directory|No `go` on PATH/
    )
  },
  {
    id: 'goproxy-invalid',
    test: has(
      /invalid proxy URL|lookup [^\s:]*[;|][^\s:]*[: ]|GOPROXY list is not the empty string|invalid file:\/\/ proxy URL/
    )
  },
  {
    id: 'module-zip-malformed',
    test: has(
      /malformed file path|create zip: |case-insensitive file name collision|module source tree too large/,
      'all'
    )
  },
  // A mirror that is itself broken (out of disk, internal error) answers 404 with its own failure.
  {
    id: 'proxy-bad-response',
    test: p => NOT_FOUND_STATUS.test(p.local) && MIRROR_FAULT.test(p.remote)
  },
  // 3. The mirror's own error (after `server response:`) tells a private module from an origin outage.
  {
    id: 'private-module-sumdb',
    test: p =>
      SUMDB_LOOKUP.test(p.local) &&
      (AUTH_TEXT.test(p.remote) ||
        /no such host|unrecognized import path/.test(p.remote) ||
        (!NETWORK_TEXT.test(p.remote) && !/unknown revision|invalid version/.test(p.remote)))
  },
  {
    id: 'private-module-via-public-proxy',
    test: p => NOT_FOUND_STATUS.test(p.local) && (AUTH_TEXT.test(p.remote) || /no such host/.test(p.remote))
  },
  {
    id: 'proxy-origin-fetch-failed',
    test: p =>
      NOT_FOUND_STATUS.test(p.local) &&
      (NETWORK_TEXT.test(p.remote) ||
        (SUMDB_LOOKUP.test(p.local) && /unknown revision|invalid version/.test(p.remote)))
  },
  // 4. The HTTP(S)_PROXY hop failed, whatever the inner error.
  { id: 'http-proxy-misconfigured', test: has(/proxyconnect tcp/) },
  // 5. The innermost network or TLS cause wins over wrappers (unrecognized import path, verifying module).
  {
    id: 'tls-untrusted-cert',
    test: has(
      /x509: |tls: failed to verify certificate|SSL certificate problem|server certificate verification failed/
    )
  },
  {
    id: 'dns-failure',
    test: has(
      /lookup \S+( on \S+)?: (no such host|server misbehaving|[^\n]*i\/o timeout|[^\n]*no route to host)|Could not resolve host|Temporary failure in name resolution|Name or service not known|getaddrinfo/
    )
  },
  {
    id: 'connect-timeout',
    test: has(
      /dial tcp[^\n]*i\/o timeout|TLS handshake timeout|request canceled while waiting for connection|timed out|Client\.Timeout exceeded|context deadline exceeded|download budget|\bstall(ed)?\b/
    )
  },
  { id: 'connection-refused', test: has(/connection refused|actively refused/i) },
  {
    id: 'connection-reset',
    test: has(
      /connection reset|unexpected EOF|stream error|INTERNAL_ERROR|force closed|forcibly closed|GOAWAY|broken pipe|early EOF|RPC failed|transfer closed|server closed idle connection/
    )
  },
  { id: 'rate-limited', test: has(/429 Too Many Requests|returned error: 429|rate limit/i, 'all') },
  {
    id: 'ssh-auth-failed',
    test: has(
      /Permission denied \(publickey|Host key verification failed|Could not read from remote repository|ssh: connect to host/
    )
  },
  {
    id: 'git-auth-missing',
    test: has(
      /could not read (Username|Password)|terminal prompts disabled|Cannot prompt because user interactivity has been disabled/
    )
  },
  // git's remote-curl.c says `repository '%s' not found` for a 404, which forges answer for a repository the
  // credential may not see (GitHub adds its own `remote: Repository not found.`).
  {
    id: 'git-auth-rejected',
    test: has(
      /Repository not found|repository '[^'\n]+' not found|Authentication failed for|returned error: 40[13]|could not be found or you don't have permission|remote: Unauthorized|Invalid username or password|HTTP Basic: Access denied|Write access to repository not granted/
    )
  },
  {
    id: 'git-missing',
    test: has(
      /exec: "(git|hg|svn|bzr|fossil)": executable file not found|missing (Git|Mercurial|Subversion|Bazaar|Fossil) command|GOVCS disallows/
    )
  },
  {
    id: 'network-egress-blocked',
    test: p =>
      (/: 403 Forbidden/.test(p.local) &&
        /<(html|!doctype)|blocked|denied by policy|VPC Service Controls/i.test(p.remote)) ||
      /go-get=1[^\n]*: (403 )?Forbidden/.test(p.local)
  },
  {
    id: 'proxy-auth-required',
    test: has(/: 40[13] (Unauthorized|Forbidden)|refusing to pass credentials to insecure URL|GOAUTH/)
  },
  {
    id: 'goproxy-off',
    test: has(
      /lookup disabled by (GOPROXY=off|-mod=)|import lookup disabled|cannot query module due to -mod=vendor/
    )
  },
  { id: 'insecure-protocol', test: has(/no secure protocol found|insecure URL|redirected from secure URL/) },
  {
    id: 'proxy-bad-response',
    test: p =>
      /: 5\d\d [A-Z]|: 400 Bad Request|invalid response from proxy|proxy returned info for version|downloaded zip file too large|unexpected status \(\S+\): (5\d\d|400)/.test(
        p.local
      )
  },
  { id: 'invalid-pseudo-version', test: has(/invalid pseudo-version/) },
  { id: 'module-path-mismatch', test: has(/module declares its path as/) },
  {
    id: 'major-version-suffix',
    test: has(
      /module path must match major version|major version must be compatible|has post-v1 module path|\+incompatible suffix not allowed|has non-\.\.\.\/v\d+ module path|should be v0 or v1/
    )
  },
  {
    id: 'replace-path-missing',
    test: has(
      /replacement directory \S+ does not exist|\(replaced by [^)@]*\): reading [^\n]*no such file|replacement module without version must be directory path|go: parsing \S+go\.mod: open [^\n]*no such file/
    )
  },
  { id: 'vendor-inconsistent', test: has(/inconsistent vendoring/) },
  { id: 'gosum-malformed', test: has(/malformed go\.sum/) },
  { id: 'missing-gosum-entry', test: has(/missing go\.sum entry|updates to go\.mod needed/) },
  {
    id: 'malformed-module-path',
    test: has(
      /malformed module path|missing dot in first path element|malformed import path|invalid \S+ import path/
    )
  },
  {
    id: 'vcs-unrecognized-import-path',
    test: has(/unrecognized import path|no go-import meta tag|import path does not begin with hostname/)
  },
  {
    id: 'unknown-revision',
    test: has(
      /unknown revision|ambiguous revision|revision does not exist locally|at revision \S+: unknown|invalid version: unknown/,
      'all'
    )
  },
  {
    id: 'module-not-found',
    test: has(
      /no matching versions for query|does not contain package|cannot find module providing package|no required module provides package|: 404 Not Found|: 410 Gone|module \S+ not found/
    )
  },
  {
    id: 'gomod-parse-error',
    test: has(/errors parsing go\.(mod|work)|go\.(mod|work):\d+: |parsing go\.mod:|go\.mod file indicates go/)
  },
  // Local environment: only the runner's own text counts (a proxy's "no space left" is the proxy's problem).
  { id: 'disk-full', test: has(/no space left on device|disk quota exceeded/i) },
  {
    id: 'modcache-permission',
    test: has(
      /permission denied|could not create module cache|read-only file system|operation not permitted/i
    )
  },
  {
    id: 'modcache-corrupt',
    test: has(
      /zip: not a valid zip file|unexpected ziphash|missing ziphash|ziphash file is missing|zip: checksum error|unzip \S+: /
    )
  }
]

/** The scenario id of one failure's text. */
export function matchScenario(message: string): ScenarioId {
  const parts = splitParts(message)
  return RULES.find(r => r.test(parts))?.id ?? 'unknown'
}

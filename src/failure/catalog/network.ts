import { DOCS, step, type CatalogPart } from './entry.js'

const RETRY_YAML = step(`retries: '5'\nretry-delay: 5s`)

/** Network and module-proxy scenarios (docs/taxonomy.md: network, module proxy and checksum database). */
export const NETWORK_SCENARIOS: CatalogPart = {
  'dns-failure': {
    title: 'Name resolution failed',
    meaning: 'The runner could not resolve {host} (DNS), so go never reached it.',
    retryable: true,
    steps: [
      'Re-run: resolver hiccups on hosted runners are usually transient; setup-gomod retries them.',
      'If it persists, check the host name in GOPROXY/GOSUMDB or the module path for typos.',
      'On self-hosted runners, check /etc/resolv.conf and that the runner may resolve external names.'
    ],
    yaml: RETRY_YAML,
    docs: DOCS.envVars
  },
  'connect-timeout': {
    title: 'Connection timed out',
    meaning: 'A TCP or TLS connection to {host} did not complete in time, or the download made no progress.',
    retryable: true,
    steps: [
      'Re-run; setup-gomod retries transient timeouts with backoff.',
      'If it keeps timing out, the host is blocked from this network: use a module proxy the runner can reach.',
      'A firewall that drops (not rejects) packets also looks like this.'
    ],
    yaml: RETRY_YAML,
    docs: DOCS.proxy
  },
  'connection-refused': {
    title: 'Connection refused',
    meaning:
      'Nothing listens on {host} at that port: the proxy, checksum database or VCS host is down or misnamed.',
    retryable: true,
    steps: [
      'Check the URL (scheme and port) in GOPROXY, GOSUMDB or the HTTP(S)_PROXY variables.',
      'For a self-hosted proxy, check that it is running; then re-run.'
    ],
    docs: DOCS.envVars
  },
  'connection-reset': {
    title: 'Connection dropped mid-transfer',
    meaning:
      'The connection to {host} was closed while go was reading (reset, unexpected EOF, HTTP/2 stream error).',
    retryable: true,
    steps: [
      'Re-run: this is transient; setup-gomod retries it with backoff.',
      'If one large module always fails, a middlebox may cut long downloads: try another proxy.'
    ],
    yaml: RETRY_YAML,
    docs: DOCS.proxy
  },
  'tls-untrusted-cert': {
    title: 'TLS certificate not trusted',
    meaning:
      'go could not verify the certificate of {host}: usually a TLS-intercepting proxy or an outdated CA bundle.',
    retryable: false,
    steps: [
      'If your network intercepts TLS, add its CA certificate to the system store, or point SSL_CERT_FILE (go) and GIT_SSL_CAINFO (git) at a bundle that includes it.',
      'Check that the certificate matches the host name and has not expired.'
    ],
    docs: DOCS.envVars
  },
  'http-proxy-misconfigured': {
    title: 'HTTP proxy unreachable or misconfigured',
    meaning: 'go had to go through HTTP_PROXY/HTTPS_PROXY, and that hop failed (`proxyconnect`).',
    retryable: false,
    steps: [
      'Check HTTPS_PROXY / HTTP_PROXY (scheme, host, port) and that the proxy is up.',
      'Add hosts that must be reached directly (e.g. an internal module proxy) to NO_PROXY.'
    ],
    docs: DOCS.envVars
  },
  'network-egress-blocked': {
    title: 'Network policy blocks the download',
    meaning:
      'A firewall, gateway or cloud policy answered instead of the real server (403 or an HTML block page).',
    retryable: false,
    steps: [
      'Ask for {host} to be allowed from the runner network, or use an internal module proxy the runner may reach.'
    ],
    yaml: step('goproxy: https://goproxy.corp.example|direct'),
    docs: DOCS.proxy
  },
  'proxy-bad-response': {
    title: 'The module proxy failed',
    meaning: 'The module proxy or checksum database answered with a server error or an invalid response.',
    retryable: true,
    steps: [
      'Re-run; setup-gomod retries server errors with backoff.',
      'A `,` in GOPROXY falls through to the next entry only on 404/410; `|` falls through on any error, so a second proxy can take over.'
    ],
    yaml: step(`goproxy: https://goproxy.corp.example|direct\nretries: '5'`),
    docs: DOCS.goproxyEnv
  },
  'rate-limited': {
    title: 'Rate limited',
    meaning: '{host} answered 429 Too Many Requests.',
    retryable: true,
    steps: [
      'Retry later with a longer backoff; authenticated requests (a `token`) usually get a higher limit from git hosts.',
      'Cache the module cache between runs (input `cache`) so fewer downloads are needed.'
    ],
    yaml: step(`retries: '5'\nretry-delay: 30s\ncache: true`),
    docs: DOCS.proxy
  },
  'proxy-origin-fetch-failed': {
    title: 'The public mirror could not fetch the origin',
    meaning:
      'The proxy or checksum database answered "not found" for a public version because it could not reach the origin itself, or has not seen a just-pushed tag yet.',
    retryable: true,
    steps: [
      'Re-run in a few minutes: a tag pushed seconds ago can be negatively cached for up to about 30 minutes.',
      'Check that {module}@{version} exists and the origin repository is public and reachable.'
    ],
    docs: DOCS.checksumDb
  },
  'private-module-via-public-proxy': {
    title: 'Private module requested from a public proxy',
    meaning:
      '{module} was sent to a public module proxy, which cannot read private repositories. Matching GOPRIVATE (or GONOPROXY) makes go fetch it directly.',
    retryable: false,
    steps: [
      'Set `goprivate` to a pattern that matches {module}.',
      'Give credentials for the host (`token` for this GitHub server, `git-credentials` for others).'
    ],
    yaml: step('goprivate: {privatePattern}\ntoken: ${{ secrets.GO_MODULES_TOKEN }}'),
    docs: DOCS.privateModules
  },
  'private-module-sumdb': {
    title: 'Private module checked against the public checksum database',
    meaning:
      'The public checksum database does not know {module}. Modules matching GOPRIVATE or GONOSUMDB skip it.',
    retryable: false,
    steps: ['Set `goprivate` (or `gonosumdb`) to a pattern that matches {module}.'],
    yaml: step('goprivate: {privatePattern}'),
    docs: DOCS.checksumDb
  },
  'goproxy-off': {
    title: 'Module lookup disabled',
    meaning:
      'GOPROXY=off or -mod=vendor forbids downloading, and {module} is not in the module cache or vendor/.',
    retryable: false,
    steps: [
      'Set a module proxy, or restore the module cache first (input `cache`).',
      'With -mod=vendor, run `go mod vendor` and commit vendor/.'
    ],
    yaml: step('goproxy: https://goproxy.corp.example,direct'),
    docs: DOCS.envVars
  },
  'goproxy-invalid': {
    title: 'GOPROXY cannot be parsed',
    meaning: 'go rejected the GOPROXY list (a missing scheme, `;` instead of `,`/`|`, or an empty list).',
    retryable: false,
    steps: [
      'Write each entry as a https:// (or http://, file://) URL, `direct` or `off`, separated by `,` or `|`.'
    ],
    yaml: step('goproxy: https://goproxy.corp.example|direct'),
    docs: DOCS.goproxyEnv
  },
  'proxy-auth-required': {
    title: 'Module proxy needs credentials',
    meaning: '{host} is a module proxy and answered 401/403: the credentials are missing or rejected.',
    retryable: false,
    steps: [
      'Give the proxy credentials with `proxy-credentials` (written to a netrc under RUNNER_TEMP; GOAUTH=netrc from Go 1.24).',
      'Check that the credentials may read this module; proxies need https for credentials to be sent.'
    ],
    yaml: step('proxy-credentials: |\n  {host}=ci-user:${{ secrets.GOPROXY_PASSWORD }}'),
    docs: DOCS.proxyAuth
  }
}

/**
 * Wordings of other layers and eras (issue 11): each line is the shape its source prints (Go
 * sources, git/curl/gnutls/OpenSSL, Windows sockets, Go 1.11-1.16), with made-up hosts and modules.
 * Also: the stage table is the one order the matcher, the primary choice and the flowchart use.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { classifyFailure, classifyLog } from '../src/failure/classify.js'
import { diagnosisFlowchart } from '../src/diagnosis/flowchart.js'
import { matchFailure, RULES } from '../src/failure/matcher.js'
import { STAGES, stageOf } from '../src/failure/stages.js'
import { SCENARIO_IDS } from '../src/failure/types.js'

const M = 'go: a.test/m@v1.0.0: '

test.each([
  // toolchain notes and go.work version lines
  ['# a.test/m\n./x.go:3:2: undefined: slices.Contains\nnote: module requires Go 1.21', 'toolchain-too-old'],
  ['go: go.work requires go >= 1.23 (running go 1.22.1; GOTOOLCHAIN=local)', 'toolchain-too-old'],
  [
    'go: module ./app listed in go.work file requires go >= 1.22.0, but go.work lists go 1.21.0; to update it:\n\tgo work use',
    'workspace-version-mismatch'
  ],
  [
    "go: errors parsing go.work:\n/w/go.work:1: invalid go version '1.22.1': must match format 1.23",
    'toolchain-too-old'
  ],
  ['flag provided but not defined: -modfile', 'toolchain-too-old'],
  // 401/403 from a public mirror is a gateway; from a private proxy it wants credentials
  [`${M}reading https://proxy.example.org/a.test/m/@v/v1.0.0.zip: 403 Forbidden`, 'network-egress-blocked'],
  [`${M}reading https://athens.corp.test/a.test/m/@v/v1.0.0.mod: 401 Unauthorized`, 'proxy-auth-required'],
  [`${M}reading https://goproxy.corp.test/a.test/m/@v/v1.0.0.mod: 401`, 'proxy-auth-required'],
  // DNS: a resolver that refuses, cgo texts without "on HOST:53", ssh name resolution
  [
    `${M}Get "https://p.test/x": dial tcp: lookup p.test on [::1]:53: read udp [::1]:4->[::1]:53: read: connection refused`,
    'dns-failure'
  ],
  [
    `${M}Get "https://p.test/x": dial tcp: lookup p.test: Temporary failure in name resolution`,
    'dns-failure'
  ],
  [
    `${M}Get "https://p.test/x": dial tcp: lookup p.test: nodename nor servname provided, or not known`,
    'dns-failure'
  ],
  [
    `${M}git ls-remote -q origin in /c: exit status 128:\n\tssh: Could not resolve hostname git.corp.test: Name or service not known\n\tfatal: Could not read from remote repository.`,
    'dns-failure'
  ],
  // a mirror's own fetch timing out, inside server response
  [
    'go: github.com/o/r@v1.0.0: verifying module: github.com/o/r@v1.0.0: reading https://s.test/lookup/github.com/o/r@v1.0.0: 404 Not Found\n\tserver response: not found: fetch timed out',
    'proxy-origin-fetch-failed'
  ],
  // Windows sockets
  [
    `${M}Get "https://p.test/x": dial tcp 10.0.0.1:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.`,
    'connect-timeout'
  ],
  [
    `${M}read tcp 10.0.0.2:5->10.0.0.1:443: wsarecv: An existing connection was forcibly closed by the remote host.`,
    'connection-reset'
  ],
  [
    `${M}Get "https://p.test/x": dial tcp 10.0.0.1:443: connectex: No connection could be made because the target machine actively refused it.`,
    'connection-refused'
  ],
  // TLS failures in git's words (curl with gnutls, OpenSSL, schannel)
  [
    `${M}git ls-remote -q origin in /c: exit status 128:\n\tfatal: unable to access 'https://g.test/r/': server certificate verification failed. CAfile: none CRLfile: none`,
    'tls-untrusted-cert'
  ],
  [
    `${M}git ls-remote -q origin in /c: exit status 128:\n\tfatal: unable to access 'https://g.test/r/': SSL certificate problem: unable to get local issuer certificate`,
    'tls-untrusted-cert'
  ],
  [
    `${M}git ls-remote -q origin in /c: exit status 128:\n\tfatal: unable to access 'https://g.test/r/': schannel: SEC_E_UNTRUSTED_ROOT (0x80090325)`,
    'tls-untrusted-cert'
  ],
  [
    `${M}git ls-remote -q origin in /c: exit status 128:\n\tfatal: unable to access 'https://g.test/r/': gnutls_handshake() failed: The TLS connection was non-properly terminated.`,
    'connection-reset'
  ],
  [
    `${M}git ls-remote -q origin in /c: exit status 128:\n\tfatal: unable to access 'https://g.test/r/': OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to g.test:443`,
    'connection-reset'
  ],
  // GOPATH mode and Go 1.11-1.16
  ['package g.test/r/pkg: cannot download, git://g.test/r uses insecure protocol', 'insecure-protocol'],
  ["go: cannot find main module; see 'go help modules'", 'no-main-module'],
  [
    "can't load package: cannot find module providing package g.test/r: working directory is not part of a module",
    'no-main-module'
  ],
  [
    'go: a.test/m@v0.0.0-20180906190126-dd54a7ef511e: parsing go.mod: unexpected module path "b.test/m"',
    'module-path-mismatch'
  ],
  [
    `go: a.test/m@v1.0.0: unexpected status (https://p.test/a.test/m/@v/v1.0.0.info): 503 Service Unavailable`,
    'proxy-bad-response'
  ],
  [
    'go: errors parsing go.mod:\n/w/go.mod:15: invalid module version "v1.1": no matching versions for query "v1.1"',
    'unknown-revision'
  ],
  ['go get a.test/m/v2: no matching versions for query "latest"', 'major-version-suffix'],
  // bare HTTP status codes and mirrors' own pages
  [`${M}reading https://p.test/a.test/m/@v/v1.0.0.zip: 502`, 'proxy-bad-response'],
  [
    `${M}reading https://p.test/a.test/m/@v/v1.0.0.zip: 403 Forbidden\n\tserver response: <!DOCTYPE html><html><title>Access blocked</title>`,
    'network-egress-blocked'
  ],
  [
    `${M}verifying module: a.test/m@v1.0.0: reading https://s.test/lookup/a.test/m@v1.0.0: 404 Not Found\n\tserver response: Not Found`,
    'proxy-bad-response'
  ],
  [
    `${M}verifying module: a.test/m@v1.0.0: Get "https://s.test/lookup/a.test/m@v1.0.0": EOF`,
    'connection-reset'
  ],
  // a forge's API refusing go's repository lookup is git's business, not a module proxy's
  [
    `go: bitbucket.org/o/r@v1.0.0: reading https://api.bitbucket.org/2.0/repositories/o/r?fields=scm: 403 Forbidden\n\tserver response: Access denied.`,
    'git-auth-rejected'
  ]
])('%s', (text, id) => {
  expect(classifyLog(text).primary?.id).toBe(id)
})

test('a compile or test error after successful downloads has no primary; an unmatched go failure is unknown', () => {
  const build =
    'go: downloading a.test/m v1.0.0\n# b.test/app\n./main.go:12:3: undefined: frobnicate\nFAIL\tb.test/app [build failed]\n'
  expect(classifyLog(build)).toEqual({ primary: null, findings: [] })
  expect(classifyLog(`${M}something new went wrong`).primary?.id).toBe('unknown')
})

test("the action's own lines never decide: its debug go env call, its attempt log, its annotation's fix line", () => {
  const own = [
    '::debug::run: /usr/bin/go env -json GOPROXY GOAUTH GONOSUMDB',
    '##[debug]GOAUTH=netrc',
    '::error title=Cannot download a.test/m@v1.0.0::The module proxy failed (proxy-bad-response, transient).%0Ago: a.test/m@v1.0.0: reading https://p.test/a.test/m/@v/v1.0.0.zip: 503 Service Unavailable%0A%0AFix: Give the proxy credentials with `proxy-credentials` (GOAUTH=netrc). See the job summary.'
  ].join('\n')
  const { primary, findings } = classifyLog(own)
  expect(primary).toMatchObject({ id: 'proxy-bad-response', module: 'a.test/m' })
  expect(findings).toHaveLength(1)
  expect(classifyLog(own.split('\n').slice(0, 2).join('\n'))).toEqual({ primary: null, findings: [] })
})

describe('the stage table', () => {
  test('every id sits in exactly one stage, and every id but unknown has a rule', () => {
    const placed = STAGES.flatMap(s => s.ids)
    expect([...placed].sort()).toEqual([...SCENARIO_IDS].sort())
    expect(new Set(placed).size).toBe(placed.length)
    expect(SCENARIO_IDS.filter(id => id !== 'unknown' && !RULES[id])).toEqual([])
    expect(Object.keys(RULES).filter(id => stageOf(id as never) < 0)).toEqual([])
  })

  const DIR = fileURLToPath(new URL('./fixtures/diagnosis/', import.meta.url))
  const files = (JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as { fixtures: { file: string }[] })
    .fixtures
  test.each(files.map(f => f.file))('%s: the flowchart highlights the stage whose rule matched', file => {
    const primary = classifyLog(readFileSync(DIR + file, 'utf8')).primary
    if (!primary) throw new Error('no primary')
    const matched = matchFailure(primary.evidence.join('\n'))
    expect(matched.id).toBe(primary.id)
    const chart = diagnosisFlowchart(primary.id, primary.title)
    expect(chart).toContain(`s${matched.stage} -->|yes| verdict`)
    expect(chart).toContain(`"${STAGES[matched.stage].question}"`)
  })

  test('the primary choice reads the table: blocking stages first, then needs-a-change before transient', () => {
    const transient = classifyFailure(
      `${M}reading https://p.test/a.test/m/@v/v1.0.0.zip: 503 Service Unavailable`
    )
    const permanent = classifyFailure(
      "go: b.test/n@v1.0.0: git ls-remote -q origin in /c: exit status 128:\n\tfatal: could not read Username for 'https://b.test': terminal prompts disabled"
    )
    const toolchain = classifyFailure(
      'go: go.mod requires go >= 1.99.0 (running go 1.22.1; GOTOOLCHAIN=local)'
    )
    const log = [transient, permanent, toolchain].map(f => f.evidence.join('\n')).join('\n')
    expect(classifyLog(log).primary?.id).toBe('toolchain-too-old')
    expect(classifyLog([transient, permanent].map(f => f.evidence.join('\n')).join('\n')).primary?.id).toBe(
      'git-auth-missing'
    )
  })
})

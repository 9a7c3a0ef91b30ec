/**
 * Pure parts of the diagnosis: catalog, matcher precedence, extraction, log splitting, redaction (the CLI's
 * output shape, through dist/: diagnose-cli.test.ts).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CATALOG, uncatalogued } from '../src/failure/catalog.js'
import { classifyFailure, classifyLog } from '../src/failure/classify.js'
import { diagnosisFlowchart } from '../src/diagnosis/flowchart.js'
import { redact } from '../src/failure/redact.js'
import { sharpenWithGitProbes } from '../src/diagnosis/sharpen.js'
import { SCENARIO_IDS } from '../src/failure/types.js'

const repo = fileURLToPath(new URL('..', import.meta.url))

describe('catalog', () => {
  test('every scenario id has an entry with steps and a Go documentation link', () => {
    expect(uncatalogued()).toEqual([])
    for (const id of SCENARIO_IDS) {
      expect(CATALOG[id].steps.length).toBeGreaterThan(0)
      expect(CATALOG[id].docs).toMatch(/^https:\/\/go\.dev\//)
    }
  })

  test('docs/troubleshooting.md has a section for every scenario id with its title', () => {
    const doc = readFileSync(`${repo}docs/troubleshooting.md`, 'utf8')
    for (const id of SCENARIO_IDS) {
      expect(doc).toContain(`### ${id}\n`)
      expect(doc).toContain(`**${CATALOG[id].title}**`)
    }
  })

  test('the private-module fix gives the goprivate input for the failing module', () => {
    const f = classifyFailure(
      'go: github.com/acme/lib@v1.0.0: reading https://proxy.example.test/github.com/acme/lib/@v/v1.0.0.mod: 404 Not Found\n' +
        "\tserver response: not found: fatal: could not read Username for 'https://github.com': terminal prompts disabled"
    )
    expect(f.id).toBe('private-module-via-public-proxy')
    expect(f.fix).toContain('goprivate: github.com/acme/*')
  })
})

describe('classifyFailure', () => {
  test('context from the JSON Error field wins; unmatched text is unknown and not retryable', () => {
    const f = classifyFailure('something odd happened', { module: 'x.test/m', version: 'v1.0.0' })
    expect(f).toMatchObject({ id: 'unknown', retryable: false, module: 'x.test/m', version: 'v1.0.0' })
    expect(f.evidence).toEqual(['something odd happened'])
  })

  test.each([
    [
      'proxyconnect beats the inner refusal',
      'go: a.test/m@v1.0.0: Get "https://p.test/x": proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused',
      'http-proxy-misconfigured'
    ],
    [
      'the inner network cause beats unrecognized import path',
      'go: v.test/m@v1.0.0: unrecognized import path "v.test/m": https fetch: Get "https://v.test/m?go-get=1": dial tcp 10.0.0.1:443: i/o timeout',
      'connect-timeout'
    ],
    [
      'x509 inside a wrapper',
      'go: a.test/m@v1.0.0: Get "https://p.test/x": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'tls-untrusted-cert'
    ],
    [
      'HTTP/2 stream error',
      'go: a.test/m@v1.0.0: read "https://p.test/a.test/m/@v/v1.0.0.zip": stream error: stream ID 7; INTERNAL_ERROR; received from peer',
      'connection-reset'
    ],
    [
      'a mirror out of disk space is the proxy failing, not this runner',
      'go: a.test/m@v1.0.0: reading https://p.test/lookup/a.test/m@v1.0.0: 404 Not Found\n\tserver response: not found: write /data: no space left on device',
      'proxy-bad-response'
    ],
    [
      'a just-pushed tag unknown to the checksum database',
      'go: a.test/m@v1.0.0: verifying module: a.test/m@v1.0.0: reading https://s.test/lookup/a.test/m@v1.0.0: 404 Not Found\n\tserver response: not found: a.test/m@v1.0.0: invalid version: unknown revision v1.0.0',
      'proxy-origin-fetch-failed'
    ],
    [
      'pre-1.21 go reading a toolchain line',
      'go: errors parsing go.mod:\n/w/go.mod:5: unknown directive: toolchain',
      'toolchain-too-old'
    ],
    [
      'GitLab without access',
      "go: gitlab.com/g/p@v1.0.0: invalid version: git ls-remote -q origin in /c: exit status 128:\n\tremote: The project you were looking for could not be found or you don't have permission to view it.",
      'git-auth-rejected'
    ]
  ])('%s', (_name, text, id) => {
    expect(classifyFailure(text).id).toBe(id)
  })

  test('extracts the module from a replaced module, an escaped URL and a chain', () => {
    expect(
      classifyFailure(
        'go: a.test/m@v1.0.0 (replaced by b.test/n@v2.0.0): version "v2.0.0" invalid: unknown revision v2.0.0'
      )
    ).toMatchObject({ module: 'b.test/n', version: 'v2.0.0' })
    expect(
      classifyFailure('reading https://p.test/github.com/!burnt!sushi/toml/@v/v1.2.0.zip: 502 Bad Gateway')
    ).toMatchObject({
      module: 'github.com/BurntSushi/toml',
      version: 'v1.2.0',
      httpStatus: 502,
      host: 'p.test'
    })
    expect(
      classifyFailure(
        'go: a.test/app@v1.0.0 requires\n\tb.test/dep@v0.1.0: reading https://p.test/b.test/dep/@v/v0.1.0.mod: 410 Gone'
      )
    ).toMatchObject({ module: 'b.test/dep', version: 'v0.1.0', httpStatus: 410 })
  })
})

describe('classifyLog', () => {
  const ciLog = [
    '2026-01-02T03:04:05.0000000Z ##[group]Run go mod download',
    '2026-01-02T03:04:05.1000000Z go: downloading a.test/one v1.0.0',
    '2026-01-02T03:04:06.0000000Z go: a.test/one@v1.0.0: reading https://p.test/a.test/one/@v/v1.0.0.zip: 503 Service Unavailable',
    '2026-01-02T03:04:06.0000000Z go: a.test/one@v1.0.0: reading https://p.test/a.test/one/@v/v1.0.0.zip: 503 Service Unavailable',
    '2026-01-02T03:04:06.1000000Z go: b.test/two@v2.0.0: invalid version: git ls-remote -q origin in /c: exit status 128:',
    "2026-01-02T03:04:06.1000000Z \tfatal: could not read Username for 'https://b.test': terminal prompts disabled",
    '2026-01-02T03:04:06.2000000Z ##[error]Process completed with exit code 1.'
  ].join('\n')

  test('strips CI decorations, groups repeats, and a failure needing a change outranks a transient one', () => {
    const { primary, findings } = classifyLog(ciLog)
    expect(findings.map(f => [f.id, f.occurrences ?? 1])).toEqual([
      ['proxy-bad-response', 2],
      ['git-auth-missing', 1]
    ])
    expect(primary).toMatchObject({
      id: 'git-auth-missing',
      module: 'b.test/two',
      host: 'b.test',
      retryable: false
    })
  })

  test('a SECURITY ERROR outranks everything else in the log', () => {
    const log = `${ciLog}\nverifying a.test/x@v1.0.0: checksum mismatch\n\tdownloaded: h1:a=\n\tgo.sum:     h1:b=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.`
    expect(classifyLog(log).primary?.id).toBe('checksum-mismatch')
  })

  test('a log without failures has no primary', () => {
    expect(classifyLog('go: downloading a.test/one v1.0.0\nok\n')).toEqual({ primary: null, findings: [] })
  })
})

test('redaction removes URL credentials and forge tokens', () => {
  const text = redact(
    'fatal: unable to access https://x-access-token:ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/o/r/ and glpat-abcdefghijklmnopqrstu'
  )
  expect(text).toBe('fatal: unable to access https://***@github.com/o/r/ and ***')
})

test('the flowchart highlights the path to the verdict', () => {
  const chart = diagnosisFlowchart('connection-refused', 'Connection refused')
  expect(chart).toContain('s5 -->|yes| verdict')
  expect(chart).toContain('class start,s0,s1,s2,s3,s4,s5,verdict taken')
})

test('a git probe that sent a configured credential turns "could not read Username" into git-auth-rejected', () => {
  const missing = (m: string) =>
    classifyFailure(
      `go: ${m}@v1.0.0: invalid version: git ls-remote -q origin in /c: exit status 128:\n` +
        "\tfatal: could not read Username for 'https://g.test': terminal prompts disabled"
    )
  const located = ['g.test/a', 'g.test/b'].map(m => ({ finding: missing(m), root: '/w' }))
  const probe = (target: string, scenario: 'git-auth-rejected' | 'git-auth-missing') => ({
    check: 'git ls-remote',
    target,
    ok: false,
    detail: 'x',
    ms: 1,
    scenario
  })
  const out = sharpenWithGitProbes(located, [
    probe('https://g.test/a', 'git-auth-rejected'),
    probe('https://g.test/b', 'git-auth-missing')
  ])
  expect(out.located.map(l => [l.finding.module, l.finding.id, l.finding.title])).toEqual([
    ['g.test/a', 'git-auth-rejected', CATALOG['git-auth-rejected'].title],
    ['g.test/b', 'git-auth-missing', CATALOG['git-auth-missing'].title]
  ])
  expect(out.notes).toHaveLength(1)
  expect(out.notes[0]).toContain('https://g.test/a')
})

/**
 * Evidence beyond one failure's words (issue 11): alternatives when the log cannot decide, the user's own
 * patterns and the mirror's version list deciding between them, third-party dependencies told apart from the
 * user's own private modules, probes that never override a go error of another kind (probes against a real
 * server: diagnosis-probes.integration.test.ts).
 */
import { classifyFailure, classifyLog } from '../src/failure/classify.js'
import { decide, ownPatterns } from '../src/diagnosis/decide.js'
import { followProbes } from '../src/diagnosis/diagnose.js'
import { MODULE_VERSIONS, type ProbeResult } from '../src/diagnosis/probes.js'

const MIRROR_404 =
  'go: github.com/acme/lib@v1.2.0: reading https://mirror.test/github.com/acme/lib/@v/v1.2.0.mod: 404 Not Found\n' +
  '\tserver response:\n\tnot found: github.com/acme/lib@v1.2.0: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/1: exit status 128:\n' +
  "\t\tfatal: could not read Username for 'https://github.com': terminal prompts disabled"
const noEnv = { GOPRIVATE: '', GONOPROXY: '', GONOSUMDB: '' }
const versions = (detail: string, ok: boolean): ProbeResult => ({
  check: MODULE_VERSIONS,
  target: 'https://mirror.test/github.com/acme/lib/@v/list',
  ok,
  detail,
  ms: 1
})

describe('alternatives', () => {
  test('a mirror 404 for a module the log cannot place names the other readings, each with its check', () => {
    const f = classifyFailure(MIRROR_404)
    expect(f.id).toBe('private-module-via-public-proxy')
    expect(f.alternatives?.map(a => a.id)).toEqual(['module-not-found', 'proxy-origin-fetch-failed'])
    for (const a of f.alternatives ?? []) expect(a.check).toMatch(/github\.com\/acme\/lib/)
  })

  test('a log that decides has none: a refused connection', () => {
    const f = classifyFailure(
      'go: a.test/m@v1.0.0: Get "http://127.0.0.1:1/x": dial tcp 127.0.0.1:1: connect: connection refused'
    )
    expect(f.alternatives).toBeUndefined()
  })

  test('a third-party dependency gets no GOPRIVATE/token advice but the import chain', () => {
    const log = `go: example.test/app imports\n\tgithub.com/other/dep@v0.3.0 requires\n\t${MIRROR_404.replace(/^go: /, '')}`
    const { primary } = classifyLog(log)
    expect(primary?.fix).toContain('third-party dependency')
    expect(primary?.fix).toContain(
      'example.test/app\n    → github.com/other/dep@v0.3.0\n    → github.com/acme/lib@v1.2.0'
    )
    expect(primary?.fix).not.toMatch(/goprivate:|token:/)
    expect(primary?.alternatives?.map(a => a.id)).not.toContain('private-module-via-public-proxy')
  })
})

describe('decide: evidence that holds instead of the mirror git error', () => {
  const finding = classifyFailure(MIRROR_404)

  test('under the user own patterns it is their private module; the note says why', () => {
    const own = ownPatterns({ ...noEnv, GOPRIVATE: 'github.com/other/*' }, [], 'acme')
    expect(own.patterns).toEqual(['github.com/other/*'])
    const withToken = ownPatterns(
      noEnv,
      [{ source: 'token', host: 'github.com', pathPrefix: '', username: 'x-access-token', token: 't' }],
      'acme'
    )
    const out = decide(finding, [], withToken)
    expect(out.finding).toMatchObject({ id: 'private-module-via-public-proxy', alternatives: [] })
    expect(out.note).toContain('github.com/acme')
  })

  test('the mirror lists the version now: it had not fetched it yet (transient)', () => {
    const out = decide(finding, [versions('HTTP 200: 4 versions, v1.2.0 listed', true)], { patterns: [] })
    expect(out.finding).toMatchObject({ id: 'proxy-origin-fetch-failed', retryable: true, alternatives: [] })
    expect(out.note).toContain(`probe "${MODULE_VERSIONS}" decided`)
  })

  test('other versions resolve, this one does not: the version does not exist', () => {
    const out = decide(finding, [versions('HTTP 200: 4 versions, v1.2.0 not listed', true)], {
      patterns: []
    })
    expect(out.finding.id).toBe('unknown-revision')
  })

  test('no version at the mirror and outside the user patterns: the dependency is unavailable', () => {
    const own = ownPatterns({ ...noEnv, GOPRIVATE: 'git.corp.test' }, [], undefined)
    const out = decide(finding, [versions('HTTP 404: the mirror has no version of it', false)], own)
    expect(out.finding.id).toBe('module-not-found')
    expect(out.finding.fix).toContain('third-party dependency, outside your GOPRIVATE and credential hosts')
    expect(out.note).toContain('unavailable')
  })

  test('no version at the mirror, nothing known of the user: private or gone, not a mirror catching up', () => {
    const out = decide(finding, [versions('HTTP 404: the mirror has no version of it', false)], {
      patterns: []
    })
    expect(out.finding.id).toBe('private-module-via-public-proxy')
    expect(out.finding.alternatives?.map(a => a.id)).toEqual(['module-not-found'])
  })
})

describe('probes', () => {
  const tlsFailure: ProbeResult = {
    check: 'GOPROXY reachable',
    target: 'https://p.test',
    ok: false,
    detail: 'self-signed certificate in certificate chain',
    ms: 3,
    scenario: 'tls-untrusted-cert'
  }

  test('a failed probe never overrides a go error of another kind, nor an unknown one that never reached out', () => {
    const workspace = classifyFailure(
      'go: cannot load module tools listed in go.work file: open tools/go.mod: no such file or directory'
    )
    expect(followProbes(workspace, [tlsFailure], []).id).toBe('workspace-module-missing')
    const local = classifyFailure('go: something odd in the module graph')
    expect(followProbes(local, [tlsFailure], []).id).toBe('unknown')
    const notes: string[] = []
    const reached = classifyFailure('go: a.test/m@v1.0.0: Get "https://p.test/a.test/m/@v/v1.0.0.mod": weird')
    expect(followProbes(reached, [tlsFailure], notes).id).toBe('tls-untrusted-cert')
    expect(notes[0]).toContain('GOPROXY reachable')
  })
})

describe('a directive the running go calls unknown: old toolchain or too-low go line', () => {
  const parse = 'go: errors parsing go.mod:\n/w/go.mod:5: unknown block type: ignore\n'
  test('the log alone cannot say which: toolchain-too-old, with the other reading as an alternative', () => {
    const { primary } = classifyLog(parse)
    expect(primary?.id).toBe('toolchain-too-old')
    expect(primary?.alternatives?.map(a => a.id)).toEqual(['gomod-parse-error'])
  })
  test('a go older than the directive: the toolchain, decided', () => {
    const { primary } = classifyLog(`$ go version\ngo version go1.24.3 linux/amd64\n${parse}`)
    expect(primary).toMatchObject({ id: 'toolchain-too-old', alternatives: [] })
  })
  test('a go that knows the directive: the go line of go.mod, decided', () => {
    const { primary } = classifyLog(`go version go1.26.0 linux/amd64\n${parse}`)
    expect(primary).toMatchObject({ id: 'gomod-parse-error', alternatives: [] })
  })
})

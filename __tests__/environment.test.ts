import { findInconsistencies } from '../src/environment/consistency.js'
import type { GoEnv } from '../src/environment/go-env.js'
import { goVersionToSemver } from '../src/go/go-version.js'
import { matchPrefixPatterns } from '../src/go/module-patterns.js'
import { planGoEnv } from '../src/environment/plan-env.js'

const baseEnv: GoEnv = {
  GOVERSION: 'go1.26.8',
  GOMODCACHE: '/home/runner/go/pkg/mod',
  GOCACHE: '/home/runner/.cache/go-build',
  GOPROXY: 'https://proxy.example.test,direct',
  GOPRIVATE: '',
  GONOPROXY: '',
  GONOSUMDB: '',
  GOSUMDB: 'sum.example.test',
  GOINSECURE: '',
  GOFLAGS: '',
  GOTOOLCHAIN: 'auto',
  GOOS: 'linux',
  GOARCH: 'amd64',
  GOWORK: '',
  GOAUTH: 'netrc'
}
const noVendor = { roots: [{ dir: '.', hasVendor: false }] }

describe('matchPrefixPatterns follows golang.org/x/mod/module.MatchPrefixPatterns', () => {
  test.each([
    ['github.com/acme', 'github.com/acme/lib', true],
    ['github.com/acme/*', 'github.com/acme/lib/v2', true],
    ['github.com/acme/*', 'github.com/acme', false],
    ['*.corp.example', 'git.corp.example/team/x', true],
    ['*.corp.example', 'corp.example/x', false],
    ['github.com/acme/', 'github.com/acme/x', true],
    ['github.com/a?me', 'github.com/acme', true],
    ['github.com/[ab]cme', 'github.com/bcme/x', true],
    ['github.com/[^ab]cme', 'github.com/acme/x', false],
    ['example.test/x,github.com/acme', 'github.com/acme/y', true],
    ['*', 'anything.test/at/all', true],
    ['github.com/acme', 'github.com/acmex', false],
    ['none', 'github.com/acme', false],
    ['github.com/[acme', 'github.com/acme', false]
  ])('%s matches %s: %s', (patterns, target, expected) => {
    expect(matchPrefixPatterns(patterns, target)).toBe(expected)
  })
})

describe('planGoEnv', () => {
  test('exports only what an input set; the rest is read from go env', () => {
    const plan = planGoEnv(baseEnv, { GOPROXY: 'https://athens.test|direct', GOFLAGS: '-mod=mod' })
    expect(plan.exported).toEqual({ GOPROXY: 'https://athens.test|direct', GOFLAGS: '-mod=mod' })
    expect(plan.effective.GOPROXY).toBe('https://athens.test|direct')
    expect(plan.effective.GOSUMDB).toBe('sum.example.test')
  })

  test('defaulted GONOPROXY/GONOSUMDB follow a new GOPRIVATE, as go does', () => {
    const plan = planGoEnv(baseEnv, { GOPRIVATE: 'github.com/acme/*' })
    expect(plan.effective.GONOSUMDB).toBe('github.com/acme/*')
    expect(plan.effective.GONOPROXY).toBe('github.com/acme/*')
    expect(plan.explicit).toEqual({ GONOPROXY: false, GONOSUMDB: false })
  })

  test('an explicit GONOSUMDB in the environment is kept', () => {
    const plan = planGoEnv({ ...baseEnv, GONOSUMDB: 'git.corp.example' }, { GOPRIVATE: 'github.com/acme/*' })
    expect(plan.effective.GONOSUMDB).toBe('git.corp.example')
    expect(plan.explicit.GONOSUMDB).toBe(true)
  })
})

describe('findInconsistencies', () => {
  test('a consistent setup warns about nothing', () => {
    expect(findInconsistencies(planGoEnv(baseEnv, { GOPRIVATE: 'github.com/acme/*' }), noVendor)).toEqual([])
  })

  test('GONOSUMDB that leaves a GOPRIVATE pattern checked against the public checksum database', () => {
    const plan = planGoEnv(baseEnv, {
      GOPRIVATE: 'github.com/acme/*,git.corp.example',
      GONOSUMDB: 'git.corp.example'
    })
    const [w, ...rest] = findInconsistencies(plan, noVendor)
    expect(rest).toEqual([])
    expect(w).toContain('"github.com/acme/*"')
    expect(w).toContain('checksum database')
    expect(w).not.toContain('"git.corp.example"')
  })

  test('no checksum warning when GOSUMDB is off', () => {
    const plan = planGoEnv(baseEnv, { GOPRIVATE: 'github.com/acme/*', GONOSUMDB: 'x.test', GOSUMDB: 'off' })
    expect(findInconsistencies(plan, noVendor)).toEqual([])
  })

  test('GONOPROXY that sends a private pattern through the proxy', () => {
    const plan = planGoEnv(baseEnv, { GOPRIVATE: 'github.com/acme', GONOPROXY: 'none' })
    const warnings = findInconsistencies(plan, noVendor)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/"github.com\/acme" is still fetched through GOPROXY/)
  })

  test('-mod=vendor without vendor/ names the module roots that lack it', () => {
    const plan = planGoEnv(baseEnv, { GOFLAGS: '-mod=vendor' })
    const warnings = findInconsistencies(plan, {
      roots: [
        { dir: 'api', hasVendor: true },
        { dir: 'worker', hasVendor: false }
      ]
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('"worker"')
    expect(warnings[0]).not.toContain('"api"')
  })

  test.each([
    ['https://a.test,https://b.test,direct', 'https://a.test|https://b.test,direct'],
    ['https://a.test,https://b.test', 'https://a.test|https://b.test'],
    ['https://a.test|https://b.test,https://c.test,off', 'https://a.test|https://b.test|https://c.test,off']
  ])('a "," between two proxies in %s suggests %s', (goproxy, suggestion) => {
    const warnings = findInconsistencies(planGoEnv(baseEnv, { GOPROXY: goproxy }), noVendor)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('only on 404 and 410')
    expect(warnings[0].endsWith(suggestion)).toBe(true)
  })

  test.each([
    'https://a.test,direct',
    'https://a.test|https://b.test',
    'direct',
    'off',
    'https://a.test,off'
  ])('no fall-through warning for %s', goproxy => {
    expect(findInconsistencies(planGoEnv(baseEnv, { GOPROXY: goproxy }), noVendor)).toEqual([])
  })
})

describe('goVersionToSemver', () => {
  test.each([
    ['go1.26.8', '1.26.8'],
    ['go1.22', '1.22.0'],
    ['go1.21rc2', '1.21.0-rc.2'],
    ['devel go1.27-abc', undefined]
  ])('%s → %s', (v, expected) => expect(goVersionToSemver(v)).toBe(expected))
})

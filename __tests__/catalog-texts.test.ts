/**
 * Catalog texts read as sentences when a failure names no module, version or host (issue 12): every entry is
 * rendered with an empty context and checked for the phrases a bare placeholder fallback used to make ("The
 * downloaded the module@its version differs"), and the fix YAML names the running action when the runner says.
 */
import { CATALOG, meaningOf, nameRunningAction, renderFix, runningAction } from '../src/failure/catalog.js'
import { describe as describeFailure } from '../src/failure/index.js'
import { SCENARIO_IDS } from '../src/failure/types.js'

const codeSpans = (text: string) => text.split('`').filter((_, i) => i % 2 === 1)
const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1])

describe.each(SCENARIO_IDS.map(id => [id]))('%s with an empty context', id => {
  const meaning = meaningOf(id)
  const fix = renderFix(id)
  const prose = [meaning, fix.replace(/```yaml\n[\s\S]*?```/g, '')]

  test('no placeholder is left and no fallback is glued to another word', () => {
    for (const text of [meaning, fix]) {
      expect(text).not.toMatch(/\{(module|version|host|privatePattern)\}/)
      expect(text).not.toMatch(/\bthe (module|host|version)@/i)
      expect(text).not.toMatch(/@(its|the) version\b/)
      expect(text).not.toMatch(/\b(the|a|an|its) +(the|a|an|its)\b/i)
      expect(text).not.toMatch(/\bthe {2}module\b/)
    }
  })

  test('a sentence never starts with a lower-case fallback', () => {
    for (const text of prose)
      for (const sentence of text.split(/(?<=[.!?:])\s+|\n\d+\. /))
        expect(sentence).not.toMatch(/^(the|a) (module|host|version)\b/)
  })

  test('commands and YAML get a <placeholder>, not prose', () => {
    for (const code of [...codeSpans(meaning), ...codeSpans(fix), ...yamlBlocks(fix)])
      expect(code).not.toMatch(/\bthe (module|host|version|repository)\b/)
  })

  test('the alternatives of a bare failure read the same way', () => {
    const finding = describeFailure(`reading https://proxy.golang.org/x: 404 Not Found`)
    for (const alt of finding.alternatives ?? [])
      for (const code of codeSpans(alt.check)) expect(code).not.toMatch(/\bthe (module|repository)\b/)
    expect(CATALOG[id].title).not.toBe('')
  })
})

test('a known module, version and host are filled in as before', () => {
  const context = { module: 'git.corp.test/team/lib', version: 'v1.2.3', host: 'git.corp.test' }
  expect(meaningOf('checksum-mismatch', context)).toContain('git.corp.test/team/lib@v1.2.3 differs')
  expect(meaningOf('unknown-revision', context)).toMatch(
    /^git\.corp\.test\/team\/lib@v1\.2\.3 does not exist/
  )
  expect(renderFix('unknown-revision', context)).toContain(
    '`go get git.corp.test/team/lib@<existing version>`'
  )
  expect(renderFix('git-auth-missing', context)).toContain('git.corp.test=${{ secrets.GIT_HOST_TOKEN }}')
  expect(meaningOf('git-auth-rejected')).toMatch(/^The host refused/)
  expect(renderFix('git-auth-missing')).toContain('<host>=${{ secrets.GIT_HOST_TOKEN }}')
})

test('the fix YAML names the running action when the runner gives it', () => {
  const env = { GITHUB_ACTION_REPOSITORY: 'octo-org/setup-gomod', GITHUB_ACTION_REF: 'v1.1.0' }
  const action = runningAction(env)
  expect(action).toBe('octo-org/setup-gomod@v1.1.0')
  const finding = describeFailure(
    'go: a.test/m@v1.0.0: reading https://proxy.golang.org/a.test/m/@v/v1.0.0.zip: 429'
  )
  expect(finding.fix).toContain('- uses: OWNER/setup-gomod@v1')
  const named = nameRunningAction(finding, action)
  expect(named.fix).toContain('- uses: octo-org/setup-gomod@v1.1.0')
  expect(named.fix).not.toContain('OWNER/')
  // A local action (`uses: ./`) and a CLI run outside a runner keep the placeholder.
  expect(runningAction({ GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })).toBeUndefined()
  expect(nameRunningAction(finding, undefined)).toBe(finding)
})
